#include "TakeSnapshotDialog.h"

#include "AppStrings.h"
#include "ProblemText.h"
#include "Session.h"

#include "aisov/InputError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

TakeSnapshotDialog::TakeSnapshotDialog(Session& session, const QString& code, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_code(code)
{
    setObjectName(QStringLiteral("takeSnapshotDialog"));
    const aisov::Profile* profile = session.profile(code);
    setWindowTitle(tr("Take Snapshot of %1").arg(profile ? app::displayName(*profile) : code));
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("snapshotLabelEdit"));
    m_label->setPlaceholderText(tr("e.g. Q1 review, before the talent programme"));
    m_label->setMinimumWidth(360);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("snapshotProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto* explanation = new QLabel(
        tr("Freezes the values, the methodology and the score as they are now. Snapshots are "
           "kept for good: later edits do not change them."),
        this);
    explanation->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Label:"), m_label);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Take Snapshot"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_label, &QLineEdit::textChanged, this, [buttons](const QString& text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &TakeSnapshotDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TakeSnapshotDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void TakeSnapshotDialog::setLabel(const QString& label)
{
    m_label->setText(label);
}

QString TakeSnapshotDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void TakeSnapshotDialog::accept()
{
    try {
        m_snapshotId = m_session.takeSnapshot(m_code, m_label->text().trimmed());
    } catch (const aisov::InputError& error) {
        m_problem->setText(tr("Not taken: %1").arg(app::problemText(error.problem())));
        m_problem->show();
        return;
    } catch (const std::exception& error) {
        m_problem->setText(tr("Not taken: %1").arg(QString::fromUtf8(error.what())));
        m_problem->show();
        return;
    }
    QDialog::accept();
}
