#include "ChartView.h"

#include "ChartDescription.h"
#include "Config.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QEvent>
#include <QFontInfo>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QPalette>
#include <QToolTip>

using aisov::render::ChartKind;

ChartView::ChartView(ChartKind kind, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
{
    setAccessibleName(aisov::render::ChartRenderer::defaultTitle(kind));
    setFocusPolicy(Qt::TabFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ChartView::setChartData(aisov::render::ChartData chart)
{
    m_data = std::move(chart);
    setAccessibleDescription(dataText());
    update();
}

aisov::render::ChartTheme ChartView::theme() const
{
    if (Config::instance().get(ConfigKey::HighContrastCharts).toBool())
        return aisov::render::ChartTheme::highContrast();
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    return dark ? aisov::render::ChartTheme::dark() : aisov::render::ChartTheme::light();
}

QSize ChartView::sizeHint() const
{
    return {480, 300};
}

QSize ChartView::minimumSizeHint() const
{
    return {240, 160};
}

aisov::render::ChartTheme ChartView::screenTheme() const
{
    aisov::render::ChartTheme chartTheme = theme();
    // Charts scale their text with their size; on screen it never goes
    // below the platform's text size.
    chartTheme.minimumTextPixels = QFontInfo(font()).pixelSize();
    return chartTheme;
}

bool ChartView::event(QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto* help = static_cast<QHelpEvent*>(event);
    const QString text = aisov::render::ChartRenderer::toolTipAt(QRectF(rect()), m_kind, m_data,
                                                                 screenTheme(), help->pos());
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
    } else {
        QToolTip::showText(help->globalPos(), text, this);
    }
    return true;
}

void ChartView::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    aisov::render::ChartRenderer::paint(painter, QRectF(rect()), m_kind, m_data, screenTheme());
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void ChartView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("Export Chart…"), this, [this] { Q_EMIT exportRequested(m_kind); });
    menu.addAction(tr("Copy Chart"), this, [this] { Q_EMIT copyRequested(m_kind); });
    menu.addAction(tr("Copy Chart Data as Text"), this, &ChartView::copyDataText);
    // From the keyboard the menu opens on the chart, not where the mouse is.
    menu.exec(event->reason() == QContextMenuEvent::Mouse ? event->globalPos()
                                                          : mapToGlobal(rect().center()));
}

void ChartView::keyPressEvent(QKeyEvent* event)
{
    // Shift+F10 opens the context menu, as the Menu key does, on keyboards
    // without one.
    if (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier) {
        QContextMenuEvent menuEvent(QContextMenuEvent::Keyboard, rect().center(),
                                    mapToGlobal(rect().center()));
        contextMenuEvent(&menuEvent);
        return;
    }
    QWidget::keyPressEvent(event);
}

void ChartView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

QString ChartView::dataText() const
{
    return aisov::render::ChartDescription::text(m_kind, m_data);
}

void ChartView::copyDataText() const
{
    QApplication::clipboard()->setText(dataText());
}
