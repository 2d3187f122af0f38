#include "charts/chart_renderer.h"
#include "charts/rule_charts.h"
#include "core/error.h"
#include "support/chart_fixture.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace wm;
using namespace Qt::StringLiterals;

namespace {

/// The SYNTHETIC chart project (support/chart_fixture.h); its parking progress chart has the
/// rates 1.25, 1.2, 0.8, 0.8, 0.25.
class ChartRendering : public test::ChartProjectTest {
protected:
    static ChartData parking() { return progressChart(ruleResult(check(), u"parking"_s)); }
    QString path(const QString& name) const { return mOut.filePath(name); }

    QTemporaryDir mOut;
};

/// Output of a poppler tool, or a null string when it is not installed.
QString poppler(const char* tool, const QStringList& args)
{
    const QString exe = QStandardPaths::findExecutable(QString::fromLatin1(tool));
    if (exe.isEmpty())
        return {};
    QProcess p;
    p.start(exe, args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int nonWhite(const QImage& image, const QRect& area)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            n += image.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
    return n;
}

} // namespace

TEST_F(ChartRendering, PngHasTheRequestedSizeAndResolution)
{
    const ChartRenderer renderer(parking());
    renderer.savePng(path(u"a.png"_s), {640, 400});
    QImage image(path(u"a.png"_s));
    EXPECT_EQ(image.size(), QSize(640, 400));
    // Twice the dots for the same layout: 192 dpi.
    renderer.savePng(path(u"b.png"_s), {1281, 801}, 2.0);
    image.load(path(u"b.png"_s));
    EXPECT_EQ(image.size(), QSize(1281, 801));
    EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, 192, 1);
}

TEST_F(ChartRendering, BarHeightsInThePngFollowTheRates)
{
    const QImage image = ChartRenderer(parking()).toImage({1000, 600});
    // The bars' fill colour, counted per column: each run of columns is one bar, its
    // tallest column the bar's height in pixels.
    const QColor fill(70, 120, 170);
    std::vector<int> heights;
    int run = 0;
    for (int x = 0; x < image.width(); ++x) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            n += image.pixelColor(x, y) == fill ? 1 : 0;
        if (n > 0)
            run = std::max(run, n);
        else if (run > 0)
            heights.push_back(std::exchange(run, 0));
    }
    const std::vector<double> rates{1.25, 1.2, 0.8, 0.8, 0.25};
    ASSERT_EQ(heights.size(), rates.size());
    for (std::size_t i = 1; i < rates.size(); ++i)
        EXPECT_NEAR(heights[i], heights[0] * rates[i] / rates[0], 2.0) << "bar " << i;
}

TEST_F(ChartRendering, PdfHasTheChineseTitleAsTextWithItsFontEmbedded)
{
    const QString pdf = path(u"chart.pdf"_s);
    ChartRenderer(parking()).savePdf(pdf, {1000, 600});
    const QString text = poppler("pdftotext", {pdf, u"-"_s});
    const QString fonts = poppler("pdffonts", {pdf});
    if (text.isNull() || fonts.isNull())
        GTEST_SKIP() << "pdftotext/pdffonts (poppler-utils) not installed";
    EXPECT_TRUE(text.contains(u"停车位建设进度"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"丙县"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"目标"_s)) << text.toStdString(); // the target line's label
    // pdffonts: name, type, encoding, then emb sub uni object-id generation.
    bool cjkEmbedded = false;
    for (const QString& line : fonts.split(u'\n')) {
        const QStringList cols = line.simplified().split(u' ');
        if (cols.size() >= 7 && line.contains(QRegularExpression(u"WenQuanYi|CJK|NotoSans"_s)))
            cjkEmbedded = cjkEmbedded || cols[cols.size() - 5] == u"yes"_s;
    }
    EXPECT_TRUE(cjkEmbedded) << fonts.toStdString();
    const QString info = poppler("pdfinfo", {pdf});
    if (!info.isNull()) { // 1000 × 600 px at 96 dpi is 750 × 450 pt
        EXPECT_TRUE(info.contains(QRegularExpression(u"Page size:\\s+750 x 450 pts"_s)))
            << info.toStdString();
    }
}

TEST_F(ChartRendering, SvgIsWellFormedWithTheTitle)
{
    ChartData chart = parking();
    chart.title = u"停车位 & 车位 <2021>"_s; // characters XML must escape
    const QString svg = path(u"chart.svg"_s);
    ChartRenderer(chart).saveSvg(svg, {800, 500});
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString title, texts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"title"_s)
            title = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == u"text"_s)
            texts += xml.readElementText(QXmlStreamReader::IncludeChildElements) + u'\n';
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(title, chart.title);
    EXPECT_TRUE(texts.contains(chart.title)) << texts.toStdString();
    EXPECT_TRUE(texts.contains(u"甲县"_s)) << texts.toStdString();
}

TEST_F(ChartRendering, DrawsInsideTheGivenRectOfAnyPainter)
{
    const ChartRenderer renderer(parking());
    QImage image(600, 400, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        renderer.draw(painter, QRectF(100, 50, 400, 250));
    }
    EXPECT_GT(nonWhite(image, QRect(100, 50, 400, 250)), 2000);
    EXPECT_EQ(nonWhite(image, QRect(0, 0, 600, 48)), 0);
    EXPECT_EQ(nonWhite(image, QRect(0, 302, 600, 98)), 0);
    EXPECT_EQ(nonWhite(image, QRect(0, 0, 98, 400)), 0);
    EXPECT_EQ(nonWhite(image, QRect(502, 0, 98, 400)), 0);

    // The same rect through a world transform (a page laid out in half pixels).
    QImage scaled(600, 400, QImage::Format_ARGB32);
    scaled.fill(Qt::white);
    {
        QPainter painter(&scaled);
        painter.scale(2, 2);
        renderer.draw(painter, QRectF(50, 25, 200, 125));
    }
    EXPECT_EQ(nonWhite(scaled, QRect(0, 302, 600, 98)), 0);
    EXPECT_EQ(nonWhite(scaled, QRect(502, 0, 98, 400)), 0);
    EXPECT_GT(nonWhite(scaled, QRect(100, 50, 400, 250)), 2000);
}

TEST_F(ChartRendering, OnAPdfPageItsTextLiesInsideTheRect)
{
    // An A4 page at 300 dpi, the chart in a 5 × 3 in rect 1 in from the top left: in points
    // x 72–432, y 72–288.
    const QString pdf = path(u"page.pdf"_s);
    {
        QPdfWriter writer(pdf);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF());
        QPainter painter(&writer);
        drawRuleChart(painter, QRectF(300, 300, 1500, 900), check(), u"parking"_s);
    }
    const QString words = poppler("pdftotext", {u"-bbox"_s, pdf, u"-"_s});
    if (words.isNull())
        GTEST_SKIP() << "pdftotext (poppler-utils) not installed";
    EXPECT_TRUE(words.contains(u"停车位建设进度"_s)) << words.toStdString();
    const QRegularExpression box(u"<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                                 "yMax=\"([\\d.]+)\">([^<]*)</word>"_s);
    int checked = 0;
    for (auto it = box.globalMatch(words); it.hasNext(); ++checked) {
        const auto m = it.next();
        const QRectF word(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                          QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()));
        EXPECT_TRUE(QRectF(71, 71, 362, 218).contains(word))
            << m.captured(5).toStdString() << " at " << word.x() << "," << word.y();
    }
    EXPECT_GT(checked, 10);
}

TEST_F(ChartRendering, AnUnknownFormatOrAnUnwritablePathIsAnError)
{
    const ChartRenderer renderer(parking());
    EXPECT_THROW(renderer.save(path(u"chart.bmp"_s), {400, 300}), Error);
    const QString missing = path(u"no/such/dir/chart.png"_s);
    try {
        renderer.save(missing, {400, 300});
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_EQ(e.file(), missing);
    }
    EXPECT_FALSE(QFile::exists(path(u"chart.bmp"_s)));
    QPainter inactive;
    EXPECT_THROW(drawRuleChart(inactive, {0, 0, 100, 100}, check(), u"nope"_s), Error);
}
