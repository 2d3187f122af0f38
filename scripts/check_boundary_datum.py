#!/usr/bin/env python3
"""Which datum are the bundled county boundaries really in?

They are declared EPSG:4326 (WGS84), yet they coincide with an Amap (GCJ-02) export of
the same counties. This compares them with an independent WGS84 source: the Beijing/Hebei
border as mapped in OpenStreetMap (two ways along 三河市, data/hebei/datum_check/,
© OpenStreetMap contributors, ODbL). For every vertex of 三河市's polygon within 1.5 km of
that border it measures the distance to the border, once taking the vertices as WGS84 and
once taking them as GCJ-02 moved back to WGS84 (the published GCJ-02 formula, inverted by
iteration). The reading that lies on the border is the datum.

Standard library only; prints the two readings and the verdict. Usage:
    python3 scripts/check_boundary_datum.py
"""
import json
import math
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
COUNTIES = os.path.join(ROOT, "data", "hebei", "hebei_counties.geojson")
BORDER = os.path.join(ROOT, "data", "hebei", "datum_check", "osm_beijing_sanhe_border.geojson")
COUNTY = "三河市"
NEAR_M = 1500.0

# GCJ-02 (the Krasovsky-based obfuscation every Chinese web map applies).
A = 6378245.0
EE = 0.00669342162296594323


def _dlat(x, y):
    r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x))
    r += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    r += (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2.0 / 3.0
    r += (160.0 * math.sin(y / 12.0 * math.pi) + 320 * math.sin(y * math.pi / 30.0)) * 2.0 / 3.0
    return r


def _dlon(x, y):
    r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x))
    r += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    r += (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2.0 / 3.0
    r += (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) * 2.0 / 3.0
    return r


def wgs_to_gcj(lon, lat):
    dlat = _dlat(lon - 105.0, lat - 35.0)
    dlon = _dlon(lon - 105.0, lat - 35.0)
    rad = lat / 180.0 * math.pi
    m = 1 - EE * math.sin(rad) ** 2
    s = math.sqrt(m)
    dlat = (dlat * 180.0) / ((A * (1 - EE)) / (m * s) * math.pi)
    dlon = (dlon * 180.0) / (A / s * math.cos(rad) * math.pi)
    return lon + dlon, lat + dlat


def gcj_to_wgs(lon, lat):
    x, y = lon, lat
    for _ in range(10):
        gx, gy = wgs_to_gcj(x, y)
        x, y = x + lon - gx, y + lat - gy
    return x, y


def metres(p, lat0):
    """Local equirectangular metres: fine over the few km compared here."""
    return p[0] * 111320.0 * math.cos(math.radians(lat0)), p[1] * 110574.0


def distance_to_line(p, line):
    best = math.inf
    for (ax, ay), (bx, by) in zip(line, line[1:]):
        dx, dy = bx - ax, by - ay
        length2 = dx * dx + dy * dy
        t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((p[0] - ax) * dx + (p[1] - ay) * dy) / length2))
        best = min(best, math.hypot(p[0] - ax - t * dx, p[1] - ay - t * dy))
    return best


def vertices(geometry):
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    for polygon in polygons:
        for ring in polygon:
            yield from ring


def main():
    with open(BORDER, encoding="utf-8") as f:
        border = [feature["geometry"]["coordinates"] for feature in json.load(f)["features"]]
    with open(COUNTIES, encoding="utf-8") as f:
        county = next(x for x in json.load(f)["features"] if x["properties"]["name"] == COUNTY)
    lat0 = border[0][0][1]
    lines = [[metres(c, lat0) for c in line] for line in border]
    lons = [c[0] for line in border for c in line]
    readings = {}
    for label, convert in (("as declared (WGS84)", lambda c: c), ("as GCJ-02", lambda c: gcj_to_wgs(*c))):
        d = []
        for c in vertices(county["geometry"]):
            if not min(lons) <= c[0] <= max(lons):
                continue
            p = metres(convert(c), lat0)
            nearest = min(distance_to_line(p, line) for line in lines)
            if nearest < NEAR_M:
                d.append(nearest)
        d.sort()
        readings[label] = (len(d), sum(d) / len(d), d[len(d) // 2])
        print(f"{COUNTY} vertices read {label:22s}: n={len(d)}  mean {readings[label][1]:5.0f} m"
              f"  median {readings[label][2]:5.0f} m from the OSM border")
    wgs, gcj = readings["as declared (WGS84)"][2], readings["as GCJ-02"][2]
    verdict = "GCJ-02" if gcj < wgs / 2 else "WGS84" if wgs < gcj / 2 else "undecided"
    print(f"verdict: the boundaries are {verdict}")
    return 0 if verdict != "undecided" else 1


if __name__ == "__main__":
    sys.exit(main())
