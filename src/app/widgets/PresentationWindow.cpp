#include "PresentationWindow.h"

#include "ChartDescription.h"
#include "ChartRenderer.h"
#include "ChartTheme.h"
#include "Config.h"

#include <QKeyEvent>
#include <QPainter>

#include <algorithm>

namespace {

// Slide-size type: the smallest text a 36th of the screen's height, so that
// the back of a room can read the band labels.
constexpr double kSmallTextPerHeight = 1.0 / 36.0;

} // namespace

PresentationWindow::PresentationWindow(aisov::render::ChartData chart, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_chart(std::move(chart))
{
    setObjectName(QStringLiteral("presentationWindow"));
    setWindowTitle(tr("Presentation"));
    setAccessibleName(tr("Presentation of the spectrum"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFocusPolicy(Qt::StrongFocus);
    for (std::size_t i = 0; i < m_chart.profiles.size(); ++i) {
        m_steps.push_back({i + 1, false});
        if (m_chart.profiles[i].scenario)
            m_steps.push_back({i + 1, true});
    }
    showStep(0);
}

void PresentationWindow::showStep(int step)
{
    m_step = std::clamp(step, 0, std::max(0, stepCount() - 1));
    const aisov::render::ChartData visible = visibleChart();
    setAccessibleDescription(tr("Step %1 of %2. %3")
                                 .arg(m_step + 1)
                                 .arg(stepCount())
                                 .arg(aisov::render::ChartDescription::text(
                                     aisov::render::ChartKind::Spectrum, visible)));
    update();
}

aisov::render::ChartData PresentationWindow::visibleChart() const
{
    aisov::render::ChartData visible = m_chart;
    if (m_steps.empty())
        return visible;
    const Step& step = m_steps[static_cast<std::size_t>(m_step)];
    visible.profiles.resize(step.profiles);
    if (!step.lastWithScenario && !visible.profiles.empty())
        visible.profiles.back().scenario.reset();
    return visible;
}

void PresentationWindow::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    aisov::render::ChartTheme theme = Config::instance().get(ConfigKey::HighContrastCharts).toBool()
                                          ? aisov::render::ChartTheme::highContrast()
                                          : aisov::render::ChartTheme::dark();
    theme.minimumTextPixels = height() * kSmallTextPerHeight;
    const QRectF slide =
        QRectF(rect()).adjusted(width() * 0.03, height() * 0.05, -width() * 0.03, -height() * 0.08);
    painter.fillRect(rect(), theme.background);
    aisov::render::ChartRenderer::paint(painter, slide, aisov::render::ChartKind::Spectrum,
                                        visibleChart(), theme);
    painter.setPen(theme.muted);
    painter.setFont(theme.font(std::max(12.0, height() / 60.0)));
    painter.drawText(
        QRectF(rect()).adjusted(0, 0, -width() * 0.03, -height() * 0.02),
        Qt::AlignRight | Qt::AlignBottom,
        tr("%1 / %2   → next   ← back   Esc leaves").arg(m_step + 1).arg(std::max(1, stepCount())));
}

void PresentationWindow::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
        showStep(m_step + 1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
    case Qt::Key_PageUp:
        showStep(m_step - 1);
        return;
    case Qt::Key_Home:
        showStep(0);
        return;
    case Qt::Key_End:
        showStep(stepCount() - 1);
        return;
    case Qt::Key_Escape:
        close();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresentationWindow::mousePressEvent(QMouseEvent* event)
{
    // A presenter's remote or a click advances, as in slide software.
    showStep(event->button() == Qt::RightButton ? m_step - 1 : m_step + 1);
}
