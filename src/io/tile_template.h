#pragma once

#include "core/extent.h"

#include <QString>
#include <QUrl>

namespace wm {

/// A tile of the web-mercator pyramid (EPSG:3857) that XYZ and WMTS "w" services share:
/// zoom z, column x from the west, row y from the north.
struct TileId {
    int z = 0, x = 0, y = 0;
    bool operator==(const TileId&) const = default;
    /// "12/3371/1552"
    QString text() const;
    /// A key unique per tile (for hash maps and caches).
    quint64 key() const;
};

/// Half the side of the web-mercator square, in EPSG:3857 metres.
constexpr double WebMercatorHalf = 20037508.342789244;

/// The EPSG:3857 extent of a tile.
Extent tileExtent(const TileId& tile);

/// A tile service's URL template, as a project layer gives it after "xyz:":
/// `https://tile.openstreetmap.org/{z}/{x}/{y}.png`. Placeholders: {z}, {x}, {y}, {-y}
/// (the TMS row, counted from the south), {s} (a, b or c, spread over tiles), {0-7} (a
/// digit in that range, spread over tiles: 天地图's t0…t7 hosts) and {key} (the user's
/// key for the service, taken from the settings when a tile is fetched, so it never
/// lands in a project file).
class TileTemplate {
public:
    /// Throws wm::Error (naming the template) when it is not an http(s) URL with {z},
    /// {x} and {y} (or {-y}).
    static TileTemplate parse(const QString& urlTemplate);

    const QString& text() const { return mText; }
    QString host() const;
    bool needsKey() const { return mText.contains(QLatin1String("{key}")); }
    /// The name a key is stored under: the host's name without subdomains and suffixes
    /// ("t{0-7}.tianditu.gov.cn" → "tianditu").
    QString keyName() const;
    /// The URL of `tile` with `key` in place of {key}.
    QUrl url(const TileId& tile, const QString& key = {}) const;

private:
    QString mText;
};

} // namespace wm
