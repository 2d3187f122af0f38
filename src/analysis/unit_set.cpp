#include "analysis/unit_set.h"

#include "analysis/measure_support.h"
#include "core/error.h"
#include "core/loaded_project.h"

#include <QCoreApplication>
#include <algorithm>
#include <mutex>
#include <stdexcept>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::UnitSet)
};
} // namespace

namespace wm {

void GeosPreparedDeleter::operator()(const GEOSPreparedGeometry* p) const
{
    if (p)
        GEOSPreparedGeom_destroy_r(geosContext(), p);
}

struct UnitSet::PreparedCache {
    std::mutex mutex;
    std::vector<PreparedPtr> polygons; ///< filled on the first unitAt()
    bool ready = false;
};

namespace {

int requireField(const Layer& layer, const QString& field, const char* what)
{
    const int column = layer.attributes.indexOf(field);
    if (column < 0)
        throw Error(layer.sourcePath, Tr::tr("boundary layer \"%1\" has no %2 field \"%3\"")
                                          .arg(layer.name, QString::fromLatin1(what), field));
    return column;
}

} // namespace

UnitSet::UnitSet(std::shared_ptr<const Layer> boundaries, const QString& codeField,
                 const QString& nameField, const QString& currentNameField)
    : mLayer(std::move(boundaries)), mPrepared(std::make_shared<PreparedCache>())
{
    if (!mLayer)
        throw Error(QString(), Tr::tr("no boundary layer for the units"));
    // Every measure finds unit polygons through this index; an unbuilt one would
    // silently give zeros, so refuse it.
    detail::requireIndex(*mLayer, "boundary");
    const int code = requireField(*mLayer, codeField, "code");
    const int name = requireField(*mLayer, nameField, "name");
    const int current =
        currentNameField.isEmpty() ? -1 : requireField(*mLayer, currentNameField, "current name");
    const AttributeTable& table = mLayer->attributes;
    mUnits.reserve(std::size_t(mLayer->featureCount()));
    for (qsizetype i = 0; i < mLayer->featureCount(); ++i) {
        Unit u;
        u.code = detail::codeText(table, i, code);
        u.name = table.toString(i, name).trimmed();
        u.currentName = current < 0 ? QString() : table.toString(i, current).trimmed();
        u.feature = i;
        mUnits.push_back(std::move(u));
    }
    mLayerUnits = int(mUnits.size());
}

UnitSet UnitSet::fromLoadedLayer(const LoadedLayer& layer)
{
    const QString where = layer.entry.source;
    if (!layer.isAvailable())
        throw Error(where,
                    Tr::tr("layer \"%1\" is unavailable: %2").arg(layer.entry.id, layer.problem));
    if (layer.entry.role.compare(QStringLiteral("boundary"), Qt::CaseInsensitive) != 0)
        throw Error(where, Tr::tr("layer \"%1\" has role \"%2\", not boundary")
                               .arg(layer.entry.id, layer.entry.role));
    const QString code = layer.mapping.sourceOf.value(QStringLiteral("code"));
    const QString name = layer.mapping.sourceOf.value(QStringLiteral("name"));
    if (code.isEmpty() || name.isEmpty())
        throw Error(where, Tr::tr("boundary layer \"%1\" has no column for the %2")
                               .arg(layer.entry.id, code.isEmpty() ? QStringLiteral("code")
                                                                   : QStringLiteral("name")));
    return UnitSet(layer.data, code, name,
                   layer.mapping.sourceOf.value(QStringLiteral("name_current")));
}

int UnitSet::indexOfCode(const QString& code) const
{
    const QString c = code.trimmed();
    if (c.isEmpty())
        return -1;
    for (std::size_t i = 0; i < mUnits.size(); ++i)
        if (mUnits[i].code == c)
            return int(i);
    return -1;
}

int UnitSet::addUnitWithoutPolygon(const QString& code, const QString& name)
{
    if (const int existing = indexOfCode(code); existing >= 0)
        return existing;
    Unit u;
    u.code = code.trimmed();
    u.name = name.trimmed();
    mUnits.push_back(std::move(u));
    return int(mUnits.size()) - 1;
}

const GEOSGeometry* UnitSet::geometry(int i) const
{
    if (i < 0 || i >= mLayerUnits)
        return nullptr;
    const GEOSGeometry* g = mLayer->geometry(i);
    return g && !GEOSisEmpty_r(geosContext(), g) ? g : nullptr;
}

Extent UnitSet::envelope(int i) const
{
    return geometry(i) ? mLayer->envelope(i) : Extent();
}

std::vector<int> UnitSet::unitsIn(const Extent& extent) const
{
    std::vector<int> out;
    if (!mLayer)
        return out;
    for (const qsizetype f : mLayer->featuresIn(extent))
        if (f < mLayerUnits && geometry(int(f)))
            out.push_back(int(f));
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<PreparedPtr> UnitSet::preparePolygons() const
{
    GEOSContextHandle_t ctx = geosContext();
    std::vector<PreparedPtr> out(mUnits.size());
    for (int i = 0; i < mLayerUnits; ++i)
        if (const GEOSGeometry* g = geometry(i))
            out[std::size_t(i)].reset(GEOSPrepare_r(ctx, g));
    return out;
}

int UnitSet::unitAt(double x, double y) const
{
    const std::vector<int> candidates = unitsIn(Extent::of(x, y, x, y));
    if (candidates.empty())
        return -1;
    GEOSContextHandle_t ctx = geosContext();
    const GeomPtr point(GEOSGeom_createPointFromXY_r(ctx, x, y));
    std::lock_guard lock(mPrepared->mutex);
    if (!mPrepared->ready) {
        mPrepared->polygons = preparePolygons();
        mPrepared->ready = true;
    }
    // Ascending candidates and "intersects" (boundary included): a border point goes to
    // the lowest index, as in assignPointsToUnits.
    for (const int u : candidates)
        if (GEOSPreparedIntersects_r(ctx, mPrepared->polygons[std::size_t(u)].get(), point.get()) ==
            1)
            return u;
    return -1;
}

} // namespace wm
