#pragma once

// A chart of the render library in a widget: the same ChartRenderer::paint
// that exports use, at the application font's text size and in the
// palette's light or dark theme (or the high-contrast one, when the user
// chose it). Its accessible description carries the chart's data as text
// (ChartDescription), for screen readers; its context menu (also the Menu
// key or Shift+F10) exports, copies, or copies that text. Its tooltips say
// in full what the chart had to shorten (ChartRenderer::toolTipAt).

#include "ChartData.h"
#include "ChartRenderer.h"
#include "ChartTheme.h"

#include <QWidget>

class ChartView : public QWidget
{
    Q_OBJECT

public:
    explicit ChartView(aisov::render::ChartKind kind, QWidget* parent = nullptr);

    void setChartData(aisov::render::ChartData chart);
    const aisov::render::ChartData& chartData() const { return m_data; }
    aisov::render::ChartKind kind() const { return m_kind; }
    // High contrast when ConfigKey::HighContrastCharts is set; otherwise the
    // theme that follows the application palette (light or dark).
    aisov::render::ChartTheme theme() const;
    // What the chart shows, as text (its accessible description).
    QString dataText() const;
    // Puts dataText() on the clipboard.
    void copyDataText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void exportRequested(aisov::render::ChartKind kind);
    void copyRequested(aisov::render::ChartKind kind);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    // theme(), with text never below the platform's text size.
    aisov::render::ChartTheme screenTheme() const;

    aisov::render::ChartKind m_kind;
    aisov::render::ChartData m_data;
};
