#include "render/scale_bar.h"

#include <QLocale>
#include <QPainter>
#include <QRectF>

#include <algorithm>
#include <cmath>

namespace wm {

double readableScaleDenominator(double denominator)
{
    if (!(denominator > 0) || !std::isfinite(denominator))
        return denominator;
    const double magnitude = std::pow(10.0, std::floor(std::log10(denominator)));
    // Finer than 1-2-5 so a map never shrinks by half to fit: 1:1,100,000 → 1:1,200,000.
    for (const double step : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0})
        if (step * magnitude >= denominator * (1 - 1e-9))
            return step * magnitude;
    return 10 * magnitude;
}

ScaleBarSpec scaleBarFor(double denominator, double maxLengthMm)
{
    ScaleBarSpec spec;
    if (!(denominator > 0) || !(maxLengthMm > 0))
        return spec;
    const double maxMetres = maxLengthMm / 1000.0 * denominator;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMetres)));
    double metres = magnitude;
    for (const double step : {5.0, 2.0, 1.0})
        if (step * magnitude <= maxMetres * (1 + 1e-9)) {
            metres = step * magnitude;
            break;
        }
    spec.metres = metres;
    spec.lengthMm = metres / denominator * 1000.0;
    // Divisions that land on round numbers: 5 → 5 of 1, 2 → 4 of 0.5, 1 → 5 of 0.2 (or
    // 2 of 0.5 for a short bar).
    const double leading = metres / magnitude;
    spec.divisions = leading == 2.0 ? 4 : (spec.lengthMm < 15 ? 2 : 5);
    const bool km = metres >= 1000;
    spec.unit = km ? QStringLiteral("km") : QStringLiteral("m");
    const QLocale c = QLocale::c();
    for (int i = 0; i <= spec.divisions; ++i) {
        const double v = metres * i / spec.divisions / (km ? 1000.0 : 1.0);
        spec.labels << c.toString(v, 'g', 6);
    }
    return spec;
}

void drawScaleBar(QPainter& painter, const ScaleBarSpec& spec, const QRectF& boxMm)
{
    if (spec.divisions <= 0)
        return;
    painter.save();
    // The painter works in mm and the caller's font is sized for paper (about 7 pt).
    const double textHeight = 7 * 0.3528 * 1.3;
    const double barHeight = std::min(2.0, boxMm.height() / 3);
    const double x0 = boxMm.left() + 2;
    const double y0 = boxMm.top() + textHeight + 0.5;
    const double step = spec.lengthMm / spec.divisions;
    QPen pen(Qt::black, 0.2);
    painter.setPen(pen);
    for (int i = 0; i < spec.divisions; ++i) {
        painter.setBrush(i % 2 == 0 ? Qt::black : Qt::white);
        painter.drawRect(QRectF(x0 + i * step, y0, step, barHeight));
    }
    painter.setBrush(Qt::NoBrush);
    // Labels at both ends and in the middle: more would crowd a short bar.
    const double width = 20;
    for (const int i : {0, spec.divisions / 2, spec.divisions}) {
        if (i == spec.divisions / 2 && spec.divisions % 2 != 0)
            continue;
        const double x = x0 + i * step;
        const QString text = i == spec.divisions
                                 ? spec.labels.value(i) + QLatin1Char(' ') + spec.unit
                                 : spec.labels.value(i);
        painter.drawText(QRectF(x - width / 2, boxMm.top(), width, textHeight),
                         Qt::AlignHCenter | Qt::AlignBottom, text);
    }
    painter.restore();
}

} // namespace wm
