// A file given on the command line (a file manager's double click on a
// profiles, methodology or database file) is opened by what it holds, not by
// its name: main.cpp passes it to MainWindow::openFile after the database.

#include "AppTestSupport.h"
#include "FixtureWindow.h"

#include "FileKind.h"
#include "MainWindow.h"
#include "Session.h"
#include "dialogs/ImportPreviewDialog.h"
#include "widgets/MethodologyPanel.h"

#include <catch2/catch.hpp>

#include <QTabWidget>
#include <QTest>

#include <cmath>

using namespace aisov::test;

namespace {

QString writeFile(const QTemporaryDir& directory, const QString& name, const QByteArray& bytes)
{
    QString path = directory.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

using OpenWindow = FixtureWindow;

} // namespace

TEST_CASE("A file's kind is told by its content, whatever its name")
{
    QTemporaryDir directory;
    const QString database = directory.filePath(QStringLiteral("profiles.json"));
    createFixtureDatabase(database);
    CHECK(fileKindOf(database) == FileKind::Database);

    const QByteArray methodology =
        fileBytes(QString::fromStdString(fixturePath("three-pillars.methodology.json")));
    CHECK(fileKindOf(writeFile(directory, QStringLiteral("weights.sqlite"), methodology)) ==
          FileKind::Methodology);
    CHECK(fileKindOf(QString::fromStdString(fixturePath("three-pillars.profiles.json"))) ==
          FileKind::Profiles);
    CHECK(fileKindOf(writeFile(directory, QStringLiteral("values.csv"),
                               "code,indicator,value,year,source,url,confidence,note\n")) ==
          FileKind::Profiles);
    // A note that quotes a methodology's format line is still a profiles file.
    CHECK(fileKindOf(writeFile(
              directory, QStringLiteral("quoting.json"),
              R"({"format": "aisov.profiles/1", "profiles": [{"code": "XAA", "name": "X",)"
              R"( "values": [{"indicator": "a1", "value": 1,)"
              R"( "note": "see \"format\": \"aisov.methodology/1\""}]}]})")) == FileKind::Profiles);
    CHECK(fileKindOf(directory.filePath(QStringLiteral("missing.json"))) == FileKind::Profiles);
}

TEST_CASE("Opening a profiles file previews its import and writes nothing yet")
{
    OpenWindow app;
    const QString csv = writeFile(app.directory, QStringLiteral("new-values.csv"),
                                  "code,indicator,value,year,source,url,confidence,note\n"
                                  "ZZZ,c1,20,2025,survey,https://example.org/s,medium,\n");
    const QByteArray before = fileBytes(app.database);
    app.window.openFile(csv);
    auto* dialog = app.window.findChild<ImportPreviewDialog*>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());
    CHECK(app.session.databasePath() == app.database);
    CHECK(fileBytes(app.database) == before);
}

TEST_CASE("Opening a database file opens it instead of the one open")
{
    OpenWindow app;
    const QString other = app.directory.filePath(QStringLiteral("other.sqlite"));
    createFixtureDatabase(other);
    app.window.openFile(other);
    CHECK(app.session.databasePath() == other);
    CHECK(app.session.profile(QStringLiteral("XAA")) != nullptr);
}

TEST_CASE("Opening a methodology file imports it as the draft, on the Methodology tab")
{
    OpenWindow app;
    // The fixture with Gamma's weight 2 -> 1: (0.5 * 0.8 * 1)^(1/3) = 73.7 %.
    aisov::Methodology edited =
        aisov::loadMethodologyFile(fixturePath("three-pillars.methodology.json"));
    edited.pillars[2].weight = 1.0;
    const QString path = writeFile(app.directory, QStringLiteral("edited.json"),
                                   QByteArray::fromStdString(aisov::methodologyToJson(edited)));
    const QByteArray before = fileBytes(app.database);

    app.window.openFile(path);
    CHECK(app.window.tabs()->currentWidget() == app.window.methodologyPanel());
    CHECK(app.session.hasUnsavedMethodology());
    CHECK(app.session.methodology() == edited);
    const auto score = app.session.result(QStringLiteral("XAA"))->score;
    REQUIRE(score.has_value());
    CHECK(*score == Approx(std::cbrt(0.5 * 0.8 * 1.0) * 100.0).epsilon(1e-9));
    CHECK(fileBytes(app.database) == before); // a draft is never written
}
