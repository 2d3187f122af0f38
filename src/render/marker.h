#pragma once

#include "render/symbol.h"

#include <QImage>
#include <QPointF>

class QPainter;

namespace wm {

/// Draws `symbol`'s marker centred on `center`; sizes multiplied by `scale`.
void drawMarker(QPainter& painter, const Symbol& symbol, const QPointF& center, double scale);

/// The marker pre-rendered once, to be blitted per point: drawing a million points
/// as images is an order of magnitude faster than painting a million ellipses.
QImage markerImage(const Symbol& symbol, double scale);

} // namespace wm
