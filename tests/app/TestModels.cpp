// Every model of the application under QAbstractItemModelTester (fatal on
// any broken contract), through the edits that reset or change it, with
// the fixture's hand-worked numbers (see TestMainWindow.cpp for them).
// TwoLevelTreeModel, the index scheme of the two tree models, is checked
// through both of them: ProfileValuesModel and ImportPlanModel.

#include "AppTestSupport.h"

#include "Session.h"
#include "models/BlocPreviewModel.h"
#include "models/ComparisonModel.h"
#include "models/ExplanationModel.h"
#include "models/ImportPlanModel.h"
#include "models/InvestmentTemplateModel.h"
#include "models/LeverModel.h"
#include "models/MemberChoiceModel.h"
#include "models/PartnerModel.h"
#include "models/ProfileFilterModel.h"
#include "models/ProfileListModel.h"
#include "models/ProfileValuesModel.h"
#include "models/RankStabilityModel.h"
#include "models/RequirementsModel.h"
#include "models/StandingChangeModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QUndoStack>

using namespace aisov::test;
using Tester = QAbstractItemModelTester;

namespace {

struct OpenSession
{
    QTemporaryDir directory;
    QString database = directory.filePath(QStringLiteral("models.sqlite"));
    Session session;

    OpenSession()
    {
        createFixtureDatabase(database);
        session.openDatabase(database);
    }

    void editA1(double value)
    {
        aisov::IndicatorValue edited = *session.profile(QStringLiteral("XAA"))->findValue("a1");
        edited.value = value;
        session.setValue(QStringLiteral("XAA"), edited);
    }
};

} // namespace

TEST_CASE("ProfileListModel: one row per profile with score, band and a band chip")
{
    OpenSession open;
    ProfileListModel model(open.session);
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 3);
    const int xaa = model.rowOf(QStringLiteral("XAA"));
    REQUIRE(xaa >= 0);
    CHECK(model.index(xaa, ProfileListModel::ScoreColumn).data().toString() ==
          QStringLiteral("79.5 %"));
    CHECK(model.index(xaa, ProfileListModel::BandColumn).data().toString() ==
          QStringLiteral("High"));
    CHECK(model.index(xaa, ProfileListModel::ScoreColumn)
              .data(Qt::DecorationRole)
              .canConvert<QColor>());
    open.editA1(100);
    CHECK(model.index(xaa, ProfileListModel::ScoreColumn).data().toString() ==
          QStringLiteral("88.0 %"));
    open.session.setMembers(QStringLiteral("XYBLOC"), {QStringLiteral("XAA")});
    open.session.deleteProfile(QStringLiteral("YBB"));
    CHECK(model.rowCount() == 2);
    open.session.undoStack()->undo();
    CHECK(model.rowCount() == 3);
}

TEST_CASE("ProfileFilterModel: search by name or code, filter by kind, sort by score")
{
    OpenSession open;
    ProfileListModel source(open.session);
    ProfileFilterModel filter;
    filter.setSourceModel(&source);
    Tester tester(&filter, Tester::FailureReportingMode::Fatal);
    filter.setSearchText(QStringLiteral("country y"));
    REQUIRE(filter.rowCount() == 1);
    CHECK(filter.index(0, 0).data().toString() == QStringLiteral("YBB"));
    filter.setSearchText(QStringLiteral("xa"));
    REQUIRE(filter.rowCount() == 1);
    CHECK(filter.index(0, 0).data().toString() == QStringLiteral("XAA"));
    filter.setSearchText({});
    filter.setKindFilter(ProfileFilterModel::KindFilter::Blocs);
    REQUIRE(filter.rowCount() == 1);
    CHECK(filter.index(0, 0).data().toString() == QStringLiteral("XYBLOC"));
    filter.setKindFilter(ProfileFilterModel::KindFilter::Countries);
    CHECK(filter.rowCount() == 2);
    filter.setKindFilter(ProfileFilterModel::KindFilter::All);
    filter.sort(ProfileListModel::ScoreColumn, Qt::DescendingOrder);
    // XAA 79.5 above YBB 63.0; the bloc pools both.
    QStringList order;
    for (int row = 0; row < filter.rowCount(); ++row)
        order.append(filter.index(row, 0).data().toString());
    CHECK(order.indexOf(QStringLiteral("XAA")) < order.indexOf(QStringLiteral("YBB")));
}

TEST_CASE("ProfileValuesModel: pillars with their indicators; a pooled bloc is read-only")
{
    OpenSession open;
    ProfileValuesModel model(open.session);
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    model.setProfileCode(QStringLiteral("XAA"));
    REQUIRE(model.rowCount() == 3); // Alpha, Beta, Gamma
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("Alpha"));
    // A name's tooltip is the name in full; the fixture has no descriptions
    // to follow it (TestKorean checks one with).
    CHECK(model.index(0, 0).data(Qt::ToolTipRole).toString() == QStringLiteral("Alpha"));
    CHECK(model.rowCount(model.index(0, 0)) == 2); // a1, a2
    const QModelIndex a2 = model.indicatorIndex(QStringLiteral("a2"));
    CHECK(a2.data().toString() == QStringLiteral("10"));
    CHECK(model.flags(a2) & Qt::ItemIsEditable);
    CHECK(model.indicatorIndex(QStringLiteral("a2"), ProfileValuesModel::SourceColumn)
              .data()
              .toString() == QStringLiteral("fixture"));
    open.editA1(75);
    CHECK(model.indicatorIndex(QStringLiteral("a1")).data().toString() == QStringLiteral("75"));

    model.setProfileCode(QStringLiteral("XYBLOC"));
    const QModelIndex pooled = model.indicatorIndex(QStringLiteral("a2"));
    CHECK(pooled.data().toString() == QStringLiteral("110")); // sum of 10 and 100
    CHECK_FALSE(model.flags(pooled) & Qt::ItemIsEditable);
}

TEST_CASE("ExplanationModel: the points of the indicators add up to the score")
{
    OpenSession open;
    ExplanationModel model(open.session);
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.setProfileCode(QStringLiteral("XAA"));
    REQUIRE(model.rowCount() == 4);
    double points = 0.0;
    for (int row = 0; row < model.rowCount(); ++row)
        points += model.index(row, ExplanationModel::PointsColumn)
                      .data(ExplanationModel::SortRole)
                      .toDouble();
    CHECK(points == Approx(79.53).margin(0.01));
    open.editA1(100);
    points = 0.0;
    for (int row = 0; row < model.rowCount(); ++row)
        points += model.index(row, ExplanationModel::PointsColumn)
                      .data(ExplanationModel::SortRole)
                      .toDouble();
    CHECK(points == Approx(88.01).margin(0.01));
}

TEST_CASE("RequirementsModel: met or not against each pillar's threshold")
{
    OpenSession open;
    RequirementsModel model(open.session);
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.setProfileCode(QStringLiteral("YBB"));
    REQUIRE(model.rowCount() == 3);
    // Alpha 100 >= 50 met; Beta no data, not met; Gamma 50 >= 50 met.
    CHECK(model.index(0, RequirementsModel::MetColumn).data(Qt::AccessibleTextRole).toString() ==
          QStringLiteral("met"));
    CHECK(model.index(1, RequirementsModel::ScoreColumn).data().toString() ==
          QStringLiteral("no data"));
    CHECK(model.index(1, RequirementsModel::MetColumn).data(Qt::AccessibleTextRole).toString() ==
          QStringLiteral("not met"));
    CHECK(model.index(2, RequirementsModel::MetColumn).data(Qt::AccessibleTextRole).toString() ==
          QStringLiteral("met"));
    CHECK(
        model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("at least 50")));
}

TEST_CASE("ComparisonModel: at most eight known profiles, scores and met counts")
{
    OpenSession open;
    ComparisonModel model(open.session);
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.setCodes({QStringLiteral("XAA"), QStringLiteral("NOPE"), QStringLiteral("YBB")});
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, ComparisonModel::ScoreColumn).data().toString() ==
          QStringLiteral("79.5 %"));
    CHECK(model.index(0, model.metColumn()).data().toString() == QStringLiteral("3 of 3"));
    CHECK(model.index(1, model.metColumn()).data().toString() == QStringLiteral("2 of 3"));
    CHECK(model.index(1, ComparisonModel::FirstPillarColumn + 1).data().toString() ==
          QStringLiteral("no data"));
    open.editA1(100);
    CHECK(model.index(0, ComparisonModel::ScoreColumn).data().toString() ==
          QStringLiteral("88.0 %"));
}

TEST_CASE("ImportPlanModel: profiles with their value changes beneath")
{
    aisov::ImportPlan plan;
    aisov::ProfileChange change;
    change.code = "XAA";
    change.name = "Country X";
    change.kind = aisov::ChangeKind::Changed;
    change.values.push_back({"a1", aisov::ChangeKind::Changed, 50.0, 60.0, false});
    change.values.push_back({"b1", aisov::ChangeKind::Removed, 10.0, std::nullopt, false});
    plan.profiles.push_back(change);
    ImportPlanModel model(plan, aisov::Methodology{});
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 1);
    const QModelIndex profile = model.index(0, 0);
    REQUIRE(model.rowCount(profile) == 2);
    CHECK(model.index(1, ImportPlanModel::ChangeColumn, profile).data().toString() ==
          QStringLiteral("removed"));
    CHECK(model.index(0, ImportPlanModel::AfterColumn, profile).data().toString() ==
          QStringLiteral("60"));
}

TEST_CASE("ImportPlanModel: a changed profile lists the attributes that change, in words")
{
    aisov::ImportPlan plan;
    aisov::ProfileChange change;
    change.code = "XAA";
    change.name = "Country X";
    change.kind = aisov::ChangeKind::Changed;
    change.attributes = {aisov::ProfileAttribute::Population,
                         aisov::ProfileAttribute::TranslatedNames};
    plan.profiles.push_back(change);
    ImportPlanModel model(plan, aisov::Methodology{});
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    CHECK(model.index(0, ImportPlanModel::ChangeColumn).data().toString() ==
          QStringLiteral("changed: population, translated names"));
}

TEST_CASE("ImportPlanModel: a profile is named with its code unless its name shows it")
{
    aisov::ImportPlan plan;
    for (const auto& [code, name] : std::vector<std::pair<std::string, std::string>>{
             {"XAA", "Country X"}, {"EU27", "European Union (EU-27)"}, {"YBB", ""}}) {
        aisov::ProfileChange change;
        change.code = code;
        change.name = name;
        change.kind = aisov::ChangeKind::Added;
        plan.profiles.push_back(change);
    }
    ImportPlanModel model(plan, aisov::Methodology{});
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(0, ImportPlanModel::ItemColumn).data().toString() ==
          QStringLiteral("Country X (XAA)"));
    CHECK(model.index(1, ImportPlanModel::ItemColumn).data().toString() ==
          QStringLiteral("European Union (EU-27)"));
    CHECK(model.index(2, ImportPlanModel::ItemColumn).data().toString() == QStringLiteral("YBB"));
}

namespace {

// The display text of the row whose `codeRole` is `code`, in `column`.
QString textOfCode(const QAbstractItemModel& model, int codeRole, const QString& code, int column)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, 0).data(codeRole).toString() == code)
            return model.index(row, column).data().toString();
    FAIL("no row for " << code.toStdString());
    return {};
}

} // namespace

TEST_CASE("Partners, bloc members and standings name a profile once, with its code once")
{
    OpenSession open;
    // Its code in its name, with a dash and in lower case: not repeated.
    open.session.renameProfile(QStringLiteral("YBB"), QStringLiteral("Country Y (Y-bb)"));
    const QString x = QStringLiteral("Country X (XAA)");
    const QString y = QStringLiteral("Country Y (Y-bb)");

    MemberChoiceModel members(open.session);
    Tester membersTester(&members, Tester::FailureReportingMode::Fatal);
    REQUIRE(members.rowCount() == 2); // the countries, not the bloc
    CHECK(textOfCode(members, MemberChoiceModel::CodeRole, QStringLiteral("XAA"), 0) == x);
    CHECK(textOfCode(members, MemberChoiceModel::CodeRole, QStringLiteral("YBB"), 0) == y);

    PartnerModel partners(open.session);
    Tester partnersTester(&partners, Tester::FailureReportingMode::Fatal);
    partners.setCode(QStringLiteral("XAA"));
    CHECK(textOfCode(partners, PartnerModel::CodeRole, QStringLiteral("YBB"),
                     PartnerModel::PartnerColumn) == y);
    partners.setCode(QStringLiteral("YBB"));
    CHECK(textOfCode(partners, PartnerModel::CodeRole, QStringLiteral("XAA"),
                     PartnerModel::PartnerColumn) == x);

    BlocPreviewModel bloc(open.session);
    Tester blocTester(&bloc, Tester::FailureReportingMode::Fatal);
    bloc.setMembers({QStringLiteral("XAA"), QStringLiteral("YBB")});
    REQUIRE(bloc.rowCount() == 4); // two members, the bloc, the gain
    CHECK(bloc.index(0, BlocPreviewModel::NameColumn).data().toString() == x);
    CHECK(bloc.index(1, BlocPreviewModel::NameColumn).data().toString() == y);

    StandingChangeModel standings(open.session);
    Tester standingsTester(&standings, Tester::FailureReportingMode::Fatal);
    standings.setOnlyMoved(false);
    REQUIRE(standings.rowCount() == 3);
    CHECK(textOfCode(standings, StandingChangeModel::CodeRole, QStringLiteral("XAA"),
                     StandingChangeModel::ProfileColumn) == x);
    CHECK(textOfCode(standings, StandingChangeModel::CodeRole, QStringLiteral("YBB"),
                     StandingChangeModel::ProfileColumn) == y);
    CHECK(textOfCode(standings, StandingChangeModel::CodeRole, QStringLiteral("XYBLOC"),
                     StandingChangeModel::ProfileColumn) ==
          QStringLiteral("Bloc of X and Y (XYBLOC)"));
}

TEST_CASE("RankStabilityModel: p5, median and p95, then the share of each rank")
{
    OpenSession open;
    RankStabilityModel model(open.session);
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    CHECK(model.columnCount() == RankStabilityModel::FirstRankColumn);

    // A run as the runner delivers it: XAA first in 997 of 1,000 draws,
    // YBB in the other 3; XYBLOC without data (no interval, no ranks).
    UncertaintyRun run;
    run.codes = {QStringLiteral("XAA"), QStringLiteral("YBB"), QStringLiteral("XYBLOC")};
    run.draws = 1000;
    run.summaries.resize(3);
    run.summaries[0] = {"XAA", true, 70.4, 79.5, 85.0, {0.997, 0.003}};
    run.summaries[1] = {"YBB", true, 55.0, 63.0, 70.0, {0.003, 0.997}};
    run.summaries[2] = {"XYBLOC", false, 0.0, 0.0, 0.0, {}};
    model.setRun(run);
    REQUIRE(model.rowCount() == 3);
    REQUIRE(model.rankCount() == 2);
    CHECK(model.columnCount() == RankStabilityModel::FirstRankColumn + 2);
    CHECK(model.headerData(RankStabilityModel::FirstRankColumn + 1, Qt::Horizontal).toString() ==
          QStringLiteral("Rank 2"));
    CHECK(model.index(0, RankStabilityModel::ProfileColumn).data().toString() ==
          QStringLiteral("Country X"));
    CHECK(model.index(0, RankStabilityModel::P5Column).data().toString() ==
          QStringLiteral("70.4 %"));
    CHECK(model.index(0, RankStabilityModel::MedianColumn).data().toString() ==
          QStringLiteral("79.5 %"));
    const QModelIndex first = model.index(0, RankStabilityModel::FirstRankColumn);
    const QModelIndex second = model.index(0, RankStabilityModel::FirstRankColumn + 1);
    CHECK(first.data().toString() == QStringLiteral(">99 %")); // not "100 %": 3 draws differ
    CHECK(second.data().toString() == QStringLiteral("<1 %"));
    CHECK(first.data(RankStabilityModel::ShareRole).toDouble() == 0.997);
    CHECK(first.data(RankStabilityModel::MostLikelyRole).toBool());
    CHECK_FALSE(second.data(RankStabilityModel::MostLikelyRole).toBool());
    CHECK(model.index(1, RankStabilityModel::FirstRankColumn + 1)
              .data(RankStabilityModel::MostLikelyRole)
              .toBool());
    // No data: a dash for the scores, nothing for the ranks.
    CHECK(model.index(2, RankStabilityModel::MedianColumn).data().toString() ==
          QStringLiteral("–"));
    CHECK_FALSE(model.index(2, RankStabilityModel::FirstRankColumn)
                    .data(RankStabilityModel::ShareRole)
                    .isValid());
    CHECK(model.index(2, RankStabilityModel::FirstRankColumn).data().toString().isEmpty());
}

TEST_CASE("LeverModel: one row per lever, the next band's value or why there is none")
{
    const aisov::Methodology methodology =
        aisov::loadMethodologyFile(fixturePath("three-pillars.methodology.json"));
    aisov::LeverAnalysis analysis;
    analysis.nextBand = aisov::Band{75.0, "High"};
    aisov::Lever reachable;
    reachable.indicator = "b1";
    reachable.pillar = "b";
    reachable.currentValue = 10.0;
    reachable.startValue = 10.0;
    reachable.improvedValue = 5.0;
    reachable.gain = 2.371;
    reachable.crossesThreshold = true;
    reachable.valueForNextBand = 4.0;
    aisov::Lever missing;
    missing.indicator = "a1";
    missing.pillar = "a";
    missing.startValue = 0.0; // the worst goalpost
    missing.improvedValue = 10.0;
    analysis.levers = {reachable, missing};
    LeverModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    model.setLevers(analysis, methodology);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, LeverModel::GainColumn).data().toString() ==
          QStringLiteral("+2.37 points"));
    CHECK(model.index(0, LeverModel::MeetsColumn).data().toString() == QStringLiteral("Beta"));
    // 4 - 10: lower is better, so the change is a decrease.
    CHECK(model.index(0, LeverModel::ChangeForNextBandColumn).data().toString() ==
          QStringLiteral("-6 %"));
    CHECK(model.index(0, LeverModel::ValueForNextBandColumn).data().toString() ==
          QStringLiteral("4 %"));
    CHECK(model.index(1, LeverModel::NowColumn).data().toString() == QStringLiteral("missing"));
    CHECK(model.index(1, LeverModel::ChangeForNextBandColumn).data().toString() ==
          QStringLiteral("not alone"));
    CHECK(model.index(1, LeverModel::IndicatorColumn).data(LeverModel::IndicatorRole).toString() ==
          QStringLiteral("a1"));
    model.clear();
    CHECK(model.rowCount() == 0);
}

TEST_CASE("InvestmentTemplateModel: gains with what each template changes and leaves out")
{
    const aisov::Methodology methodology =
        aisov::loadMethodologyFile(fixturePath("three-pillars.methodology.json"));
    aisov::InvestmentTemplate investment;
    investment.id = "lab";
    investment.name = "A new lab";
    investment.description = "More of a1 and a2";
    investment.changes = {{"a1", 10.0, false, std::nullopt, "s", "", ""},
                          {"a2", 5.0, false, std::nullopt, "s", "", ""}};
    aisov::TemplateGain gain;
    gain.id = "lab";
    gain.name = "A new lab";
    gain.scoreBefore = 63.0;
    gain.scoreAfter = 64.5;
    gain.gain = 1.5;
    gain.skipped = {"a1"};
    aisov::TemplateGain unknown = gain;
    unknown.id = "gone"; // no template with this id: not shown
    InvestmentTemplateModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.setTemplates({gain, unknown}, {investment}, methodology);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, InvestmentTemplateModel::GainColumn).data().toString() ==
          QStringLiteral("+1.50 points"));
    CHECK(model.index(0, InvestmentTemplateModel::ChangesColumn).data().toString() ==
          QStringLiteral("a2"));
    CHECK(model.index(0, InvestmentTemplateModel::SkippedColumn).data().toString() ==
          QStringLiteral("a1"));
    CHECK(model.index(0, InvestmentTemplateModel::DescriptionColumn).data().toString() ==
          QStringLiteral("More of a1 and a2"));
    REQUIRE(model.investment(0) != nullptr);
    CHECK(model.investment(0)->id == "lab");
    model.clear();
    CHECK(model.rowCount() == 0);
}
