#pragma once

#include <QImage>
#include <QSize>

#include <vector>

namespace wm {

/// Where the light comes from: azimuth in degrees clockwise from north, altitude in
/// degrees above the horizon (the cartographic convention: north-west, 45°).
struct LightSource {
    double azimuthDeg = 315;
    double altitudeDeg = 45;
};

/// Shades an elevation grid (metres, row-major, top row north) of `size` cells of
/// `cellSize` metres: grey 0–255 is the cosine between the surface normal (Horn's 3×3
/// gradient) and the light, so a slope facing the light is bright and one facing away
/// dark; flat ground is 255 × sin(altitude) (180 at 45°). Cells without data (`valid` 0) and
/// the outer ring (no full neighbourhood) are transparent: callers read one cell more on
/// every side and crop it. `zFactor` exaggerates relief (1: true).
QImage hillshade(const std::vector<float>& elevation, const std::vector<unsigned char>& valid,
                 QSize size, double cellSize, LightSource light = {}, double zFactor = 1.0);

} // namespace wm
