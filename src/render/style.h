#pragma once

#include "render/classification.h"
#include "render/symbol.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace wm {

class Layer;

enum class StyleType { Single, Categorized, Graduated };

struct Category {
    QString value; ///< the attribute value, as text
    QString label; ///< legend text; the value if empty
    Symbol symbol;
    bool operator==(const Category&) const = default;
};

struct GraduatedClass {
    double lower = 0; ///< inclusive for the first class, exclusive otherwise
    double upper = 0; ///< inclusive
    QString label;
    Symbol symbol;
    bool operator==(const GraduatedClass&) const = default;
};

/// Labels drawn from a field ("name") or a template with fields in braces
/// ("{name} {spaces}个"), in a CJK-capable font with a halo.
struct LabelSettings {
    QString text;       ///< field name or template; empty: no labels
    double size = 10.0; ///< points
    QColor color = QColor(30, 30, 30);
    QColor halo = Qt::white;
    double haloWidth = 1.5; ///< points; 0: none
    int priority = 5;       ///< 0 (placed last) … 10 (placed first) across layers
    double minScale = 0;    ///< labels only at 1:N with N <= minScale (0: always)
    bool enabled() const { return !text.isEmpty(); }
    bool operator==(const LabelSettings&) const = default;
};

/// A layer's symbology: single symbol, categories of a field, or graduated classes of a
/// numeric field, plus labels and the scale range in which the layer is drawn.
/// Stored as JSON in styles/ (defaults per role) or inline in a project.
class Style {
public:
    static Style fromJson(const QJsonObject& json);
    /// Reads a style file; throws wm::Error naming it.
    static Style load(const QString& path);
    QJsonObject toJson() const;

    StyleType type = StyleType::Single;
    Symbol symbol; ///< single symbol; for categories/classes, the "other values" symbol
    QString field; ///< attribute the categories or classes read
    QVector<Category> categories;
    QVector<GraduatedClass> classes;
    ClassMethod method = ClassMethod::NaturalBreaks;
    int classCount = 5;
    QColor rampStart = QColor(255, 245, 220);
    QColor rampEnd = QColor(180, 30, 30);
    LabelSettings labels;
    /// Drawn only when the map scale 1:N has minScale >= N >= maxScale (0 = no limit).
    double minScale = 0;
    double maxScale = 0;

    bool isVisibleAtScale(double denominator) const;
    /// (Re)computes graduated classes from `layer`'s values of `field` with `method`,
    /// `classCount` and the colour ramp; the other symbol properties follow `symbol`.
    void classify(const Layer& layer);
    /// Adds a category for each distinct value of `field` in `layer` that has none yet, as
    /// QGIS's Classify: existing categories keep their symbols (shape, size, colours) and
    /// legend texts. A new value gets `symbol` in the next colour of a palette and its title
    /// from `titles` (a role's value titles), else the value itself.
    void categorize(const Layer& layer, const QHash<QString, QString>& titles = {});

    bool operator==(const Style&) const = default;
};

QString styleTypeName(StyleType type);
StyleType styleTypeFromName(const QString& name);

} // namespace wm
