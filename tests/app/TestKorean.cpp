// The application in Korean: the Language setting set to "ko" installs the
// translations (app::applyLanguageSetting, the loader the CLI shares), the
// real main window then shows Hangul in its title, menus and tabs, Qt's own
// strings come from qtbase_ko.qm, and an exported chart carries Korean labels
// in a font that has Hangul glyphs. Expected texts are the entries of
// resources/translations/aisov_ko.ts.

#include "AppTestSupport.h"

#include "AppLanguage.h"
#include "ChartTheme.h"
#include "Config.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "Session.h"
#include "Translations.h"
#include "dialogs/ExportChartDialog.h"
#include "models/ImportPlanModel.h"
#include "models/InvestmentTemplateModel.h"
#include "models/MethodologyModel.h"
#include "models/ProfileListModel.h"
#include "models/ProfileValuesModel.h"
#include "models/RequirementsModel.h"
#include "models/ScenarioOverridesModel.h"
#include "widgets/ChartView.h"
#include "widgets/LanguageMenu.h"
#include "widgets/ProfileListPanel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QImage>
#include <QLineEdit>
#include <QMenuBar>
#include <QRawFont>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace aisov::test;

namespace {

bool hasHangul(const QString& text)
{
    for (const QChar character : text)
        if (character.script() == QChar::Script_Hangul)
            return true;
    return false;
}

// The Language setting at "ko" and its translations installed for the
// test's life; English again afterwards, for whatever runs next.
struct KoreanLanguage
{
    KoreanLanguage()
    {
        Config::instance().set(ConfigKey::Language, QStringLiteral("ko"));
        REQUIRE(app::applyLanguageSetting());
    }
    ~KoreanLanguage()
    {
        Config::instance().reset(ConfigKey::Language);
        aisov::render::installTranslations(QLocale::c());
    }
};

struct KoreanWindow
{
    KoreanLanguage language;
    QTemporaryDir directory;
    QString database = directory.filePath(QStringLiteral("team.sqlite"));
    Session session;
    MainWindow window{session};

    KoreanWindow()
    {
        createFixtureDatabase(database);
        REQUIRE(window.openDatabase(database));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
};

// A session on a new store, which holds the bundled methodology and
// templates with their Korean text, in Korean.
struct KoreanBundledSession
{
    KoreanLanguage language;
    QTemporaryDir directory;
    Session session;

    KoreanBundledSession()
    {
        session.openDatabase(directory.filePath(QStringLiteral("bundled.sqlite")),
                             aisov::OpenMode::Create);
    }
};

// A text of the Korean translation the bundled data give a pillar, an
// indicator or an investment template, checked to differ from `english`.
QString koreanText(const aisov::Translations& translations, std::string aisov::Translation::*field,
                   const std::string& english)
{
    const auto found = translations.find(aisov::Language::Korean);
    REQUIRE(found != translations.end());
    const std::string& korean = found->second.*field;
    REQUIRE_FALSE(korean.empty());
    REQUIRE(korean != english);
    return QString::fromStdString(korean);
}

template <typename Item>
QString koreanName(const Item& item)
{
    return koreanText(item.translations, &aisov::Translation::name, item.name);
}

template <typename Item>
QString koreanDescription(const Item& item)
{
    return koreanText(item.translations, &aisov::Translation::description, item.description);
}

QStringList menuTitles(const MainWindow& window)
{
    QStringList titles;
    for (const QAction* action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

} // namespace

TEST_CASE("The Korean setting translates the window title, the menus and the tabs")
{
    KoreanWindow app;
    CHECK(app::languageSetting() == QStringLiteral("ko"));
    CHECK(QLocale().language() == QLocale::Korean);
    INFO(app.window.windowTitle().toStdString());
    CHECK(app.window.windowTitle().endsWith(QStringLiteral("AI 주권 스펙트럼")));

    const QStringList menus = menuTitles(app.window);
    CHECK(menus.contains(QStringLiteral("파일(&F)")));
    CHECK(menus.contains(QStringLiteral("보기(&V)")));
    CHECK(menus.contains(QStringLiteral("도움말(&H)")));
    for (const QString& title : menus) {
        INFO(title.toStdString());
        CHECK(hasHangul(title));
    }

    QTabWidget* tabs = app.window.tabs();
    CHECK(tabs->tabText(0) == QStringLiteral("프로필(&P)"));
    for (int tab = 0; tab < tabs->count(); ++tab) {
        INFO(tabs->tabText(tab).toStdString());
        CHECK(hasHangul(tabs->tabText(tab)));
    }
}

TEST_CASE("Qt's own strings come from qtbase_ko.qm")
{
    KoreanLanguage language;
    // QDialogButtonBox's and QMessageBox's buttons ("Cancel") are translated
    // in this context by Qt's own Korean translation.
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("취소"));
}

TEST_CASE("View > Language stores the choice and says it applies at the next start")
{
    KoreanWindow app;
    auto* menu = app.window.findChild<LanguageMenu*>(QStringLiteral("languageMenu"));
    REQUIRE(menu != nullptr);
    CHECK(menu->title() == QStringLiteral("언어(&L)"));
    REQUIRE(menu->actionFor(QStringLiteral("ko")) != nullptr);
    CHECK(menu->actionFor(QStringLiteral("ko"))->isChecked());
    CHECK(menu->actionFor(QStringLiteral("en"))->text() == QStringLiteral("English"));
    CHECK(menu->actionFor(QStringLiteral("system"))->text() == QStringLiteral("시스템 언어"));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    menu->actionFor(QStringLiteral("en"))->trigger();
    CHECK(Config::instance().get(ConfigKey::Language).toString() == QStringLiteral("en"));
    CHECK(MessageBox::lastTitle() == QStringLiteral("언어"));
    CHECK(menu->actionFor(QStringLiteral("en"))->isChecked());
}

TEST_CASE("A chart exported in Korean has Hangul labels in a font with Hangul glyphs")
{
    KoreanWindow app;
    app.window.profileList()->selectCode(QStringLiteral("XAA"));
    ExportChartDialog dialog(aisov::render::ChartKind::Radar,
                             app.window.currentChart()->chartData(), &app.window);
    dialog.setPreset(QStringLiteral("slide-16x9"));

    dialog.setFormat(aisov::render::ExportFormat::Svg);
    const QString svg = app.directory.filePath(QStringLiteral("radar-ko.svg"));
    REQUIRE(dialog.exportTo(svg));
    const QString text = QString::fromUtf8(fileBytes(svg));
    // RadarChart: the title "Pillar profile", and the legend's "Threshold: a
    // pillar on or outside the dashed ring meets the requirement" (painted a
    // word at a time, as the SVG shows).
    CHECK(text.contains(QStringLiteral("기둥별 프로필")));
    CHECK(text.contains(QStringLiteral("점선")));
    CHECK(text.contains(QStringLiteral("충족합니다")));
    CHECK_FALSE(text.contains(QStringLiteral("Pillar profile")));

    dialog.setFormat(aisov::render::ExportFormat::Png);
    const QString png = app.directory.filePath(QStringLiteral("radar-ko.png"));
    REQUIRE(dialog.exportTo(png));
    CHECK_FALSE(QImage(png).isNull());

    // Not tofu: the font the chart's Korean text falls back to is a CJK
    // family (fonts-noto-cjk, scripts/setup.sh) with a glyph for each
    // syllable of the title.
    const QFont chartFont = dialog.options().theme.font(24);
    const QRawFont korean = QRawFont::fromFont(chartFont, QFontDatabase::Korean);
    REQUIRE(korean.isValid());
    INFO(korean.familyName().toStdString());
    CHECK(QFontDatabase::writingSystems(korean.familyName()).contains(QFontDatabase::Korean));
    for (const QChar syllable : QStringLiteral("기둥별프로필기준선"))
        CHECK(korean.supportsCharacter(syllable));
}

TEST_CASE("In Korean the tooltips give the methodology's Korean names and descriptions")
{
    KoreanBundledSession korean;
    Session& session = korean.session;
    const aisov::Methodology& methodology = session.methodology();
    const aisov::Pillar& compute = methodology.pillars.front();
    REQUIRE(compute.id == "compute");
    const aisov::Indicator* top500 = methodology.findIndicator("top500_share");
    REQUIRE(top500 != nullptr);
    const QString pillarDescription = koreanDescription(compute);
    // A name's tooltip: the name in full (the column may elide it), then
    // the description.
    const QString pillarText = koreanName(compute) + QLatin1Char('\n') + pillarDescription;
    const QString indicatorText =
        koreanName(*top500) + QLatin1Char('\n') + koreanDescription(*top500);
    const QString indicatorId = QStringLiteral("top500_share");
    const auto tooltip = [](const QModelIndex& index) {
        return index.data(Qt::ToolTipRole).toString();
    };

    ProfileValuesModel values(session);
    QAbstractItemModelTester valuesTester(&values,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    values.setProfileCode(QStringLiteral("KOR"));
    CHECK(tooltip(values.index(0, ProfileValuesModel::NameColumn)) == pillarText);
    CHECK(tooltip(values.indicatorIndex(indicatorId, ProfileValuesModel::NameColumn)) ==
          indicatorText);

    MethodologyModel editor(session);
    QAbstractItemModelTester editorTester(&editor,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(tooltip(editor.pillarIndex(QStringLiteral("compute"))) == pillarText);
    CHECK(tooltip(editor.indicatorIndex(indicatorId)) == indicatorText);

    RequirementsModel requirements(session);
    QAbstractItemModelTester requirementsTester(
        &requirements, QAbstractItemModelTester::FailureReportingMode::Fatal);
    requirements.setProfileCode(QStringLiteral("KOR"));
    CHECK(tooltip(requirements.index(0, RequirementsModel::PillarColumn))
              .endsWith(QLatin1Char('\n') + pillarDescription));

    session.createScenario(QStringLiteral("KOR"), QStringLiteral("Plan"), {});
    ScenarioOverridesModel overrides(session);
    QAbstractItemModelTester overridesTester(&overrides,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
    overrides.setScenario(QStringLiteral("KOR"), QStringLiteral("Plan"));
    CHECK(tooltip(overrides.indicatorIndex(indicatorId, ScenarioOverridesModel::NameColumn)) ==
          indicatorText);
}

TEST_CASE("In Korean the investment templates, and the scenarios made of them, have Korean names")
{
    KoreanBundledSession korean;
    Session& session = korean.session;
    const std::vector<aisov::InvestmentTemplate> templates = session.investmentTemplates();
    const auto alps = std::find_if(templates.begin(), templates.end(), [](const auto& each) {
        return each.id == "alps-supercomputer";
    });
    REQUIRE(alps != templates.end());
    const QString name = koreanName(*alps);
    const QString description = koreanDescription(*alps);

    aisov::TemplateGain gain;
    gain.id = alps->id;
    gain.name = alps->name;
    InvestmentTemplateModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTemplates({gain}, templates, session.methodology());
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, InvestmentTemplateModel::NameColumn).data().toString() == name);
    CHECK(model.index(0, InvestmentTemplateModel::DescriptionColumn).data().toString() ==
          description);

    const QString scenario = session.createTemplateScenario(QStringLiteral("CHE"), {},
                                                            QStringLiteral("alps-supercomputer"));
    CHECK(scenario == name);
    const auto made = session.scenario(QStringLiteral("CHE"), scenario);
    REQUIRE(made.has_value());
    CHECK(QString::fromStdString(made->description) == description);
}

namespace {

// The main window on a new store with the bundled profiles, in Korean.
struct KoreanBundledWindow
{
    KoreanLanguage language;
    QTemporaryDir directory;
    QString database = directory.filePath(QStringLiteral("bundled.sqlite"));
    Session session;
    MainWindow window{session};

    KoreanBundledWindow()
    {
        aisov::Store::open(database.toStdString(), aisov::OpenMode::Create);
        REQUIRE(window.openDatabase(database));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
};

// The names the profile list shows, as the user sees them (filtered).
QStringList shownNames(const ProfileListPanel& list)
{
    QStringList names;
    const QAbstractItemModel* shown = list.view()->model();
    for (int row = 0; row < shown->rowCount(); ++row)
        names.append(shown->index(row, ProfileListModel::NameColumn).data().toString());
    return names;
}

} // namespace

TEST_CASE("In Korean the profiles are named in Korean, found by either name, and renamed in "
          "Korean as one undo step")
{
    KoreanBundledWindow korean;
    ProfileListPanel& list = *korean.window.profileList();
    QAbstractItemModelTester tester(list.listModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const aisov::Profile* swiss = korean.session.profile(QStringLiteral("CHE"));
    REQUIRE(swiss != nullptr);
    const QString koreanSwiss = koreanName(*swiss);
    CHECK(shownNames(list).contains(koreanSwiss));
    CHECK_FALSE(shownNames(list).contains(QStringLiteral("Switzerland")));

    auto* search = korean.window.findChild<QLineEdit*>(QStringLiteral("profileSearch"));
    REQUIRE(search != nullptr);
    QTest::keyClicks(search, QStringLiteral("Switz")); // the English name finds it
    QTRY_COMPARE(shownNames(list), QStringList{koreanSwiss});
    search->clear();
    search->setText(koreanSwiss.left(2)); // and so does the Korean one (keyClicks is ASCII only)
    QTRY_COMPARE(shownNames(list), QStringList{koreanSwiss});
    search->clear();

    // The charts name it in Korean too.
    const auto chart = korean.session.chartData({QStringLiteral("CHE")});
    REQUIRE(chart.profiles.size() == 1);
    CHECK(chart.profiles[0].name == koreanSwiss);

    // The editor shows both names and edits the Korean one.
    list.selectCode(QStringLiteral("CHE"));
    auto* english = korean.window.findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    auto* hangul = korean.window.findChild<QLineEdit*>(QStringLiteral("nameEdit-ko"));
    REQUIRE(english != nullptr);
    REQUIRE(hangul != nullptr);
    CHECK(english->text() == QStringLiteral("Switzerland"));
    CHECK(hangul->text() == koreanSwiss);
    hangul->setFocus();
    hangul->setText(QStringLiteral("스위스 연방")); // as an input method commits it
    QTest::keyClick(hangul, Qt::Key_Return);
    CHECK(korean.session.profile(QStringLiteral("CHE"))
              ->translations.at(aisov::Language::Korean)
              .name == "스위스 연방");
    CHECK(shownNames(list).contains(QStringLiteral("스위스 연방")));
    CHECK(korean.session.profile(QStringLiteral("CHE"))->name == "Switzerland");
    korean.session.undoStack()->undo();
    CHECK(QString::fromStdString(korean.session.profile(QStringLiteral("CHE"))
                                     ->translations.at(aisov::Language::Korean)
                                     .name) == koreanSwiss);

    // Emptied, the English name is shown in Korean too.
    hangul->setFocus();
    hangul->selectAll();
    QTest::keyClick(hangul, Qt::Key_Delete);
    QTest::keyClick(hangul, Qt::Key_Return);
    CHECK(korean.session.profile(QStringLiteral("CHE"))->translations.empty());
    CHECK(shownNames(list).contains(QStringLiteral("Switzerland")));
    CHECK(hangul->placeholderText() ==
          QCoreApplication::translate("ProfileEditor", "as in English"));

    // A duplicate is named anew: it does not take the original's Korean name.
    korean.session.undoStack()->undo();
    korean.session.duplicateProfile(QStringLiteral("CHE"), QStringLiteral("CHX"),
                                    QStringLiteral("Switzerland (copy)"));
    CHECK(korean.session.profile(QStringLiteral("CHX"))->translations.empty());
}

TEST_CASE("In Korean the import preview names a profile by the Korean name the file gives it")
{
    KoreanLanguage korean;
    aisov::ImportPlan plan;
    aisov::ProfileChange change;
    change.code = "CHE";
    change.name = "Switzerland";
    change.translations[aisov::Language::Korean].name = "스위스";
    plan.profiles.push_back(change);
    change.code = "AUT";
    change.name = "Austria";
    change.translations.clear();
    plan.profiles.push_back(change);
    ImportPlanModel model(plan, aisov::Methodology{});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.index(0, ImportPlanModel::ItemColumn).data().toString() ==
          QStringLiteral("스위스 (CHE)"));
    CHECK(model.index(1, ImportPlanModel::ItemColumn).data().toString() ==
          QStringLiteral("Austria (AUT)"));
}

TEST_CASE("In Korean the import preview names the attributes that change in Korean")
{
    KoreanLanguage korean;
    aisov::ImportPlan plan;
    aisov::ProfileChange change;
    change.code = "CHE";
    change.name = "Switzerland";
    change.kind = aisov::ChangeKind::Changed;
    change.attributes = {aisov::ProfileAttribute::Population, aisov::ProfileAttribute::Members};
    plan.profiles.push_back(change);
    ImportPlanModel model(plan, aisov::Methodology{});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.index(0, ImportPlanModel::ChangeColumn).data().toString() ==
          QStringLiteral("변경: 인구, 회원국"));
}

TEST_CASE("In Korean a table's copy actions are named in Korean")
{
    KoreanWindow korean;
    QTableView* list = korean.window.profileList()->view();
    QStringList names;
    for (const QAction* action : list->actions())
        names.append(action->text());
    CHECK(names == QStringList{QStringLiteral("복사(&C)"), QStringLiteral("행 복사(&R)"),
                               QStringLiteral("표 전체 복사(&W)")});
}
