#include "core/feature_edit_buffer.h"

#include <algorithm>
#include <stdexcept>

namespace wm {

SharedGeom shareGeometry(GeomPtr g)
{
    return SharedGeom(g.release(), GeosGeometryDeleter());
}

GeomPtr cloneGeometry(const GEOSGeometry* g)
{
    return GeomPtr(g ? GEOSGeom_clone_r(geosContext(), g) : nullptr);
}

QVector<QVariant> rowValues(const Layer& layer, qsizetype row)
{
    QVector<QVariant> values;
    values.reserve(layer.attributes.fieldCount());
    for (int c = 0; c < layer.attributes.fieldCount(); ++c)
        values << layer.attributes.value(row, c);
    return values;
}

bool setTableValue(AttributeTable& table, qsizetype row, int col, const QVariant& v)
{
    if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty() &&
                       table.fields()[col].type != FieldType::String))
        return true; // rows start as nulls
    bool ok = true;
    switch (table.fields()[col].type) {
    case FieldType::Integer:
    case FieldType::Integer64:
    case FieldType::Boolean: {
        const qint64 i = v.toLongLong(&ok);
        if (ok)
            table.setInteger(row, col, i);
        break;
    }
    case FieldType::Real: {
        const double d = v.toDouble(&ok);
        if (ok)
            table.setReal(row, col, d);
        break;
    }
    default:
        table.setString(row, col, v.toString());
    }
    return ok;
}

FeatureEditBuffer::FeatureEditBuffer(std::shared_ptr<const Layer> base) : mBase(std::move(base))
{
    mFeatures.reserve(std::size_t(mBase->featureCount()));
    for (qsizetype i = 0; i < mBase->featureCount(); ++i) {
        // Aliasing pointers: the buffer starts on the base's own geometries, no copies.
        SharedGeom g = mBase->geometry(i) ? SharedGeom(mBase, mBase->geometry(i)) : nullptr;
        mFeatures.push_back({mBase->fid(i), std::move(g), rowValues(*mBase, i)});
        mLastNewFid = std::min(mLastNewFid, mBase->fid(i));
    }
    reindex();
}

void FeatureEditBuffer::reindex()
{
    mRowOfFid.clear();
    mRowOfFid.reserve(qsizetype(mFeatures.size()));
    for (std::size_t i = 0; i < mFeatures.size(); ++i)
        mRowOfFid.insert(mFeatures[i].fid, qsizetype(i));
}

qsizetype FeatureEditBuffer::rowOf(qint64 fid) const
{
    return mRowOfFid.value(fid, -1);
}

const EditableFeature* FeatureEditBuffer::find(qint64 fid) const
{
    const qsizetype row = rowOf(fid);
    return row < 0 ? nullptr : &mFeatures[std::size_t(row)];
}

void FeatureEditBuffer::insert(EditableFeature f, qsizetype row)
{
    if (mRowOfFid.contains(f.fid))
        throw std::logic_error("feature id already in the edit buffer");
    f.values.resize(fields().size());
    const qsizetype at = row < 0 ? count() : std::min(row, count());
    mFeatures.insert(mFeatures.begin() + at, std::move(f));
    reindex();
    ++mRevision;
}

EditableFeature FeatureEditBuffer::remove(qint64 fid)
{
    const qsizetype row = rowOf(fid);
    if (row < 0)
        throw std::out_of_range("no feature with this id in the edit buffer");
    EditableFeature f = std::move(mFeatures[std::size_t(row)]);
    mFeatures.erase(mFeatures.begin() + row);
    reindex();
    ++mRevision;
    return f;
}

SharedGeom FeatureEditBuffer::setGeometry(qint64 fid, SharedGeom g)
{
    const qsizetype row = rowOf(fid);
    if (row < 0)
        throw std::out_of_range("no feature with this id in the edit buffer");
    std::swap(mFeatures[std::size_t(row)].geometry, g);
    ++mRevision;
    return g;
}

QVariant FeatureEditBuffer::setValue(qint64 fid, int column, const QVariant& value)
{
    const qsizetype row = rowOf(fid);
    if (row < 0 || column < 0 || column >= fields().size())
        throw std::out_of_range("no such feature or column in the edit buffer");
    QVariant old = mFeatures[std::size_t(row)].values[column];
    mFeatures[std::size_t(row)].values[column] = value;
    ++mRevision;
    return old;
}

namespace {
bool sameGeometry(const GEOSGeometry* a, const GEOSGeometry* b)
{
    if (a == b)
        return true;
    if (!a || !b)
        return false;
    return GEOSEqualsExact_r(geosContext(), a, b, 0.0) == 1;
}

bool sameValue(const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a == b || a.toString() == b.toString();
}
} // namespace

QHash<qint64, qsizetype> FeatureEditBuffer::baseRows() const
{
    QHash<qint64, qsizetype> rows;
    rows.reserve(mBase->featureCount());
    for (qsizetype i = 0; i < mBase->featureCount(); ++i)
        rows.insert(mBase->fid(i), i);
    return rows;
}

LayerChanges FeatureEditBuffer::changes() const
{
    LayerChanges c;
    const QHash<qint64, qsizetype> baseRow = baseRows();
    for (const EditableFeature& f : mFeatures) {
        LayerChanges::Modified m;
        if (const auto stored = mStored.constFind(f.fid); stored != mStored.constEnd()) {
            if (!stored->has_value()) {
                c.added.push_back(f);
                continue;
            }
            const EditableFeature& was = **stored;
            m.geometryChanged = !sameGeometry(f.geometry.get(), was.geometry.get());
            for (int col = 0; col < f.values.size(); ++col)
                if (!sameValue(f.values[col], was.values.value(col)))
                    m.changedColumns << col;
        } else {
            const auto it = baseRow.constFind(f.fid);
            if (it == baseRow.constEnd()) {
                c.added.push_back(f);
                continue;
            }
            m.geometryChanged = !sameGeometry(f.geometry.get(), mBase->geometry(*it));
            for (int col = 0; col < f.values.size(); ++col)
                if (!sameValue(f.values[col], mBase->attributes.value(*it, col)))
                    m.changedColumns << col;
        }
        if (m.geometryChanged || !m.changedColumns.isEmpty()) {
            m.feature = f;
            c.modified.push_back(std::move(m));
        }
    }
    for (qsizetype i = 0; i < mBase->featureCount(); ++i) {
        const qint64 fid = mBase->fid(i);
        const auto stored = mStored.constFind(fid);
        const bool goneFromStore = stored != mStored.constEnd() && !stored->has_value();
        if (!mRowOfFid.contains(fid) && !goneFromStore)
            c.removed.push_back(fid);
    }
    return c;
}

void FeatureEditBuffer::resolve(qint64 fid, const EditableFeature* stored,
                                const EditableFeature* result)
{
    if (stored) {
        EditableFeature s = *stored;
        s.fid = fid;
        s.values.resize(fields().size());
        mStored.insert(fid, std::move(s));
    } else {
        mStored.insert(fid, std::nullopt);
    }
    const qsizetype row = rowOf(fid);
    if (result) {
        EditableFeature r = *result;
        r.fid = stored ? fid : newFid();
        r.values.resize(fields().size());
        if (row >= 0 && stored)
            mFeatures[std::size_t(row)] = std::move(r);
        else if (row >= 0)
            mFeatures.insert(mFeatures.erase(mFeatures.begin() + row), std::move(r));
        else
            mFeatures.push_back(std::move(r));
    } else if (row >= 0) {
        mFeatures.erase(mFeatures.begin() + row);
    }
    reindex();
    ++mRevision;
}

QHash<qint64, EditableFeature> FeatureEditBuffer::baseFeatures(const QSet<qint64>& fids) const
{
    QHash<qint64, EditableFeature> out;
    for (qsizetype i = 0; i < mBase->featureCount(); ++i) {
        const qint64 fid = mBase->fid(i);
        if (!fids.contains(fid) || mStored.contains(fid))
            continue;
        SharedGeom g = mBase->geometry(i) ? SharedGeom(mBase, mBase->geometry(i)) : nullptr;
        out.insert(fid, {fid, std::move(g), rowValues(*mBase, i)});
    }
    for (auto it = mStored.cbegin(); it != mStored.cend(); ++it)
        if (fids.contains(it.key()) && it.value().has_value())
            out.insert(it.key(), *it.value());
    return out;
}

std::shared_ptr<Layer> FeatureEditBuffer::toLayer() const
{
    std::shared_ptr<Layer> layer = mBase->emptyCopy();
    layer->attributes.reserve(count());
    layer->reserve(count());
    for (const EditableFeature& f : mFeatures) {
        const qsizetype row = layer->attributes.appendRow();
        for (int col = 0; col < f.values.size(); ++col)
            setTableValue(layer->attributes, row, col, f.values[col]);
        layer->addFeature(f.fid, cloneGeometry(f.geometry.get()));
    }
    layer->buildIndex();
    return layer;
}

void FeatureEditBuffer::rebase(const QHash<qint64, qint64>& savedFids)
{
    for (EditableFeature& f : mFeatures)
        f.fid = savedFids.value(f.fid, f.fid);
    reindex();
    std::shared_ptr<Layer> now = toLayer();
    mBase = now;
    mStored.clear();
    // The new base owns copies; point the buffer at them so "changed" is again identity.
    for (qsizetype i = 0; i < mBase->featureCount(); ++i)
        mFeatures[std::size_t(i)].geometry =
            mBase->geometry(i) ? SharedGeom(mBase, mBase->geometry(i)) : nullptr;
    ++mRevision;
}

} // namespace wm
