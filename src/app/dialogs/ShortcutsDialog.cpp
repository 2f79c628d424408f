#include "ShortcutsDialog.h"

#include "models/ShortcutModel.h"
#include "widgets/TableCopier.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

ShortcutsDialog::ShortcutsDialog(const QMenuBar& menuBar, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_model = new ShortcutModel(menuBar, this);
    auto* table = new QTableView(this);
    TableCopier::install(table);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setModel(m_model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();

    auto* others = new QLabel(
        tr("Elsewhere: the Menu key or Shift+F10 on a chart opens its menu (export, copy, copy "
           "as text); on a table Ctrl+C copies the cell, or the selected rows under their "
           "headers for a spreadsheet, and its menu copies rows or the whole table; F2 or "
           "typing edits a value, Enter stores it, Esc cancels; in the presentation → and ← "
           "step and Esc leaves."),
        this);
    others->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &ShortcutsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(others);
    layout->addWidget(buttons);
    resize(600, 640);
}
