#include "render/label_engine.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace wm {

QFont labelFont(double pixelSize)
{
    QFont font;
    const QStringList families = QFontDatabase::families();
    for (const char* f : {"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC"}) {
        if (families.contains(QString::fromLatin1(f))) {
            font.setFamily(QString::fromLatin1(f));
            break;
        }
    }
    font.setPixelSize(std::max(1, int(pixelSize + 0.5)));
    return font;
}

void LabelEngine::add(const QString& text, const QPointF& at, const LabelSettings& settings,
                      Anchor anchor, double markerRadius)
{
    if (!text.trimmed().isEmpty())
        mCandidates.push_back({text, at, settings, anchor, markerRadius, mCandidates.size()});
}

bool LabelEngine::isFree(const QRectF& box) const
{
    return std::none_of(mPlaced.begin(), mPlaced.end(),
                        [&](const QRectF& r) { return r.intersects(box); });
}

int LabelEngine::placeAndDraw(QPainter& painter, const QRectF& bounds, double scale)
{
    mPlaced.clear();
    std::stable_sort(mCandidates.begin(), mCandidates.end(),
                     [](const Candidate& a, const Candidate& b) {
                         return a.settings.priority > b.settings.priority;
                     });
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    int drawn = 0;
    for (const Candidate& c : mCandidates) {
        // Points size labels in points; 1 pt = 96/72 px on a 96-DPI screen.
        const QFont font = labelFont(c.settings.size * scale * 96.0 / 72.0);
        const QFontMetricsF metrics(font);
        const QSizeF textSize(metrics.horizontalAdvance(c.text), metrics.height());
        const double gap = c.markerRadius + 2 * scale;
        std::vector<QRectF> boxes;
        if (c.anchor == Anchor::Centre) {
            boxes.push_back(
                QRectF(c.at - QPointF(textSize.width() / 2, textSize.height() / 2), textSize));
        } else {
            const double w = textSize.width(), h = textSize.height();
            boxes.push_back(QRectF(c.at.x() + gap, c.at.y() - h / 2, w, h));     // right
            boxes.push_back(QRectF(c.at.x() - w / 2, c.at.y() - gap - h, w, h)); // above
            boxes.push_back(QRectF(c.at.x() - gap - w, c.at.y() - h / 2, w, h)); // left
            boxes.push_back(QRectF(c.at.x() - w / 2, c.at.y() + gap, w, h));     // below
        }
        for (const QRectF& box : boxes) {
            if (!bounds.contains(box) || !isFree(box))
                continue;
            QPainterPath path;
            path.addText(QPointF(box.left(), box.top() + metrics.ascent()), font, c.text);
            if (c.settings.haloWidth > 0) {
                QPen halo(c.settings.halo, 2 * c.settings.haloWidth * scale);
                halo.setJoinStyle(Qt::RoundJoin);
                painter.strokePath(path, halo);
            }
            painter.fillPath(path, c.settings.color);
            mPlaced.push_back(box);
            ++drawn;
            break;
        }
    }
    painter.restore();
    mCandidates.clear();
    return drawn;
}

} // namespace wm
