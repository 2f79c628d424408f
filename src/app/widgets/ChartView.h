#pragma once

// A chart of the render library in a widget: the same ChartRenderer::paint
// that exports use, at the platform's text size and in the palette's light
// or dark theme. Its accessible description carries the chart's data as
// text, for screen readers.

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
    // The theme that follows the application palette (light or dark).
    aisov::render::ChartTheme theme() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void exportRequested(aisov::render::ChartKind kind);
    void copyRequested(aisov::render::ChartKind kind);

protected:
    void paintEvent(QPaintEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QString describeData() const;

    aisov::render::ChartKind m_kind;
    aisov::render::ChartData m_data;
};
