// Worst load time of a layer holding one self-intersecting "spiky" polygon (issue 17:
// 10,000 such vertices made MakeValid run over 30 s in 2.9 GB; 1,000,000 timed out every
// verb). Plain timed main: writes each fixture as GeoJSON in a temporary folder, reads it
// with VectorReader (the path of every verb) and prints time, outcome and peak memory.
//
//   bench_repair [VERTICES…]   (default 10000 1000000)
#include "core/geometry_repair.h"
#include "core/layer.h"
#include "io/vector_reader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cmath>
#include <cstdio>
#include <numeric>

using namespace wm;

namespace {

/// Star polygon {n/k} with k near n/3 and alternating radii: every edge crosses a large
/// share of the others, the worst case for MakeValid. Lon/lat around Xingtai.
QByteArray starGeoJson(int n)
{
    int k = n / 3;
    while (std::gcd(n, k) != 1)
        ++k;
    QByteArray ring;
    ring.reserve(n * 40);
    for (int i = 0; i <= n; ++i) {
        const int j = i % n;
        const double a = 2 * M_PI * double(qint64(j) * k % n) / n;
        const double r = j % 2 ? 0.1 : 0.07;
        ring += '[' + QByteArray::number(114.5 + r * std::cos(a), 'f', 9) + ',' +
                QByteArray::number(37.3 + r * std::sin(a), 'f', 9) + "],";
    }
    ring.chop(1);
    return R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"spiky"},"geometry":{"type":"Polygon","coordinates":[[)" +
           ring + "]]}}]}";
}

double peakMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024.0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes << QByteArray(argv[i]).toInt();
    if (sizes.isEmpty())
        sizes = {10000, 1000000};
    QTemporaryDir dir;
    std::printf("budget: %.1f s per geometry, at most %lld vertices checked\n",
                RepairBudget{}.seconds, static_cast<long long>(RepairBudget{}.maxVertices));
    for (const int n : sizes) {
        const QString path = dir.filePath(QStringLiteral("spiky_%1.geojson").arg(n));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(starGeoJson(n)) < 0)
            return 1;
        f.close();
        QElapsedTimer t;
        t.start();
        const Layer layer = VectorReader::read(path);
        const LoadReport& r = layer.report;
        std::printf("%8d vertices: load %7.0f ms; repaired %lld, unrepairable %lld, over budget "
                    "%lld; peak RSS %.0f MB\n",
                    n, double(t.elapsed()), static_cast<long long>(r.repaired),
                    static_cast<long long>(r.unrepairable), static_cast<long long>(r.overBudget),
                    peakMb());
        std::fflush(stdout);
    }
    return 0;
}
