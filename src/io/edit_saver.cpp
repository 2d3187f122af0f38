#include "io/edit_saver.h"

#include "core/coordinate_transform.h"
#include "core/error.h"
#include "io/gdal_support.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QCoreApplication>
#include <memory>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::EditSaver)
};
} // namespace

namespace wm {

namespace {

QString featureLabel(qint64 fid)
{
    return fid < 0 ? Tr::tr("new feature %1").arg(-fid) : Tr::tr("feature %1").arg(fid);
}

/// Writes one layer's edits into the open transaction; throws on the first failure.
class LayerWriter {
public:
    LayerWriter(const QString& path, GDALDataset& ds, const Crs& projectCrs,
                const LayerEditsToSave& edits, gdal::ErrorCollector& errors)
        : mPath(path), mEdits(edits), mErrors(errors)
    {
        mLayer = ds.GetLayerByName(edits.layerName.toUtf8().constData());
        if (!mLayer)
            fail(Tr::tr("has no layer \"%1\"").arg(edits.layerName));
        const OGRSpatialReference* srs = mLayer->GetSpatialRef();
        const Crs layerCrs = gdal::crsFromSrs(srs);
        if (layerCrs.isValid() && projectCrs.isValid() && !(layerCrs == projectCrs))
            mTransform = std::make_unique<CoordinateTransform>(projectCrs, layerCrs);
        mNorthingFirst = gdal::dataIsNorthingFirst(srs);
        mType = mLayer->GetGeomType();
        for (const FieldDef& f : edits.fields)
            mColumn << mLayer->GetLayerDefn()->GetFieldIndex(f.name.toUtf8().constData());
    }

    QHash<qint64, qint64> write()
    {
        for (qint64 fid : mEdits.changes.removed)
            if (mLayer->DeleteFeature(fid) != OGRERR_NONE)
                fail(Tr::tr("cannot delete %1").arg(featureLabel(fid)));
        for (const LayerChanges::Modified& m : mEdits.changes.modified) {
            std::unique_ptr<OGRFeature> f(mLayer->GetFeature(m.feature.fid));
            if (!f)
                fail(Tr::tr("%1 is no longer in the file (changed by another program?)")
                         .arg(featureLabel(m.feature.fid)));
            for (int col : m.changedColumns)
                setValue(*f, m.feature, col);
            if (m.geometryChanged)
                setGeometry(*f, m.feature);
            if (mLayer->SetFeature(f.get()) != OGRERR_NONE)
                fail(Tr::tr("cannot write %1").arg(featureLabel(m.feature.fid)));
        }
        QHash<qint64, qint64> saved;
        for (const EditableFeature& added : mEdits.changes.added) {
            OGRFeature f(mLayer->GetLayerDefn());
            for (int col = 0; col < added.values.size(); ++col)
                setValue(f, added, col);
            setGeometry(f, added);
            if (mLayer->CreateFeature(&f) != OGRERR_NONE)
                fail(Tr::tr("cannot add %1").arg(featureLabel(added.fid)));
            saved.insert(added.fid, f.GetFID());
        }
        return saved;
    }

private:
    [[noreturn]] void fail(const QString& what) const
    {
        throw Error(mPath, Tr::tr("layer %1: %2: %3")
                               .arg(mEdits.layerName, what,
                                    mErrors.lastFailure(Tr::tr("GDAL gave no reason"))));
    }

    void setValue(OGRFeature& f, const EditableFeature& feature, int col) const
    {
        if (col >= mColumn.size() || feature.values.size() <= col)
            return;
        const int index = mColumn[col];
        if (index < 0)
            fail(Tr::tr("the file has no field \"%1\"").arg(mEdits.fields[col].name));
        if (!gdal::setOgrField(f, index, feature.values[col]))
            fail(Tr::tr("%1: \"%2\" is not a number for field \"%3\"")
                     .arg(featureLabel(feature.fid), feature.values[col].toString(),
                          mEdits.fields[col].name));
    }

    void setGeometry(OGRFeature& f, const EditableFeature& feature) const
    {
        if (!feature.geometry) {
            f.SetGeometryDirectly(nullptr);
            return;
        }
        GeomPtr g;
        const GEOSGeometry* out = feature.geometry.get();
        if (mTransform) {
            g = mTransform->transform(out);
            if (!g)
                fail(Tr::tr("%1: a coordinate cannot be transformed into the layer's "
                            "coordinate system")
                         .arg(featureLabel(feature.fid)));
            out = g.get();
        }
        OGRGeometry* ogr = gdal::toOgrGeometry(out, mType);
        if (!ogr)
            fail(Tr::tr("%1: the geometry cannot be written").arg(featureLabel(feature.fid)));
        if (mNorthingFirst)
            ogr->swapXY();
        f.SetGeometryDirectly(ogr);
    }

    QString mPath;
    const LayerEditsToSave& mEdits;
    gdal::ErrorCollector& mErrors;
    OGRLayer* mLayer = nullptr;
    std::unique_ptr<CoordinateTransform> mTransform;
    bool mNorthingFirst = false;
    OGRwkbGeometryType mType = wkbUnknown;
    QVector<int> mColumn; ///< field index in the file of each buffer column
};

} // namespace

std::vector<QHash<qint64, qint64>> EditSaver::save(const QString& path, const Crs& projectCrs,
                                                   const std::vector<LayerEditsToSave>& layers)
{
    gdal::ErrorCollector errors;
    std::unique_ptr<GDALDataset> ds = gdal::openForUpdate(path, errors);
    if (ds->StartTransaction() != OGRERR_NONE)
        throw Error(path, Tr::tr("cannot start a transaction: %1")
                              .arg(errors.lastFailure(Tr::tr("unknown error"))));
    std::vector<QHash<qint64, qint64>> saved;
    try {
        for (const LayerEditsToSave& edits : layers)
            saved.push_back(LayerWriter(path, *ds, projectCrs, edits, errors).write());
    } catch (...) {
        ds->RollbackTransaction();
        throw;
    }
    if (ds->CommitTransaction() != OGRERR_NONE) {
        ds->RollbackTransaction();
        throw Error(
            path,
            Tr::tr("cannot commit the edits: %1").arg(errors.lastFailure(Tr::tr("unknown error"))));
    }
    return saved;
}

} // namespace wm
