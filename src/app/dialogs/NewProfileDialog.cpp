#include "NewProfileDialog.h"

#include "AppStrings.h"
#include "ProblemText.h"
#include "Session.h"

#include "aisov/InputError.h"
#include "aisov/ProfileIO.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

NewProfileDialog::NewProfileDialog(const Session& session, const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("newProfileDialog"));
    setWindowTitle(title);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setPlaceholderText(tr("a country: ISO alpha-3 (CHE); a bloc: any (NORDICS)"));
    // Codes as the files use them: capitals, digits, '-' and '_'.
    m_code->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9_-]{1,16}")), m_code));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindEdit"));
    m_kind->addItem(tr("Country"), static_cast<int>(aisov::ProfileKind::Country));
    m_kind->addItem(tr("Bloc"), static_cast<int>(aisov::ProfileKind::Bloc));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("newProfileProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewProfileDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void NewProfileDialog::setInitial(const QString& code, const QString& name, aisov::ProfileKind kind)
{
    m_code->setText(code);
    m_name->setText(name);
    m_kind->setCurrentIndex(kind == aisov::ProfileKind::Bloc ? 1 : 0);
}

void NewProfileDialog::setKindEditable(bool editable)
{
    m_kind->setEnabled(editable);
}

QString NewProfileDialog::code() const
{
    return m_code->text().trimmed().toUpper();
}

QString NewProfileDialog::name() const
{
    return m_name->text().trimmed();
}

aisov::ProfileKind NewProfileDialog::kind() const
{
    return static_cast<aisov::ProfileKind>(m_kind->currentData().toInt());
}

QString NewProfileDialog::attributeProblem() const
{
    // The rules every stored profile follows (a country's code is ISO
    // alpha-3, ...), from the core, so the dialog refuses what the store would.
    aisov::Profile profile;
    profile.code = app::toStdString(code());
    profile.name = app::toStdString(name());
    profile.kind = kind();
    try {
        aisov::validateProfileAttributes(profile, app::toStdString(code()));
    } catch (const aisov::InputError& error) {
        return app::problemText(error.problem());
    }
    return {};
}

void NewProfileDialog::accept()
{
    QString problem;
    if (code().isEmpty())
        problem = tr("Give the profile a code (letters, digits, - or _).");
    else if (m_session.profile(code()) != nullptr)
        problem = tr("A profile with the code %1 exists already.").arg(code());
    else if (name().isEmpty())
        problem = tr("Give the profile a name.");
    else
        problem = attributeProblem();
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}
