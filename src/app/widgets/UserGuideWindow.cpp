#include "UserGuideWindow.h"

#include <QImage>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
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
    connect(m_browser, &QTextBrowser::sourceChanged, this, &UserGuideWindow::fitImages);
    m_browser->setSource(guideUrl(), QTextDocument::MarkdownResource);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
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
