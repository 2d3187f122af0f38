#include "core/error.h"
#include "io/dxf_pipes.h"

#include "support/test_support.h"

#include <QFile>
#include <QPointF>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <future>

using namespace wm;

namespace {

/// Builds the text of a DXF R12 drawing: group code and value on alternate lines.
class DxfText {
public:
    DxfText& code(int c, const QString& value)
    {
        mText += QString::number(c) + QLatin1Char('\n') + value + QLatin1Char('\n');
        return *this;
    }
    DxfText& code(int c, double value) { return code(c, QString::number(value, 'f', 3)); }

    DxfText& line(const QString& layer, double x0, double y0, double x1, double y1)
    {
        return code(0, QStringLiteral("LINE"))
            .code(8, layer)
            .code(10, x0)
            .code(20, y0)
            .code(30, 0.0)
            .code(11, x1)
            .code(21, y1)
            .code(31, 0.0);
    }
    DxfText& lwpolyline(const QString& layer, const QVector<QPointF>& points)
    {
        code(0, QStringLiteral("LWPOLYLINE"))
            .code(8, layer)
            .code(90, QString::number(points.size()))
            .code(70, QStringLiteral("0"));
        for (const QPointF& p : points)
            code(10, p.x()).code(20, p.y());
        return *this;
    }
    DxfText& polyline(const QString& layer, const QVector<QPointF>& points)
    {
        code(0, QStringLiteral("POLYLINE"))
            .code(8, layer)
            .code(66, QStringLiteral("1"))
            .code(10, 0.0)
            .code(20, 0.0)
            .code(30, 0.0)
            .code(70, QStringLiteral("0"));
        for (const QPointF& p : points)
            code(0, QStringLiteral("VERTEX"))
                .code(8, layer)
                .code(10, p.x())
                .code(20, p.y())
                .code(30, 0.0);
        return code(0, QStringLiteral("SEQEND")).code(8, layer);
    }
    DxfText& text(const QString& layer, double x, double y, const QString& value)
    {
        return code(0, QStringLiteral("TEXT"))
            .code(8, layer)
            .code(10, x)
            .code(20, y)
            .code(30, 0.0)
            .code(40, 2.5)
            .code(1, value);
    }
    DxfText& point(const QString& layer, double x, double y)
    {
        return code(0, QStringLiteral("POINT"))
            .code(8, layer)
            .code(10, x)
            .code(20, y)
            .code(30, 0.0);
    }

    const QString& str() const { return mText; }

private:
    QString mText;
};

const QString Water = QStringLiteral("给水管线");
const QString Rain = QStringLiteral("YS-雨水");
const QString Gas = QStringLiteral("燃气");
const QString Labels = QStringLiteral("标注");
const QString Other = QStringLiteral("其他");

/// Synthetic pipe drawing (not survey data): CGCS2000 3° Gauss-Krüger zone 38 with the zone
/// prefix in x (EPSG:4526, central meridian 114°E, near Xingtai). Hand-computed lengths:
///   给水管线  LINE 300/400 → 500 m, plus one TEXT label (skipped)
///   YS-雨水   LWPOLYLINE 300 m + 400 m → 700 m
///   燃气      POLYLINE 600/800 → 1000 m, LINE 100 m → 1.1 km
///   标注      two TEXT (skipped)
///   其他      LINE 200 m (unmapped), one POINT (skipped)
/// 9 entities: 5 lines kept, 4 skipped, 2.5 km in all.
QString syntheticDrawing(bool declareCodePage)
{
    DxfText d;
    if (declareCodePage)
        // AutoCAD R12–2004 saves Chinese drawings in GBK and says so in $DWGCODEPAGE.
        d.code(0, QStringLiteral("SECTION"))
            .code(2, QStringLiteral("HEADER"))
            .code(9, QStringLiteral("$ACADVER"))
            .code(1, QStringLiteral("AC1009"))
            .code(9, QStringLiteral("$DWGCODEPAGE"))
            .code(3, QStringLiteral("ANSI_936"))
            .code(0, QStringLiteral("ENDSEC"));
    d.code(0, QStringLiteral("SECTION")).code(2, QStringLiteral("ENTITIES"));
    d.line(Water, 38512000, 4103000, 38512300, 4103400);
    d.text(Water, 38512150, 4103200, QStringLiteral("DN300"));
    d.lwpolyline(Rain, {{38512000, 4103000}, {38512000, 4103300}, {38512400, 4103300}});
    d.polyline(Gas, {{38512100, 4103100}, {38512700, 4103900}});
    d.line(Gas, 38512700, 4103900, 38512700, 4104000);
    d.text(Labels, 38512500, 4103500, QStringLiteral("中压燃气管"));
    d.text(Labels, 38512600, 4103600, QStringLiteral("雨水管 d600"));
    d.line(Other, 38513000, 4103000, 38513200, 4103000);
    d.point(Other, 38513100, 4103100);
    d.code(0, QStringLiteral("ENDSEC")).code(0, QStringLiteral("EOF"));
    return d.str();
}

QString writeDrawing(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("pipes.dxf"));
    test::writeText(path, syntheticDrawing(true), "CP936");
    return path;
}

double sumLengthKm(const Layer& layer, const QString& cadLayer)
{
    double sum = 0;
    for (qsizetype i = 0; i < layer.featureCount(); ++i)
        if (layer.attributes.toString(i, layer.attributes.indexOf(QStringLiteral("name"))) ==
            cadLayer)
            sum +=
                layer.attributes.toDouble(i, layer.attributes.indexOf(QStringLiteral("length_km")));
    return sum;
}

Crs epsg(int code)
{
    return Crs::fromDefinition(QStringLiteral("EPSG:%1").arg(code));
}

} // namespace

TEST(DxfPipes, KindsCountsLengthsAndDetectedZone)
{
    QTemporaryDir dir;
    const QString path = writeDrawing(dir);
    const DxfPipeImport im = DxfPipeImport::read(path, Crs(), epsg(4526));

    EXPECT_TRUE(im.zoneDetected);
    EXPECT_EQ(im.drawingCrs.id(), QStringLiteral("EPSG:4526"));
    EXPECT_EQ(im.layer.crs.id(), QStringLiteral("EPSG:4526"));
    EXPECT_EQ(im.lengthCrs.id(), QStringLiteral("EPSG:4526"));

    ASSERT_EQ(im.cadLayers.size(), 5);
    struct Expect {
        QString layer, kind;
        qint64 entities, kept;
        double km;
    };
    for (const Expect& e :
         {Expect{Water, QStringLiteral("water_supply"), 2, 1, 0.5},
          Expect{Rain, QStringLiteral("drainage_rain"), 1, 1, 0.7},
          Expect{Gas, QStringLiteral("gas"), 2, 2, 1.1}, Expect{Labels, QString(), 2, 0, 0.0},
          Expect{Other, QString(), 2, 1, 0.2}}) {
        const DxfLayerReport* r = im.cadLayer(e.layer);
        ASSERT_NE(r, nullptr) << e.layer.toStdString();
        EXPECT_EQ(r->kind, e.kind) << e.layer.toStdString();
        EXPECT_EQ(r->entities, e.entities) << e.layer.toStdString();
        EXPECT_EQ(r->linesKept, e.kept) << e.layer.toStdString();
        EXPECT_EQ(r->linesKept + r->skipped(), r->entities) << e.layer.toStdString();
        EXPECT_NEAR(r->lengthKm, e.km, 1e-9) << e.layer.toStdString();
        EXPECT_NEAR(sumLengthKm(im.layer, e.layer), e.km, 1e-9) << e.layer.toStdString();
    }
    EXPECT_EQ(im.cadLayer(Water)->kindSource, DxfLayerReport::KindSource::Keyword);
    EXPECT_EQ(im.cadLayer(Other)->kindSource, DxfLayerReport::KindSource::Unmapped);

    // Text and points are counted by type on their own CAD layer, not dropped silently.
    EXPECT_EQ(im.cadLayer(Water)->skippedByType.value(QStringLiteral("TEXT")), 1);
    EXPECT_EQ(im.cadLayer(Labels)->skippedByType.value(QStringLiteral("TEXT")), 2);
    EXPECT_EQ(im.cadLayer(Other)->skippedByType.value(QStringLiteral("POINT")), 1);

    EXPECT_EQ(im.entities, 9);
    EXPECT_EQ(im.linesKept, 5);
    EXPECT_EQ(im.skipped, 4);
    EXPECT_EQ(im.linesKept + im.skipped, im.entities);
    EXPECT_EQ(im.layer.featureCount(), 5);
    EXPECT_NEAR(im.lengthKm, 2.5, 1e-9);
    EXPECT_EQ(im.layer.kind, GeometryKind::Line);

    // The unmapped lines are listed for the user to map.
    ASSERT_EQ(im.unmappedLayers().size(), 1);
    EXPECT_TRUE(im.unmappedLayers().first().startsWith(Other));
    EXPECT_TRUE(im.unmappedLayers().first().contains(QStringLiteral("1 line")));

    // Target is the drawing's CRS: coordinates unchanged.
    EXPECT_NEAR(im.layer.extent().xMin, 38512000, 1e-6);
    EXPECT_NEAR(im.layer.extent().yMax, 4104000, 1e-6);
}

TEST(DxfPipes, UserMappingOverridesAndGeographicTargetKeepsMetres)
{
    QTemporaryDir dir;
    const QString path = writeDrawing(dir);
    const QHash<QString, QString> user = {{Other, QStringLiteral("drainage_combined")},
                                          {Rain, QStringLiteral("drainage_sewage")}};
    const DxfPipeImport im = DxfPipeImport::read(path, Crs(), Crs::cgcs2000(), user);

    EXPECT_EQ(im.cadLayer(Other)->kind, QStringLiteral("drainage_combined"));
    EXPECT_EQ(im.cadLayer(Other)->kindSource, DxfLayerReport::KindSource::User);
    EXPECT_EQ(im.cadLayer(Rain)->kind, QStringLiteral("drainage_sewage"));
    EXPECT_TRUE(im.unmappedLayers().isEmpty());

    // Lon/lat cannot give metres: lengths are measured in the drawing's zone instead.
    EXPECT_EQ(im.layer.crs.id(), QStringLiteral("EPSG:4490"));
    EXPECT_EQ(im.lengthCrs.id(), QStringLiteral("EPSG:4526"));
    EXPECT_NEAR(im.lengthKm, 2.5, 1e-9);
    // x 512 km in zone 38 (central meridian 114°E) is some 0.13° east of it.
    EXPECT_NEAR(im.layer.extent().xMin, 114.13, 0.02);
    EXPECT_NEAR(im.layer.extent().yMin, 37.07, 0.05);
}

TEST(DxfPipes, GivenDrawingCrsSkipsDetection)
{
    QTemporaryDir dir;
    const QString path = writeDrawing(dir);
    const DxfPipeImport im = DxfPipeImport::read(path, epsg(4526), Crs());
    EXPECT_FALSE(im.zoneDetected);
    EXPECT_EQ(im.layer.crs.id(), QStringLiteral("EPSG:4526"));
    EXPECT_NEAR(im.lengthKm, 2.5, 1e-9);
}

TEST(DxfPipes, LayerNamesSurviveADrawingWithoutCodePage)
{
    // Without $DWGCODEPAGE GDAL reads R12 text as Latin-1; the bytes (UTF-8, or GBK from a
    // Chinese AutoCAD) are recovered and decoded.
    for (const char* encoding : {"UTF-8", "CP936"}) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pipes.dxf"));
        test::writeText(path, syntheticDrawing(false), encoding);
        const DxfPipeImport im = DxfPipeImport::read(path, Crs(), epsg(4526));
        ASSERT_NE(im.cadLayer(Water), nullptr) << encoding;
        EXPECT_EQ(im.cadLayer(Water)->kind, QStringLiteral("water_supply")) << encoding;
        EXPECT_EQ(im.cadLayer(Gas)->kind, QStringLiteral("gas")) << encoding;
        EXPECT_NE(im.cadLayer(Other), nullptr) << encoding;
        EXPECT_EQ(im.entities, 9) << encoding;
    }
}

TEST(DxfPipes, KeywordsInCadLayerNames)
{
    auto kind = [](const char* name) {
        return DxfPipeImport::kindForCadLayer(QString::fromUtf8(name));
    };
    EXPECT_EQ(kind("给水管线"), QStringLiteral("water_supply"));
    EXPECT_EQ(kind("供水-DN200"), QStringLiteral("water_supply"));
    EXPECT_EQ(kind("自来水"), QStringLiteral("water_supply"));
    EXPECT_EQ(kind("YS-雨水"), QStringLiteral("drainage_rain"));
    EXPECT_EQ(kind("ys_pipe"), QStringLiteral("drainage_rain"));
    EXPECT_EQ(kind("WS"), QStringLiteral("drainage_sewage"));
    EXPECT_EQ(kind("污水管"), QStringLiteral("drainage_sewage"));
    EXPECT_EQ(kind("雨污合流管"), QStringLiteral("drainage_combined"));
    EXPECT_EQ(kind("合流污水"), QStringLiteral("drainage_combined"));
    EXPECT_EQ(kind("热力管网"), QStringLiteral("heating"));
    EXPECT_EQ(kind("供热"), QStringLiteral("heating"));
    EXPECT_EQ(kind("供暖二次网"), QStringLiteral("heating"));
    EXPECT_EQ(kind("燃气"), QStringLiteral("gas"));
    EXPECT_EQ(kind("天然气中压"), QStringLiteral("gas"));
    EXPECT_EQ(kind("煤气"), QStringLiteral("gas"));
    EXPECT_EQ(kind("RQ-中压"), QStringLiteral("gas"));
    // Latin letters inside a word are not pinyin initials.
    EXPECT_FALSE(kind("NEWS").has_value());
    EXPECT_FALSE(kind("标注").has_value());
    // Two kinds named: ambiguous (empty), not guessed.
    EXPECT_EQ(kind("雨水污水"), QString());
}

TEST(DxfPipes, RefusesWhatItCannotPlace)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("local.dxf"));
    DxfText d;
    d.code(0, QStringLiteral("SECTION")).code(2, QStringLiteral("ENTITIES"));
    d.line(QStringLiteral("给水"), 1000, 2000, 1300, 2400); // local drawing coordinates
    d.code(0, QStringLiteral("ENDSEC")).code(0, QStringLiteral("EOF"));
    test::writeText(path, d.str());
    EXPECT_THROW(DxfPipeImport::read(path, Crs(), epsg(4526)), Error);

    const QString pipes = writeDrawing(dir);
    EXPECT_THROW(DxfPipeImport::read(pipes, Crs(), epsg(4526), {{Other, QStringLiteral("sewer")}}),
                 Error);
}

namespace {
/// Reads `path` on a thread and returns the error message, or "" when the read succeeds
/// (`kept`: the lines kept). A read that hangs ends the test process after 30 s: GDAL's
/// loops cannot be stopped, and a regression must fail in seconds, not at ctest's timeout.
QString readOrFail(const QString& path, qint64* kept = nullptr)
{
    auto result = std::async(std::launch::async, [path, kept] {
        try {
            const DxfPipeImport im = DxfPipeImport::read(path, Crs(), epsg(4526));
            if (kept)
                *kept = im.linesKept;
            return QString();
        } catch (const Error& e) {
            return e.message();
        }
    });
    if (result.wait_for(std::chrono::seconds(30)) != std::future_status::ready) {
        ADD_FAILURE() << "the read of " << path.toStdString() << " hangs";
        std::_Exit(1);
    }
    return result.get();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}
} // namespace

// Found by fuzz_dxf: GDAL 3.6's DXF reader loops forever on a carriage return followed by a
// NUL byte (here in a layer name).
TEST(DxfPipes, regressionNulAfterCarriageReturnIsRefusedNotHung)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nul.dxf"));
    const QByteArray drawing("0\nSECTION\n2\nENTITIES\n0\nLINE\n8\nA\r\0B\n10\n38512000\n20\n"
                             "4103000\n11\n38512300\n21\n4103400\n0\nENDSEC\n0\nEOF\n",
                             96);
    ASSERT_EQ(drawing.count('\0'), 1);
    writeBytes(path, drawing);
    const QString message = readOrFail(path);
    EXPECT_TRUE(message.contains(QStringLiteral("byte 33 is a NUL"))) << message.toStdString();
}

// Found by fuzz_dxf (CI): GDAL 3.6's DXF reader loops forever when the file's last byte is
// a carriage return it reads before the EOF marker. A cut-short drawing is refused as
// GDAL refuses it, naming the file; a whole drawing that merely ends in "EOF\r" (a CR/LF
// file missing its last LF) still reads.
TEST(DxfPipes, regressionTrailingCarriageReturnDoesNotHang)
{
    QTemporaryDir dir;
    const QString cut = dir.filePath(QStringLiteral("cut.dxf"));
    writeBytes(cut, QByteArray("0\nSECTION\n2\nHEADER\n9\n$HF\r"));
    const QString message = readOrFail(cut);
    EXPECT_TRUE(message.contains(QStringLiteral("cannot read as a DXF drawing")))
        << message.toStdString();

    const QString whole = dir.filePath(QStringLiteral("whole.dxf"));
    writeBytes(whole, QByteArray("  0\r\nSECTION\r\n  2\r\nENTITIES\r\n  0\r\nLINE\r\n  8\r\n"
                                 "\xe7\xbb\x99\xe6\xb0\xb4\r\n 10\r\n38512000\r\n 20\r\n4103000\r\n"
                                 " 11\r\n38512300\r\n 21\r\n4103400\r\n  0\r\nENDSEC\r\n  0\r\n"
                                 "EOF\r"));
    qint64 kept = -1;
    EXPECT_EQ(readOrFail(whole, &kept), QString());
    EXPECT_EQ(kept, 1);
}

// Found by fuzz_dxf: "410e4000" is a number to GDAL, an infinite one, and the line reached
// the spatial index, whose keys came out NaN. The line is skipped and counted with its
// reason; the drawing's other pipe still reads.
TEST(DxfPipes, regressionInfiniteCoordinateIsSkippedAndCounted)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("overflow.dxf"));
    DxfText d;
    d.code(0, QStringLiteral("SECTION")).code(2, QStringLiteral("ENTITIES"));
    d.line(QStringLiteral("给水"), 38512000, 4103000, 38512300, 4103400);
    d.code(0, QStringLiteral("LINE")).code(8, QStringLiteral("给水"));
    d.code(10, QStringLiteral("38512700")).code(20, QStringLiteral("4103900"));
    d.code(11, QStringLiteral("38512700")).code(21, QStringLiteral("410e4000"));
    d.code(0, QStringLiteral("ENDSEC")).code(0, QStringLiteral("EOF"));
    test::writeText(path, d.str());
    const DxfPipeImport im = DxfPipeImport::read(path, Crs(), epsg(4526));
    EXPECT_EQ(im.entities, 2);
    EXPECT_EQ(im.linesKept, 1);
    EXPECT_EQ(im.skipped, 1);
    ASSERT_EQ(im.cadLayers.size(), 1);
    EXPECT_EQ(im.cadLayers[0].skippedByType.value(
                  QStringLiteral("line with coordinates beyond any coordinate system")),
              1);
    EXPECT_TRUE(im.layer.report.notes.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("beyond any coordinate system")));
}
