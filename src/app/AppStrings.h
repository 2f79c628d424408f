#pragma once

// Conversions between the libraries' UTF-8 std::string and QString, and the
// few number formats every view shares (so a score reads the same in the
// list, the result panel and the comparison).

#include "aisov/InvestmentTemplate.h"
#include "aisov/Methodology.h"
#include "aisov/Profile.h"

#include <QString>
#include <QVariant>

#include <optional>
#include <string>

namespace app {

// How the views align numbers (Qt::TextAlignmentRole).
inline const QVariant kNumberAlignment = static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);

QString toQString(const std::string& utf8);
std::string toStdString(const QString& text);

// "56.5 %" in the user's locale, or "–" when there is no score.
QString formatScore(const std::optional<double>& score);
// A change in points, signed: "+8.5", "−12.7", "±0.0"; empty when unknown.
QString formatDelta(const std::optional<double>& delta, int decimals = 1);
// A raw indicator value as typed back into an editor: full precision, the
// user's locale, no grouping.
QString formatValue(double value);
// "3.4 % of world" style: the value with the indicator's unit, to
// `significantDigits` digits.
QString formatValueWithUnit(double value, const aisov::Indicator& indicator,
                            int significantDigits = 6);
// Reads a number typed in the user's locale (or in C notation); empty when
// the text is not a number.
std::optional<double> parseLocaleNumber(const QString& text);

// The language the methodology's own names (pillars, indicators, bands)
// are shown in: Korean when the application's locale (QLocale(), which
// follows the language setting) is Korean, else English.
aisov::Language displayLanguage();

// The display name of a pillar or indicator in displayLanguage()
// (aisov::displayName: English where the methodology has no translation,
// the id when it has no name).
QString displayName(const aisov::Pillar& pillar);
QString displayName(const aisov::Indicator& indicator);
// An indicator's unit in displayLanguage() (aisov::displayUnit).
QString displayUnit(const aisov::Indicator& indicator);
// A pillar's or indicator's description in displayLanguage()
// (aisov::displayDescription), for tooltips.
QString displayDescription(const aisov::Pillar& pillar);
QString displayDescription(const aisov::Indicator& indicator);
// The tooltip of a pillar's or indicator's name: the name in full (a
// narrow column elides it), then the description on a line of its own.
QString nameToolTip(const aisov::Pillar& pillar);
QString nameToolTip(const aisov::Indicator& indicator);
// A profile's name in displayLanguage() (aisov::displayName: its
// translation, else its English name). The name field of the editor and
// every file keep the English name.
QString displayName(const aisov::Profile& profile);
// An investment template's name and description in displayLanguage().
QString displayName(const aisov::InvestmentTemplate& investment);
QString displayDescription(const aisov::InvestmentTemplate& investment);
// A result's band (its English label) in displayLanguage().
QString displayBand(const aisov::Methodology& methodology, const std::string& englishLabel);

} // namespace app
