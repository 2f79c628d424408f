#include "ImportPreviewDialog.h"

#include "models/ImportPlanModel.h"
#include "widgets/TableCopier.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using aisov::ChangeKind;

ImportPreviewDialog::ImportPreviewDialog(const QString& path, const aisov::ImportPlan& plan,
                                         const aisov::Methodology& methodology, QWidget* parent)
    : QDialog(parent)
    , m_model(new ImportPlanModel(plan, methodology, this))
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    auto* summaryLabel = new QLabel(summary(plan), this);
    summaryLabel->setObjectName(QStringLiteral("importSummary"));
    summaryLabel->setWordWrap(true);
    auto* view = new QTreeView(this);
    TableCopier::install(view);
    view->setObjectName(QStringLiteral("importPlanView"));
    view->setAccessibleName(tr("Changes the import makes"));
    view->setModel(m_model);
    view->setAlternatingRowColors(true);
    view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->header()->setSectionResizeMode(ImportPlanModel::ItemColumn, QHeaderView::Stretch);
    if (plan.profiles.size() <= 3)
        view->expandAll();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("confirmImportButton"));
    import->setEnabled(!plan.empty());
    import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summaryLabel);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    resize(720, 480);
}

QString ImportPreviewDialog::summary(const aisov::ImportPlan& plan)
{
    if (plan.empty())
        return tr("Nothing to import: every profile in the file is already stored as it is.");
    const auto count = [](std::size_t n) { return static_cast<int>(n); };
    return tr("Profiles: %1 new, %2 changed. Values: %3 new, %4 changed, %5 removed. "
              "Profiles in the file that are already stored as they are: %6.")
        .arg(count(plan.count(ChangeKind::Added)))
        .arg(count(plan.count(ChangeKind::Changed)))
        .arg(count(plan.valueCount(ChangeKind::Added)))
        .arg(count(plan.valueCount(ChangeKind::Changed)))
        .arg(count(plan.valueCount(ChangeKind::Removed)))
        .arg(count(plan.unchangedProfiles));
}
