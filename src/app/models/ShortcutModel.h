#pragma once

// Every keyboard shortcut of the window's menus, one row per action: its
// keys, its name and the menu that holds it, in menu order (Help >
// Keyboard Shortcuts). Read from the actions themselves, so the list is
// never out of date and follows the language.

#include <QAbstractTableModel>
#include <QString>

#include <vector>

class QMenuBar;

class ShortcutModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // An action whose text changes with the state ("Undo Change the weight
    // of …") names itself for this list in this property.
    static constexpr const char* kNameProperty = "shortcutName";

    enum Column
    {
        KeysColumn,
        ActionColumn,
        MenuColumn,
        ColumnCount
    };

    explicit ShortcutModel(const QMenuBar& menuBar, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString keys;
        QString action;
        QString menu;
    };
    std::vector<Row> m_rows;
};
