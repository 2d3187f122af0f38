#pragma once

#include "render/style.h"

#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace wm {

/// Collects label candidates from all layers of a render and places them after the
/// features are drawn: highest priority first, then in the order offered; a label whose
/// box would overlap an already placed one (or leave the output) is left out, never drawn
/// over another.
class LabelEngine {
public:
    enum class Anchor { Centre, Point };

    /// `at` in device pixels. Point anchors try right, above, left and below the marker
    /// (`markerRadius` pixels away); centre anchors are centred on `at`.
    void add(const QString& text, const QPointF& at, const LabelSettings& settings, Anchor anchor,
             double markerRadius = 0);

    /// Places and draws; returns the number of labels drawn. `scale` is MapSettings::symbolScale().
    int placeAndDraw(QPainter& painter, const QRectF& bounds, double scale);

    /// Boxes of the labels drawn by the last placeAndDraw (device pixels), for tests.
    const std::vector<QRectF>& placedBoxes() const { return mPlaced; }

private:
    struct Candidate {
        QString text;
        QPointF at;
        LabelSettings settings;
        Anchor anchor;
        double markerRadius;
        std::size_t order;
    };
    bool isFree(const QRectF& box) const;

    std::vector<Candidate> mCandidates;
    std::vector<QRectF> mPlaced;
};

/// The CJK-capable font labels use (WenQuanYi Micro Hei or Noto Sans CJK, as installed).
QFont labelFont(double pixelSize);

} // namespace wm
