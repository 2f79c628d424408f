// aisov-render-icon: renders the application's SVG icon into the PNG sizes
// of the hicolor icon theme, at build time, so that the PNGs never drift
// from the one SVG (resources/icons/aisov.svg).
//   aisov-render-icon <icon.svg> <output directory> <size>...
// writes <output directory>/<size>x<size>/apps/<name>.png for each size.

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

namespace {

constexpr const char* kUsage = "usage: aisov-render-icon ICON.svg OUTPUT_DIR NAME SIZE...\n";

bool renderIcon(QSvgRenderer& renderer, const QString& path, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    return image.save(path, "PNG");
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc < 5) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    QSvgRenderer renderer(QString::fromLocal8Bit(argv[1]));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "aisov-render-icon: %s is not a valid SVG\n", argv[1]);
        return 1;
    }
    const QDir output(QString::fromLocal8Bit(argv[2]));
    const QString name = QString::fromLocal8Bit(argv[3]);
    for (int index = 4; index < argc; ++index) {
        bool isNumber = false;
        const int size = QString::fromLocal8Bit(argv[index]).toInt(&isNumber);
        if (!isNumber || size < 1 || size > 1024) {
            std::fprintf(stderr, "aisov-render-icon: %s is not a size from 1 to 1024\n",
                         argv[index]);
            return 2;
        }
        const QString directory = QStringLiteral("%1x%1/apps").arg(size);
        const QString path = output.filePath(directory + QLatin1Char('/') + name);
        if (!output.mkpath(directory) || !renderIcon(renderer, path, size)) {
            std::fprintf(stderr, "aisov-render-icon: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
