#include "ProfileEditor.h"

#include "AppLanguage.h"
#include "AppStrings.h"
#include "NameWithCode.h"
#include "ProblemText.h"
#include "Session.h"
#include "dialogs/ProvenanceDialog.h"
#include "models/ProfileValuesModel.h"

#include "TableCopier.h"
#include "aisov/InputError.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// The profile's own name in `language`: empty when it has none (the field
// then shows its placeholder, not the English name it falls back to).
QString translatedName(const aisov::Profile& profile, aisov::Language language)
{
    const auto found = profile.translations.find(language);
    return found != profile.translations.end() ? app::toQString(found->second.name) : QString();
}

} // namespace

ProfileEditor::ProfileEditor(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_values(new ProfileValuesModel(session, this))
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("profileTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_population = new QLineEdit(this);
    m_population->setObjectName(QStringLiteral("populationEdit"));
    m_population->setPlaceholderText(tr("unknown"));
    m_gdp = new QLineEdit(this);
    m_gdp->setObjectName(QStringLiteral("gdpEdit"));
    m_gdp->setPlaceholderText(tr("unknown"));
    m_members = new QLineEdit(this);
    m_members->setObjectName(QStringLiteral("membersEdit"));
    m_members->setPlaceholderText(tr("member codes, separated by commas"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* names = new QHBoxLayout;
    names->addWidget(m_name, 1);
    for (const aisov::Language language : aisov::allLanguages()) {
        if (language == aisov::Language::English)
            continue;
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("nameEdit-") +
                            QString::fromLatin1(aisov::toString(language)));
        edit->setPlaceholderText(tr("as in English"));
        edit->setToolTip(tr("The name shown when the application is in %1; empty: the English "
                            "name. Files keep the English name as well.")
                             .arg(app::nativeLanguageName(language)));
        auto* label = new QLabel(tr("%1:").arg(app::nativeLanguageName(language)), this);
        label->setBuddy(edit);
        names->addWidget(label);
        names->addWidget(edit, 1);
        m_translatedNames.emplace_back(language, edit);
        connect(edit, &QLineEdit::editingFinished, this,
                [this, language, edit] { commitTranslatedName(language, edit); });
    }
    auto* nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, names);
    auto* numbers = new QHBoxLayout;
    numbers->addWidget(m_population, 1);
    auto* gdpLabel = new QLabel(tr("&GDP (USD):"), this);
    gdpLabel->setBuddy(m_gdp);
    numbers->addWidget(gdpLabel);
    numbers->addWidget(m_gdp, 1);
    auto* populationLabel = new QLabel(tr("&Population:"), this);
    populationLabel->setBuddy(m_population);
    form->addRow(populationLabel, numbers);
    m_membersLabel = new QLabel(tr("&Members:"), this);
    m_membersLabel->setBuddy(m_members);
    form->addRow(m_membersLabel, m_members);

    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("refusalLabel"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #f5c2bd;"
                       " border-radius: 4px; padding: 6px; }"));
    m_refusal->hide();

    m_valuesView = new QTreeView(this);
    TableCopier::install(m_valuesView);
    m_valuesView->setObjectName(QStringLiteral("valuesView"));
    m_valuesView->setAccessibleName(tr("Values by pillar"));
    m_valuesView->setModel(m_values);
    m_valuesView->setAlternatingRowColors(true);
    m_valuesView->setUniformRowHeights(true);
    m_valuesView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                  QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::AnyKeyPressed);
    m_valuesView->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_valuesView->header()->resizeSection(ProfileValuesModel::NameColumn, 320);
    m_valuesView->header()->resizeSection(ProfileValuesModel::ValueColumn, 110);
    m_valuesView->header()->resizeSection(ProfileValuesModel::UnitColumn, 130);
    m_valuesView->header()->resizeSection(ProfileValuesModel::YearColumn, 60);
    m_valuesView->header()->resizeSection(ProfileValuesModel::SourceColumn, 240);
    // Never narrower than a heading needs: a large system font widens them.
    for (int column = 0; column < m_valuesView->header()->count(); ++column)
        m_valuesView->header()->resizeSection(
            column, std::max(m_valuesView->header()->sectionSize(column),
                             m_valuesView->header()->sectionSizeHint(column)));

    m_removeValue = new QPushButton(tr("&Remove Value"), this);
    m_removeValue->setObjectName(QStringLiteral("removeValueButton"));
    auto* buttons = new QHBoxLayout;
    auto* hint =
        new QLabel(tr("Double-click or type to edit a value; an empty value removes it."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    buttons->addWidget(hint, 1);
    buttons->addWidget(m_removeValue);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addWidget(m_valuesView, 1);
    layout->addLayout(buttons);

    connect(m_values, &ProfileValuesModel::entryRefused, this,
            [this](const QModelIndex&, const QString& reason) { showRefusal(reason); });
    connect(m_values, &ProfileValuesModel::provenanceNeeded, this, &ProfileEditor::askProvenance);
    connect(m_values, &QAbstractItemModel::dataChanged, this, [this] { m_refusal->hide(); });
    connect(m_name, &QLineEdit::editingFinished, this, &ProfileEditor::commitName);
    connect(m_population, &QLineEdit::editingFinished, this,
            [this] { commitNumber(m_population, true); });
    connect(m_gdp, &QLineEdit::editingFinished, this, [this] { commitNumber(m_gdp, false); });
    connect(m_members, &QLineEdit::editingFinished, this, &ProfileEditor::commitMembers);
    connect(m_removeValue, &QPushButton::clicked, this, &ProfileEditor::removeCurrentValue);
    connect(&m_session, &Session::profileChanged, this, [this](const QString& code) {
        if (code == profileCode())
            refreshHeader();
    });
    connect(&m_session, &Session::profileListChanged, this, &ProfileEditor::refreshHeader);
    connect(&m_session, &Session::scoresChanged, this, &ProfileEditor::refreshHeader);
    refreshHeader();
}

void ProfileEditor::setProfileCode(const QString& code)
{
    m_values->setProfileCode(code);
    m_valuesView->expandAll();
    m_refusal->hide();
    refreshHeader();
}

QString ProfileEditor::profileCode() const
{
    return m_values->profileCode();
}

QString ProfileEditor::refusal() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

void ProfileEditor::refreshHeader()
{
    const aisov::Profile* profile = m_session.profile(profileCode());
    const bool editable = profile != nullptr && !m_session.isReadOnly();
    for (QWidget* widget : {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_population),
                            static_cast<QWidget*>(m_gdp), static_cast<QWidget*>(m_members),
                            static_cast<QWidget*>(m_removeValue)})
        widget->setEnabled(editable);
    for (const auto& [language, edit] : m_translatedNames) {
        edit->setEnabled(editable);
        if (!edit->hasFocus())
            edit->setText(profile != nullptr ? translatedName(*profile, language) : QString());
    }
    if (profile == nullptr) {
        m_title->setText(tr("No profile selected"));
        m_name->clear();
        m_population->clear();
        m_gdp->clear();
        m_members->clear();
        return;
    }
    const bool bloc = profile->kind == aisov::ProfileKind::Bloc;
    const aisov::ScoreResult* result = m_session.result(profileCode());
    m_title->setText(
        tr("%1 · %2 · coverage %3 %")
            .arg(aisov::render::nameWithCode(app::displayName(*profile), profileCode()),
                 bloc ? tr("bloc") : tr("country"),
                 QLocale().toString(result ? result->coverage * 100 : 0.0, 'f', 0)));
    if (!m_name->hasFocus())
        m_name->setText(app::toQString(profile->name));
    const QLocale locale;
    if (!m_population->hasFocus())
        m_population->setText(profile->population ? locale.toString(*profile->population, 'f', 0)
                                                  : QString());
    if (!m_gdp->hasFocus())
        m_gdp->setText(profile->gdpUsd ? locale.toString(*profile->gdpUsd, 'f', 0) : QString());
    QStringList members;
    for (const auto& member : profile->members)
        members.append(app::toQString(member));
    if (!m_members->hasFocus())
        m_members->setText(members.join(QStringLiteral(", ")));
    m_members->setVisible(bloc);
    m_membersLabel->setVisible(bloc);
}

void ProfileEditor::showRefusal(const QString& reason)
{
    m_refusal->setText(tr("Not stored: %1").arg(reason));
    m_refusal->show();
}

template <typename Edit>
void ProfileEditor::runEdit(Edit edit)
{
    try {
        edit();
        m_refusal->hide();
    } catch (const aisov::InputError& error) {
        showRefusal(app::problemText(error.problem()));
        refreshHeader();
    } catch (const std::exception& error) {
        showRefusal(QString::fromUtf8(error.what()));
        refreshHeader();
    }
}

void ProfileEditor::commitName()
{
    const aisov::Profile* profile = m_session.profile(profileCode());
    if (profile == nullptr || m_name->text().trimmed() == app::toQString(profile->name))
        return;
    runEdit([this] { m_session.renameProfile(profileCode(), m_name->text()); });
}

void ProfileEditor::commitTranslatedName(aisov::Language language, QLineEdit* edit)
{
    const aisov::Profile* profile = m_session.profile(profileCode());
    if (profile == nullptr || edit->text().trimmed() == translatedName(*profile, language))
        return;
    runEdit([&] { m_session.setTranslatedName(profileCode(), language, edit->text()); });
}

void ProfileEditor::commitNumber(QLineEdit* edit, bool population)
{
    const aisov::Profile* profile = m_session.profile(profileCode());
    if (profile == nullptr)
        return;
    std::optional<double> number;
    if (!edit->text().trimmed().isEmpty()) {
        QString digits = edit->text();
        digits.remove(QLocale().groupSeparator());
        number = app::parseLocaleNumber(digits);
        if (!number || *number < 0) {
            showRefusal(tr("\"%1\" is not a non-negative number.").arg(edit->text()));
            return;
        }
    }
    const std::optional<double> current = population ? profile->population : profile->gdpUsd;
    if (number == current)
        return;
    runEdit([&] {
        if (population)
            m_session.setPopulation(profileCode(), number);
        else
            m_session.setGdp(profileCode(), number);
    });
}

void ProfileEditor::commitMembers()
{
    const aisov::Profile* profile = m_session.profile(profileCode());
    if (profile == nullptr || profile->kind != aisov::ProfileKind::Bloc)
        return;
    QStringList members;
    for (const auto& part : m_members->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            members.append(part.trimmed().toUpper());
    QStringList current;
    for (const auto& member : profile->members)
        current.append(app::toQString(member));
    if (members == current)
        return;
    runEdit([&] { m_session.setMembers(profileCode(), members); });
}

void ProfileEditor::askProvenance(const QString& indicatorId, double value)
{
    const aisov::Indicator* indicator =
        m_session.methodology().findIndicator(app::toStdString(indicatorId));
    const QString name = indicator ? app::displayName(*indicator) : indicatorId;
    const QString valueText =
        indicator ? app::formatValueWithUnit(value, *indicator) : app::formatValue(value);
    auto* dialog = new ProvenanceDialog(name, valueText, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString code = profileCode();
    connect(dialog, &QDialog::accepted, this, [this, dialog, code, indicatorId, value] {
        aisov::IndicatorValue entry = dialog->provenance();
        entry.indicator = app::toStdString(indicatorId);
        entry.value = value;
        dialog->rememberChoices();
        runEdit([&] { m_session.setValue(code, entry); });
    });
    dialog->open();
}

void ProfileEditor::removeCurrentValue()
{
    const QModelIndex current = m_valuesView->currentIndex();
    const QString indicator = current.data(ProfileValuesModel::IndicatorRole).toString();
    if (indicator.isEmpty())
        return;
    runEdit([&] { m_session.removeValue(profileCode(), indicator); });
}
