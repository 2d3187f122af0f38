#!/usr/bin/python3
"""WorksMap's travel-time service areas against QGIS's "Service area (from layer)".

The issue's second reference beside pgRouting (which the test suite checks): on the same
SYNTHETIC street grid, the nodes each start reaches within the minutes, and their travel
times, in WorksMap (RoadNetwork::nodeMinutesFrom) and in QGIS 3.22's
native:serviceareafromlayer (fastest path, speed field in km/h, direction field F/T/B,
no ellipsoid: planar metres as WorksMap measures them),
with the time each takes. Bench only: skipped, and said so, where qgis_process is not
installed.

  build/bench/bench_road_network --qgis-export DIR   writes the graph (one 2-point line per
                                                     edge, speed, oneway), the starts (on
                                                     nodes, so neither tool adds an access
                                                     leg) and WorksMap's reached nodes
  qgis_process run native:serviceareafromlayer       the same, its "within" nodes per start

QGIS draws a service area from the reached nodes plus the points where the time runs out
part-way along an edge; those interpolated points fall between nodes and are told apart by
not lying on a node. Its Dijkstra knows costs only at nodes, so the node sets must be equal.

    bench/qgis_service_area_compare.py [--grid G] [--starts N] [--minutes M]
                                       [--build-dir build] [--keep DIR]
"""

import argparse
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# QGIS's Python is the system's: an interpreter found first on PATH (pyenv, a venv) would
# make qgis_process's embedded Python look for its modules in the wrong place.
SYSTEM_PATH = "/usr/sbin:/usr/bin:/sbin:/bin"
QGIS_ENV = dict(os.environ, PATH=SYSTEM_PATH, QT_QPA_PLATFORM="offscreen")


class Nodes:
    """The graph's nodes by position. Coordinates pass through GeoPackage, CSV and QGIS's
    doubles, so a point is matched to the node within a millimetre, not by equal text."""

    CELL = 0.01

    def __init__(self):
        self.cells = {}

    def add(self, x, y):
        c = (int(x // self.CELL), int(y // self.CELL))
        self.cells.setdefault(c, []).append((x, y))

    def find(self, x, y):
        cx, cy = int(x // self.CELL), int(y // self.CELL)
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for n in self.cells.get((cx + dx, cy + dy), ()):
                    if abs(n[0] - x) <= 0.001 and abs(n[1] - y) <= 0.001:
                        return n
        return None


def to_csv(source, target):
    """`source`'s (first) layer as CSV with WKT geometries, through ogr2ogr."""
    if os.path.exists(target):
        os.remove(target)
    subprocess.run(["ogr2ogr", "-f", "CSV", "-lco", "GEOMETRY=AS_WKT", target, source],
                   check=True, env=QGIS_ENV)


def points_of(wkt):
    """The points of a WKT point, line or multipoint."""
    inner = wkt[wkt.index("(") + 1:wkt.rindex(")")].replace("(", "").replace(")", "")
    return [tuple(float(v) for v in p.split()[:2]) for p in inner.split(",") if p.strip()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--grid", type=int, default=120)
    ap.add_argument("--starts", type=int, default=20)
    ap.add_argument("--minutes", type=float, default=15)
    ap.add_argument("--build-dir", default=os.path.join(ROOT, "build"))
    ap.add_argument("--keep", help="keep the files in this folder")
    args = ap.parse_args()

    # Debian's qgis_process wrapper passes /etc/default/qgis's --noversioncheck, which
    # qgis_process 3.22 refuses: call the program itself where it is there.
    qgis = (shutil.which("qgis_process.bin", path=SYSTEM_PATH) or
            shutil.which("qgis_process", path=SYSTEM_PATH))
    if not qgis:
        print("qgis_service_area_compare: qgis_process not installed, skipped")
        return 0
    work = args.keep or tempfile.mkdtemp(prefix="worksmap-qgis-sa-")
    os.makedirs(work, exist_ok=True)
    bench = os.path.join(args.build_dir, "bench", "bench_road_network")
    out = subprocess.run([bench, "--grid", str(args.grid), "--facilities", str(args.starts * 5),
                          "--villages", "1000", "--runs", "1", "--moves", "1",
                          "--minutes", str(args.minutes), "--qgis-export", work,
                          "--qgis-beyond", "1.001",
                          "--qgis-starts", str(args.starts)],
                         check=True, capture_output=True, text=True).stdout
    edges = next(line for line in out.splitlines() if line.startswith("qgis_export"))

    # Every node of the graph: the ends of the exported edges.
    roads_csv = os.path.join(work, "roads.csv")
    to_csv(os.path.join(work, "roads_SYNTHETIC.gpkg"), roads_csv)
    nodes = Nodes()
    with open(roads_csv, newline="") as f:
        for row in csv.DictReader(f):
            for x, y in points_of(row["WKT"]):
                if nodes.find(x, y) is None:
                    nodes.add(x, y)
    # WorksMap's nodes within the limit, and (the export reaches 0.1 % further) those just
    # beyond it with their seconds.
    limit = args.minutes * 60
    ours, near = {}, {}
    with open(os.path.join(work, "worksmap_reached.csv"), newline="") as f:
        for row in csv.DictReader(f):
            node = nodes.find(float(row["x"]), float(row["y"]))
            seconds = float(row["seconds"])
            ours.setdefault(int(row["start"]), {})
            if seconds <= limit:
                ours[int(row["start"])][node] = seconds
            else:
                near.setdefault(int(row["start"]), {})[node] = seconds

    points = os.path.join(work, "qgis_within.gpkg")
    if os.path.exists(points):
        os.remove(points)
    # The algorithm wants a QGIS project (for its transform context): an empty one in the
    # data's CRS, without an ellipsoid.
    project = os.path.join(work, "empty.qgs")
    with open(project, "w") as f:
        f.write("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
                "<qgis projectname=\"worksmap bench\" version=\"3.22.0\">\n"
                " <projectCrs><spatialrefsys><authid>EPSG:4547</authid></spatialrefsys>"
                "</projectCrs>\n"
                " <properties><Measure><Ellipsoid type=\"QString\">NONE</Ellipsoid></Measure>"
                "</properties>\n</qgis>\n")
    # QGIS 3.22 takes the fastest path's travel cost in hours.
    cmd = [qgis, "run", "native:serviceareafromlayer", "--PROJECT_PATH=" + project,
           "--ELLIPSOID=NONE",
           "--INPUT=" + os.path.join(work, "roads_SYNTHETIC.gpkg"),
           "--STRATEGY=1", "--DIRECTION_FIELD=oneway", "--VALUE_FORWARD=F",
           "--VALUE_BACKWARD=T", "--VALUE_BOTH=B", "--DEFAULT_DIRECTION=2",
           "--SPEED_FIELD=speed", "--DEFAULT_SPEED=50", "--TOLERANCE=0",
           "--START_POINTS=" + os.path.join(work, "starts_SYNTHETIC.gpkg"),
           "--TRAVEL_COST2=%r" % (args.minutes / 60.0), "--INCLUDE_BOUNDS=false",
           "--OUTPUT=" + points]
    started = time.monotonic()
    run = subprocess.run(cmd, env=QGIS_ENV, capture_output=True, text=True)
    qgis_seconds = time.monotonic() - started
    if run.returncode != 0:
        print(run.stdout + run.stderr, file=sys.stderr)
        return 1

    # The "within" multipoints, one per start, as WKT.
    table = os.path.join(work, "qgis_within.csv")
    to_csv(points, table)
    theirs = {}
    with open(table, newline="") as f:
        for row in csv.DictReader(f):
            if row.get("type") != "within":
                continue
            # QGIS's interpolated points (where the time runs out along an edge) are not
            # nodes of the graph: keep the nodes only.
            found = (nodes.find(x, y) for x, y in points_of(row["WKT"]))
            theirs[int(float(row["start"]))] = {n for n in found if n is not None}

    # QGIS's times come out up to ~3e-5 shorter than WorksMap's planar ones on this grid,
    # as if it measured the edges on the CRS's ellipsoid in spite of --ELLIPSOID=NONE (the
    # Gauss-Krüger scale factor grows east of the central meridian), so a node a few
    # hundredths of a second beyond the limit in WorksMap may be within it in QGIS. Those
    # are counted apart; any other difference is one.
    differing = 0
    compared = 0
    at_limit = 0
    for start, reached in sorted(ours.items()):
        q = theirs.get(start, set())
        ours_nodes = set(reached)
        missing = ours_nodes - q
        extra = q - ours_nodes
        edge = {n for n in extra if near.get(start, {}).get(n, float("inf")) <= limit * 1.0001}
        at_limit += len(edge)
        extra -= edge
        compared += len(ours_nodes)
        if missing or extra:
            differing += 1
            print("start %d: %d nodes WorksMap only, %d QGIS only: %s" %
                  (start, len(missing), len(extra), sorted(missing | extra)[:3]),
                  file=sys.stderr)

    print(edges)
    print("starts %d, %d reached nodes compared; starts differing: %d; nodes within 0.01 %% of "
          "the limit that QGIS reaches on the ellipsoid: %d" % (len(ours), compared, differing,
                                                               at_limit))
    print("qgis_process service area: %.2f s (whole process, graph build included)" %
          qgis_seconds)
    print("WorksMap: one search %s" % next(l for l in out.splitlines()
                                         if l.startswith("one_search_ms")))
    if not args.keep:
        shutil.rmtree(work)
    return 0 if differing == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
