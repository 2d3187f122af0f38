#pragma once

#include <QColor>
#include <QJsonObject>
#include <QString>

class QPainter;

namespace wm {

enum class MarkerShape { Circle, Square, Triangle, Diamond, Star, Cross };

/// How one feature is drawn. Sizes are in points at 96 DPI (1 = one screen pixel) and
/// scale with the output DPI, so a PDF at 300 DPI looks like the screen.
struct Symbol {
    QColor fill = QColor(200, 200, 200);
    QColor stroke = QColor(60, 60, 60);
    double strokeWidth = 0.8;
    Qt::PenStyle dash = Qt::SolidLine;
    MarkerShape shape = MarkerShape::Circle;
    double size = 6.0; ///< marker diameter for points
    QString icon;      ///< SVG file in styles/icons/ drawn instead of the shape (points)

    /// Reads the keys present in `json`; the others keep the values of `defaults`.
    static Symbol fromJson(const QJsonObject& json, const Symbol& defaults);
    static Symbol fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
    bool operator==(const Symbol&) const = default;
};

QString markerShapeName(MarkerShape shape);
MarkerShape markerShapeFromName(const QString& name);
QString penStyleName(Qt::PenStyle style);
Qt::PenStyle penStyleFromName(const QString& name);

} // namespace wm
