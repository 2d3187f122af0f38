#include "core/error.h"
#include "core/resource_paths.h"
#include "io/project_opener.h"
#include "render/page_content.h"
#include "render/page_export.h"
#include "render/project_styles.h"
#include "support/test_support.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace wm;

namespace {
const LoadedProject& demoProject()
{
    static const LoadedProject p = openProjectOrDataset(
        test::demo(QStringLiteral("xingtai-2021.worksmap.json")), test::shippedRoles());
    return p;
}

const QVector<Style>& demoStyles()
{
    static const QVector<Style> s = loadProjectStyles(demoProject(), test::shippedRoles());
    return s;
}

PageTemplate shippedTemplate(const char* name)
{
    return PageTemplate::load(
        QDir(stylesDir())
            .filePath(QStringLiteral("layouts/%1.json").arg(QString::fromLatin1(name))));
}

PageLayout demoPage(PageTemplate t, const QString& title = QStringLiteral("邢台市2021年民生工程"))
{
    return PageLayout(t, projectPageContent(demoProject(), demoStyles(), t, title,
                                            QStringLiteral("演示 demo"), {}));
}

/// Runs a poppler tool; empty when it is not installed.
QString poppler(const QString& tool, const QStringList& args)
{
    if (QStandardPaths::findExecutable(tool).isEmpty())
        return {};
    QProcess p;
    p.start(tool, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

TEST(ScaleBar, RoundLengthsAndLabelsForKnownScales)
{
    // 1:100,000, at most 40 mm = 4 km on the ground: 2 km (20 mm) in 4 divisions.
    ScaleBarSpec s = scaleBarFor(100000, 40);
    EXPECT_DOUBLE_EQ(s.metres, 2000);
    EXPECT_DOUBLE_EQ(s.lengthMm, 20);
    EXPECT_EQ(s.divisions, 4);
    EXPECT_EQ(s.unit, QStringLiteral("km"));
    EXPECT_EQ(s.labels, (QStringList{"0", "0.5", "1", "1.5", "2"}));
    // 1:5,000, at most 50 mm = 250 m: 200 m (40 mm) in metres.
    s = scaleBarFor(5000, 50);
    EXPECT_DOUBLE_EQ(s.metres, 200);
    EXPECT_DOUBLE_EQ(s.lengthMm, 40);
    EXPECT_EQ(s.unit, QStringLiteral("m"));
    EXPECT_EQ(s.labels.last(), QStringLiteral("200"));
    // 1:1,000,000, at most 50 mm = exactly 50 km: 5 divisions of 10 km.
    s = scaleBarFor(1000000, 50);
    EXPECT_DOUBLE_EQ(s.metres, 50000);
    EXPECT_EQ(s.divisions, 5);
    EXPECT_EQ(s.labels, (QStringList{"0", "10", "20", "30", "40", "50"}));
}

TEST(ScaleBar, ReadableScalesRoundUp)
{
    EXPECT_DOUBLE_EQ(readableScaleDenominator(37400), 40000);
    EXPECT_DOUBLE_EQ(readableScaleDenominator(100000), 100000);
    EXPECT_DOUBLE_EQ(readableScaleDenominator(100001), 120000);
    EXPECT_DOUBLE_EQ(readableScaleDenominator(210000), 250000);
    EXPECT_DOUBLE_EQ(readableScaleDenominator(810000), 1000000);
}

TEST(PageTemplate, ReadsSizesAndRejectsNonsense)
{
    const PageTemplate a3 = shippedTemplate("a3-portrait");
    EXPECT_EQ(a3.pageMm, QSizeF(297, 420));
    EXPECT_DOUBLE_EQ(a3.marginsMm.left(), 12);
    QJsonObject custom{{QStringLiteral("page"), QJsonArray{500, 300}},
                       {QStringLiteral("orientation"), QStringLiteral("portrait")},
                       {QStringLiteral("margins"), QJsonArray{5, 6, 7, 8}}};
    const PageTemplate t = PageTemplate::fromJson(custom, QStringLiteral("t.json"));
    EXPECT_EQ(t.pageMm, QSizeF(300, 500));
    EXPECT_DOUBLE_EQ(t.marginsMm.top(), 5);
    EXPECT_DOUBLE_EQ(t.marginsMm.left(), 8);
    EXPECT_THROW(PageTemplate::fromJson({{QStringLiteral("page"), QStringLiteral("B7")}},
                                        QStringLiteral("t.json")),
                 Error);
    EXPECT_THROW(PageTemplate::fromJson({{QStringLiteral("dpi"), 5}}, QStringLiteral("t.json")),
                 Error);
}

TEST(PageLayout, ElementsAreDisjointInsideTheMarginsAndTheMapFitsItsExtent)
{
    for (const char* name : {"a4-landscape", "a3-portrait", "a4-atlas"}) {
        const PageTemplate t = shippedTemplate(name);
        const PageLayout page = demoPage(t);
        const QRectF inside = QRectF(QPointF(0, 0), t.pageMm).marginsRemoved(t.marginsMm);
        const auto& e = page.elements();
        ASSERT_GE(e.size(), 7u) << name; // title, subtitle, map, legend, bar, arrow, notes
        EXPECT_TRUE(page.rect(PageElement::Inset).isNull()) << name; // the map shows it all
        for (std::size_t i = 0; i < e.size(); ++i) {
            EXPECT_TRUE(inside.adjusted(-1e-9, -1e-9, 1e-9, 1e-9).contains(e[i].rectMm))
                << name << " element " << e[i].kind;
            for (std::size_t j = i + 1; j < e.size(); ++j)
                EXPECT_FALSE(e[i].rectMm.intersects(e[j].rectMm))
                    << name << ": " << e[i].kind << " overlaps " << e[j].kind;
        }
        // The map shows the whole project at a readable scale, with the frame's aspect.
        const Extent shown = page.mapExtent();
        const Extent& all = demoProject().extent;
        EXPECT_LE(shown.xMin, all.xMin);
        EXPECT_GE(shown.xMax, all.xMax);
        EXPECT_LE(shown.yMin, all.yMin);
        EXPECT_GE(shown.yMax, all.yMax);
        EXPECT_DOUBLE_EQ(page.scaleDenominator(),
                         readableScaleDenominator(page.scaleDenominator()));
        const QRectF frame = page.rect(PageElement::Map);
        EXPECT_NEAR(shown.width() / shown.height(), frame.width() / frame.height(), 1e-9);
        // 1:N means N mm of ground per mm of paper.
        EXPECT_NEAR(shown.width() / (frame.width() / 1000.0), page.scaleDenominator(), 1e-6);
    }
}

TEST(PageLayout, APartOfTheAreaGetsAnInsetBesideTheMap)
{
    const PageTemplate t = shippedTemplate("a4-landscape");
    const LoadedLayer* counties = demoProject().layer(QStringLiteral("counties"));
    ASSERT_NE(counties, nullptr);
    const Extent one = counties->data->envelope(4).buffered(0.1);
    const PageLayout page(
        t, projectPageContent(demoProject(), demoStyles(), t, QStringLiteral("t"), {}, one));
    const QRectF inset = page.rect(PageElement::Inset);
    const QRectF map = page.rect(PageElement::Map);
    ASSERT_FALSE(inset.isNull());
    EXPECT_GE(inset.left(), map.right()); // beside the map, not over its data
    for (const PageElement& e : page.elements()) {
        if (e.kind != PageElement::Inset) {
            EXPECT_FALSE(e.rectMm.intersects(inset)) << e.kind;
        }
    }
}

TEST(PageLayout, LegendHasOneEntryPerVisibleStyleClass)
{
    const PageTemplate t = shippedTemplate("a4-landscape");
    const PageContent c =
        projectPageContent(demoProject(), demoStyles(), t, QStringLiteral("t"), {}, {});
    std::size_t expectedBlocks = 0;
    for (int i = 0; i < demoProject().layers.size(); ++i) {
        const LoadedLayer& l = demoProject().layers[i];
        if (!l.entry.visible || !l.data || l.data->kind == GeometryKind::None)
            continue;
        ++expectedBlocks;
        const Style& s = demoStyles()[i];
        const auto block =
            std::find_if(c.legend.begin(), c.legend.end(),
                         [&](const LegendBlock& b) { return b.title == l.entry.displayName(); });
        ASSERT_NE(block, c.legend.end()) << l.entry.id.toStdString();
        // The classes some feature is drawn with, those drawn alike (label and symbol) once,
        // and "other" for values outside every class.
        std::size_t classes = 1;
        if (s.type == StyleType::Categorized) {
            const int col = l.data->attributes.indexOf(s.field);
            std::vector<std::pair<QString, Symbol>> seen;
            bool other = false;
            for (qsizetype f = 0; f < l.data->featureCount(); ++f) {
                const QString v = l.data->attributes.toString(f, col);
                const auto c = std::find_if(s.categories.begin(), s.categories.end(),
                                            [&v](const Category& k) { return k.value == v; });
                if (c == s.categories.end()) {
                    other = true;
                    continue;
                }
                const std::pair<QString, Symbol> entry{c->label.isEmpty() ? c->value : c->label,
                                                       c->symbol};
                if (std::find(seen.begin(), seen.end(), entry) == seen.end())
                    seen.push_back(entry);
            }
            classes = seen.size() + (other ? 1 : 0);
        } else if (s.type == StyleType::Graduated) {
            classes = s.classes.size();
        }
        EXPECT_EQ(block->items.size(), classes) << l.entry.id.toStdString();
    }
    EXPECT_EQ(c.legend.size(), expectedBlocks);
    // A layer the template leaves out is not in the legend.
    PageTemplate without = t;
    without.legendExclude << QStringLiteral("villages");
    const PageContent fewer =
        projectPageContent(demoProject(), demoStyles(), without, QStringLiteral("t"), {}, {});
    EXPECT_EQ(fewer.legend.size(), expectedBlocks - 1);
    // Synthetic layers are named in the notes.
    EXPECT_TRUE(c.notes.contains(QStringLiteral("SYNTHETIC")));
}

TEST(PageExport, PngSizeIsPageTimesDpi)
{
    PageTemplate t = shippedTemplate("a4-landscape");
    t.dpi = 100;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("page.png"));
    exportPage(demoPage(t), path);
    const QImage image(path);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), qRound(297 / 25.4 * 100));  // 1169
    EXPECT_EQ(image.height(), qRound(210 / 25.4 * 100)); // 827
    EXPECT_NEAR(image.dotsPerMeterX(), 100 / 0.0254, 1);
    // Something was drawn in the map frame: not all white.
    const QRectF frame = demoPage(t).rect(PageElement::Map);
    int coloured = 0;
    for (int y = int(frame.top() * 100 / 25.4); y < int(frame.bottom() * 100 / 25.4); y += 5)
        for (int x = int(frame.left() * 100 / 25.4); x < int(frame.right() * 100 / 25.4); x += 5)
            coloured += image.pixelColor(x, y) != Qt::white;
    EXPECT_GT(coloured, 1000);
    EXPECT_THROW(exportPage(demoPage(t), dir.filePath(QStringLiteral("page.tiff"))), Error);
}

TEST(PageExport, PdfHasTheChineseTitleAsTextAndEmbedsItsFont)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "poppler-utils (pdftotext, pdffonts) not installed";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("page.pdf"));
    exportPage(demoPage(shippedTemplate("a4-landscape")), path);
    const QString text = poppler(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    EXPECT_TRUE(text.contains(QStringLiteral("邢台市2021年民生工程")))
        << text.left(300).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("图例")));
    const QStringList fonts = poppler(QStringLiteral("pdffonts"), {path})
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                  .mid(2); // two header lines
    ASSERT_FALSE(fonts.isEmpty());
    for (const QString& line : fonts) {
        // Columns: name type encoding emb sub uni object ID; "emb" must say yes.
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(cols.size(), 5);
        EXPECT_EQ(cols[cols.size() - 5], QStringLiteral("yes")) << line.toStdString();
    }
}

TEST(Atlas, OnePagePerCountyNamedByCodeAndCurrentName)
{
    PageTemplate t = shippedTemplate("a4-atlas");
    AtlasOptions options;
    options.boundaryLayer = QStringLiteral("counties");
    options.indicators[QStringLiteral("130522")] = {
        {QStringLiteral("村庄数"), QStringLiteral("226")}};
    const std::vector<AtlasPage> pages = atlasPages(demoProject(), demoStyles(), t, options);
    const LoadedLayer* counties = demoProject().layer(QStringLiteral("counties"));
    ASSERT_NE(counties, nullptr);
    EXPECT_EQ(pages.size(), std::size_t(counties->data->featureCount())); // 19
    EXPECT_EQ(pages.size(), 19u);
    bool lincheng = false, xiangdu = false;
    for (const AtlasPage& p : pages) {
        EXPECT_EQ(p.layout.content().title, p.name);
        // Each page's map contains its unit.
        lincheng |= p.code == QLatin1String("130522") && p.name == QStringLiteral("临城县") &&
                    p.layout.content().table.size() == 1;
        xiangdu |= p.code == QLatin1String("130502") && p.name == QStringLiteral("襄都区");
    }
    EXPECT_TRUE(lincheng);
    EXPECT_TRUE(xiangdu); // 桥东区 in the boundary file, named as it is now
    EXPECT_EQ(atlasFileStem(QStringLiteral("130522"), QStringLiteral("临城县")),
              QStringLiteral("130522_临城县"));
    EXPECT_EQ(atlasFileStem({}, QStringLiteral("市 本级/开发区")),
              QStringLiteral("市_本级_开发区"));

    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        return;
    t.dpi = 72; // page count is what is checked here, not the detail
    std::vector<PageLayout> layouts;
    for (const AtlasPage& p : atlasPages(demoProject(), demoStyles(), t, options))
        layouts.push_back(p.layout);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("atlas.pdf"));
    int calls = 0;
    exportPdf(layouts, pdf, [&](int, int) { return ++calls > 0; });
    EXPECT_EQ(calls, 19);
    EXPECT_TRUE(poppler(QStringLiteral("pdfinfo"), {pdf})
                    .contains(QRegularExpression(QStringLiteral("Pages:\\s+19\\b"))));
    EXPECT_TRUE(poppler(QStringLiteral("pdftotext"),
                        {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                         QStringLiteral("19"), pdf, QStringLiteral("-")})
                    .contains(QStringLiteral("临城县")));
}
