#pragma once

// Rasters and tile servers the raster tests make themselves (no file or network fixture).

#include <QByteArray>
#include <QColor>
#include <QHash>
#include <QString>
#include <QStringList>

#include <gdal.h>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace wm::test {

/// Writes a north-up raster with GDAL (GeoTIFF unless `driver` says otherwise): `bands`
/// bands of `type`, `width` × `height` pixels of `pixel` CRS units from the top-left
/// corner (`left`, `top`) in EPSG `epsg`; `value(band, column, row)` gives each pixel
/// (band from 1, row 0 at the top). `options` are creation options ("COMPRESS=DEFLATE").
void writeRaster(const QString& path, int epsg, double left, double top, double pixel, int width,
                 int height, int bands, GDALDataType type,
                 const std::function<double(int band, int column, int row)>& value,
                 const QStringList& options = {}, const char* driver = "GTiff");

/// Converts a raster with GDAL's gdal_translate (as a library): `args` as on its command
/// line ("-of", "MBTILES"). Throws std::runtime_error when GDAL fails.
void translateRaster(const QString& from, const QString& to, const QStringList& args);

/// A tiny HTTP server on 127.0.0.1 in a thread of its own, serving 256 × 256 PNG tiles at
/// /z/x/y.png: tile (z, x, y) is filled with colourOf(z, x, y), except tiles for which
/// `missing(z, x, y)` is true, which answer 404. It counts the requests it answers.
class TileServer {
public:
    using TilePredicate = std::function<bool(int z, int x, int y)>;
    explicit TileServer(std::function<QColor(int z, int x, int y)> colourOf,
                        TilePredicate missing = {});
    ~TileServer();
    TileServer(const TileServer&) = delete;
    TileServer& operator=(const TileServer&) = delete;

    quint16 port() const { return mPort; }
    /// "http://127.0.0.1:PORT/{z}/{x}/{y}.png"
    QString urlTemplate() const;
    int requests() const { return mRequests.load(); }
    /// The request targets answered so far ("/12/3371/1552.png?tk=…").
    QStringList targets() const;

private:
    class Thread;
    std::unique_ptr<Thread> mThread;
    quint16 mPort = 0;
    std::atomic<int> mRequests = 0;
    mutable std::mutex mMutex;
    QStringList mTargets;
};

} // namespace wm::test
