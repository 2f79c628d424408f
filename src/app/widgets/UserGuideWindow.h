#pragma once

// Help > User Guide (F1): docs/user-guide.md, with its screenshots and the
// documents it links to, compiled into the application (resource prefix
// /guide) and shown in a QTextBrowser, so that the guide that ships is the
// one the repository holds and needs no browser or network.

#include <QWidget>

class QAction;
class QTextBrowser;

class UserGuideWindow : public QWidget
{
    Q_OBJECT

public:
    explicit UserGuideWindow(QWidget* parent = nullptr);

    // The guide's own file, and the images its document shows.
    static QUrl guideUrl();
    QTextBrowser* browser() const { return m_browser; }
    QAction* backAction() const { return m_back; }
    QAction* forwardAction() const { return m_forward; }

private:
    // Screenshots wider than the page are shown at the page's width.
    void fitImages();

    QTextBrowser* m_browser = nullptr;
    QAction* m_back = nullptr;
    QAction* m_forward = nullptr;
};
