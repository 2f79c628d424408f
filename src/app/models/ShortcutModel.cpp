#include "ShortcutModel.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace {

// "&Open Database…" as the menu shows it: "Open Database…" ("&&" is an
// ampersand).
QString withoutMnemonic(const QString& text)
{
    QString shown;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            shown += text[i];
        else if (i + 1 < text.size() && text[i + 1] == QLatin1Char('&'))
            shown += text[++i];
    }
    return shown;
}

} // namespace

ShortcutModel::ShortcutModel(const QMenuBar& menuBar, QObject* parent)
    : QAbstractTableModel(parent)
{
    // Depth first, as the menus show them; a submenu (Open Recent) is named
    // "File > Open Recent".
    const auto collect = [this](const auto& self, const QMenu* menu, const QString& path) -> void {
        for (const QAction* action : menu->actions()) {
            if (action->isSeparator())
                continue;
            if (const QMenu* submenu = action->menu()) {
                self(self, submenu, path + QStringLiteral(" > ") + withoutMnemonic(action->text()));
                continue;
            }
            const QKeySequence keys = action->shortcut();
            const QVariant name = action->property(kNameProperty);
            if (!keys.isEmpty())
                m_rows.push_back(
                    {keys.toString(QKeySequence::NativeText),
                     withoutMnemonic(name.isValid() ? name.toString() : action->text()), path});
        }
    };
    for (const QAction* top : menuBar.actions())
        if (const QMenu* menu = top->menu())
            collect(collect, menu, withoutMnemonic(top->text()));
}

int ShortcutModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ShortcutModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShortcutModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::DisplayRole)
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case KeysColumn:
        return row.keys;
    case ActionColumn:
        return row.action;
    case MenuColumn:
        return row.menu;
    }
    return {};
}

QVariant ShortcutModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeysColumn:
        return tr("Keys");
    case ActionColumn:
        return tr("Action");
    case MenuColumn:
        return tr("Menu");
    }
    return {};
}
