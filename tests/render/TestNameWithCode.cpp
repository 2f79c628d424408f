// nameWithCode: how every view and the CLI name a profile, "Japan (JPN)",
// with the code left out where the name already shows it.

#include "NameWithCode.h"

#include <catch2/catch.hpp>

using aisov::render::nameShowsCode;
using aisov::render::nameWithCode;

TEST_CASE("A plain name gets its code in brackets")
{
    CHECK(nameWithCode(QStringLiteral("Japan"), QStringLiteral("JPN")) ==
          QStringLiteral("Japan (JPN)"));
    CHECK(nameWithCode(QStringLiteral("South Korea"), QStringLiteral("KOR")) ==
          QStringLiteral("South Korea (KOR)"));
}

TEST_CASE("A name that shows its code with a dash stays as it is")
{
    CHECK(nameWithCode(QStringLiteral("European Union (EU-27)"), QStringLiteral("EU27")) ==
          QStringLiteral("European Union (EU-27)"));
    CHECK(nameWithCode(QStringLiteral("EU 27 members"), QStringLiteral("EU27")) ==
          QStringLiteral("EU 27 members"));
    CHECK(nameWithCode(QStringLiteral("Bloc X-Y"), QStringLiteral("X_Y")) ==
          QStringLiteral("Bloc X-Y"));
}

TEST_CASE("The code is found whatever its case in the name")
{
    CHECK(nameWithCode(QStringLiteral("Korea, Rep. (kor)"), QStringLiteral("KOR")) ==
          QStringLiteral("Korea, Rep. (kor)"));
    CHECK(nameWithCode(QStringLiteral("Union (Eu-27)"), QStringLiteral("eu27")) ==
          QStringLiteral("Union (Eu-27)"));
    CHECK(nameWithCode(QStringLiteral("유럽연합(EU-27)"), QStringLiteral("EU27")) ==
          QStringLiteral("유럽연합(EU-27)"));
}

TEST_CASE("An empty name shows the code alone; an empty code the name alone")
{
    CHECK(nameWithCode(QString(), QStringLiteral("JPN")) == QStringLiteral("JPN"));
    CHECK(nameWithCode(QStringLiteral("  "), QStringLiteral("JPN")) == QStringLiteral("JPN"));
    CHECK(nameWithCode(QStringLiteral("Japan"), QString()) == QStringLiteral("Japan"));
    CHECK(nameWithCode(QString(), QString()).isEmpty());
}

TEST_CASE("Only whole words show the code: part of a word or of a longer code does not")
{
    // Without the whole-word rule these names would lose their codes.
    CHECK(nameWithCode(QStringLiteral("France"), QStringLiteral("FRA")) ==
          QStringLiteral("France (FRA)"));
    CHECK(nameWithCode(QStringLiteral("Ukraine"), QStringLiteral("UKR")) ==
          QStringLiteral("Ukraine (UKR)"));
    CHECK(nameWithCode(QStringLiteral("European Union (EU-27)"), QStringLiteral("EU")) ==
          QStringLiteral("European Union (EU-27) (EU)"));
    CHECK(nameWithCode(QStringLiteral("Extended Union (EU27X)"), QStringLiteral("EU27")) ==
          QStringLiteral("Extended Union (EU27X) (EU27)"));
    CHECK_FALSE(nameShowsCode(QStringLiteral("Japan"), QStringLiteral("-")));
    CHECK(nameShowsCode(QStringLiteral("Japan/JPN"), QStringLiteral("jpn")));
}
