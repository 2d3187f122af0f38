// Export benchmark (issue 5): wall time and file size of
//   a3-pdf   the demo overview map as an A3 portrait PDF at 300 dpi (vector),
//   a3-png   the same page as a PNG at 300 dpi (3508 × 4961 px),
//   atlas    the 19-page county atlas (A4 portrait, 200 dpi) as one PDF,
// on the bundled Xingtai 2021 demo (real boundaries, SYNTHETIC works layers). Loading
// the project is not timed; each case runs `--runs` times in this process (the median is
// reported) after one untimed warm-up that loads fonts and styles.
//
//   bench_export [--runs N] [--out DIR]

#include "bench_process.h"

#include "core/resource_paths.h"
#include "io/project_opener.h"
#include "render/page_content.h"
#include "render/page_export.h"
#include "render/project_styles.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

#include <gdal_priv.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <thread>
#include <vector>

namespace {
using Clock = std::chrono::steady_clock;

void usage(std::FILE* out)
{
    std::fprintf(out, "usage: bench_export [--runs N] [--out DIR]\n"
                      "  --runs N   timed runs per case (default 3)\n"
                      "  --out DIR  where the files go (default /tmp/worksmap-bench-export)\n");
}
} // namespace

int main(int argc, char** argv)
{
    int runs = 3;
    QString outDir = QDir::temp().filePath(QStringLiteral("worksmap-bench-export"));
    for (wmbench::Options o(argc, argv, "bench_export", usage); o.next();) {
        if (o.is("--runs"))
            runs = o.count(1, 1000);
        else if (o.is("--out"))
            outDir = QString::fromStdString(o.value());
        else
            o.unknown();
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    GDALAllRegister();
    QDir().mkpath(outDir);

    const wm::RoleRegistry roles = wm::RoleRegistry::load(wm::layerRolesDir());
    const wm::LoadedProject project = wm::openProjectOrDataset(
        QStringLiteral(WORKSMAP_DEMO_DIR "/xingtai-2021.worksmap.json"), roles);
    const QVector<wm::Style> styles = wm::loadProjectStyles(project, roles);
    const QString layouts = QDir(wm::stylesDir()).filePath(QStringLiteral("layouts"));
    const wm::PageTemplate a3 =
        wm::PageTemplate::load(QDir(layouts).filePath(QStringLiteral("a3-portrait.json")));
    const wm::PageTemplate atlasPage =
        wm::PageTemplate::load(QDir(layouts).filePath(QStringLiteral("a4-atlas.json")));

    struct Case {
        const char* name;
        QString file;
        std::function<void()> run;
    };
    const QString pdf = QDir(outDir).filePath(QStringLiteral("overview-a3.pdf"));
    const QString png = QDir(outDir).filePath(QStringLiteral("overview-a3.png"));
    const QString atlas = QDir(outDir).filePath(QStringLiteral("atlas.pdf"));
    auto overview = [&] {
        return wm::PageLayout(a3, wm::projectPageContent(project, styles, a3, project.project.name,
                                                         QString(), project.extent));
    };
    const std::vector<Case> cases{
        {"a3-pdf", pdf, [&] { wm::exportPage(overview(), pdf); }},
        {"a3-png", png, [&] { wm::exportPage(overview(), png); }},
        {"atlas", atlas,
         [&] {
             wm::AtlasOptions options;
             options.boundaryLayer = QStringLiteral("counties");
             options.subtitle = project.project.name;
             std::vector<wm::PageLayout> pages;
             for (wm::AtlasPage& p : wm::atlasPages(project, styles, atlasPage, options))
                 pages.push_back(std::move(p.layout));
             wm::exportPdf(pages, atlas);
         }},
    };

    std::printf("WorksMap export benchmark\n  machine: %u cores\n  data   : Xingtai 2021 demo "
                "(real boundaries, SYNTHETIC works layers)\n  runs   : %d per case, median; "
                "loading not timed\n\n",
                std::thread::hardware_concurrency(), runs);
    std::printf("%-8s %9s %9s %12s  %s\n", "case", "median_s", "min_s", "size_mb", "file");
    for (const Case& c : cases) {
        c.run(); // warm-up: fonts, marker caches
        std::vector<double> t;
        for (int i = 0; i < runs; ++i) {
            const auto start = Clock::now();
            c.run();
            t.push_back(std::chrono::duration<double>(Clock::now() - start).count());
        }
        std::printf("%-8s %9.3f %9.3f %12.2f  %s\n", c.name, wmbench::median(t),
                    *std::min_element(t.begin(), t.end()),
                    double(QFileInfo(c.file).size()) / (1024.0 * 1024.0), qPrintable(c.file));
    }
    return 0;
}
