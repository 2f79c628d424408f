#include "ScenarioDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

ScenarioDialog::ScenarioDialog(const QString& title, const QString& nameLabel, Fields fields,
                               QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("scenarioDialog"));
    setWindowTitle(title);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("scenarioNameEdit"));
    m_name->setMinimumWidth(360);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("scenarioDialogProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();

    auto* form = new QFormLayout;
    form->addRow(nameLabel, m_name);
    if (fields == Fields::NameAndDescription) {
        m_description = new QPlainTextEdit(this);
        m_description->setObjectName(QStringLiteral("scenarioDescriptionEdit"));
        m_description->setPlaceholderText(tr("what the scenario assumes, e.g. \"a national "
                                             "10,000-GPU supercomputer by 2028\""));
        m_description->setTabChangesFocus(true);
        m_description->setFixedHeight(m_description->fontMetrics().height() * 4 + 12);
        form->addRow(tr("&Description:"), m_description);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ScenarioDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScenarioDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void ScenarioDialog::setInitial(const QString& name, const QString& description)
{
    m_name->setText(name);
    m_name->selectAll();
    if (m_description != nullptr)
        m_description->setPlainText(description);
}

QString ScenarioDialog::name() const
{
    return m_name->text().trimmed();
}

QString ScenarioDialog::description() const
{
    return m_description != nullptr ? m_description->toPlainText().trimmed() : QString();
}

void ScenarioDialog::accept()
{
    if (name().isEmpty()) {
        m_problem->setText(tr("Enter a name."));
        m_problem->show();
        return;
    }
    QDialog::accept();
}
