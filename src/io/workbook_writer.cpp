#include "io/workbook_writer.h"

#include "core/error.h"
#include "io/gdal_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QCoreApplication>
#include <memory>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::WorkbookWriter)
};
} // namespace

namespace wm {

namespace {

void writeSheet(GDALDataset& ds, const QString& path, const NamedSheet& sheet,
                gdal::ErrorCollector& errors)
{
    const SheetTable& t = sheet.table;
    OGRLayer* layer = ds.CreateLayer(sheet.name.toUtf8().constData(), nullptr, wkbNone, nullptr);
    if (!layer)
        throw Error(path, Tr::tr("cannot create sheet %1: %2")
                              .arg(sheet.name, errors.lastFailure(Tr::tr("unknown error"))));
    for (int c = 0; c < t.header.size(); ++c) {
        const OGRFieldType type = t.types[c] == QMetaType::Double     ? OFTReal
                                  : t.types[c] == QMetaType::LongLong ? OFTInteger64
                                                                      : OFTString;
        OGRFieldDefn defn(t.header[c].toUtf8().constData(), type);
        if (layer->CreateField(&defn) != OGRERR_NONE)
            throw Error(path,
                        Tr::tr("cannot create column %1 of sheet %2").arg(t.header[c], sheet.name));
    }
    for (const auto& r : t.rows) {
        OGRFeature f(layer->GetLayerDefn());
        for (int c = 0; c < r.size(); ++c) {
            const QVariant& v = r[c].value;
            if (v.isNull())
                f.SetFieldNull(c);
            else if (t.types[c] == QMetaType::Double)
                f.SetField(c, v.toDouble());
            else if (t.types[c] == QMetaType::LongLong)
                f.SetField(c, GIntBig(v.toLongLong()));
            else
                f.SetField(c, v.toString().toUtf8().constData());
        }
        if (layer->CreateFeature(&f) != OGRERR_NONE)
            throw Error(path, Tr::tr("cannot write to sheet %1: %2")
                                  .arg(sheet.name, errors.lastFailure(Tr::tr("unknown error"))));
    }
}

} // namespace

void writeXlsx(const QString& path, const std::vector<NamedSheet>& sheets)
{
    gdal::ensureRegistered();
    gdal::ErrorCollector errors;
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("XLSX");
    if (!driver)
        throw Error(path, Tr::tr("this GDAL has no XLSX driver; write a .csv instead"));
    // GDAL writes an XLSX through /vsizip/, which takes the first ".xlsx" in a path as the
    // end of the archive name: "<base>.partial.xlsx", not "<path>.partial.xlsx".
    const QFileInfo target(path);
    const QString partial =
        target.dir().filePath(target.completeBaseName() + QStringLiteral(".partial.xlsx"));
    QFile::remove(partial);
    std::unique_ptr<GDALDataset> ds(
        driver->Create(partial.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        throw Error(path,
                    Tr::tr("cannot create: %1").arg(errors.lastFailure(Tr::tr("unknown error"))));
    try {
        for (const NamedSheet& sheet : sheets)
            writeSheet(*ds, path, sheet, errors);
    } catch (...) {
        ds.reset();
        QFile::remove(partial);
        throw;
    }
    ds.reset(); // the XLSX driver writes the workbook when the dataset closes
    if (!errors.failures().isEmpty() || QFileInfo(partial).size() == 0) {
        QFile::remove(partial);
        throw Error(path,
                    Tr::tr("cannot write: %1").arg(errors.lastFailure(Tr::tr("unknown error"))));
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path))
        throw Error(path, Tr::tr("cannot replace the file (the new one is %1)").arg(partial));
}

} // namespace wm
