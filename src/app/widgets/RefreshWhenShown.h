#pragma once

// Runs a view's refresh at once while the view is on screen, and otherwise
// once, the next time it is shown. A tab that is not shown must not cost
// every slider move elsewhere a share of its 16 ms frame (docs/performance.md,
// "Methodology editor"): the partner ranking alone took a fifth of it.

#include <QObject>

#include <functional>

class QWidget;

class RefreshWhenShown : public QObject
{
    Q_OBJECT

public:
    // `view` is the tab page (or any widget) whose visibility decides; the
    // object is its child and ends with it.
    RefreshWhenShown(QWidget* view, std::function<void()> refresh);

    // The view's data changed: refresh now if it would be seen, else later.
    void request();
    bool isPending() const { return m_pending; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Shown, or shown as soon as its window is: a page of a tab widget that
    // is not current is hidden explicitly; a window not yet shown is not.
    bool wouldBeSeen() const;

    QWidget* m_view = nullptr;
    std::function<void()> m_refresh;
    bool m_pending = false;
};
