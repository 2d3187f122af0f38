// SYNTHETIC data for the benchmarks, generated from a fixed seed so that every machine
// gets the same: GeoPackages in EPSG:4490 (bench_load, bench_render) and in-memory layers
// inside the real Xingtai counties in EPSG:4547 (bench_coverage, bench_check_run). Only
// the raw 64-bit output of std::mt19937_64 is used (no std:: distributions, whose output
// differs between standard libraries).
#pragma once

#include "analysis/unit_set.h"
#include "core/layer.h"

#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <functional>
#include <memory>
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

/// Sizes of the coverage benchmarks (issue 4).
constexpr qsizetype CoverageVillageCount = 50'000;
constexpr qsizetype CoverageFacilityCount = 2'000;
constexpr qsizetype CoveragePipeCount = 20'000;

/// The real counties with SYNTHETIC work layers inside them, all in EPSG:4547 metres with
/// their spatial indexes built (as ProjectLoader leaves a project's layers).
struct CoverageDataset {
    std::shared_ptr<wm::Layer> counties; ///< real polygons, repaired by VectorReader
    std::unique_ptr<wm::UnitSet> units;  ///< the counties by code, name, name_current
    /// Points uniformly inside the counties' union. Fields: code (the county's code, or
    /// 000000 for 邢台县 which has none, + a 6-digit running number), name ("SYNTHETIC
    /// village 17"), kind ("village"; for facilities one of clinic, health_centre,
    /// kindergarten, elderly_care).
    wm::Layer villages, facilities;
    /// Walks of 2–20 vertices and 50 m–3 km turning by up to ±0.5 rad per vertex from a
    /// point inside the counties, so some cross a border or leave the city as real pipes
    /// do. Field: kind (one of PipeKinds).
    wm::Layer pipes;
};

/// CoverageVillageCount villages, CoverageFacilityCount facilities and CoveragePipeCount
/// pipes inside the counties read from `countiesPath` (reprojected to EPSG:4547). Throws
/// wm::Error or std::runtime_error.
CoverageDataset makeCoverageDataset(const QString& countiesPath);

} // namespace wmbench
