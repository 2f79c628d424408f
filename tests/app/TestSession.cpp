// The Session is the application's only writer: every edit is one undo
// step, and undoing it leaves the database file equal to what it was, table
// for table and row for row (dumpStore reads every table of the file).

#include "../store/StoreTestSupport.h"
#include "AppTestSupport.h"

#include "Session.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QUndoStack>

using namespace aisov::test;

namespace {

struct OpenSession
{
    QTemporaryDir directory;
    QString database = directory.filePath(QStringLiteral("session.sqlite"));
    Session session;

    OpenSession()
    {
        createFixtureDatabase(database);
        session.openDatabase(database);
    }
    std::string dump() const { return dumpStore(database.toStdString()); }
};

aisov::IndicatorValue newValue(const std::string& indicator, double number)
{
    aisov::IndicatorValue value;
    value.indicator = indicator;
    value.value = number;
    value.year = 2024;
    value.source = "session test";
    return value;
}

} // namespace

TEST_CASE("Each edit is one undo step, and undo restores the file row for row")
{
    OpenSession open;
    const std::string before = open.dump();
    const QString x = QStringLiteral("XAA");
    const QString bloc = QStringLiteral("XYBLOC");

    SECTION("a changed value")
    {
        open.session.setValue(x, newValue("a1", 75));
    }
    SECTION("a new value")
    {
        open.session.setValue(QStringLiteral("YBB"), newValue("b1", 5));
    }
    SECTION("a removed value")
    {
        open.session.removeValue(x, QStringLiteral("c1"));
    }
    SECTION("a new name")
    {
        open.session.renameProfile(x, QStringLiteral("Xland"));
    }
    SECTION("population and GDP")
    {
        open.session.setPopulation(x, 2.5e6);
        open.session.undoStack()->undo();
        CHECK(open.dump() == before);
        open.session.setGdp(x, std::nullopt);
    }
    SECTION("bloc members")
    {
        open.session.setMembers(bloc, {QStringLiteral("XAA")});
    }
    SECTION("a new profile")
    {
        aisov::Profile created;
        created.code = "NEW";
        created.name = "New country";
        open.session.createProfile(created);
    }
    SECTION("a duplicate")
    {
        open.session.duplicateProfile(x, QStringLiteral("XAB"), QStringLiteral("Copy of X"));
        CHECK(open.session.profile(QStringLiteral("XAB"))->values.size() == 4);
    }
    SECTION("a deleted profile")
    {
        // A bloc (its members, XAA and YBB, cannot go while it lists them).
        open.session.deleteProfile(bloc);
        CHECK(open.session.profile(bloc) == nullptr);
    }
    CHECK(open.dump() != before);
    REQUIRE(open.session.undoStack()->count() == 1);
    open.session.undoStack()->undo();
    CHECK(open.dump() == before);
    // Redo puts the edit back, and undo takes it away again, exactly.
    open.session.undoStack()->redo();
    CHECK(open.dump() != before);
    open.session.undoStack()->undo();
    CHECK(open.dump() == before);
}

TEST_CASE("A refused edit writes nothing and pushes no undo step")
{
    OpenSession open;
    const std::string before = open.dump();
    CHECK_THROWS_AS(open.session.setValue(QStringLiteral("XAA"), newValue("a2", -1)),
                    aisov::InputError);
    CHECK_THROWS_AS(open.session.setValue(QStringLiteral("NOPE"), newValue("a1", 1)),
                    aisov::InputError);
    CHECK_THROWS_AS(open.session.renameProfile(QStringLiteral("XAA"), QStringLiteral("  ")),
                    aisov::InputError);
    aisov::Profile duplicate;
    duplicate.code = "XAA";
    duplicate.name = "again";
    CHECK_THROWS_AS(open.session.createProfile(duplicate), aisov::InputError);
    CHECK(open.session.undoStack()->count() == 0);
    CHECK(open.dump() == before);
}

TEST_CASE("An undo or redo the store refuses leaves the stack where it was")
{
    // Another program deletes the profile the steps are about, so that the
    // store refuses to put its value back: the database keeps what it has,
    // and so must the stack's position, or the next undo would undo the
    // wrong step.
    OpenSession open;
    createProfileWithValue(open.session);
    QUndoStack* stack = open.session.undoStack();
    REQUIRE(stack->index() == 2);
    QSignalSpy failures(&open.session, &Session::writeFailed);
    const auto deleteElsewhere = [&] { deleteProfileElsewhere(open.database, "NEW"); };

    SECTION("undo")
    {
        deleteElsewhere();
        const std::string after = open.dump();
        open.session.undo();
        CHECK(failures.count() == 1);
        CHECK(stack->index() == 2);
        CHECK(stack->canUndo());
        CHECK_FALSE(stack->canRedo());
        CHECK(open.dump() == after);
    }
    SECTION("redo")
    {
        open.session.undo();
        REQUIRE(stack->index() == 1);
        REQUIRE(failures.count() == 0);
        deleteElsewhere();
        const std::string after = open.dump();
        open.session.redo();
        CHECK(failures.count() == 1);
        CHECK(stack->index() == 1);
        CHECK(stack->canRedo());
        CHECK(open.dump() == after);
    }
    SECTION("a step that can be written still moves the stack")
    {
        open.session.undo();
        CHECK(stack->index() == 1);
        open.session.redo();
        CHECK(stack->index() == 2);
        CHECK(failures.count() == 0);
    }
}

TEST_CASE("Views hear of every change through the Session's signals")
{
    OpenSession open;
    QSignalSpy profileChanged(&open.session, &Session::profileChanged);
    QSignalSpy scoresChanged(&open.session, &Session::scoresChanged);
    QSignalSpy listChanged(&open.session, &Session::profileListChanged);
    open.session.setValue(QStringLiteral("XAA"), newValue("a1", 100));
    REQUIRE(profileChanged.count() == 1);
    CHECK(profileChanged.at(0).at(0).toString() == QStringLiteral("XAA"));
    CHECK(scoresChanged.count() == 1);
    CHECK(listChanged.count() == 0);
    // (0.75 * 0.8)^(1/4) = 88.01: the rescoring the views read.
    CHECK(*open.session.result(QStringLiteral("XAA"))->score == Approx(88.01).margin(0.01));
    open.session.renameProfile(QStringLiteral("XAA"), QStringLiteral("Xland"));
    CHECK(listChanged.count() == 1);
}

TEST_CASE("A database that cannot be opened leaves the session as it was")
{
    QTemporaryDir directory;
    const QString first = directory.filePath(QStringLiteral("first.sqlite"));
    createFixtureDatabase(first);
    Session session;
    session.openDatabase(first);
    const QString second = directory.filePath(QStringLiteral("missing.sqlite"));
    CHECK_THROWS(session.openDatabase(second, aisov::OpenMode::Existing));
    // The session keeps the database it had.
    CHECK(session.databasePath() == first);
    CHECK(session.profiles().size() == 3);
}
