// Name-matching benchmark (issue 6): time to match every village of the Xingtai division
// table, as planners' lists write the names, back to its 12-digit code, and the share of
// each match quality. The list is SYNTHETIC, written by scripts/perturb_village_names.py
// (suffixes dropped, spaces, old district names, 5 % one-character typos) with the
// expected code of each row. Loading the division table is timed apart.
//
//   bench_gazetteer [--runs N] [LIST.csv]   (default: generated into /tmp/worksmap-bench)

#include "analysis/gazetteer.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace {
using Clock = std::chrono::steady_clock;

struct ListRow {
    QString county, township, village, expected, perturbation;
};

std::vector<ListRow> readList(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    std::vector<ListRow> rows;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList c = lines[i].trimmed().split(u',');
        if (c.size() >= 5)
            rows.push_back({c[0], c[1], c[2], c[3], c[4]});
    }
    return rows;
}

double seconds(Clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int runs = 5;
    QString list = QStringLiteral("/tmp/worksmap-bench/villages_perturbed_synthetic.csv");
    bool given = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--runs" && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (!a.empty() && a[0] != '-') {
            list = QString::fromLocal8Bit(argv[i]);
            given = true;
        } else {
            std::fprintf(stderr, "usage: bench_gazetteer [--runs N] [LIST.csv]\n");
            return 2;
        }
    }
    if (!given) {
        // The same script a user runs, so the figures can be reproduced by hand.
        const int rc = QProcess::execute(
            QStringLiteral("python3"),
            {QStringLiteral(WORKSMAP_SOURCE_DIR "/scripts/perturb_village_names.py"), list});
        if (rc != 0) {
            std::fprintf(stderr, "bench_gazetteer: cannot generate the list (python3)\n");
            return 1;
        }
    }
    const std::vector<ListRow> rows = readList(list);
    if (rows.empty()) {
        std::fprintf(stderr, "bench_gazetteer: no rows in %s\n", qPrintable(list));
        return 1;
    }
    const auto t0 = Clock::now();
    const wm::Gazetteer gazetteer =
        wm::Gazetteer::load(QStringLiteral(WORKSMAP_DEMO_DIR "/reference/xingtai_villages.csv"));
    const double loadSeconds = seconds(Clock::now() - t0);

    std::vector<double> times;
    std::vector<wm::Gazetteer::MatchResult> results(rows.size());
    for (int r = 0; r < runs; ++r) {
        const auto start = Clock::now();
        for (std::size_t i = 0; i < rows.size(); ++i)
            results[i] = gazetteer.match(rows[i].county, rows[i].township, rows[i].village);
        times.push_back(seconds(Clock::now() - start));
    }
    std::sort(times.begin(), times.end());

    std::map<int, int> byQuality;
    int wrong = 0, typos = 0, typoSuggested = 0, typoWrong = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& m = results[i];
        ++byQuality[int(m.quality)];
        const bool typo = rows[i].perturbation.contains(QStringLiteral("typo"));
        const bool isWrong = !m.code.isEmpty() && m.code != rows[i].expected;
        wrong += isWrong ? 1 : 0;
        if (typo) {
            ++typos;
            typoWrong += isWrong ? 1 : 0;
            for (const auto& c : m.candidates)
                if (c.code == rows[i].expected) {
                    ++typoSuggested;
                    break;
                }
        }
    }
    const char* names[] = {"exact", "normalised", "fuzzy", "ambiguous", "none"};
    std::printf("WorksMap name-matching benchmark\n  list : %s (SYNTHETIC, %zu rows)\n",
                qPrintable(list), rows.size());
    std::printf("  table: %d counties, %d townships, %d villages, loaded in %.3f s\n",
                gazetteer.countyCount(), gazetteer.townshipCount(), gazetteer.villageCount(),
                loadSeconds);
    std::printf("  match: median %.4f s, min %.4f s over %d runs (%.2f us per row)\n\n",
                times[times.size() / 2], times.front(), runs,
                times[times.size() / 2] / double(rows.size()) * 1e6);
    for (int q = 0; q < 5; ++q)
        std::printf("  %-10s %5d  %5.1f %%\n", names[q], byQuality[q],
                    100.0 * byQuality[q] / double(rows.size()));
    std::printf("\n  codes given that differ from the expected one: %d (of them typo rows whose "
                "typo made another real name: %d)\n",
                wrong, typoWrong);
    std::printf("  typo rows: %d; the right village among the candidates: %d\n", typos,
                typoSuggested);
    return 0;
}
