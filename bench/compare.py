#!/usr/bin/python3
"""WorksMap and QGIS side by side, in one run: the city-scale figures of issue 18.

Runs, on the SYNTHETIC city-scale data the benchmarks generate (19 Xingtai counties,
1,000,000 points, 200,000 pipe segments; 50,000 villages / 2,000 facilities / 20,000
pipes for the checks):

  build/bench/bench_render --case dense   full render 1920x1080, redraw with warm caches,
                                          load of the layers, peak memory
  build/bench/bench_render --case demo    the bundled demo (13k features) and the pan repaint
  build/bench/bench_load --case points    the 1M-point GeoPackage alone (bulk read)
  bench/qgis_render_compare.py            QGIS 3.22 rendering the same dense map
  build/bench/bench_check_run             worksmap-cli check vs qgis_process, three measures

then prints one table (figure, WorksMap, QGIS, ratio, goal) and writes everything, raw
JSON lines included, to bench/results/<UTC date>-<commit>.json. QGIS parts are skipped
(and said so) when python3-qgis / qgis_process are not installed.

    bench/compare.py [--runs N] [--build-dir build] [--data-dir /tmp/worksmap-bench]
                     [--no-qgis] [--out FILE]
"""

import argparse
import datetime
import json
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# QGIS's Python is the system's: an interpreter found first on PATH (pyenv, a venv) would
# make qgis_process's embedded Python look for its modules in the wrong place.
SYSTEM_PATH = "/usr/sbin:/usr/bin:/sbin:/bin"
QGIS_ENV = dict(os.environ, PATH=SYSTEM_PATH, QT_QPA_PLATFORM="offscreen")


def run(cmd, env=None):
    """Runs a benchmark; returns its JSON lines (dicts) and its exit code."""
    print("$ " + " ".join(cmd), file=sys.stderr, flush=True)
    proc = subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    lines = []
    for line in proc.stdout.splitlines():
        line = line.strip()
        if line.startswith("{") and line.endswith("}"):
            try:
                lines.append(json.loads(line))
            except json.JSONDecodeError:
                pass
    if proc.returncode != 0:
        print(f"  (exit {proc.returncode})", file=sys.stderr)
    return lines, proc.returncode


def pick(lines, **match):
    for d in lines:
        if all(d.get(k) == v for k, v in match.items()):
            return d
    return None


def git_commit():
    try:
        return subprocess.run(["git", "rev-parse", "--short=12", "HEAD"], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def has_qgis_python():
    return subprocess.run(["/usr/bin/python3", "-c", "import qgis.core"], env=QGIS_ENV,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--build-dir", default=os.path.join(ROOT, "build"))
    ap.add_argument("--data-dir", default="/tmp/worksmap-bench")
    ap.add_argument("--no-qgis", action="store_true")
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    bench = os.path.join(args.build_dir, "bench")
    runs = str(args.runs)
    qgis_render = not args.no_qgis and has_qgis_python()
    qgis_process = not args.no_qgis and shutil.which("qgis_process", path=SYSTEM_PATH) is not None

    raw = {}
    raw["render"], _ = run([os.path.join(bench, "bench_render"), "--runs", runs, "--case", "all",
                            "--data-dir", args.data_dir])
    raw["load"], _ = run([os.path.join(bench, "bench_load"), "--runs", runs, "--case", "points",
                          "--data-dir", args.data_dir])
    if qgis_render:
        raw["qgis_render"], _ = run(["/usr/bin/python3",
                                     os.path.join(ROOT, "bench", "qgis_render_compare.py"),
                                     "--runs", runs, "--data-dir", args.data_dir], env=QGIS_ENV)
    check_cmd = [os.path.join(bench, "bench_check_run"), "--runs", runs, "--out-dir",
                 os.path.join(args.data_dir, "check_run")]
    if not qgis_process:
        check_cmd.append("--no-qgis")
    raw["checks"], _ = run(check_cmd, env=QGIS_ENV if qgis_process else None)

    dense = pick(raw["render"], case="dense") or {}
    demo = pick(raw["render"], case="demo") or {}
    pan = pick(raw["render"], case="pan") or {}
    points = pick(raw["load"], case="points") or {}
    qdense = pick(raw.get("qgis_render", []), case="qgis_dense") or {}
    checks = pick(raw["checks"], tool="worksmap-cli", case="all") or {}
    qchecks = [d for d in raw["checks"] if d.get("tool") == "qgis_process"]
    qchecks_s = sum(d["wall_s"] for d in qchecks) if qchecks else None

    def row(name, ours, theirs, goal, lower_is_better=True, unit="s"):
        ratio = (theirs / ours) if (ours and theirs) else None
        met = None
        if ours is not None and goal is not None:
            met = ours <= goal if lower_is_better else ours >= goal
        return {"figure": name, "worksmap": ours, "qgis": theirs, "unit": unit,
                "qgis_over_worksmap": round(ratio, 2) if ratio else None, "goal": goal,
                "met": met}

    table = [
        row("full render 1920x1080 (dense)", dense.get("median_s"), qdense.get("median_s"), 0.30),
        row("first frame of a just-opened map", dense.get("first_frame_s"), None, 0.10),
        row("redraw of the same view, caches warm", dense.get("repeat_median_s"), None, 0.15),
        row("redraw after one wheel notch in", dense.get("zoom_median_s"), None, 0.15),
        row("load counties + 1M points + 200k pipes", dense.get("load_s"), None, 1.2),
        row("load 1M points alone", points.get("median_s"), None, None),
        row("peak memory, loaded + rendered", dense.get("peak_rss_mb"), qdense.get("peak_rss_mb"),
            200, unit="MB"),
        row("check, three measures after loading", checks.get("rules_s"), None, 0.15),
        row("check, three measures, whole process", checks.get("wall_s"), qchecks_s, None),
        row("demo render (13k features)", demo.get("median_s"), None, 0.06),
        row("pan repaint", (pan.get("median_ms") or 0) / 1000 or None, None, 0.0003),
    ]

    print(f"\n{'figure':<42} {'WorksMap':>10} {'QGIS':>10} {'QGIS/WM':>8} {'goal':>8}  met")
    for r in table:
        def fmt(v):
            return "-" if v is None else (f"{v:.1f}" if r["unit"] == "MB" else f"{v:.4f}")
        ratio = "-" if r["qgis_over_worksmap"] is None else f"{r['qgis_over_worksmap']:.2f}x"
        met = "-" if r["met"] is None else ("yes" if r["met"] else "NO")
        print(f"{r['figure']:<42} {fmt(r['worksmap']):>10} {fmt(r['qgis']):>10} {ratio:>8} "
              f"{fmt(r['goal']):>8}  {met}   ({r['unit']})")
    if not qgis_render or not qgis_process:
        print("\nQGIS: " + ("render skipped (no python3-qgis) " if not qgis_render else "") +
              ("qgis_process skipped (not installed)" if not qgis_process else ""))

    result = {
        "commit": git_commit(),
        "date_utc": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "cores": os.cpu_count(),
        "runs": args.runs,
        "data": "SYNTHETIC (fixed seed 42), generated by the benchmarks into " + args.data_dir,
        "table": table,
        "raw": raw,
    }
    out = args.out
    if not out:
        os.makedirs(os.path.join(ROOT, "bench", "results"), exist_ok=True)
        stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d")
        out = os.path.join(ROOT, "bench", "results", f"{stamp}-{result['commit']}.json")
    with open(out + ".tmp", "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1, ensure_ascii=False)
        f.write("\n")
    os.replace(out + ".tmp", out)
    print(f"\nwritten: {os.path.relpath(out, ROOT)}")


if __name__ == "__main__":
    main()
