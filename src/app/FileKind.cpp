#include "FileKind.h"

#include "aisov/MethodologyIO.h"

#include <QByteArray>
#include <QFile>
#include <QRegularExpression>

namespace {

// Every SQLite 3 database begins with these 16 bytes (the NUL included).
constexpr char kSqliteHeader[] = "SQLite format 3";
// The "format" value stands near the top of a methodology file (its writer
// puts it first); 64 KiB leave room for any hand-made file's whitespace.
constexpr qint64 kSniffBytes = qint64{64} * 1024;

} // namespace

FileKind fileKindOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileKind::Profiles;
    const QByteArray head = file.read(kSniffBytes);
    if (head.startsWith(QByteArray(kSqliteHeader, sizeof(kSqliteHeader))))
        return FileKind::Database;
    // The key and its value, not the bare text: a profile's note may quote
    // the format's name (inside a JSON string its quotes are escaped).
    static const QRegularExpression methodologyFormat(
        QStringLiteral("\"format\"\\s*:\\s*\"%1\"")
            .arg(QRegularExpression::escape(QString::fromLatin1(aisov::kMethodologyFormat))));
    if (methodologyFormat.match(QString::fromUtf8(head)).hasMatch())
        return FileKind::Methodology;
    return FileKind::Profiles;
}
