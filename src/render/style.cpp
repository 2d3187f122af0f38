#include "render/style.h"

#include "core/error.h"
#include "core/json_file.h"
#include "core/layer.h"

#include <QJsonArray>

#include <algorithm>
#include <map>

namespace wm {

QString styleTypeName(StyleType type)
{
    switch (type) {
    case StyleType::Single:
        return QStringLiteral("single");
    case StyleType::Categorized:
        return QStringLiteral("categorized");
    case StyleType::Graduated:
        return QStringLiteral("graduated");
    }
    return QString();
}

StyleType styleTypeFromName(const QString& name)
{
    if (name == QLatin1String("categorized"))
        return StyleType::Categorized;
    if (name == QLatin1String("graduated"))
        return StyleType::Graduated;
    return StyleType::Single;
}

Style Style::fromJson(const QJsonObject& json)
{
    Style s;
    s.type = styleTypeFromName(json.value(QStringLiteral("type")).toString());
    s.symbol = Symbol::fromJson(json.value(QStringLiteral("symbol")).toObject());
    s.field = json.value(QStringLiteral("field")).toString();
    for (const QJsonValue& v : json.value(QStringLiteral("categories")).toArray()) {
        const QJsonObject c = v.toObject();
        s.categories << Category{
            c.value(QStringLiteral("value")).toVariant().toString(),
            c.value(QStringLiteral("label")).toString(),
            Symbol::fromJson(c.value(QStringLiteral("symbol")).toObject(), s.symbol)};
    }
    for (const QJsonValue& v : json.value(QStringLiteral("classes")).toArray()) {
        const QJsonObject c = v.toObject();
        s.classes << GraduatedClass{
            c.value(QStringLiteral("lower")).toDouble(),
            c.value(QStringLiteral("upper")).toDouble(),
            c.value(QStringLiteral("label")).toString(),
            Symbol::fromJson(c.value(QStringLiteral("symbol")).toObject(), s.symbol)};
    }
    bool ok = false;
    const ClassMethod m = classMethodFromName(json.value(QStringLiteral("method")).toString(), &ok);
    if (ok)
        s.method = m;
    s.classCount = json.value(QStringLiteral("classCount")).toInt(s.classCount);
    const QJsonArray ramp = json.value(QStringLiteral("ramp")).toArray();
    if (ramp.size() == 2) {
        s.rampStart = QColor::fromString(ramp[0].toString());
        s.rampEnd = QColor::fromString(ramp[1].toString());
    }
    const QJsonObject labels = json.value(QStringLiteral("labels")).toObject();
    s.labels.text = labels.value(QStringLiteral("text")).toString();
    s.labels.size = labels.value(QStringLiteral("size")).toDouble(s.labels.size);
    if (labels.contains(QStringLiteral("color")))
        s.labels.color = QColor::fromString(labels.value(QStringLiteral("color")).toString());
    if (labels.contains(QStringLiteral("halo")))
        s.labels.halo = QColor::fromString(labels.value(QStringLiteral("halo")).toString());
    s.labels.haloWidth = labels.value(QStringLiteral("haloWidth")).toDouble(s.labels.haloWidth);
    s.labels.priority = labels.value(QStringLiteral("priority")).toInt(s.labels.priority);
    s.labels.minScale = labels.value(QStringLiteral("minScale")).toDouble(0);
    s.minScale = json.value(QStringLiteral("minScale")).toDouble(0);
    s.maxScale = json.value(QStringLiteral("maxScale")).toDouble(0);
    return s;
}

Style Style::load(const QString& path)
{
    return fromJson(readJsonObject(path));
}

QJsonObject Style::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("type")] = styleTypeName(type);
    o[QStringLiteral("symbol")] = symbol.toJson();
    if (!field.isEmpty())
        o[QStringLiteral("field")] = field;
    if (type == StyleType::Categorized) {
        QJsonArray cats;
        for (const Category& c : categories)
            cats.append(QJsonObject{{QStringLiteral("value"), c.value},
                                    {QStringLiteral("label"), c.label},
                                    {QStringLiteral("symbol"), c.symbol.toJson()}});
        o[QStringLiteral("categories")] = cats;
    }
    if (type == StyleType::Graduated) {
        QJsonArray cls;
        for (const GraduatedClass& c : classes)
            cls.append(QJsonObject{{QStringLiteral("lower"), c.lower},
                                   {QStringLiteral("upper"), c.upper},
                                   {QStringLiteral("label"), c.label},
                                   {QStringLiteral("symbol"), c.symbol.toJson()}});
        o[QStringLiteral("classes")] = cls;
        o[QStringLiteral("method")] = classMethodName(method);
        o[QStringLiteral("classCount")] = classCount;
        o[QStringLiteral("ramp")] = QJsonArray{rampStart.name(), rampEnd.name()};
    }
    if (labels.enabled())
        o[QStringLiteral("labels")] = QJsonObject{{QStringLiteral("text"), labels.text},
                                                  {QStringLiteral("size"), labels.size},
                                                  {QStringLiteral("color"), labels.color.name()},
                                                  {QStringLiteral("halo"), labels.halo.name()},
                                                  {QStringLiteral("haloWidth"), labels.haloWidth},
                                                  {QStringLiteral("priority"), labels.priority},
                                                  {QStringLiteral("minScale"), labels.minScale}};
    if (minScale > 0)
        o[QStringLiteral("minScale")] = minScale;
    if (maxScale > 0)
        o[QStringLiteral("maxScale")] = maxScale;
    return o;
}

bool Style::isVisibleAtScale(double denominator) const
{
    return (minScale <= 0 || denominator <= minScale) && (maxScale <= 0 || denominator >= maxScale);
}

namespace {
QColor blend(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}
} // namespace

void Style::classify(const Layer& layer)
{
    classes.clear();
    const int col = layer.attributes.indexOf(field);
    if (col < 0)
        return;
    std::vector<double> values;
    values.reserve(layer.featureCount());
    double minimum = 0;
    for (qsizetype i = 0; i < layer.attributes.rowCount(); ++i) {
        bool ok = false;
        const double v = layer.attributes.toDouble(i, col, &ok);
        if (ok) {
            minimum = values.empty() ? v : std::min(minimum, v);
            values.push_back(v);
        }
    }
    const std::vector<double> bounds = classBreaks(values, classCount, method);
    double lower = minimum;
    for (std::size_t k = 0; k < bounds.size(); ++k) {
        GraduatedClass c;
        c.lower = lower;
        c.upper = bounds[k];
        c.label = classLabel(c.lower, c.upper);
        c.symbol = symbol;
        const double t = bounds.size() > 1 ? double(k) / double(bounds.size() - 1) : 1.0;
        c.symbol.fill = blend(rampStart, rampEnd, t);
        classes << c;
        lower = bounds[k];
    }
}

void Style::categorize(const Layer& layer, const QHash<QString, QString>& titles)
{
    // A qualitative palette that stays distinguishable when printed (ColorBrewer Set1-like).
    static const QColor palette[] = {
        QColor(228, 26, 28),   QColor(55, 126, 184),  QColor(77, 175, 74),
        QColor(152, 78, 163),  QColor(255, 127, 0),   QColor(166, 86, 40),
        QColor(247, 129, 191), QColor(153, 153, 153), QColor(230, 200, 0)};
    const int col = layer.attributes.indexOf(field);
    if (col < 0)
        return;
    std::map<QString, int> counts;
    for (qsizetype i = 0; i < layer.attributes.rowCount(); ++i)
        ++counts[layer.attributes.toString(i, col)];
    for (const auto& [value, count] : counts) {
        Q_UNUSED(count);
        const bool known = std::any_of(categories.cbegin(), categories.cend(),
                                       [&](const Category& c) { return c.value == value; });
        if (known)
            continue;
        Category c{value, titles.value(value, value), symbol};
        c.symbol.fill = palette[categories.size() % std::size(palette)];
        if (layer.kind == GeometryKind::Line)
            c.symbol.stroke = c.symbol.fill;
        categories << c;
    }
}

} // namespace wm
