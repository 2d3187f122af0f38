#!/usr/bin/env bash
# Writes the SYNTHETIC spreadsheet fixtures of tests/fixtures/sheets/ the way other tools write
# them: LibreOffice Calc (soffice --convert-to) and GDAL (ogr2ogr), each from the same CSV,
# with and without a title row. Run once by hand (needs libreoffice-calc-nogui and
# gdal-bin); the files are committed so the test suite does not need LibreOffice.
set -euo pipefail
out="$(cd "$(dirname "$0")/.." && pwd)/tests/fixtures/sheets"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

# 75 parking sites, and the same under a title row as bureaus send them.
python3 - "$tmp" <<'PY'
import csv, sys, os
tmp = sys.argv[1]
counties = ["信都区", "襄都区", "任泽区", "南和区", "临城县"]
rows = [[f"停车场{i}（合成）", counties[i % len(counties)], str(i * 10)] for i in range(1, 76)]
def write(name, title, body):
    with open(os.path.join(tmp, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        if title:
            w.writerow(["2021年公共停车场建设任务表（合成数据）", "", ""])
        w.writerow(["停车场名称", "县（市、区）", "泊位数"])
        w.writerows(body)
write("synthetic_parking_75.csv", False, rows)
write("synthetic_parking_75_titled.csv", True, rows)
write("synthetic_parking_1.csv", False, rows[:1])
PY
cp "$tmp/synthetic_parking_75.csv" "$out/"

# LibreOffice: CSV filter 44 (,) 34 (") 76 (UTF-8), first line 1.
for stem in synthetic_parking_75 synthetic_parking_75_titled synthetic_parking_1; do
    for fmt in xls xlsx ods; do
        soffice --headless --infilter="CSV:44,34,76,1" --convert-to "$fmt" \
            --outdir "$tmp/lo" "$tmp/$stem.csv" >/dev/null
        cp "$tmp/lo/$stem.$fmt" "$out/${stem}_libreoffice.$fmt"
    done
done

# GDAL: a typed CSV (numbers stay numbers, as an export from a database would), and the
# titled CSV read without a header so the title and header land as rows under GDAL's own
# field-name row.
printf '"String","String","Integer"\n' >"$tmp/synthetic_parking_75.csvt"
for fmt in xlsx ods; do
    drv=$(echo "$fmt" | tr a-z A-Z)
    ogr2ogr -f "$drv" "$out/synthetic_parking_75_gdal.$fmt" "$tmp/synthetic_parking_75.csv" \
        -nln parking
    ogr2ogr -f "$drv" "$out/synthetic_parking_75_titled_gdal.$fmt" \
        "$tmp/synthetic_parking_75_titled.csv" -oo HEADERS=NO -nln parking
done
echo "wrote $(ls "$out" | wc -l) files to $out"
