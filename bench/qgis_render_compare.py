#!/usr/bin/python3
"""QGIS counterpart of bench_render's "dense" case, for comparison.

Renders the 19 Xingtai counties (labelled by name), 1,000,000 SYNTHETIC points and
200,000 SYNTHETIC pipe segments (categorized by kind with the colours, widths and dashes
of styles/pipe.json) at 1920x1080, 96 dpi, in EPSG:4547, extent = the counties' extent
(of their geometries in EPSG:4547) buffered 3 % per side, with QgsMapRendererParallelJob
(start() + waitForFinished()). The GeoPackages are the ones bench_render generates in
its data dir (run bench_render --case dense first).

The first render is reported separately (it fills QGIS's caches: provider metadata,
fonts, symbol images), then the median and min of --runs renders; then each layer
alone. One JSON line per case, like bench_render.

Unlike WorksMap, QGIS reads the features from the GeoPackages and reprojects them
(EPSG:4490 -> EPSG:4547) during every render, and draws every point (WorksMap draws one
marker per pixel and layer).

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 bench/qgis_render_compare.py \
        [--runs N] [--data-dir DIR]
"""

import argparse
import json
import os
import resource
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    Qgis,
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProject,
    QgsRectangle,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
COUNTIES = os.path.join(REPO, "data", "xingtai-2021", "boundaries", "xingtai_counties.geojson")
PIPE_STYLE = os.path.join(REPO, "styles", "pipe.json")
BOUNDARY_STYLE = os.path.join(REPO, "styles", "boundary.json")
WIDTH, HEIGHT, DPI, BUFFER = 1920, 1080, 96, 0.03
# Qt pen style names of styles/*.json -> QGIS simple line "line_style"
DASHES = {"solid": "solid", "dash": "dash", "dot": "dot", "dash-dot": "dash dot",
          "dash-dot-dot": "dash dot dot", "none": "no"}


def cjk_font():
    families = QFontDatabase().families()
    for f in ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC"):
        if f in families:
            return f
    return QFont().family()


def line_symbol(sym):
    return QgsLineSymbol.createSimple({
        "line_color": sym.get("stroke", "#888888"),
        "line_width": str(sym.get("strokeWidth", 0.8)),
        "line_width_unit": "Pixel",
        "line_style": DASHES.get(sym.get("dash", "solid"), "solid"),
        "capstyle": "round",
        "joinstyle": "round",
    })


def load(path, name):
    layer = QgsVectorLayer(path, name, "ogr")
    if not layer.isValid():
        sys.exit(f"qgis_render_compare: cannot open {path}")
    return layer


def county_layer():
    with open(BOUNDARY_STYLE, encoding="utf-8") as f:
        style = json.load(f)
    layer = load(COUNTIES, "counties")
    s = style["symbol"]
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({
        "color": s["fill"], "outline_color": s["stroke"],
        "outline_width": str(s["strokeWidth"]), "outline_width_unit": "Pixel",
        "joinstyle": "round"})))
    lab = style["labels"]
    text = QgsTextFormat()
    text.setFont(QFont(cjk_font()))
    text.setSize(lab["size"])
    text.setSizeUnit(QgsUnitTypes.RenderPoints)
    text.setColor(QColor(lab["color"]))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(lab["haloWidth"])
    buffer.setSizeUnit(QgsUnitTypes.RenderPoints)
    buffer.setColor(QColor(lab["halo"]))
    text.setBuffer(buffer)
    pal = QgsPalLayerSettings()
    pal.fieldName = lab["text"]
    pal.enabled = True
    pal.placement = QgsPalLayerSettings.OverPoint  # centred on the polygon
    pal.centroidInside = True
    pal.priority = lab.get("priority", 5)
    pal.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(pal))
    layer.setLabelsEnabled(True)
    return layer


def point_layer(path):
    layer = load(path + "|layername=synthetic_points", "points")
    # bench_render's point style: a single 2-px circle, no outline.
    layer.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple({
        "name": "circle", "color": "31,96,180", "size": "2", "size_unit": "Pixel",
        "outline_style": "no"})))
    return layer


def pipe_layer(path):
    with open(PIPE_STYLE, encoding="utf-8") as f:
        style = json.load(f)
    layer = load(path + "|layername=synthetic_pipes", "pipes")
    cats = [QgsRendererCategory(c["value"], line_symbol(c["symbol"]), c.get("label", c["value"]))
            for c in style["categories"]]
    cats.append(QgsRendererCategory(None, line_symbol(style["symbol"]), "other"))  # else
    layer.setRenderer(QgsCategorizedSymbolRenderer(style["field"], cats))
    return layer


def counties_extent(layer, dest):
    """Extent of the counties' geometries in `dest`, as WorksMap's Layer::extent()."""
    xform = QgsCoordinateTransform(layer.crs(), dest, QgsProject.instance())
    box = QgsRectangle()
    box.setMinimal()
    for f in layer.getFeatures():
        g = f.geometry()
        g.transform(xform)
        box.combineExtentWith(g.boundingBox())
    dx, dy = box.width() * BUFFER, box.height() * BUFFER
    return QgsRectangle(box.xMinimum() - dx, box.yMinimum() - dy,
                        box.xMaximum() + dx, box.yMaximum() + dy)


def settings_for(layers, dest, extent):
    s = QgsMapSettings()
    s.setLayers(layers)  # top first
    s.setDestinationCrs(dest)
    s.setOutputSize(QSize(WIDTH, HEIGHT))
    s.setOutputDpi(DPI)
    s.setExtent(extent)
    s.setBackgroundColor(QColor("white"))
    s.setFlag(QgsMapSettings.Antialiasing, True)
    s.setFlag(QgsMapSettings.DrawLabeling, True)
    return s


def render(settings):
    job = QgsMapRendererParallelJob(settings)
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    job.start()
    job.waitForFinished()
    wall = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    return wall, cpu, job


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3, help="timed renders after the first")
    ap.add_argument("--data-dir", default="/tmp/worksmap-bench")
    args = ap.parse_args()
    points_path = os.path.join(args.data_dir, "synthetic_points_1m.gpkg")
    pipes_path = os.path.join(args.data_dir, "synthetic_pipes_200k.gpkg")
    for p in (points_path, pipes_path):
        if not os.path.exists(p):
            sys.exit(f"qgis_render_compare: {p} is missing; run bench_render --case dense first")

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    # Every QGIS object (layers, CRSs, jobs) lives in run() and is gone before
    # exitQgis(): destroying one after it crashes the interpreter on exit.
    run(args, points_path, pipes_path)
    app.exitQgis()


def run(args, points_path, pipes_path):
    t0 = time.perf_counter()
    counties = county_layer()
    points = point_layer(points_path)
    pipes = pipe_layer(pipes_path)
    dest = QgsCoordinateReferenceSystem("EPSG:4547")
    extent = counties_extent(counties, dest)
    open_s = time.perf_counter() - t0
    settings = settings_for([pipes, points, counties], dest, extent)
    visible = settings.visibleExtent()

    print("QGIS render comparison")
    print(f"  QGIS {Qgis.QGIS_VERSION}, Qt via PyQt5, {os.cpu_count()} cores, "
          f"QThreadPool max {QgsApplication.maxThreads()} (-1 = all cores)")
    print(f"  output  : {WIDTH}x{HEIGHT} px, {DPI} dpi, EPSG:4547, extent = counties + 3 %; "
          f"visible {visible.width() / WIDTH:.2f} m/px, 1:{settings.scale():.0f}")
    print(f"  layers  : {counties.featureCount()} counties, {points.featureCount()} points, "
          f"{pipes.featureCount()} pipes; opened in {open_s:.2f} s (not timed)")
    print(f"  simplify: points {int(points.simplifyMethod().simplifyHints())}, pipes "
          f"{int(pipes.simplifyMethod().simplifyHints())} (QgsVectorSimplifyMethod hints; "
          f"0 = none), threshold {pipes.simplifyMethod().threshold()} px")
    sys.stdout.flush()

    first_wall, first_cpu, job = render(settings)
    job.renderedImage().save(os.path.join(args.data_dir, "qgis_render_dense.png"), "PNG")
    labels = job.takeLabelingResults()
    labels_drawn = len(labels.allLabels()) if labels else -1
    print(f"  first render: {first_wall:.3f} s (cpu {first_cpu:.3f} s), {labels_drawn} labels",
          file=sys.stderr)
    walls, cpus = [], []
    for i in range(args.runs):
        wall, cpu, _ = render(settings)
        walls.append(wall)
        cpus.append(cpu)
        print(f"  run {i + 1}/{args.runs}: {wall:.3f} s (cpu {cpu:.3f} s)", file=sys.stderr)

    alone = {}
    for name, layer in (("counties", counties), ("points", points), ("pipes", pipes)):
        times = [render(settings_for([layer], dest, extent))[0] for _ in range(max(1, args.runs))]
        alone[name] = statistics.median(times)

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n{'case':<12} {'features':>9} {'labels':>6} {'first_s':>8} {'runs':>4} "
          f"{'median_s':>8} {'min_s':>8} {'cpu_s':>8} {'peak_rss_mb':>11}")
    print(f"{'qgis_dense':<12} {counties.featureCount() + points.featureCount() + pipes.featureCount():>9} "
          f"{labels_drawn:>6} {first_wall:>8.3f} {len(walls):>4} {statistics.median(walls):>8.3f} "
          f"{min(walls):>8.3f} {statistics.median(cpus):>8.3f} {peak_mb:>11.1f}")
    print("qgis_dense, each layer rendered alone (median): " +
          ", ".join(f"{k} {v:.3f} s" for k, v in alone.items()))
    print(f"image: {os.path.join(args.data_dir, 'qgis_render_dense.png')}\n")
    print(json.dumps({
        "case": "qgis_dense",
        "features": counties.featureCount() + points.featureCount() + pipes.featureCount(),
        "labels_drawn": labels_drawn,
        "first_s": round(first_wall, 4), "first_cpu_s": round(first_cpu, 4),
        "median_s": round(statistics.median(walls), 4), "min_s": round(min(walls), 4),
        "cpu_s": round(statistics.median(cpus), 4), "runs": len(walls),
        "alone_counties_s": round(alone["counties"], 4),
        "alone_points_s": round(alone["points"], 4), "alone_pipes_s": round(alone["pipes"], 4),
        "peak_rss_mb": round(peak_mb, 1), "width": WIDTH, "height": HEIGHT, "dpi": DPI,
        "scale": round(settings.scale()), "qgis": Qgis.QGIS_VERSION, "cores": os.cpu_count(),
    }, separators=(",", ":")))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
