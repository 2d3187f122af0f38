#include "render/reference_style.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace wm {

QString referenceStyleFile(GeometryKind kind, const QString& layerName, const QString& sourcePath)
{
    const QString names = layerName + QLatin1Char(' ') + QFileInfo(sourcePath).completeBaseName();
    auto mentions = [&](const char* pattern) {
        return names.contains(QRegularExpression(QString::fromUtf8(pattern),
                                                 QRegularExpression::CaseInsensitiveOption));
    };
    // Railways before roads: "railways" contains "way", 铁路 contains 路.
    if (kind == GeometryKind::Line && mentions("rail|铁路|铁道"))
        return QStringLiteral("reference_railway.json");
    if (kind == GeometryKind::Line && mentions("road|street|highway|道路|公路|路网|街道"))
        return QStringLiteral("reference_road.json");
    if ((kind == GeometryKind::Line || kind == GeometryKind::Polygon) &&
        mentions("water|river|lake|canal|水系|河流|河道|水体|湖泊|水库|渠"))
        return QStringLiteral("reference_water.json");
    switch (kind) {
    case GeometryKind::Point:
        return QStringLiteral("reference_point.json");
    case GeometryKind::Line:
        return QStringLiteral("reference_line.json");
    default:
        return QStringLiteral("reference_polygon.json");
    }
}

} // namespace wm
