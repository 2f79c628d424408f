#include "BriefRenderer.h"

#include "ChartFrame.h"
#include "ChartRenderer.h"
#include "NameWithCode.h"
#include "SizePreset.h"

#include "aisov/TextFile.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace aisov::render {

namespace {

constexpr double kMargin = 40.0;
constexpr double kBodyPixels = 12.0;
constexpr double kSmallPixels = 10.0;
constexpr double kHeadingPixels = 15.0;
constexpr double kSourcePixels = 11.0;

// Where each part of the page goes, from the page's bounds.
struct BriefLayout
{
    QRectF header;
    QRectF spectrum;
    QRectF radar;
    QRectF requirements;
    QRectF levers;
    QRectF sources;
    QRectF footer;

    explicit BriefLayout(const QRectF& page)
    {
        const QRectF content = page.adjusted(kMargin, 32, -kMargin, -28);
        const double left = content.left();
        const double width = content.width();
        header = QRectF(left, content.top(), width, 92);
        spectrum = QRectF(left, header.bottom() + 4, width, 185);
        radar = QRectF(left, spectrum.bottom() + 8, width * 0.58, 335);
        requirements = QRectF(radar.right() + width * 0.03, radar.top() + 24, width * 0.39, 311);
        levers = QRectF(left, radar.bottom() + 14, width, 165);
        footer = QRectF(left, content.bottom() - 16, width, 16);
        sources = QRectF(left, levers.bottom() + 10, width, footer.top() - levers.bottom() - 18);
    }
};

// Text painting shared by the parts of the page: one font, one colour, and
// a cursor that moves down line by line.
// `text` broken at spaces into lines of at most `width`; past `maxLines`
// the rest is elided into the last line.
QStringList wrapped(const QString& text, const QFontMetricsF& metrics, double width, int maxLines)
{
    QStringList lines;
    QString current;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString candidate =
            current.isEmpty() ? words[i] : current + QLatin1Char(' ') + words[i];
        if (current.isEmpty() || metrics.horizontalAdvance(candidate) <= width) {
            current = candidate;
            continue;
        }
        if (lines.size() + 1 == maxLines) {
            current += QLatin1Char(' ') + words.mid(i).join(QLatin1Char(' '));
            break;
        }
        lines.append(current);
        current = words[i];
    }
    if (!current.isEmpty())
        lines.append(metrics.elidedText(current, Qt::ElideRight, width));
    return lines;
}

class TextColumn
{
public:
    TextColumn(QPainter& painter, const QRectF& area, const ChartTheme& theme)
        : m_painter(painter)
        , m_area(area)
        , m_theme(theme)
        , m_y(area.top())
    {}

    void heading(const QString& text)
    {
        line(text, kHeadingPixels, QFont::Bold, m_theme.foreground);
        m_y += 4;
    }
    // One line of text, elided to the column's width; returns false (and
    // paints nothing) when it would overflow the area.
    bool line(const QString& text, double pixels, QFont::Weight weight, const QColor& colour,
              double indent = 0)
    {
        const QFont font = m_theme.font(pixels, weight);
        const QFontMetricsF metrics(font);
        if (m_y + metrics.height() > m_area.bottom())
            return false;
        m_painter.setFont(font);
        m_painter.setPen(colour);
        const double width = m_area.width() - indent;
        m_painter.drawText(QPointF(m_area.left() + indent, m_y + metrics.ascent()),
                           metrics.elidedText(text, Qt::ElideRight, width));
        m_y += metrics.height() * 1.25;
        return true;
    }
    double remaining() const { return m_area.bottom() - m_y; }
    // Word-wrapped text of at most `maxLines` lines, the last one elided
    // when the text is longer; false when not even one line fits.
    bool paragraph(const QString& text, double pixels, const QColor& colour, int maxLines)
    {
        const QFont font = m_theme.font(pixels);
        const QFontMetricsF metrics(font);
        const QStringList lines = wrapped(text, metrics, m_area.width(), maxLines);
        if (m_y + metrics.lineSpacing() > m_area.bottom())
            return false;
        m_painter.setFont(font);
        m_painter.setPen(colour);
        for (const QString& line : lines) {
            if (m_y + metrics.lineSpacing() > m_area.bottom())
                break;
            m_painter.drawText(QPointF(m_area.left(), m_y + metrics.ascent()), line);
            m_y += metrics.lineSpacing();
        }
        m_y += metrics.lineSpacing() * 0.35;
        return true;
    }
    // Cells at the given x offsets (fractions of the width) on one line.
    bool row(const QStringList& cells, const std::vector<double>& columns, double pixels,
             QFont::Weight weight, const QColor& colour)
    {
        const QFont font = m_theme.font(pixels, weight);
        const QFontMetricsF metrics(font);
        if (m_y + metrics.height() > m_area.bottom())
            return false;
        m_painter.setFont(font);
        m_painter.setPen(colour);
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const double x = m_area.left() + columns[i] * m_area.width();
            const double next = i + 1 < cells.size()
                                    ? m_area.left() + columns[i + 1] * m_area.width()
                                    : m_area.right();
            m_painter.drawText(QPointF(x, m_y + metrics.ascent()),
                               metrics.elidedText(cells[i], Qt::ElideRight, next - x - 6));
        }
        m_y += metrics.height() * 1.35;
        return true;
    }

private:
    QPainter& m_painter;
    QRectF m_area;
    const ChartTheme& m_theme;
    double m_y;
};

double lineHeight(const ChartTheme& theme, double pixels)
{
    return QFontMetricsF(theme.font(pixels)).lineSpacing();
}

int requirementsMet(const CountryBrief& brief)
{
    int met = 0;
    for (const auto& requirement : brief.requirements)
        met += requirement.meets ? 1 : 0;
    return met;
}

QString summaryLine(const CountryBrief& brief)
{
    const ChartProfile& profile = brief.chart.profiles.front();
    QStringList parts{formatScore(profile.score)};
    if (profile.score)
        parts.append(profile.band);
    parts.append(BriefRenderer::tr("%1 of %2 requirements met")
                     .arg(requirementsMet(brief))
                     .arg(brief.requirements.size()));
    parts.append(BriefRenderer::tr("coverage %1").arg(formatPercent(100.0 * brief.coverage, 0)));
    return parts.join(QStringLiteral("  ·  "));
}

void paintHeader(QPainter& painter, const QRectF& area, const CountryBrief& brief,
                 const ChartTheme& theme)
{
    TextColumn column(painter, area, theme);
    column.line(brief.pooled ? BriefRenderer::tr("Country brief · bloc pooled from its members")
                             : BriefRenderer::tr("Country brief"),
                kBodyPixels, QFont::Normal, theme.muted);
    column.line(nameWithCode(brief.name, brief.code), 26, QFont::Bold, theme.foreground);
    column.line(summaryLine(brief), kHeadingPixels, QFont::Normal, theme.foreground);
    if (brief.insufficientData)
        column.line(BriefRenderer::tr("Too little data to rank this score with the others."),
                    kBodyPixels, QFont::Bold, theme.threshold);
}

void paintChart(QPainter& painter, const QRectF& area, ChartKind kind, const QString& title,
                const CountryBrief& brief, const ChartTheme& theme)
{
    ChartData data = brief.chart;
    data.title = title;
    ChartRenderer::paint(painter, area, kind, data, theme);
}

void paintRequirements(QPainter& painter, const QRectF& area, const CountryBrief& brief,
                       const ChartTheme& theme)
{
    TextColumn column(painter, area, theme);
    column.heading(BriefRenderer::tr("The six requirements"));
    const std::vector<double> columns{0.0, 0.46, 0.66, 0.84};
    column.row({BriefRenderer::tr("Pillar"), BriefRenderer::tr("Score"), BriefRenderer::tr("Needs"),
                BriefRenderer::tr("Met")},
               columns, kSmallPixels, QFont::Bold, theme.muted);
    for (const auto& requirement : brief.requirements) {
        column.row({requirement.pillarName, formatScore(requirement.score),
                    formatPercent(requirement.threshold),
                    requirement.meets ? BriefRenderer::tr("yes") : BriefRenderer::tr("no")},
                   columns, kBodyPixels, requirement.meets ? QFont::Bold : QFont::Normal,
                   theme.foreground);
    }
    column.line(QString(), kSmallPixels, QFont::Normal, theme.muted);
    column.line(BriefRenderer::tr("Full sovereignty needs all of them at once."), kSmallPixels,
                QFont::Normal, theme.muted);
    for (const auto& requirement : brief.requirements) {
        if (requirement.coverage < 1.0)
            column.line(
                BriefRenderer::tr("%1: data for %2 of its weight")
                    .arg(requirement.pillarName, formatPercent(100.0 * requirement.coverage, 0)),
                kSmallPixels, QFont::Normal, theme.muted);
    }
}

void paintLevers(QPainter& painter, const QRectF& area, const CountryBrief& brief,
                 const ChartTheme& theme)
{
    TextColumn column(painter, area, theme);
    column.heading(BriefRenderer::tr("Top levers: what one step of each indicator adds"));
    if (!brief.chart.levers || brief.chart.levers->levers.empty()) {
        column.line(BriefRenderer::tr("No indicator can improve the score."), kBodyPixels,
                    QFont::Normal, theme.muted);
        return;
    }
    const std::vector<double> columns{0.0, 0.33, 0.48, 0.91};
    column.row({BriefRenderer::tr("Indicator"), BriefRenderer::tr("Pillar"),
                BriefRenderer::tr("Now → after one step"), BriefRenderer::tr("Gain")},
               columns, kSmallPixels, QFont::Bold, theme.muted);
    for (const auto& lever : brief.chart.levers->levers) {
        column.row({lever.indicatorName, lever.pillarName,
                    BriefRenderer::tr("%1 → %2").arg(lever.valueNow, lever.valueAfter),
                    formatSignedPoints(lever.gain, 2)},
                   columns, kBodyPixels, QFont::Normal, theme.foreground);
    }
}

QString yearsText(const BriefSource& source)
{
    if (!source.firstYear)
        return BriefRenderer::tr("no year");
    if (*source.firstYear == *source.lastYear)
        return QString::number(*source.firstYear);
    return BriefRenderer::tr("%1–%2").arg(*source.firstYear).arg(*source.lastYear);
}

void paintSources(QPainter& painter, const QRectF& area, const CountryBrief& brief,
                  const ChartTheme& theme)
{
    TextColumn column(painter, area, theme);
    column.heading(BriefRenderer::tr("Sources of the %1 values").arg(brief.valueCount));
    // Room for two lines of each source shown, and for the line that says
    // how many were left out.
    const double sourceHeight = 2.35 * lineHeight(theme, kSourcePixels);
    const double moreHeight = 1.25 * lineHeight(theme, kSmallPixels);
    std::size_t shown = 0;
    for (const auto& source : brief.sources) {
        const bool last = shown + 1 == brief.sources.size();
        if (column.remaining() < sourceHeight + (last ? 0.0 : moreHeight))
            break;
        const QString name =
            source.source.isEmpty() ? BriefRenderer::tr("(no source given)") : source.source;
        QString text =
            BriefRenderer::tr("%1 (%2): %3.")
                .arg(name, yearsText(source), source.indicators.join(QStringLiteral(", ")));
        if (!source.url.isEmpty())
            text += QLatin1Char(' ') + source.url;
        if (!column.paragraph(text, kSourcePixels, theme.foreground, 2))
            break;
        ++shown;
    }
    if (shown < brief.sources.size())
        column.line(BriefRenderer::tr("… and %1 more sources (aisov-cli explain lists every value)")
                        .arg(brief.sources.size() - shown),
                    kSmallPixels, QFont::Normal, theme.muted);
}

void paintFooter(QPainter& painter, const QRectF& area, const CountryBrief& brief,
                 const ChartTheme& theme, const QDate& date)
{
    TextColumn column(painter, area, theme);
    column.line(BriefRenderer::tr("AI Sovereignty Spectrum · %1 · %2 %3 · %4")
                    .arg(brief.code, brief.chart.methodologyName, brief.chart.methodologyVersion,
                         QLocale().toString(date, QLocale::ShortFormat)),
                kSmallPixels, QFont::Normal, theme.muted);
}

} // namespace

QSizeF BriefRenderer::pageSize()
{
    return QPageSize(QPageSize::A4).sizePixels(static_cast<int>(kLogicalDpi));
}

QRectF BriefRenderer::radarArea(const QRectF& page)
{
    return BriefLayout(page).radar;
}

ChartTheme BriefRenderer::chartTheme(const ChartTheme& theme)
{
    // Charts on a page: text no smaller than small print on paper.
    ChartTheme pageTheme = theme;
    pageTheme.minimumTextPixels = std::max(theme.minimumTextPixels, 9.0);
    return pageTheme;
}

void BriefRenderer::paint(QPainter& painter, const QRectF& page, const CountryBrief& brief,
                          const ChartTheme& theme, const QDate& date)
{
    const ChartTheme pageTheme = chartTheme(theme);
    const BriefLayout layout(page);
    painter.fillRect(page, pageTheme.background);
    paintHeader(painter, layout.header, brief, pageTheme);
    paintChart(painter, layout.spectrum, ChartKind::Spectrum, tr("Position on the spectrum"), brief,
               pageTheme);
    paintChart(painter, layout.radar, ChartKind::Radar, tr("Pillars"), brief, pageTheme);
    paintRequirements(painter, layout.requirements, brief, pageTheme);
    paintLevers(painter, layout.levers, brief, pageTheme);
    paintSources(painter, layout.sources, brief, pageTheme);
    paintFooter(painter, layout.footer, brief, pageTheme, date);
}

QByteArray BriefRenderer::renderPdf(const CountryBrief& brief, const ChartTheme& theme,
                                    const QDate& date)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(tr("Country brief: %1").arg(nameWithCode(brief.name, brief.code)));
    writer.setCreator(QStringLiteral("AI Sovereignty Spectrum"));
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    // Device units are then logical pixels, as on every other device.
    writer.setResolution(static_cast<int>(kLogicalDpi));
    QPainter painter(&writer);
    paint(painter, QRectF(QPointF(0, 0), pageSize()), brief, theme, date);
    painter.end();
    return bytes;
}

void BriefRenderer::exportToFile(const QString& path, const CountryBrief& brief,
                                 const ChartTheme& theme, const QDate& date)
{
    // Render first: a failure while painting leaves any existing file alone.
    const QByteArray bytes = renderPdf(brief, theme, date);
    writeFileAtomically(path.toStdString(), bytes.toStdString());
}

} // namespace aisov::render
