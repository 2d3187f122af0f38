#include "render/symbol.h"

#include <array>
#include <utility>

namespace wm {

namespace {
constexpr std::array<std::pair<MarkerShape, const char*>, 6> kShapes{
    {{MarkerShape::Circle, "circle"},
     {MarkerShape::Square, "square"},
     {MarkerShape::Triangle, "triangle"},
     {MarkerShape::Diamond, "diamond"},
     {MarkerShape::Star, "star"},
     {MarkerShape::Cross, "cross"}}};
constexpr std::array<std::pair<Qt::PenStyle, const char*>, 5> kDashes{
    {{Qt::SolidLine, "solid"},
     {Qt::DashLine, "dash"},
     {Qt::DotLine, "dot"},
     {Qt::DashDotLine, "dash-dot"},
     {Qt::NoPen, "none"}}};

QColor colorFrom(const QJsonValue& v, const QColor& fallback)
{
    if (!v.isString())
        return fallback;
    const QString s = v.toString();
    if (s == QLatin1String("none") || s == QLatin1String("transparent"))
        return Qt::transparent;
    const QColor c = QColor::fromString(s);
    return c.isValid() ? c : fallback;
}

QString colorName(const QColor& c)
{
    if (c.alpha() == 0)
        return QStringLiteral("none");
    return c.alpha() == 255 ? c.name(QColor::HexRgb) : c.name(QColor::HexArgb);
}
} // namespace

QString markerShapeName(MarkerShape shape)
{
    for (const auto& [s, n] : kShapes)
        if (s == shape)
            return QString::fromLatin1(n);
    return QStringLiteral("circle");
}

MarkerShape markerShapeFromName(const QString& name)
{
    for (const auto& [s, n] : kShapes)
        if (name == QLatin1String(n))
            return s;
    return MarkerShape::Circle;
}

QString penStyleName(Qt::PenStyle style)
{
    for (const auto& [s, n] : kDashes)
        if (s == style)
            return QString::fromLatin1(n);
    return QStringLiteral("solid");
}

Qt::PenStyle penStyleFromName(const QString& name)
{
    for (const auto& [s, n] : kDashes)
        if (name == QLatin1String(n))
            return s;
    return Qt::SolidLine;
}

Symbol Symbol::fromJson(const QJsonObject& json, const Symbol& defaults)
{
    Symbol s = defaults;
    s.fill = colorFrom(json.value(QStringLiteral("fill")), defaults.fill);
    s.stroke = colorFrom(json.value(QStringLiteral("stroke")), defaults.stroke);
    s.strokeWidth = json.value(QStringLiteral("strokeWidth")).toDouble(defaults.strokeWidth);
    if (json.contains(QStringLiteral("dash")))
        s.dash = penStyleFromName(json.value(QStringLiteral("dash")).toString());
    if (json.contains(QStringLiteral("shape")))
        s.shape = markerShapeFromName(json.value(QStringLiteral("shape")).toString());
    s.size = json.value(QStringLiteral("size")).toDouble(defaults.size);
    s.icon = json.value(QStringLiteral("icon")).toString(defaults.icon);
    return s;
}

Symbol Symbol::fromJson(const QJsonObject& json)
{
    return fromJson(json, Symbol{});
}

QJsonObject Symbol::toJson() const
{
    QJsonObject o{{QStringLiteral("fill"), colorName(fill)},
                  {QStringLiteral("stroke"), colorName(stroke)},
                  {QStringLiteral("strokeWidth"), strokeWidth},
                  {QStringLiteral("dash"), penStyleName(dash)},
                  {QStringLiteral("shape"), markerShapeName(shape)},
                  {QStringLiteral("size"), size}};
    if (!icon.isEmpty())
        o[QStringLiteral("icon")] = icon;
    return o;
}

} // namespace wm
