#include "render/hillshade.h"

#include <algorithm>
#include <cmath>

namespace wm {

QImage hillshade(const std::vector<float>& elevation, const std::vector<unsigned char>& valid,
                 QSize size, double cellSize, LightSource light, double zFactor)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    const int w = size.width(), h = size.height();
    if (w < 3 || h < 3 || cellSize <= 0 || elevation.size() < std::size_t(w) * std::size_t(h))
        return image;
    constexpr double Deg = 3.14159265358979323846 / 180.0;
    // Unit vector towards the light in (east, north, up).
    const double lx = std::sin(light.azimuthDeg * Deg) * std::cos(light.altitudeDeg * Deg);
    const double ly = std::cos(light.azimuthDeg * Deg) * std::cos(light.altitudeDeg * Deg);
    const double lz = std::sin(light.altitudeDeg * Deg);
    const auto at = [&](int x, int y) { return double(elevation[std::size_t(y) * w + x]); };
    const auto ok = [&](int x, int y) { return valid.empty() || valid[std::size_t(y) * w + x]; };
    for (int y = 1; y < h - 1; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 1; x < w - 1; ++x) {
            if (!ok(x - 1, y - 1) || !ok(x, y - 1) || !ok(x + 1, y - 1) || !ok(x - 1, y) ||
                !ok(x, y) || !ok(x + 1, y) || !ok(x - 1, y + 1) || !ok(x, y + 1) ||
                !ok(x + 1, y + 1))
                continue;
            // Horn's weighted differences; rows grow southwards, so north is y - 1.
            const double dzdEast = ((at(x + 1, y - 1) + 2 * at(x + 1, y) + at(x + 1, y + 1)) -
                                    (at(x - 1, y - 1) + 2 * at(x - 1, y) + at(x - 1, y + 1))) /
                                   (8 * cellSize) * zFactor;
            const double dzdNorth = ((at(x - 1, y - 1) + 2 * at(x, y - 1) + at(x + 1, y - 1)) -
                                     (at(x - 1, y + 1) + 2 * at(x, y + 1) + at(x + 1, y + 1))) /
                                    (8 * cellSize) * zFactor;
            // The surface normal is (-dz/dE, -dz/dN, 1), normalised.
            const double norm = std::sqrt(dzdEast * dzdEast + dzdNorth * dzdNorth + 1);
            const double shade = (-dzdEast * lx - dzdNorth * ly + lz) / norm;
            const int grey = int(std::lround(255 * std::clamp(shade, 0.0, 1.0)));
            line[x] = qRgba(grey, grey, grey, 255);
        }
    }
    return image;
}

} // namespace wm
