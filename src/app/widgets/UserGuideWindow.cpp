#include "UserGuideWindow.h"

#include <QAction>
#include <QImage>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace {
constexpr int kPageWidth = 900; // logical pixels; the screenshots are 1400 wide
}

UserGuideWindow::UserGuideWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("userGuideWindow"));
    setWindowTitle(tr("AI Sovereignty Spectrum User Guide"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->document()->setDocumentMargin(16); // text off the window's edge, as on a page
    connect(m_browser, &QTextBrowser::sourceChanged, this, &UserGuideWindow::fitImages);
    m_browser->setSource(guideUrl(), QTextDocument::MarkdownResource);

    // The guide links to other documents (the methodology, the file
    // formats): back, forward and home, as in any help viewer.
    auto* toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("userGuideToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_back = toolbar->addAction(tr("Back"), m_browser, &QTextBrowser::backward);
    m_back->setObjectName(QStringLiteral("guideBackAction"));
    m_back->setShortcut(QKeySequence::Back);
    m_back->setEnabled(false);
    m_forward = toolbar->addAction(tr("Forward"), m_browser, &QTextBrowser::forward);
    m_forward->setObjectName(QStringLiteral("guideForwardAction"));
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setEnabled(false);
    QAction* home = toolbar->addAction(tr("Contents"), m_browser, &QTextBrowser::home);
    home->setObjectName(QStringLiteral("guideHomeAction"));
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QAction::setEnabled);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_browser);
    resize(kPageWidth + 60, 800);
}

QUrl UserGuideWindow::guideUrl()
{
    return QUrl(QStringLiteral("qrc:/guide/user-guide.md"));
}

void UserGuideWindow::fitImages()
{
    QTextDocument* document = m_browser->document();
    QTextCursor cursor(document);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!image.isValid())
                continue;
            const QVariant resource =
                document->resource(QTextDocument::ImageResource, QUrl(image.name()));
            const auto picture = resource.value<QImage>();
            if (picture.isNull() || picture.width() <= kPageWidth)
                continue;
            // Only the width: QTextDocument keeps the aspect ratio.
            image.setWidth(kPageWidth);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
}
