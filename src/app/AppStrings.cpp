#include "AppStrings.h"

#include "ChartData.h"

#include <QLocale>

#include <cmath>

namespace app {

QString toQString(const std::string& utf8)
{
    return aisov::render::toQString(utf8);
}

std::string toStdString(const QString& text)
{
    return text.toStdString();
}

QString formatScore(const std::optional<double>& score)
{
    if (!score)
        return QStringLiteral("–");
    return QLocale().toString(*score, 'f', 1) + QStringLiteral(" %");
}

QString formatDelta(const std::optional<double>& delta, int decimals)
{
    if (!delta)
        return {};
    const QString magnitude = QLocale().toString(std::abs(*delta), 'f', decimals);
    // A change that rounds to nothing reads as no change, whatever its sign.
    if (magnitude == QLocale().toString(0.0, 'f', decimals))
        return QStringLiteral("±") + magnitude;
    return (*delta > 0 ? QStringLiteral("+") : QStringLiteral("−")) + magnitude;
}

QString formatValue(double value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'g', 12);
}

QString formatValueWithUnit(double value, const aisov::Indicator& indicator, int significantDigits)
{
    QLocale locale;
    const QString number = locale.toString(value, 'g', significantDigits);
    const QString unit = displayUnit(indicator);
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}

std::optional<double> parseLocaleNumber(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    double value = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

aisov::Language displayLanguage()
{
    return QLocale().language() == QLocale::Korean ? aisov::Language::Korean
                                                   : aisov::Language::English;
}

QString displayName(const aisov::Pillar& pillar)
{
    return toQString(aisov::displayName(pillar, displayLanguage()));
}

QString displayName(const aisov::Indicator& indicator)
{
    return toQString(aisov::displayName(indicator, displayLanguage()));
}

QString displayUnit(const aisov::Indicator& indicator)
{
    return toQString(aisov::displayUnit(indicator, displayLanguage()));
}

QString displayDescription(const aisov::Pillar& pillar)
{
    return toQString(aisov::displayDescription(pillar, displayLanguage()));
}

QString displayDescription(const aisov::Indicator& indicator)
{
    return toQString(aisov::displayDescription(indicator, displayLanguage()));
}

namespace {

QString nameThenDescription(const QString& name, const QString& description)
{
    return description.isEmpty() ? name : name + QLatin1Char('\n') + description;
}

} // namespace

QString nameToolTip(const aisov::Pillar& pillar)
{
    return nameThenDescription(displayName(pillar), displayDescription(pillar));
}

QString nameToolTip(const aisov::Indicator& indicator)
{
    return nameThenDescription(displayName(indicator), displayDescription(indicator));
}

QString displayName(const aisov::Profile& profile)
{
    return toQString(aisov::displayName(profile, displayLanguage()));
}

QString displayName(const aisov::InvestmentTemplate& investment)
{
    return toQString(aisov::displayName(investment, displayLanguage()));
}

QString displayDescription(const aisov::InvestmentTemplate& investment)
{
    return toQString(aisov::displayDescription(investment, displayLanguage()));
}

QString displayBand(const aisov::Methodology& methodology, const std::string& englishLabel)
{
    return toQString(aisov::displayBandLabel(methodology, englishLabel, displayLanguage()));
}

} // namespace app
