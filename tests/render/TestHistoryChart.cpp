// Score over time: snapshots placed by when they were taken and what they
// scored, today hollow after them, methodology changes marked, labels that
// never overlap and never shrink below the text floor, and the export.

#include "RenderTestSupport.h"

#include "ChartExporter.h"
#include "ChartFrame.h"
#include "HistoryChart.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace aisov::render;
using aisov::test::countColorPixels;
using aisov::test::countInkPixels;
using aisov::test::ensureGuiApplication;

namespace {

const QRectF kBounds(0, 0, 1280, 720);

QDateTime day(int year, int month, int dayOfMonth)
{
    return {QDate(year, month, dayOfMonth), QTime(12, 0), Qt::UTC};
}

ChartHistoryPoint point(const QDateTime& at, const QString& label, std::optional<double> score,
                        const QString& methodology = QStringLiteral("m 1"))
{
    return {at, label, score, QString(), methodology};
}

// Three snapshots 90 days apart (40, 62.5, 80) and today 90 days later (85).
ChartData historyData()
{
    ChartData data;
    data.methodologyName = QStringLiteral("Test methodology");
    data.methodologyVersion = QStringLiteral("1");
    data.bands = {
        {0, QStringLiteral("Low")}, {50, QStringLiteral("Mid")}, {75, QStringLiteral("High")}};
    ChartHistory history;
    history.profileName = QStringLiteral("Country X");
    history.points = {point(day(2026, 1, 1), QStringLiteral("Baseline"), 40.0),
                      point(day(2026, 4, 1), QStringLiteral("Q1 review"), 62.5),
                      point(day(2026, 6, 30), QStringLiteral("Q2 review"), 80.0)};
    history.today = point(day(2026, 9, 28), QStringLiteral("Today"), 85.0);
    data.history = history;
    return data;
}

ExportOptions historyOptions()
{
    ExportOptions options;
    options.kind = ChartKind::History;
    options.size = kBounds.size();
    return options;
}

QByteArray readFileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QRect around(QPointF centre, double half)
{
    return QRectF(centre.x() - half, centre.y() - half, 2 * half, 2 * half).toAlignedRect();
}

} // namespace

TEST_CASE("history points sit at their time and score", "[render][history]")
{
    ensureGuiApplication();
    const ChartData data = historyData();
    const ExportOptions options = historyOptions();
    const HistoryLayout layout = HistoryChart::layout(kBounds, data, options.theme);
    // 1 Jan to 28 Sep is 270 days, padded by 270 / 16 days on both sides:
    // the axis spans 270 * 18 / 16 days, and 1 Jan sits 1/18 of the way in,
    // 1 Apr (day 90) at (90 + 16.875) / 303.75 = 0.3519, 28 Sep at 17/18.
    const double width = layout.axes.width();
    CHECK(layout.xForTime(day(2026, 1, 1)) == Approx(layout.axes.left() + width / 18.0));
    CHECK(layout.xForTime(day(2026, 4, 1)) ==
          Approx(layout.axes.left() + width * (90 + 16.875) / 303.75));
    CHECK(layout.xForTime(day(2026, 9, 28)) == Approx(layout.axes.left() + width * 17.0 / 18.0));
    // 62.5 % is five eighths of the way up.
    CHECK(layout.yForScore(62.5) == Approx(layout.axes.bottom() - layout.axes.height() * 0.625));

    const QImage image = ChartExporter::renderImage(data, options);
    const QColor series = options.theme.seriesColor(0);
    for (const auto& [time, score] :
         {std::pair{day(2026, 1, 1), 40.0}, std::pair{day(2026, 4, 1), 62.5},
          std::pair{day(2026, 6, 30), 80.0}}) {
        INFO(time.toString(Qt::ISODate).toStdString());
        const QPointF centre(layout.xForTime(time), layout.yForScore(score));
        CHECK(countColorPixels(image, around(centre, 2), series, 20) >= 12); // filled
    }
    // Today is hollow: background in the middle, the series colour on the ring.
    const QPointF today(layout.xForTime(day(2026, 9, 28)), layout.yForScore(85.0));
    CHECK(countColorPixels(image, around(today, 1.5), options.theme.background, 10) >= 4);
    CHECK(countColorPixels(image, around(today + QPointF(layout.pointRadius, 0), 1.5), series, 40) >
          0);
    // Nothing painted where no snapshot was taken, above the line (a score
    // of 95 in February, in the top band).
    const QPointF empty(layout.xForTime(day(2026, 2, 10)), layout.yForScore(95.0));
    CHECK(countColorPixels(image, around(empty, 3), series, 20) == 0);
}

TEST_CASE("every point is labelled when there is room, and labels never overlap",
          "[render][history]")
{
    ensureGuiApplication();
    const ChartData data = historyData();
    const HistoryLayout roomy = HistoryChart::layout(kBounds, data, ChartTheme::light());
    CHECK(roomy.labelled == std::vector<std::size_t>{0, 1, 2, 3});

    // Twelve snapshots an hour apart, then today three months later: they
    // crowd together, so only some get labels, the latest and today always.
    ChartData crowded = historyData();
    crowded.history->points.clear();
    for (int hour = 0; hour < 12; ++hour)
        crowded.history->points.push_back(point(day(2026, 6, 1).addSecs(3600LL * hour),
                                                QStringLiteral("Check %1").arg(hour), 50.0 + hour));
    const HistoryLayout layout = HistoryChart::layout(kBounds, crowded, ChartTheme::light());
    REQUIRE(layout.labelled.size() >= 2);
    CHECK(layout.labelled.size() < 13);
    CHECK(layout.labelled.back() == 12);                      // today
    CHECK(layout.labelled[layout.labelled.size() - 2] == 11); // the latest snapshot
}

TEST_CASE("a change of methodology between snapshots is marked", "[render][history]")
{
    ensureGuiApplication();
    ChartData data = historyData();
    data.history->points[2].methodology = QStringLiteral("m 2");
    data.history->today->methodology = QStringLiteral("m 2");
    const ExportOptions options = historyOptions();
    const HistoryLayout layout = HistoryChart::layout(kBounds, data, options.theme);
    CHECK(layout.methodologyChanges == std::vector<std::size_t>{2});
    CHECK(HistoryChart::layout(kBounds, historyData(), options.theme).methodologyChanges.empty());
    // The dashed line stands halfway between 1 Apr and 30 Jun, near the top
    // of the axes where neither the line nor a label passes.
    const double x = (layout.xForTime(day(2026, 4, 1)) + layout.xForTime(day(2026, 6, 30))) / 2;
    const QImage image = ChartExporter::renderImage(data, options);
    const QRect column =
        QRectF(x - 2, layout.axes.top() + 4, 4, layout.axes.height() * 0.1).toAlignedRect();
    const QImage unmarked = ChartExporter::renderImage(historyData(), options);
    // Without the change the column is the band's fill alone; with it, the
    // dashes (antialiased, so compared with the unmarked image rather than
    // with the threshold colour) darken many of its pixels.
    int differing = 0;
    int darker = 0;
    for (int py = column.top(); py <= column.bottom(); ++py)
        for (int px = column.left(); px <= column.right(); ++px) {
            const QColor marked = image.pixelColor(px, py);
            const QColor plain = unmarked.pixelColor(px, py);
            differing += marked != plain ? 1 : 0;
            darker += marked.lightness() + 40 < plain.lightness() ? 1 : 0;
        }
    CHECK(darker > 10);
    CHECK(differing >= darker);
    CHECK(countColorPixels(unmarked, column, unmarked.pixelColor(column.center()), 3) ==
          column.width() * column.height());
}

TEST_CASE("history labels are not shrunk below the theme's text floor", "[render][history]")
{
    ensureGuiApplication();
    const QRectF small(0, 0, 640, 360);
    ChartTheme theme = ChartTheme::light();
    // At 640 x 360 labels scale to 20 * (1/3) = 6.7 px; a 13 px floor on the
    // smallest text (16 at scale 1) lifts them to 20 * 13 / 16 = 16.25 px.
    CHECK(HistoryChart::layout(small, historyData(), theme).labelFontSize == Approx(20.0 / 3.0));
    theme.minimumTextPixels = 13.0;
    const HistoryLayout floored = HistoryChart::layout(small, historyData(), theme);
    CHECK(floored.labelFontSize == Approx(16.25));
    // Larger text needs more room: the axes shrink to make it, and the
    // labels that no longer fit are dropped rather than overlapped.
    CHECK(floored.axes.height() <
          HistoryChart::layout(small, historyData(), ChartTheme::light()).axes.height());
    CHECK(floored.labelled.back() == 3);
}

TEST_CASE("no snapshots: the history chart says so", "[render][history]")
{
    ensureGuiApplication();
    ChartData data = historyData();
    data.history->points.clear();
    data.history->today.reset();
    const HistoryLayout layout = HistoryChart::layout(kBounds, data, ChartTheme::light());
    const QImage image = ChartExporter::renderImage(data, historyOptions());
    const QRectF middle(layout.plot.center().x() - 200, layout.plot.center().y() - 20, 400, 40);
    CHECK(countInkPixels(image, middle.toAlignedRect(), ChartTheme::light().background) > 50);
}

TEST_CASE("the history chart exports to PNG, SVG and PDF", "[render][history]")
{
    ensureGuiApplication();
    CHECK(chartKindFromName(QStringLiteral("history")) == ChartKind::History);
    CHECK(chartKindName(ChartKind::History) == QStringLiteral("history"));
    const ChartData data = historyData();
    const QTemporaryDir directory;
    ExportOptions options = historyOptions();
    options.dpi = 192;

    const QString png = directory.filePath(QStringLiteral("history.png"));
    ChartExporter::exportToFile(png, ExportFormat::Png, data, options);
    const QImage image(png);
    CHECK(image.size() == QSize(2560, 1440)); // 1280 x 720 at twice 96 dpi
    CHECK(countColorPixels(image, image.rect(), options.theme.seriesColor(0), 20) > 200);

    const QString svg = directory.filePath(QStringLiteral("history.svg"));
    ChartExporter::exportToFile(svg, ExportFormat::Svg, data, options);
    const QByteArray svgText = readFileBytes(svg);

    for (const char* text : {"Score over time", "Q1 review", "2026-04-01", "62.5%", "Country X"}) {
        INFO(text);
        CHECK(svgText.contains(text));
    }

    const QString pdf = directory.filePath(QStringLiteral("history.pdf"));
    ChartExporter::exportToFile(pdf, ExportFormat::Pdf, data, options);
    CHECK(readFileBytes(pdf).startsWith("%PDF-"));
}

TEST_CASE("the history legend is never cut off: beside the name when it fits, else wrapped below",
          "[render][history]")
{
    ensureGuiApplication();
    ChartData data = historyData();
    data.history->points[2].methodology = QStringLiteral("m 2");
    data.history->today->methodology = QStringLiteral("m 2");
    const ChartTheme theme = ChartTheme::light();
    const HistoryLayout wide = HistoryChart::layout(kBounds, data, theme);
    CHECK(wide.legend ==
          QStringLiteral("filled = snapshot, hollow = today, dashed line = methodology changed"));
    CHECK(wide.legendBesideName);
    CHECK(wide.legendRect.top() == wide.plot.top()); // one line with the name
    CHECK(wide.legendRect.left() > wide.plot.left());

    // 430 px wide at a 12 px text floor (the history view beside its table):
    // the legend does not fit beside the name, so it wraps below it, inside
    // the plot, and the axes start under it.
    ChartTheme floored = theme;
    floored.minimumTextPixels = 12.0;
    const QRectF narrow(0, 0, 430, 360);
    const HistoryLayout layout = HistoryChart::layout(narrow, data, floored);
    REQUIRE_FALSE(layout.legendBesideName);
    REQUIRE(layout.legendRect.top() > layout.plot.top());
    CHECK(layout.legendRect.left() == layout.plot.left());
    CHECK(layout.legendRect.right() <= layout.plot.right());
    const ChartFonts fonts(floored, ChartMetrics::forBounds(narrow, floored));
    CHECK(fonts.smallMetrics.horizontalAdvance(layout.legend) > layout.plot.width() / 2);
    const QRectF needed = fonts.smallMetrics.boundingRect(
        layout.legendRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, layout.legend);
    CHECK(needed.right() <= layout.plot.right());
    CHECK(needed.height() <= layout.legendRect.height() + 0.5);
    CHECK(layout.axes.top() > layout.legendRect.bottom());

    // The wrapped text is painted where the layout put it.
    ExportOptions options = historyOptions();
    options.size = narrow.size();
    options.theme = floored;
    const QImage image = ChartExporter::renderImage(data, options);
    CHECK(countInkPixels(image, layout.legendRect.toAlignedRect(), floored.background) > 100);
}
