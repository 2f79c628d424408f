#pragma once

// Copying a table or tree as it is shown, for a spreadsheet or a report:
// Ctrl+C on any of the application's item views copies the cell the user
// is on, or, with several rows selected, those rows under their column
// headers; the view's context menu has Copy, Copy Rows (the selected rows
// under their headers, even one) and Copy Whole Table. The clipboard gets
// tab-separated text (what spreadsheets paste into cells) and an HTML table
// (what word processors paste as a table), the columns in the order and
// with the names the view shows, hidden columns and rows left out.

#include <QList>
#include <QObject>
#include <QStringList>

class QAbstractItemView;
class QAction;
class QMimeData;

class TableCopier : public QObject
{
    Q_OBJECT

public:
    enum class Scope
    {
        Current,      // Copy: the current cell, or the selected rows if several
        SelectedRows, // Copy Rows
        WholeTable
    };

    // Gives `view` its copy actions; the copier is a child of the view.
    // A view that builds its own context menu keeps it and adds
    // contextActions() to it.
    static TableCopier* install(QAbstractItemView* view);
    // The copier install() gave `view`, or nullptr.
    static TableCopier* of(const QAbstractItemView* view);

    QList<QAction*> contextActions() const;

    // What is copied: the header row first (unless a single cell is
    // copied), then one row of cells per row of the view, as shown.
    static QList<QStringList> cells(const QAbstractItemView& view, Scope scope);
    static QString tabSeparated(const QList<QStringList>& cells);
    static QString htmlTable(const QList<QStringList>& cells);
    // Text a spreadsheet would run as a formula, made inert (see the .cpp).
    static QString guardedCell(const QString& text);

    void copy(Scope scope) const;

private:
    explicit TableCopier(QAbstractItemView* view);

    QAbstractItemView* m_view;
    QAction* m_copy;
    QAction* m_copyRows;
    QAction* m_copyTable;
};
