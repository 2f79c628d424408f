#include "SaveMethodologyDialog.h"

#include "AppStrings.h"
#include "Session.h"
#include "models/MethodologyModel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

SaveMethodologyDialog::SaveMethodologyDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("saveMethodologyDialog"));
    setWindowTitle(tr("Save Methodology as Version"));
    const aisov::Methodology& draft = session.methodology();
    m_id = new QLineEdit(app::toQString(draft.id), this);
    m_id->setObjectName(QStringLiteral("methodologyIdEdit"));
    m_version = new QLineEdit(suggestedVersion(), this);
    m_version->setObjectName(QStringLiteral("methodologyVersionEdit"));
    m_label = new QLineEdit(app::toQString(draft.name), this);
    m_label->setObjectName(QStringLiteral("methodologyLabelEdit"));
    m_label->setMinimumWidth(m_label->fontMetrics().averageCharWidth() * 40);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("saveMethodologyProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Version:"), m_version);
    form->addRow(tr("&Label:"), m_label);
    auto* note = new QLabel(
        tr("The edited methodology is stored as a new version and becomes the active one."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SaveMethodologyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SaveMethodologyDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

QString SaveMethodologyDialog::suggestedVersion() const
{
    // The draft's version with its last number counted up until unused:
    // 2026.2 -> 2026.3; a version without a number gets ".1".
    const QString current = app::toQString(m_session.methodology().version);
    const QRegularExpressionMatch last =
        QRegularExpression(QStringLiteral("(\\d+)$")).match(current);
    const QString stem =
        last.hasMatch() ? current.left(last.capturedStart(1)) : current + QStringLiteral(".");
    int number = last.hasMatch() ? last.captured(1).toInt() : 0;
    const auto stored = m_session.storedMethodologies();
    const auto taken = [&](const QString& version) {
        for (const auto& record : stored)
            if (app::toQString(record.id) == app::toQString(m_session.methodology().id) &&
                app::toQString(record.version) == version)
                return true;
        return false;
    };
    QString candidate;
    do
        candidate = stem + QString::number(++number);
    while (taken(candidate));
    return candidate;
}

QString SaveMethodologyDialog::id() const
{
    return m_id->text().trimmed();
}

QString SaveMethodologyDialog::version() const
{
    return m_version->text().trimmed();
}

QString SaveMethodologyDialog::label() const
{
    return m_label->text().trimmed();
}

QString SaveMethodologyDialog::problem() const
{
    return m_problem->text();
}

void SaveMethodologyDialog::accept()
{
    try {
        m_session.saveMethodologyAs(id(), version(), label());
    } catch (const std::exception& error) {
        m_problem->setText(MethodologyModel::refusalText(error));
        m_problem->show();
        return;
    }
    m_problem->clear();
    QDialog::accept();
}
