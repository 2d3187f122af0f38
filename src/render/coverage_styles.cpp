#include "render/coverage_styles.h"

#include "core/layer.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace wm {

namespace {
Symbol unitSymbol(const QColor& fill)
{
    Symbol s;
    s.fill = fill;
    s.stroke = QColor(90, 90, 90);
    s.strokeWidth = 0.8;
    return s;
}

LabelSettings nameLabels()
{
    LabelSettings l;
    l.text = QStringLiteral("name");
    l.size = 9;
    l.priority = 8;
    return l;
}

/// Largest value of column `col`, or NaN when no row has a number.
double maximumOf(const Layer& layer, int col)
{
    double max = std::numeric_limits<double>::quiet_NaN();
    for (qsizetype i = 0; i < layer.attributes.rowCount(); ++i) {
        bool ok = false;
        const double v = layer.attributes.toDouble(i, col, &ok);
        if (ok && std::isfinite(v))
            max = std::isnan(max) ? v : std::max(max, v);
    }
    return max;
}
} // namespace

Style choroplethStyle(const Layer& layer, const QString& field, bool share)
{
    Style style;
    style.type = StyleType::Graduated;
    style.field = field;
    style.symbol = unitSymbol(QColor(235, 235, 235)); // units without a value
    style.labels = nameLabels();
    if (!share) {
        style.method = ClassMethod::NaturalBreaks;
        style.classCount = 5;
        style.rampStart = QColor(237, 248, 217);
        style.rampEnd = QColor(8, 88, 158);
        style.classify(layer);
        return style;
    }
    // Classes are (lower, upper]: the bounds sit just below the round figures so that
    // exactly 50 %, 80 % and 100 % fall in the better class, as a bulletin counts them.
    constexpr double Below = 1e-9;
    const int col = layer.attributes.indexOf(field);
    const double max = col >= 0 ? maximumOf(layer, col) : 1.0;
    const double top = std::isnan(max) ? 1.0 : std::max(max, 1.0);
    struct Band {
        double lower, upper;
        const char* label;
        QColor fill;
    };
    const Band bands[] = {{-Below, 0.5 - Below, "< 50%", QColor(215, 48, 39)},
                          {0.5 - Below, 0.8 - Below, "50–80%", QColor(252, 141, 89)},
                          {0.8 - Below, 1.0 - Below, "80–100%", QColor(254, 224, 139)},
                          {1.0 - Below, top, "≥ 100%", QColor(26, 152, 80)}};
    for (const Band& b : bands) {
        GraduatedClass c;
        c.lower = b.lower;
        c.upper = b.upper;
        c.label = QString::fromUtf8(b.label);
        c.symbol = unitSymbol(b.fill);
        style.classes << c;
    }
    // Fixed bands: reclassifying in the style editor switches to the computed breaks.
    style.classCount = int(style.classes.size());
    return style;
}

Style verdictStyle(const QString& verdictField)
{
    Style style;
    style.type = StyleType::Categorized;
    style.field = verdictField;
    style.symbol = unitSymbol(QColor(235, 235, 235));
    style.labels = nameLabels();
    style.categories = {
        {QStringLiteral("pass"), QStringLiteral("pass"), unitSymbol(QColor(102, 189, 99))},
        {QStringLiteral("FAIL"), QStringLiteral("FAIL"), unitSymbol(QColor(215, 48, 39))},
        {QStringLiteral("n/a"), QStringLiteral("n/a"), unitSymbol(QColor(200, 200, 200))}};
    return style;
}

} // namespace wm
