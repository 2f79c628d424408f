#pragma once

// Paints a CountryBrief on one A4 portrait page, and exports it as a PDF:
// a header with the score, the spectrum and the radar (painted by
// ChartRenderer, as everywhere else), the requirements, the top levers and
// the sources of the values.

#include "ChartTheme.h"
#include "CountryBrief.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

namespace aisov::render {

class BriefRenderer
{
    Q_DECLARE_TR_FUNCTIONS(BriefRenderer)

public:
    // A4 portrait in logical pixels (96 per inch).
    static QSizeF pageSize();
    // Where the page puts its radar, and the theme its charts are painted
    // with (`theme` with a floor on the text size).
    static QRectF radarArea(const QRectF& page);
    static ChartTheme chartTheme(const ChartTheme& theme);
    // Paints the whole page into `page`; `date` is printed in the footer.
    static void paint(QPainter& painter, const QRectF& page, const CountryBrief& brief,
                      const ChartTheme& theme, const QDate& date);
    // One A4 page, vector, text kept as text.
    static QByteArray renderPdf(const CountryBrief& brief, const ChartTheme& theme,
                                const QDate& date = QDate::currentDate());
    // Renders, then replaces `path` whole (writeFileAtomically); throws
    // aisov::FileError naming the path when it cannot be written.
    static void exportToFile(const QString& path, const CountryBrief& brief,
                             const ChartTheme& theme, const QDate& date = QDate::currentDate());
};

} // namespace aisov::render
