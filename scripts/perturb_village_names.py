#!/usr/bin/env python3
"""Writes a SYNTHETIC village list for the name-matching benchmark (bench_gazetteer).

Every village of the bundled Xingtai division table, written as planners' lists write it:
county suffix dropped or the pre-2020 district name, township suffix dropped / a space added /
township left out, the committee suffix dropped, a space inside the name, and one character of
the name replaced in 5 % of the rows (by a character taken from another village name of the
table). Deterministic (random.Random(20210601)). Columns: county, township, village,
expected_code, perturbation.

Usage: scripts/perturb_village_names.py [OUT.csv]   (default /tmp/worksmap-bench/villages_perturbed_synthetic.csv)
"""
import csv
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TABLE = os.path.join(ROOT, "data", "xingtai-2021", "reference", "xingtai_villages.csv")
OLD_NAMES = {"襄都区": "桥东区", "信都区": "桥西区", "任泽区": "任县", "南和区": "南和县"}
VILLAGE_SUFFIXES = ["村民委员会", "居民委员会", "村委会", "居委会"]
TOWNSHIP_SUFFIXES = ["街道办事处", "办事处", "街道", "乡", "镇"]


def chop(name, suffixes):
    for s in suffixes:
        if len(name) > len(s) and name.endswith(s):
            return name[: -len(s)]
    return name


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/worksmap-bench/villages_perturbed_synthetic.csv"
    os.makedirs(os.path.dirname(out), exist_ok=True)
    rng = random.Random(20210601)
    with open(TABLE, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    chars = sorted({c for r in rows for c in r["name"]})
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["county", "township", "village", "expected_code", "perturbation", "synthetic"])
        for r in rows:
            county, township, village = r["county"], r["township"], r["name"]
            done = []
            if county in OLD_NAMES and rng.random() < 0.25:
                county, _ = OLD_NAMES[county], done.append("old county name")
            elif rng.random() < 0.33:
                county, _ = chop(county, ["县", "市", "区"]), done.append("county suffix")
            roll = rng.random()
            if roll < 0.05:
                township, _ = "", done.append("no township")
            elif roll < 0.55:
                township, _ = chop(township, TOWNSHIP_SUFFIXES), done.append("township suffix")
            elif roll < 0.75:
                township = township[:1] + " " + township[1:]
                done.append("township space")
            village = chop(village, VILLAGE_SUFFIXES)
            if rng.random() < 0.2 and len(village) > 2:
                village = village[:1] + " " + village[1:]
                done.append("village space")
            if rng.random() < 0.05 and len(village) >= 2:
                i = rng.randrange(len(village))
                if village[i] != " ":
                    village = village[:i] + rng.choice(chars) + village[i + 1 :]
                    done.append("typo")
            w.writerow([county, township, village, r["code"], "; ".join(done), 1])
    print(out)


if __name__ == "__main__":
    main()
