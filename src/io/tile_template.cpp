#include "io/tile_template.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::TileTemplate)
};
} // namespace

namespace wm {

QString TileId::text() const
{
    return QStringLiteral("%1/%2/%3").arg(z).arg(x).arg(y);
}

quint64 TileId::key() const
{
    return (quint64(z) << 58) | (quint64(x) << 29) | quint64(y);
}

Extent tileExtent(const TileId& tile)
{
    const double size = 2 * WebMercatorHalf / double(1 << tile.z);
    const double x0 = -WebMercatorHalf + tile.x * size;
    const double y1 = WebMercatorHalf - tile.y * size;
    return {x0, y1 - size, x0 + size, y1};
}

TileTemplate TileTemplate::parse(const QString& urlTemplate)
{
    TileTemplate t;
    t.mText = urlTemplate.trimmed();
    const QUrl url(QString(t.mText)
                       .replace(QLatin1Char('{'), QLatin1Char('_'))
                       .replace(QLatin1Char('}'), QLatin1Char('_')));
    const bool web =
        url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    const bool hasRow =
        t.mText.contains(QLatin1String("{y}")) || t.mText.contains(QLatin1String("{-y}"));
    if (!web || url.host().isEmpty() || !t.mText.contains(QLatin1String("{z}")) ||
        !t.mText.contains(QLatin1String("{x}")) || !hasRow)
        throw Error(t.mText, Tr::tr("not a tile URL template: it needs http(s)://, a host, and "
                                    "{z}, {x} and {y} (e.g. https://tile.openstreetmap.org/"
                                    "{z}/{x}/{y}.png)"));
    return t;
}

QString TileTemplate::host() const
{
    static const QRegularExpression hostPart(QStringLiteral("^[a-z]+://([^/:?#]+)"),
                                             QRegularExpression::CaseInsensitiveOption);
    return hostPart.match(mText).captured(1);
}

QString TileTemplate::keyName() const
{
    QStringList labels = host().toLower().split(QLatin1Char('.'), Qt::SkipEmptyParts);
    static const QStringList suffixes = {
        QStringLiteral("gov"), QStringLiteral("com"), QStringLiteral("org"), QStringLiteral("net"),
        QStringLiteral("edu"), QStringLiteral("ac"),  QStringLiteral("co")};
    if (labels.size() > 1)
        labels.removeLast(); // the country or generic top-level domain
    if (labels.size() > 1 && suffixes.contains(labels.last()))
        labels.removeLast();
    return labels.isEmpty() ? host() : labels.last();
}

QUrl TileTemplate::url(const TileId& tile, const QString& key) const
{
    QString s = mText;
    s.replace(QLatin1String("{z}"), QString::number(tile.z));
    s.replace(QLatin1String("{x}"), QString::number(tile.x));
    s.replace(QLatin1String("{y}"), QString::number(tile.y));
    s.replace(QLatin1String("{-y}"), QString::number((1 << tile.z) - 1 - tile.y));
    const int spread = tile.x + tile.y;
    s.replace(QLatin1String("{s}"), QString(QLatin1Char(char('a' + spread % 3))));
    static const QRegularExpression range(QStringLiteral("\\{(\\d)-(\\d)\\}"));
    for (auto m = range.match(s); m.hasMatch(); m = range.match(s)) {
        const int lo = m.captured(1).toInt(), hi = m.captured(2).toInt();
        const int digit = hi >= lo ? lo + spread % (hi - lo + 1) : lo;
        s.replace(m.capturedStart(), m.capturedLength(), QString::number(digit));
    }
    s.replace(QLatin1String("{key}"), key);
    return QUrl(s);
}

} // namespace wm
