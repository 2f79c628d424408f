#include "ProvenanceDialog.h"

#include "AppStrings.h"
#include "Config.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
constexpr int kRecentSources = 10;
}

ProvenanceDialog::ProvenanceDialog(const QString& indicatorName, const QString& valueText,
                                   QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("provenanceDialog"));
    setWindowTitle(tr("Where does this value come from?"));
    auto* intro = new QLabel(tr("<b>%1</b> = %2<br>Every stored value carries its source and "
                                "year, so that others can check it.")
                                 .arg(indicatorName.toHtmlEscaped(), valueText.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceEdit"));
    m_source->setEditable(true);
    m_source->addItems(Config::instance().get(ConfigKey::RecentSources).toStringList());
    m_source->setMinimumContentsLength(40);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("yearEdit"));
    const int thisYear = QDate::currentDate().year();
    m_year->setRange(1900, thisYear);
    const int recentYear = Config::instance().get(ConfigKey::RecentYear).toInt();
    m_year->setValue(recentYear >= 1900 && recentYear <= thisYear ? recentYear : thisYear);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_confidence = new QComboBox(this);
    m_confidence->setObjectName(QStringLiteral("confidenceEdit"));
    m_confidence->addItem(tr("High"), QStringLiteral("high"));
    m_confidence->addItem(tr("Medium"), QStringLiteral("medium"));
    m_confidence->addItem(tr("Low"), QStringLiteral("low"));
    m_confidence->setCurrentIndex(1);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("provenanceProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Confidence:"), m_confidence);
    form->addRow(tr("&Note:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProvenanceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProvenanceDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

aisov::IndicatorValue ProvenanceDialog::provenance() const
{
    aisov::IndicatorValue value;
    value.source = app::toStdString(m_source->currentText().trimmed());
    value.year = m_year->value();
    value.url = app::toStdString(m_url->text().trimmed());
    value.confidence =
        aisov::confidenceFromString(app::toStdString(m_confidence->currentData().toString()))
            .value_or(aisov::Confidence::Medium);
    value.note = app::toStdString(m_note->text().trimmed());
    return value;
}

void ProvenanceDialog::rememberChoices() const
{
    Config::instance().pushFront(ConfigKey::RecentSources, m_source->currentText().trimmed(),
                                 kRecentSources);
    Config::instance().set(ConfigKey::RecentYear, m_year->value());
}

void ProvenanceDialog::accept()
{
    if (m_source->currentText().trimmed().isEmpty()) {
        m_problem->setText(tr("Name the source of the value (a publication, a dataset)."));
        m_problem->show();
        m_source->setFocus();
        return;
    }
    QDialog::accept();
}
