#include "TableCopier.h"

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMimeData>
#include <QRegularExpression>
#include <QSet>
#include <QTableView>
#include <QTreeView>

#include <algorithm>

namespace {

const QHeaderView* columnHeader(const QAbstractItemView& view)
{
    if (const auto* table = qobject_cast<const QTableView*>(&view))
        return table->horizontalHeader();
    if (const auto* tree = qobject_cast<const QTreeView*>(&view))
        return tree->header();
    return nullptr;
}

// The model's columns as the view shows them: in their visual order
// (a moved column stays where the user put it), hidden ones left out.
QList<int> shownColumns(const QAbstractItemView& view)
{
    const QHeaderView* header = columnHeader(view);
    if (header == nullptr)
        return {0};
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

bool rowHidden(const QAbstractItemView& view, int row, const QModelIndex& parent)
{
    if (const auto* table = qobject_cast<const QTableView*>(&view))
        return table->isRowHidden(row);
    if (const auto* tree = qobject_cast<const QTreeView*>(&view))
        return tree->isRowHidden(row, parent);
    return false;
}

// Every row of the view, top to bottom, in column 0; a tree's children
// follow their parent whether it is expanded or not (the copy is of the
// data, not of what happens to be open).
void appendRows(const QAbstractItemView& view, const QModelIndex& parent, QModelIndexList& rows)
{
    const QAbstractItemModel& model = *view.model();
    const bool tree = qobject_cast<const QTreeView*>(&view) != nullptr;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        if (rowHidden(view, row, parent))
            continue;
        const QModelIndex index = model.index(row, 0, parent);
        rows.append(index);
        if (tree && model.hasChildren(index))
            appendRows(view, index, rows);
    }
}

// A cell's text on one line: a tab or line break would split the cell.
QString cellText(const QModelIndex& index)
{
    QString text = index.data(Qt::DisplayRole).toString();
    for (QChar& character : text)
        if (character == u'\t' || character == u'\n' || character == u'\r')
            character = u' ';
    return TableCopier::guardedCell(text);
}

// A table's row header, where it shows something (the comparison's codes).
bool hasRowHeader(const QAbstractItemView& view)
{
    const auto* table = qobject_cast<const QTableView*>(&view);
    return table != nullptr && !table->verticalHeader()->isHidden();
}

QStringList headerRow(const QAbstractItemView& view, const QList<int>& columns)
{
    QStringList header;
    if (hasRowHeader(view))
        header.append(QString());
    for (const int column : columns)
        header.append(TableCopier::guardedCell(
            view.model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()));
    return header;
}

QStringList rowCells(const QAbstractItemView& view, const QModelIndex& row,
                     const QList<int>& columns)
{
    QStringList cells;
    if (hasRowHeader(view))
        cells.append(TableCopier::guardedCell(
            view.model()->headerData(row.row(), Qt::Vertical, Qt::DisplayRole).toString()));
    for (const int column : columns)
        cells.append(cellText(row.siblingAtColumn(column)));
    return cells;
}

// Narrows `rows` and `columns` (the view's, in its order) to those the
// `selected` cells span.
void keepSelected(const QModelIndexList& selected, QModelIndexList& rows, QList<int>& columns)
{
    QSet<QModelIndex> selectedRows;
    QSet<int> selectedColumns;
    for (const QModelIndex& index : selected) {
        selectedRows.insert(index.siblingAtColumn(0));
        selectedColumns.insert(index.column());
    }
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [&](const QModelIndex& row) { return !selectedRows.contains(row); }),
               rows.end());
    columns.erase(std::remove_if(columns.begin(), columns.end(),
                                 [&](int column) { return !selectedColumns.contains(column); }),
                  columns.end());
}

} // namespace

TableCopier::TableCopier(QAbstractItemView* view)
    : QObject(view)
    , m_view(view)
    , m_copy(new QAction(tr("&Copy"), view))
    , m_copyRows(new QAction(tr("Copy &Rows"), view))
    , m_copyTable(new QAction(tr("Copy &Whole Table"), view))
{
    setObjectName(QStringLiteral("tableCopier"));
    m_copy->setObjectName(QStringLiteral("copyCellsAction"));
    m_copy->setShortcut(QKeySequence::Copy);
    // Only while the view has the focus: an open cell editor (a line edit)
    // takes Ctrl+C for its own text first.
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    m_copyRows->setObjectName(QStringLiteral("copyRowsAction"));
    m_copyTable->setObjectName(QStringLiteral("copyTableAction"));
    connect(m_copy, &QAction::triggered, this, [this] { copy(Scope::Current); });
    connect(m_copyRows, &QAction::triggered, this, [this] { copy(Scope::SelectedRows); });
    connect(m_copyTable, &QAction::triggered, this, [this] { copy(Scope::WholeTable); });
}

TableCopier* TableCopier::install(QAbstractItemView* view)
{
    auto* copier = new TableCopier(view);
    view->addActions(copier->contextActions());
    if (view->contextMenuPolicy() == Qt::DefaultContextMenu)
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
    return copier;
}

TableCopier* TableCopier::of(const QAbstractItemView* view)
{
    return view->findChild<TableCopier*>(QStringLiteral("tableCopier"), Qt::FindDirectChildrenOnly);
}

QList<QAction*> TableCopier::contextActions() const
{
    return {m_copy, m_copyRows, m_copyTable};
}

QList<QStringList> TableCopier::cells(const QAbstractItemView& view, Scope scope)
{
    if (view.model() == nullptr)
        return {};
    QModelIndexList rows;
    appendRows(view, view.rootIndex(), rows);
    QList<int> columns = shownColumns(view);
    if (scope != Scope::WholeTable) {
        const QModelIndexList selected = view.selectionModel() != nullptr
                                             ? view.selectionModel()->selectedIndexes()
                                             : QModelIndexList{};
        keepSelected(selected, rows, columns);
        // Within one row, Copy takes the cell the user is on, as everywhere
        // in Qt: a value to paste into a sentence.
        const QModelIndex current = view.currentIndex();
        const bool oneRow = rows.size() <= 1 && (rows.isEmpty() || !current.isValid() ||
                                                 current.siblingAtColumn(0) == rows.front());
        if (scope == Scope::Current && oneRow)
            return current.isValid() ? QList<QStringList>{{cellText(current)}}
                                     : QList<QStringList>{};
        if (rows.isEmpty() || columns.isEmpty())
            return {};
    }
    QList<QStringList> result{headerRow(view, columns)};
    for (const QModelIndex& row : rows)
        result.append(rowCells(view, row, columns));
    return result;
}

QString TableCopier::tabSeparated(const QList<QStringList>& cells)
{
    QStringList lines;
    for (const QStringList& row : cells)
        lines.append(row.join(u'\t'));
    return lines.join(u'\n');
}

QString TableCopier::htmlTable(const QList<QStringList>& cells)
{
    QString html = QStringLiteral("<table>");
    for (qsizetype row = 0; row < cells.size(); ++row) {
        const QString tag = row == 0 ? QStringLiteral("th") : QStringLiteral("td");
        html += QStringLiteral("<tr>");
        for (const QString& cell : cells[row])
            html += QStringLiteral("<%1>%2</%1>").arg(tag, cell.toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// A spreadsheet runs a pasted cell that starts with "=", "+", "-" or "@"
// as a formula (OWASP, "CSV Injection"; the CSV exports are guarded the
// same way by detail::csvField). Shown text has no types, so a signed
// number, alone or with words after it ("+2.1", "-3 %", "+44.8 points"),
// stays as it is: digits, separators and words cannot call anything. Any
// other such cell gets a leading "'", which a spreadsheet takes as "text".
QString TableCopier::guardedCell(const QString& text)
{
    static const QRegularExpression signedNumber(
        QStringLiteral(R"(^[+-][0-9][0-9.,]*( [\p{L}%]+)*$)"));
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    const bool formulaStart = first == u'=' || first == u'+' || first == u'-' || first == u'@';
    if (!formulaStart || signedNumber.match(text).hasMatch())
        return text;
    return u'\'' + text;
}

void TableCopier::copy(Scope scope) const
{
    const QList<QStringList> copied = cells(*m_view, scope);
    if (copied.isEmpty())
        return;
    auto* data = new QMimeData;
    data->setText(tabSeparated(copied));
    const bool singleCell = copied.size() == 1 && copied.front().size() == 1;
    if (!singleCell)
        data->setHtml(htmlTable(copied));
    QGuiApplication::clipboard()->setMimeData(data);
}
