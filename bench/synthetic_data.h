// SYNTHETIC GeoPackages for the benchmarks (bench_load, bench_render), generated from
// a fixed seed so that every machine gets the same files. Only the raw 64-bit output of
// std::mt19937_64 is used (no std:: distributions, whose output differs between
// standard libraries).
#pragma once

#include <QtGlobal>

#include <cstdint>
#include <functional>
#include <string>

namespace wmbench {

constexpr std::uint64_t Seed = 42;

// Xingtai's bounding box in CGCS2000 longitude/latitude (EPSG:4490).
constexpr double LonMin = 113.8, LonMax = 115.8, LatMin = 36.8, LatMax = 37.8;

constexpr qint64 PointCount = 1'000'000;
constexpr qint64 LineCount = 100'000;
constexpr qint64 PipeCount = 200'000;

inline const char* const PointsFile = "synthetic_points_1m.gpkg";
inline const char* const LinesFile = "synthetic_lines_100k.gpkg";
inline const char* const PipesFile = "synthetic_pipes_200k.gpkg";

/// The pipe kinds written into the pipes file's `kind` field (values of styles/pipe.json).
inline const char* const PipeKinds[] = {"water_supply", "drainage_rain", "drainage_sewage",
                                        "heating", "gas"};

/// 1,000,000 points uniformly spread over the bbox; fields code (integer), value (real),
/// name (3–8 letters). Layer "synthetic_points".
void generatePoints(const std::string& path);

/// 100,000 line strings of 2–10 vertices and 50 m–2 km, each a gently turning walk
/// (±0.5 rad per vertex) that stays inside the bbox; fields diameter (integer, mm),
/// length_m (real, the intended length), material (short string). Layer
/// "synthetic_lines".
void generateLines(const std::string& path);

/// 200,000 pipe segments drawn like generateLines' walks; fields kind (one of
/// PipeKinds), diameter (integer, mm), length_m (real). Layer "synthetic_pipes".
void generatePipes(const std::string& path);

/// Feature count of an existing GeoPackage's first layer, or -1 if it cannot be read.
qint64 existingFeatureCount(const std::string& path);

/// What ensureDataset did. Trivially copyable: it crosses a fork through a pipe.
struct DatasetStatus {
    bool ok = false;
    bool reused = false; ///< an existing file with the expected count was kept
    double seconds = 0;  ///< generation time (0 when reused)
    qint64 features = 0;
    qint64 fileBytes = 0;
    long vmHwmKb = -1; ///< set by runInChild
    char message[512] = {};
};

/// Keeps `path` if its first layer holds `expected` features, else (re)generates it
/// with `generate` (via a ".partial.gpkg" renamed at the end). Throws on I/O errors.
DatasetStatus ensureDataset(const std::string& path, qint64 expected,
                            const std::function<void(const std::string&)>& generate);

} // namespace wmbench
