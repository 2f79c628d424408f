// The Methodology tab, driven as a user would on the three-pillar fixture
// (tests/fixtures/three-pillars.methodology.json: pillars Alpha a, Beta b,
// Gamma c weighted 1, 1, 2; arithmetic within a pillar, geometric across;
// bands Low 0, Mid 50, High 75). Pillar scores, worked out by hand:
//   XAA: Alpha (a1 50 -> 0.5, a2 10 log 1..100 -> 0.5) = 0.5; Beta (b1 10,
//        lower 0..50 -> 0.8) = 0.8; Gamma (c1 25, 10..20 -> 1) = 1.
//   YBB: Alpha (a2 100 -> 1) = 1; Beta no data (left out); Gamma (c1 15) = 0.5.
//   XYBLOC (pooled): Alpha 0.75, Beta 0.8, Gamma 1.
// Overall, weights 1, 1, 2:
//   XAA (0.5 * 0.8 * 1^2)^(1/4) = 0.4^0.25 = 79.53 -> "79.5 %" (High), rank 2
//   (with a1 = 100 instead: Alpha 0.75, (0.75 * 0.8)^(1/4) = 88.0 %)
//   YBB (1 * 0.5^2)^(1/3) = 63.0 % (Mid), rank 3; XYBLOC 0.6^0.25 = 88.0 % (High), rank 1.
// Gamma's weight 2 -> 1, weights 1, 1, 1:
//   XAA (0.5 * 0.8 * 1)^(1/3) = 0.4^(1/3) = 73.68 -> "73.7 %" (Mid: a band lower)
//   YBB (1 * 0.5)^(1/2) = 70.7 %; XYBLOC 0.6^(1/3) = 84.3 %: no rank moves.

#include "AppTestSupport.h"

#include "MainWindow.h"
#include "MessageBox.h"
#include "Session.h"
#include "dialogs/SaveMethodologyDialog.h"
#include "models/MethodologyModel.h"
#include "models/StandingChangeModel.h"
#include "widgets/MethodologyPanel.h"
#include "widgets/ProfileListPanel.h"

#include "aisov/InputError.h"
#include "aisov/MethodologyIO.h"
#include "aisov/Store.h"
#include "aisov/TextFile.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSlider>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <cmath>

using namespace aisov::test;
using Tester = QAbstractItemModelTester;

namespace {

const QString kX = QStringLiteral("XAA");
const QString kY = QStringLiteral("YBB");

struct OpenWindow
{
    QTemporaryDir directory;
    QString database = directory.filePath(QStringLiteral("methodology.sqlite"));
    Session session;
    MainWindow window{session};
    MethodologyPanel* panel = window.methodologyPanel();

    OpenWindow()
    {
        createFixtureDatabase(database);
        REQUIRE(window.openDatabase(database));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.profileList()->selectCode(kX);
        window.tabs()->setCurrentWidget(panel);
    }
    ~OpenWindow()
    {
        // Unsaved edits would ask before the window goes.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        window.close();
    }

    QString scoreText() const
    {
        return window.findChild<QLabel*>(QStringLiteral("scoreLabel"))->text();
    }
    double score(const QString& code) const { return *session.result(code)->score; }
    QString methodologyTabText() const
    {
        return window.tabs()->tabText(window.tabs()->indexOf(panel));
    }
    QString refusalText() const
    {
        auto* label = panel->findChild<QLabel*>(QStringLiteral("methodologyRefusal"));
        return label->isVisible() ? label->text() : QString();
    }
};

// Opens the editor of `index` in the tree, as a double click would.
QWidget* openEditor(MethodologyPanel* panel, const QModelIndex& index)
{
    QTreeView* tree = panel->treeView();
    tree->setCurrentIndex(index);
    tree->edit(index);
    QWidget* editor = tree->indexWidget(index);
    if (editor == nullptr)
        editor = tree->viewport()->findChild<QWidget*>();
    return editor;
}

void commit(QWidget* editor)
{
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
}

std::string fileWith(const QTemporaryDir& directory, const char* name, const std::string& text)
{
    std::string path = directory.filePath(QString::fromLatin1(name)).toStdString();
    aisov::writeFileAtomically(path, text);
    return path;
}

} // namespace

TEST_CASE("A pillar weight slider rescores everything live; a drag is one undo step")
{
    OpenWindow open;
    Tester methodologyTester(open.panel->methodologyModel(), Tester::FailureReportingMode::Fatal);
    Tester changeTester(open.panel->changeModel(), Tester::FailureReportingMode::Fatal);
    CHECK(open.scoreText() == QStringLiteral("79.5 %"));
    QSlider* gamma = open.panel->weightSlider(QStringLiteral("c"));
    REQUIRE(gamma != nullptr);
    CHECK(gamma->value() == 200); // weight 2 in steps of 0.01
    const int steps = open.session.undoStack()->count();

    // A drag: several positions, each scored at once.
    gamma->setValue(150);
    // Weights 1, 1, 1.5: 0.4^(1/3.5) = 76.97 %.
    CHECK(open.score(kX) == Approx(100.0 * std::pow(0.4, 1.0 / 3.5)));
    gamma->setValue(100);
    QCoreApplication::processEvents();
    CHECK(open.scoreText() == QStringLiteral("73.7 %"));
    CHECK(open.score(kY) == Approx(100.0 * std::sqrt(0.5)));
    CHECK(open.session.undoStack()->count() == steps + 1);
    CHECK(open.session.undoStack()->undoText() == QStringLiteral("Change the weight of pillar c"));
    CHECK(open.session.hasUnsavedMethodology());
    CHECK(open.methodologyTabText() == QStringLiteral("&Methodology (edited)"));
    CHECK(open.panel->methodologyModel()
              ->pillarIndex(QStringLiteral("c"), MethodologyModel::WeightColumn)
              .data()
              .toString() == QStringLiteral("1.00"));
    // Nothing was written: the store keeps weight 2.
    CHECK(aisov::Store::open(open.database.toStdString(), aisov::OpenMode::Existing)
              .activeMethodology()
              .pillars[2]
              .weight == 2.0);

    // What moved: only XAA, which drops from High to Mid; no rank moves.
    StandingChangeModel* changes = open.panel->changeModel();
    REQUIRE(changes->rowCount() == 1);
    CHECK(
        changes->index(0, StandingChangeModel::ProfileColumn).data(StandingChangeModel::CodeRole) ==
        kX);
    CHECK(changes->index(0, StandingChangeModel::ScoreBeforeColumn).data().toString() ==
          QStringLiteral("79.5 %"));
    CHECK(changes->index(0, StandingChangeModel::ScoreAfterColumn).data().toString() ==
          QStringLiteral("73.7 %"));
    CHECK(changes->index(0, StandingChangeModel::RankBeforeColumn).data().toString() ==
          QStringLiteral("2"));
    CHECK(changes->index(0, StandingChangeModel::RankAfterColumn).data().toString() ==
          QStringLiteral("2"));
    CHECK(changes->index(0, StandingChangeModel::BandBeforeColumn).data().toString() ==
          QStringLiteral("High"));
    CHECK(changes->index(0, StandingChangeModel::BandAfterColumn).data().toString() ==
          QStringLiteral("Mid"));
    CHECK(changes->rankMoves() == 0);
    CHECK(changes->bandMoves() == 1);
    open.panel->findChild<QCheckBox*>(QStringLiteral("onlyMovedCheck"))->setChecked(false);
    CHECK(changes->rowCount() == 3);
    CHECK(
        changes->index(0, StandingChangeModel::ProfileColumn).data(StandingChangeModel::CodeRole) ==
        QStringLiteral("XYBLOC")); // rank 1 first

    open.session.undoStack()->undo();
    QCoreApplication::processEvents();
    CHECK(open.scoreText() == QStringLiteral("79.5 %"));
    CHECK(open.score(kY) == Approx(100.0 * std::pow(0.25, 1.0 / 3.0)));
    CHECK(gamma->value() == 200);
    CHECK_FALSE(open.session.hasUnsavedMethodology());
    CHECK(open.methodologyTabText() == QStringLiteral("&Methodology"));
    CHECK(changes->bandMoves() == 0);
    open.session.undoStack()->redo();
    CHECK(open.score(kX) == Approx(100.0 * std::pow(0.4, 1.0 / 3.0)));
    CHECK(gamma->value() == 100);

    SECTION("a drag back to where it started leaves no step")
    {
        open.session.undoStack()->undo(); // weight 2 again, the step kept for redo
        const int count = open.session.undoStack()->count();
        gamma->setValue(170); // replaces the step kept for redo
        gamma->setValue(200); // merges into it: 2 -> 2, obsolete, removed
        CHECK(open.session.undoStack()->count() == count - 1);
        CHECK_FALSE(open.session.hasUnsavedMethodology());
        CHECK(open.score(kX) == Approx(100.0 * std::pow(0.4, 0.25)));
    }
}

TEST_CASE("Editing in the tree: goalposts, direction, transform and weights, each undoable")
{
    OpenWindow open;
    MethodologyModel* model = open.panel->methodologyModel();
    Tester tester(model, Tester::FailureReportingMode::Fatal);

    SECTION("a goalpost typed into its cell")
    {
        // c1's high goalpost 20 -> 30: XAA's c1 25 -> (25 - 10) / 20 = 0.75;
        // (0.5 * 0.8 * 0.75^2)^(1/4) = 0.225^0.25 = 68.9 %.
        QWidget* opened = openEditor(
            open.panel, model->indicatorIndex(QStringLiteral("c1"), MethodologyModel::HighColumn));
        auto* line = qobject_cast<QLineEdit*>(opened);
        REQUIRE(line != nullptr);
        CHECK(line->text() == QStringLiteral("20"));
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("30"));
        commit(line);
        CHECK(open.score(kX) == Approx(100.0 * std::pow(0.225, 0.25)));
        CHECK(open.session.methodology().indicators[3].goalpostHigh == 30.0);
    }
    SECTION("direction: b1 higher is better")
    {
        // b1 10 of 0..50, higher is better -> 0.2: (0.5 * 0.2 * 1)^(1/4) = 0.1^0.25 = 56.2 %.
        auto* choice = qobject_cast<QComboBox*>(
            openEditor(open.panel, model->indicatorIndex(QStringLiteral("b1"),
                                                         MethodologyModel::DirectionColumn)));
        REQUIRE(choice != nullptr);
        choice->setCurrentIndex(choice->findData(static_cast<int>(aisov::Direction::Higher)));
        commit(choice);
        CHECK(open.score(kX) == Approx(100.0 * std::pow(0.1, 0.25)));
        CHECK(model->indicatorIndex(QStringLiteral("b1"), MethodologyModel::DirectionColumn)
                  .data()
                  .toString() == QStringLiteral("higher is better"));
    }
    SECTION("transform: a2 linear")
    {
        // a2 10 of 1..100 linear -> 9/99 = 0.0909; Alpha (0.5 + 0.0909) / 2 = 0.2955;
        // XAA (0.2955 * 0.8 * 1)^(1/4) = 69.6 %.
        auto* choice = qobject_cast<QComboBox*>(
            openEditor(open.panel, model->indicatorIndex(QStringLiteral("a2"),
                                                         MethodologyModel::TransformColumn)));
        REQUIRE(choice != nullptr);
        choice->setCurrentIndex(choice->findData(static_cast<int>(aisov::Transform::Linear)));
        commit(choice);
        const double alpha = (0.5 + 9.0 / 99.0) / 2.0;
        CHECK(open.score(kX) == Approx(100.0 * std::pow(alpha * 0.8, 0.25)));
    }
    SECTION("an indicator weight: a1 weighted 3")
    {
        // XAA's Alpha is 0.5 whatever the weights (a1 and a2 both 0.5); the bloc's
        // is not: a1 50 -> 0.5, a2 110 -> 1. a1 weighted 3: Alpha (3 * 0.5 + 1) / 4
        // = 0.625; XYBLOC (0.625 * 0.8 * 1^2)^(1/4) = 0.5^0.25 = 84.1 %.
        auto* spin = qobject_cast<QDoubleSpinBox*>(
            openEditor(open.panel, model->indicatorIndex(QStringLiteral("a1"),
                                                         MethodologyModel::WeightColumn)));
        REQUIRE(spin != nullptr);
        spin->setValue(3.0);
        commit(spin);
        CHECK(open.score(QStringLiteral("XYBLOC")) == Approx(100.0 * std::pow(0.5, 0.25)));
    }
    // Every tree edit is one undo step that puts the saved methodology back.
    REQUIRE(open.session.hasUnsavedMethodology());
    open.session.undoStack()->undo();
    CHECK_FALSE(open.session.hasUnsavedMethodology());
    CHECK(open.score(kX) == Approx(100.0 * std::pow(0.4, 0.25)));
}

TEST_CASE("An invalid edit is refused with the core's reason, in place, and changes nothing")
{
    OpenWindow open;
    MethodologyModel* model = open.panel->methodologyModel();
    const int steps = open.session.undoStack()->count();

    SECTION("b1 is Beta's only indicator: its weight cannot be 0")
    {
        auto* spin = qobject_cast<QDoubleSpinBox*>(
            openEditor(open.panel, model->indicatorIndex(QStringLiteral("b1"),
                                                         MethodologyModel::WeightColumn)));
        REQUIRE(spin != nullptr);
        spin->setValue(0.0);
        commit(spin);
        CHECK(open.refusalText() ==
              QStringLiteral("Not applied: the indicator weights of pillar \"b\" are all zero"));
        CHECK(open.session.methodology().indicators[2].weight == 1.0);
    }
    SECTION("equal goalposts")
    {
        auto* line = qobject_cast<QLineEdit*>(openEditor(
            open.panel, model->indicatorIndex(QStringLiteral("b1"), MethodologyModel::LowColumn)));
        REQUIRE(line != nullptr);
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("50"));
        commit(line);
        CHECK(open.refusalText() ==
              QStringLiteral("Not applied: goalposts are equal; low must be below high"));
    }
    SECTION("a goalpost that is not a number")
    {
        auto* line = qobject_cast<QLineEdit*>(openEditor(
            open.panel, model->indicatorIndex(QStringLiteral("b1"), MethodologyModel::HighColumn)));
        REQUIRE(line != nullptr);
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("lots"));
        commit(line);
        CHECK(open.refusalText() == QStringLiteral("Not applied: not a number"));
    }
    SECTION("every pillar weight at zero")
    {
        open.panel->weightSlider(QStringLiteral("a"))->setValue(0);
        open.panel->weightSlider(QStringLiteral("b"))->setValue(0);
        CHECK(open.refusalText().isEmpty());
        QSlider* gamma = open.panel->weightSlider(QStringLiteral("c"));
        gamma->setValue(0);
        CHECK(open.refusalText() ==
              QStringLiteral(
                  "Not applied: pillar weights are all zero; at least one must be positive"));
        CHECK(gamma->value() == 200); // back where the draft is
        CHECK(open.session.methodology().pillars[2].weight == 2.0);
        // The two accepted moves are two steps; the refused one none.
        CHECK(open.session.undoStack()->count() == steps + 2);
        // Gamma alone (weight 2): XAA = Gamma = 100 %.
        CHECK(open.score(kX) == Approx(100.0));
        return;
    }
    CHECK(open.session.undoStack()->count() == steps);
    CHECK_FALSE(open.session.hasUnsavedMethodology());
    CHECK(open.scoreText() == QStringLiteral("79.5 %"));
    // The next edit that is applied clears the reason.
    open.panel->weightSlider(QStringLiteral("c"))->setValue(100);
    CHECK(open.refusalText().isEmpty());
}

TEST_CASE("Save as a version, switch between versions; the choice survives reopening")
{
    OpenWindow open;
    Tester tester(open.panel->methodologyModel(), Tester::FailureReportingMode::Fatal);
    open.panel->weightSlider(QStringLiteral("c"))->setValue(100);
    open.panel->saveAsVersion();
    auto* dialog = open.panel->findChild<SaveMethodologyDialog*>();
    REQUIRE(dialog != nullptr);
    auto* version = dialog->findChild<QLineEdit*>(QStringLiteral("methodologyVersionEdit"));
    CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("methodologyIdEdit"))->text() ==
          QStringLiteral("three-pillars"));
    CHECK(version->text() == QStringLiteral("2")); // fixture version 1, counted up
    dialog->findChild<QLineEdit*>(QStringLiteral("methodologyLabelEdit"))
        ->setText(QStringLiteral("Gamma weighted as the others"));

    // Version 1 is stored with other weights: the store refuses, in place.
    version->setText(QStringLiteral("1"));
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(dialog->problem().contains(QStringLiteral("already stored")));
    CHECK(open.session.hasUnsavedMethodology());

    version->setText(QStringLiteral("2"));
    dialog->accept();
    CHECK(dialog->problem().isEmpty());
    CHECK_FALSE(open.session.hasUnsavedMethodology());
    CHECK(open.session.savedMethodology().version == "2");
    CHECK(open.session.savedMethodology().name == "Gamma weighted as the others");
    CHECK(open.methodologyTabText() == QStringLiteral("&Methodology"));
    CHECK(open.scoreText() == QStringLiteral("73.7 %"));

    // The stored versions: the bundled ones and both of the fixture.
    QComboBox* stored = open.panel->storedChoice();
    CHECK(stored->currentText() == QStringLiteral("Gamma weighted as the others – 2"));
    const int first = stored->findText(QStringLiteral("Three pillars (test fixture) – 1"));
    REQUIRE(first >= 0);
    stored->setCurrentIndex(first);
    Q_EMIT stored->activated(first);
    CHECK(open.session.savedMethodology().version == "1");
    CHECK(open.scoreText() == QStringLiteral("79.5 %"));

    // Switching is a step too: undo makes version 2 active again, in the store.
    open.session.undoStack()->undo();
    CHECK(open.session.savedMethodology().version == "2");
    CHECK(stored->currentText() == QStringLiteral("Gamma weighted as the others – 2"));
    CHECK(aisov::Store::open(open.database.toStdString(), aisov::OpenMode::Existing)
              .activeMethodology()
              .version == "2");

    // With unsaved edits, switching asks first; No keeps everything.
    open.panel->weightSlider(QStringLiteral("a"))->setValue(50);
    MessageBox::setNextAnswer(QMessageBox::No);
    CHECK_FALSE(open.panel->useStored(QStringLiteral("three-pillars"), QStringLiteral("1")));
    CHECK(MessageBox::lastTitle() == QStringLiteral("Use Another Methodology"));
    CHECK(open.session.hasUnsavedMethodology());
    CHECK(open.session.savedMethodology().version == "2");
    MessageBox::setNextAnswer(QMessageBox::Yes);
    CHECK(open.panel->useStored(QStringLiteral("three-pillars"), QStringLiteral("1")));
    CHECK_FALSE(open.session.hasUnsavedMethodology());

    // Reopened: version 1 is the one in use.
    Session reopened;
    reopened.openDatabase(open.database);
    CHECK(reopened.methodology().version == "1");
    CHECK(*reopened.result(kX)->score == Approx(100.0 * std::pow(0.4, 0.25)));
    CHECK(reopened.storedMethodologies().size() == open.session.storedMethodologies().size());
}

TEST_CASE("Export a methodology file and import it back; bad files are refused in a dialog")
{
    OpenWindow open;
    open.panel->weightSlider(QStringLiteral("c"))->setValue(100);
    const QString exported = open.directory.filePath(QStringLiteral("edited.json"));
    open.panel->exportMethodology(exported);
    const aisov::Methodology written = aisov::loadMethodologyFile(exported.toStdString());
    CHECK(written.pillars[2].weight == 1.0);
    CHECK(written.id == "three-pillars");

    open.session.undoStack()->undo();
    CHECK(open.scoreText() == QStringLiteral("79.5 %"));
    open.panel->importMethodology(exported);
    CHECK(open.session.hasUnsavedMethodology());
    CHECK(open.scoreText() == QStringLiteral("73.7 %"));
    CHECK(open.session.methodology() == written);
    open.session.undoStack()->undo();
    CHECK(open.scoreText() == QStringLiteral("79.5 %"));

    SECTION("a file the core refuses")
    {
        aisov::Methodology bad = written; // the writer does not check; the reader does
        bad.indicators[3].goalpostLow = bad.indicators[3].goalpostHigh;
        const std::string path =
            fileWith(open.directory, "bad.json", aisov::methodologyToJson(bad));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        open.panel->importMethodology(QString::fromStdString(path));
        CHECK(MessageBox::lastTitle() == QStringLiteral("Cannot import the methodology"));
        CHECK(MessageBox::lastText().contains(
            QStringLiteral("goalposts are equal; low must be below high")));
    }
    SECTION("a file whose indicators the profiles do not have")
    {
        // The bundled default knows none of a1..c1.
        MessageBox::setNextAnswer(QMessageBox::Ok);
        open.panel->resetToDefault();
        CHECK(MessageBox::lastTitle() == QStringLiteral("Cannot reset the methodology"));
        CHECK(MessageBox::lastText().contains(QStringLiteral("unknown indicator")));
    }
    CHECK_FALSE(open.session.hasUnsavedMethodology());
    CHECK(open.scoreText() == QStringLiteral("79.5 %"));
}

TEST_CASE("A methodology with other indicators resets the views built on them")
{
    OpenWindow open;
    MethodologyModel* model = open.panel->methodologyModel();
    Tester tester(model, Tester::FailureReportingMode::Fatal);
    Tester changeTester(open.panel->changeModel(), Tester::FailureReportingMode::Fatal);
    // The fixture plus a4 in Alpha, which no profile has: missing, reweighted
    // away, so every score stays as it was.
    aisov::Methodology wider = open.session.methodology();
    aisov::Indicator extra = wider.indicators[0];
    extra.id = "a4";
    extra.name = "Alpha four";
    wider.indicators.push_back(extra);
    const std::string path =
        fileWith(open.directory, "wider.json", aisov::methodologyToJson(wider));
    CHECK(model->rowCount(model->index(0, 0)) == 2);
    open.panel->importMethodology(QString::fromStdString(path));
    CHECK(model->rowCount(model->index(0, 0)) == 3);
    CHECK(open.panel->treeView()->isExpanded(model->index(0, 0)));
    CHECK(open.scoreText() == QStringLiteral("79.5 %"));
    CHECK(open.panel->changeModel()->rowCount() == 0); // nothing moved
    open.session.undoStack()->undo();
    CHECK(model->rowCount(model->index(0, 0)) == 2);
}

TEST_CASE("Quitting or opening another database with unsaved edits asks first")
{
    OpenWindow open;
    open.panel->weightSlider(QStringLiteral("c"))->setValue(100);
    MessageBox::setNextAnswer(QMessageBox::No);
    CHECK_FALSE(open.window.close());
    CHECK(MessageBox::lastTitle() == QStringLiteral("Unsaved Methodology"));
    CHECK(open.window.isVisible());
    MessageBox::setNextAnswer(QMessageBox::No);
    CHECK_FALSE(open.window.openDatabase(open.database));
    CHECK(open.session.hasUnsavedMethodology());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    CHECK(open.window.openDatabase(open.database));
    CHECK_FALSE(open.session.hasUnsavedMethodology());
    CHECK(open.session.methodology().pillars[2].weight == 2.0);
}

TEST_CASE("A value the draft cannot score is refused, though the stored methodology takes it")
{
    OpenWindow open;
    // a1 under a log transform, goalposts 1..100: XAA's a1 50 still scores
    // (ln 50 / ln 100 = 0.85), but a zero no longer can.
    open.session.setIndicatorGoalposts(QStringLiteral("a1"), 1.0, 100.0);
    open.session.setIndicatorTransform(QStringLiteral("a1"), aisov::Transform::Log);
    REQUIRE(open.session.hasUnsavedMethodology());
    aisov::IndicatorValue zero = *open.session.profile(kX)->findValue("a1");
    zero.value = 0.0;
    const int steps = open.session.undoStack()->count();
    CHECK_THROWS_AS(open.session.setValue(kX, zero), aisov::InputError);
    CHECK(open.session.undoStack()->count() == steps);
    CHECK(open.session.profile(kX)->findValue("a1")->value == 50.0);
    // Under the saved, linear methodology the same zero is stored.
    open.session.undoStack()->undo();
    open.session.undoStack()->undo();
    REQUIRE_FALSE(open.session.hasUnsavedMethodology());
    open.session.setValue(kX, zero);
    CHECK(open.session.profile(kX)->findValue("a1")->value == 0.0);
}

TEST_CASE("An undo that re-reads a value the draft cannot score sets the draft back, with a dialog")
{
    OpenWindow open;
    // The draft: a1 under a log transform, goalposts 1..100 (XAA's a1 50 fits).
    open.session.setIndicatorGoalposts(QStringLiteral("a1"), 1.0, 100.0);
    open.session.setIndicatorTransform(QStringLiteral("a1"), aisov::Transform::Log);
    REQUIRE(open.session.hasUnsavedMethodology());
    // An edit of another value of XAA: one undo step.
    aisov::IndicatorValue b1 = *open.session.profile(kX)->findValue("b1");
    b1.value = 20.0;
    open.session.setValue(kX, b1);
    // Meanwhile another program stores a1 = 0 for XAA, which the saved,
    // linear methodology takes and the draft cannot score.
    {
        aisov::Store other =
            aisov::Store::open(open.database.toStdString(), aisov::OpenMode::Existing);
        aisov::IndicatorValue zero = *other.profile("XAA")->findValue("a1");
        zero.value = 0.0;
        other.setValue("XAA", zero);
    }
    // Edit > Undo of the b1 edit re-reads XAA, its a1 = 0 included.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    open.window.findChild<QAction*>(QStringLiteral("undoAction"))->trigger();
    CHECK(MessageBox::lastTitle() == QStringLiteral("Methodology edits set back"));
    CHECK(MessageBox::lastText().contains(QStringLiteral("a1")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("three-pillars 1")));
    // The undo went through; the draft is the saved methodology, which
    // scores what the database holds: XAA Alpha (0 + 0.5) / 2 = 0.25, Beta
    // (b1 10) 0.8, Gamma 1: (0.25 * 0.8 * 1^2)^(1/4).
    CHECK(open.session.profile(kX)->findValue("b1")->value == 10.0);
    CHECK(open.session.profile(kX)->findValue("a1")->value == 0.0);
    CHECK_FALSE(open.session.hasUnsavedMethodology());
    CHECK(open.session.methodology().findIndicator("a1")->transform == aisov::Transform::Linear);
    CHECK(open.score(kX) == Approx(100.0 * std::pow(0.2, 0.25)));
    CHECK(open.methodologyTabText() == QStringLiteral("&Methodology"));
    CHECK(open.session.undoStack()->index() == 2); // the two draft edits stay below
}
