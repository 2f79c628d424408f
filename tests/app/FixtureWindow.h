#pragma once

// The real main window on the three-pillar fixture database
// (AppTestSupport.h), shown offscreen: where most GUI tests start.

#include "AppTestSupport.h"
#include "MainWindow.h"
#include "Session.h"

#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

struct FixtureWindow
{
    QTemporaryDir directory;
    QString database = directory.filePath(QStringLiteral("team.sqlite"));
    Session session;
    MainWindow window{session};

    FixtureWindow()
    {
        aisov::test::createFixtureDatabase(database);
        REQUIRE(window.openDatabase(database));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
};
