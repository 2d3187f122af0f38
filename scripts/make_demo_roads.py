#!/usr/bin/env python3
"""Generate the SYNTHETIC road network of the WorksMap Xingtai 2021 demo.

Writes data/xingtai-2021/roads_synthetic.gpkg with two layers (EPSG:4490 longitude and
latitude with the same GCJ-02 web-map offset as works_synthetic.gpkg, so the project
reads both with "sourceCrs": "gcj02"):

  roads_synthetic   a plausible hierarchy: two national roads (国道) north-south, two
                    provincial roads (省道) east-west, county roads (县道) from every
                    township centre to the nearest trunk road and to neighbouring
                    townships, village roads (村道) joining every village into a tree
                    around its township centre. Fields: name, fclass, oneway, bridge,
                    synthetic.
  river_synthetic   one meandering river across the city. Roads cross it only on bridges
                    (bridge = T): trunk roads everywhere, county roads at a few places;
                    villages and townships on the far side reach the rest by going round
                    through a bridge, which is where straight-line and road coverage differ.

Nothing here is a real road or river. Inputs: the SYNTHETIC villages of
works_synthetic.gpkg (their positions and township codes). Deterministic: one
random.Random(20212), inputs sorted, no clock read (OGR_CURRENT_DATE pinned).

Python 3 standard library only, plus `ogr2ogr` (GDAL).
Usage:  python3 scripts/make_demo_roads.py
"""

import csv
import io
import json
import math
import os
import random
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data", "xingtai-2021")
WORKS = os.path.join(DATA, "works_synthetic.gpkg")
OUT = os.path.join(DATA, "roads_synthetic.gpkg")

LAT0 = 37.2
KX = 111320.0 * math.cos(math.radians(LAT0))  # metres per degree of longitude
KY = 110540.0  # metres per degree of latitude


def to_m(lon, lat):
    return (lon * KX, lat * KY)


def to_deg(x, y):
    return (x / KX, y / KY)


def read_villages():
    out = subprocess.run(
        ["ogr2ogr", "-f", "CSV", "/vsistdout/", WORKS, "villages_synthetic",
         "-lco", "GEOMETRY=AS_XY", "-select", "code,township_code"],
        check=True, capture_output=True, text=True).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    villages = [(r["code"], r["township_code"], *to_m(float(r["X"]), float(r["Y"])))
                for r in rows if r["X"] and r["Y"]]
    villages.sort()
    return villages


class River:
    """y = f(x): a meander across the city, west to east."""

    def __init__(self, x0, x1, y_mid):
        self.x0, self.x1, self.y_mid = x0, x1, y_mid

    def y(self, x):
        t = (x - self.x0) / (self.x1 - self.x0)
        return self.y_mid + 6000 * math.sin(t * 5.5 * math.pi) - 9000 * (t - 0.5)

    def side(self, x, y):
        return 1 if y > self.y(x) else -1

    def crosses(self, a, b):
        """Where segment ab crosses the river (fractions along it), sampled every 100 m."""
        n = max(2, int(math.hypot(b[0] - a[0], b[1] - a[1]) / 100))
        out = []
        prev = self.side(*a)
        for i in range(1, n + 1):
            t = i / n
            s = self.side(a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))
            if s != prev:
                out.append((i - 0.5) / n)
                prev = s
        return out

    def line(self):
        return [(x, self.y(x)) for x in frange(self.x0 - 3000, self.x1 + 3000, 250)]


def frange(a, b, step):
    x = a
    while x <= b:
        yield x
        x += step


def main():
    rng = random.Random(20212)
    villages = read_villages()
    xs = [v[2] for v in villages]
    ys = [v[3] for v in villages]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    river = River(x0, x1, (y0 + y1) / 2)

    roads = []  # (name, fclass, bridge, [(x, y), ...])

    def add(name, fclass, pts, bridges_allowed):
        """Adds a road; where it crosses the river it becomes a bridge (or is refused)."""
        pieces = [[pts[0]]]
        for a, b in zip(pts, pts[1:]):
            cuts = river.crosses(a, b)
            if cuts and not bridges_allowed:
                return False
            for c in cuts:
                # 150 m of bridge either side of the crossing.
                length = math.hypot(b[0] - a[0], b[1] - a[1])
                d = 150 / max(length, 1)
                pa = (a[0] + max(c - d, 0) * (b[0] - a[0]), a[1] + max(c - d, 0) * (b[1] - a[1]))
                pb = (a[0] + min(c + d, 1) * (b[0] - a[0]), a[1] + min(c + d, 1) * (b[1] - a[1]))
                pieces[-1].append(pa)
                roads.append((name + " 桥", fclass, "T", [pa, pb]))
                pieces.append([pb])
            pieces[-1].append(b)
        for p in pieces:
            if len(p) >= 2:
                roads.append((name, fclass, "", p))
        return True

    # Trunk roads: straight with a little wander, across the whole city.
    trunk = []
    for i, fx in enumerate((0.3, 0.68)):
        x = x0 + fx * (x1 - x0)
        pts = [(x + rng.uniform(-1500, 1500), y) for y in frange(y0 - 4000, y1 + 4000, 5000)]
        add("G%d 国道（模拟）" % (107 + i * 201), "国道", pts, True)
        trunk.append(pts)
    for i, fy in enumerate((0.25, 0.72)):
        y = y0 + fy * (y1 - y0)
        pts = [(x, y + rng.uniform(-1500, 1500)) for x in frange(x0 - 4000, x1 + 4000, 5000)]
        add("S%d 省道（模拟）" % (201 + i * 2), "省道", pts, True)
        trunk.append(pts)

    def nearest_on(lines, p, side):
        best = None
        for pts in lines:
            for a, b in zip(pts, pts[1:]):
                dx, dy = b[0] - a[0], b[1] - a[1]
                t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
                q = (a[0] + t * dx, a[1] + t * dy)
                if side is not None and (river.side(*q) != side or river.crosses(p, q)):
                    continue
                d = math.hypot(q[0] - p[0], q[1] - p[1])
                if best is None or d < best[0]:
                    best = (d, q)
        return best

    # Township centres: the mean of their villages.
    towns = {}
    for code, town, x, y in villages:
        towns.setdefault(town, []).append((x, y))
    centres = sorted((t, (sum(p[0] for p in ps) / len(ps), sum(p[1] for p in ps) / len(ps)))
                     for t, ps in towns.items())

    # County roads: each centre to the nearest trunk road on its side, and to its two
    # nearest neighbours on its side; a few cross the river on a bridge.
    bridges_left = 6
    for town, c in centres:
        hit = nearest_on(trunk, c, river.side(*c))
        if hit:
            add("县道 %s（模拟）" % town, "县道", [c, hit[1]], False)
        others = sorted((math.hypot(o[0] - c[0], o[1] - c[1]), t, o) for t, o in centres if t != town)
        joined = 0
        for d, t, o in others:
            if joined == 2 or d > 15000:
                break
            crossing = bool(river.crosses(c, o))
            if crossing and (bridges_left == 0 or t < town):
                continue
            if add("乡道 %s-%s（模拟）" % (town, t), "乡道" if not crossing else "县道", [c, o], crossing):
                joined += 1
                if crossing:
                    bridges_left -= 1

    # Village roads: a tree from each township centre over its villages on the same side.
    by_town = {}
    for code, town, x, y in villages:
        by_town.setdefault(town, []).append((code, (x, y)))
    centre_of = dict(centres)
    for town in sorted(by_town):
        c = centre_of[town]
        tree = {river.side(*c): [c], -river.side(*c): []}
        for code, p in sorted(by_town[town], key=lambda v: math.hypot(v[1][0] - c[0], v[1][1] - c[1])):
            side = river.side(*p)
            joined = [q for q in tree[side] if not river.crosses(p, q)]
            if joined:
                q = min(joined, key=lambda q: math.hypot(q[0] - p[0], q[1] - p[1]))
                if math.hypot(q[0] - p[0], q[1] - p[1]) > 0:
                    add("村道 %s（模拟）" % code, "村道", [q, p], False)
            else:
                # Across the river from its township: to the nearest road on its own side.
                hit = nearest_on([r[3] for r in roads if r[2] == ""], p, side)
                if hit:
                    add("村道 %s（模拟）" % code, "村道", [p, hit[1]], False)
            tree[side].append(p)

    features = []
    for i, (name, fclass, bridge, pts) in enumerate(roads):
        features.append({"type": "Feature", "properties": {
            "name": name, "fclass": fclass, "oneway": "", "bridge": bridge, "synthetic": 1},
            "geometry": {"type": "LineString",
                         "coordinates": [[round(c, 7) for c in to_deg(*p)] for p in pts]}})
    river_feature = {"type": "Feature", "properties": {"name": "模拟河流 SYNTHETIC river", "synthetic": 1},
                     "geometry": {"type": "LineString",
                                  "coordinates": [[round(c, 7) for c in to_deg(*p)] for p in river.line()]}}

    env = dict(os.environ, OGR_CURRENT_DATE="2021-12-31T00:00:00Z")
    if os.path.exists(OUT):
        os.remove(OUT)
    with tempfile.TemporaryDirectory() as tmp:
        for layer, feats in (("roads_synthetic", features), ("river_synthetic", [river_feature])):
            path = os.path.join(tmp, layer + ".geojson")
            with open(path, "w", encoding="utf-8") as f:
                json.dump({"type": "FeatureCollection", "features": feats}, f, ensure_ascii=False)
            subprocess.run(["ogr2ogr", "-f", "GPKG", "-append" if layer != "roads_synthetic" else "-overwrite",
                            OUT, path, "-nln", layer, "-a_srs", "EPSG:4490", "-lco", "FID=fid"],
                           check=True, env=env)
    bridges = sum(1 for r in roads if r[2] == "T")
    print("wrote %s: %d roads (%d bridges), 1 river" % (OUT, len(roads), bridges))


if __name__ == "__main__":
    main()
