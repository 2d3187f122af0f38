// Issue 15's figures, as a planner meets them on the command line: the time of
// `worksmap-cli new --city` for a city of Hebei, and the rows per second of importing an
// Amap POI sheet of 1,404 hospitals with `--map` (SYNTHETIC rows in the columns Amap exports,
// written as XLSX by GDAL and as CSV). Each run is a separate process of this build's CLI,
// timed from start to exit; the median of the runs is printed.
//
//   bench_new_import [--runs N] [--rows N]

#include "bench_process.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <random>
#include <vector>

#ifndef WORKSMAP_CLI
#define WORKSMAP_CLI "worksmap-cli"
#endif

namespace {

using Clock = std::chrono::steady_clock;

/// Runs the CLI with `args`; seconds from start to exit, or a negative value on failure.
double timedRun(const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    const auto start = Clock::now();
    p.start(QStringLiteral(WORKSMAP_CLI), args);
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "failed: %s\n%s\n", qPrintable(args.join(u' ')),
                     p.readAll().constData());
        return -1;
    }
    return std::chrono::duration<double>(Clock::now() - start).count();
}

/// A SYNTHETIC Amap hospital export: the columns and type words of a real one, invented
/// names and positions (GCJ-02 around Xingtai).
QString writePoiCsv(const QString& dir, int rows)
{
    const QStringList subtypes = {QStringLiteral("综合医院"), QStringLiteral("卫生院"),
                                  QStringLiteral("诊所"),     QStringLiteral("社区卫生服务中心"),
                                  QStringLiteral("村卫生室"), QStringLiteral("乡镇卫生院")};
    std::mt19937 random(1404);
    std::uniform_real_distribution<double> lon(114.0, 115.6), lat(36.8, 37.8);
    QString text = QStringLiteral("医院名称,医院大类,医院次类,医院小类,经度,纬度,区域代码\n");
    for (int i = 0; i < rows; ++i) {
        const QString sub = subtypes[int(random() % unsigned(subtypes.size()))];
        text += QStringLiteral("合成医疗机构%1号,医疗保健服务,%2,%2,%3,%4,1305%5\n")
                    .arg(i + 1)
                    .arg(sub)
                    .arg(lon(random), 0, 'f', 6)
                    .arg(lat(random), 0, 'f', 6)
                    .arg(22 + i % 14, 2, 10, QLatin1Char('0'));
    }
    const QString path = QDir(dir).filePath(QStringLiteral("amap_hospitals_synthetic.csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0)
        return {};
    return path;
}

void usage(std::FILE* out)
{
    std::fprintf(out, "usage: bench_new_import [--runs N] [--rows N]\n"
                      "  --runs N  timed runs of each command (default 5)\n"
                      "  --rows N  rows of the SYNTHETIC POI sheet (default 1404)\n");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int runs = 5, rows = 1404;
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == QLatin1String("--runs") && i + 1 < argc)
            runs = std::max(1, QString::fromLocal8Bit(argv[++i]).toInt());
        else if (a == QLatin1String("--rows") && i + 1 < argc)
            rows = std::max(1, QString::fromLocal8Bit(argv[++i]).toInt());
        else {
            usage(a == QLatin1String("--help") ? stdout : stderr);
            return a == QLatin1String("--help") ? 0 : 2;
        }
    }
    QTemporaryDir dir;
    std::printf("machine: %s, %d runs each, median\n", wmbench::cpuModel().c_str(), runs);

    for (const char* city : {"承德市", "邢台市", "石家庄市"}) {
        std::vector<double> t;
        for (int r = 0; r < runs; ++r) {
            const QString out = dir.filePath(QStringLiteral("new_%1_%2").arg(city).arg(r));
            t.push_back(timedRun({QStringLiteral("new"), QStringLiteral("--city"),
                                  QString::fromUtf8(city), QStringLiteral("--out"), out}));
            if (t.back() < 0)
                return 1;
        }
        std::printf("new --city %-10s %7.3f s\n", city, wmbench::median(t));
    }

    const QString csv = writePoiCsv(dir.path(), rows);
    const QString xlsx = dir.filePath(QStringLiteral("amap_hospitals_synthetic.xlsx"));
    // The XLSX as GDAL writes it (the sheet tests cover LibreOffice's too).
    QProcess convert;
    convert.start(QStringLiteral("ogr2ogr"),
                  {QStringLiteral("-f"), QStringLiteral("XLSX"), xlsx, csv, QStringLiteral("-nln"),
                   QStringLiteral("hospitals")});
    if (csv.isEmpty() || !convert.waitForFinished(60000) || convert.exitCode() != 0) {
        std::fprintf(stderr, "cannot write the SYNTHETIC POI sheet\n");
        return 1;
    }
    for (const QString& sheet : {csv, xlsx}) {
        std::vector<double> t;
        for (int r = 0; r < runs; ++r) {
            const QString out = dir.filePath(QStringLiteral("poi_%1.gpkg").arg(r));
            QFile::remove(out);
            t.push_back(timedRun({QStringLiteral("import"), sheet, QStringLiteral("--role"),
                                  QStringLiteral("facility"), QStringLiteral("--map"),
                                  QStringLiteral("医院次类"), QStringLiteral("--coordinates"),
                                  QStringLiteral("gcj02"), QStringLiteral("--out"), out}));
            if (t.back() < 0)
                return 1;
        }
        const double m = wmbench::median(t);
        std::printf("import %d POI rows (%s, --map 医院次类): %6.3f s, %6.0f rows/s\n", rows,
                    sheet.endsWith(QLatin1String(".xlsx")) ? "XLSX" : "CSV ", m, rows / m);
    }
    return 0;
}
