#include "RefreshWhenShown.h"

#include <QEvent>
#include <QWidget>

RefreshWhenShown::RefreshWhenShown(QWidget* view, std::function<void()> refresh)
    : QObject(view)
    , m_view(view)
    , m_refresh(std::move(refresh))
{
    m_view->installEventFilter(this);
}

void RefreshWhenShown::request()
{
    if (wouldBeSeen()) {
        m_pending = false;
        m_refresh();
    } else {
        m_pending = true;
    }
}

bool RefreshWhenShown::wouldBeSeen() const
{
    return m_view->isVisibleTo(m_view->window());
}

bool RefreshWhenShown::eventFilter(QObject* watched, QEvent* event)
{
    // ShowToParent comes when a tab page is made current, even while the
    // window itself is not shown (as in tests); Show when it appears.
    const bool shown = event->type() == QEvent::Show || event->type() == QEvent::ShowToParent;
    if (watched == m_view && shown && m_pending && wouldBeSeen()) {
        m_pending = false;
        m_refresh();
    }
    return QObject::eventFilter(watched, event);
}
