#pragma once

#include <QString>
#include <QStringList>

class QPainter;
class QRectF;

namespace wm {

/// "1:N" rounded to a figure a planner reads on a printed map: 1, 1.2, 1.5, 2, 2.5, 3, 4,
/// 5, 6 or 8 × 10^k, rounded up (so an extent chosen to fit still fits): 1:37,400 →
/// 1:40,000.
double readableScaleDenominator(double denominator);

/// A scale bar for a map at 1:`denominator`: a round ground length (1, 2 or 5 × 10^k
/// metres) as long as possible within `maxLengthMm` on paper, cut into divisions, with
/// its labels in m or km.
struct ScaleBarSpec {
    double metres = 0;   ///< ground length of the whole bar
    double lengthMm = 0; ///< on paper
    int divisions = 0;   ///< alternating black and white segments
    QString unit;        ///< "m" or "km"
    QStringList labels;  ///< one per division boundary, "0" first ("0", "1", "2" …)
};
ScaleBarSpec scaleBarFor(double denominator, double maxLengthMm);

/// Draws `spec` in `boxMm` (the painter works in millimetres, its font sized for paper,
/// about 7 pt): labels above the bar at both ends and the middle, the unit after the last.
void drawScaleBar(QPainter& painter, const ScaleBarSpec& spec, const QRectF& boxMm);

} // namespace wm
