#pragma once

#include "core/layer.h"

#include <QHash>
#include <QSet>
#include <QVariant>
#include <QVariantMap>
#include <QVector>

#include <memory>
#include <optional>
#include <vector>

namespace wm {

/// A geometry shared between the edit buffer and the undo commands that remember it.
/// Geometries are never changed in place (an edit replaces one), so sharing is safe.
using SharedGeom = std::shared_ptr<const GEOSGeometry>;
SharedGeom shareGeometry(GeomPtr g);
GeomPtr cloneGeometry(const GEOSGeometry* g);

/// One feature as the editor holds it: source fid (negative for a feature not saved
/// yet), geometry in the project CRS, one value per column of the layer.
struct EditableFeature {
    qint64 fid = 0;
    SharedGeom geometry;
    QVector<QVariant> values;
};

/// A feature to propose (suggested sites, a plan's additions): geometry in the project CRS
/// and values by role field name ("kind", "scenario"), mapped onto a layer's own columns
/// when it is added.
struct ProposedFeature {
    SharedGeom geometry;
    QVariantMap values;
};

/// What a buffer holds that its base layer does not, as a save needs it.
struct LayerChanges {
    std::vector<EditableFeature> added; ///< fid < 0
    std::vector<qint64> removed;        ///< fids of the base that are gone
    struct Modified {
        EditableFeature feature;
        bool geometryChanged = false;
        QVector<int> changedColumns;
    };
    std::vector<Modified> modified;
    bool isEmpty() const { return added.empty() && removed.empty() && modified.empty(); }
};

/// The features of one layer under editing: the base layer as read (kept to tell what
/// changed) and the current state, which the undo commands change. Order is kept: a
/// feature deleted and restored by undo goes back to its row, so an edit and its undo
/// leave exactly the layer that was read (what the undo round-trip test checks).
class FeatureEditBuffer {
public:
    explicit FeatureEditBuffer(std::shared_ptr<const Layer> base);

    const std::shared_ptr<const Layer>& base() const { return mBase; }
    const QVector<FieldDef>& fields() const { return mBase->attributes.fields(); }
    qsizetype count() const { return qsizetype(mFeatures.size()); }
    const EditableFeature& feature(qsizetype row) const { return mFeatures[std::size_t(row)]; }
    /// Row of the feature with this fid, or -1.
    qsizetype rowOf(qint64 fid) const;
    const EditableFeature* find(qint64 fid) const;

    /// A fid for a new feature (negative, never handed out twice by this buffer).
    qint64 newFid() { return --mLastNewFid; }
    /// Inserts `f` at `row` (clamped; -1 appends). The fid must not be in use.
    void insert(EditableFeature f, qsizetype row = -1);
    /// Removes and returns the feature; throws std::out_of_range for an unknown fid.
    EditableFeature remove(qint64 fid);
    /// Replaces the geometry and returns the previous one.
    SharedGeom setGeometry(qint64 fid, SharedGeom g);
    /// Replaces one value and returns the previous one.
    QVariant setValue(qint64 fid, int column, const QVariant& value);

    LayerChanges changes() const;
    bool hasChanges() const { return !changes().isEmpty(); }
    /// Counts every change, so a view can tell whether to rebuild.
    quint64 revision() const { return mRevision; }

    /// The current state as a read-only layer (same name, source, CRS and fields as the
    /// base; spatial index built), for drawing and for coverage checks.
    std::shared_ptr<Layer> toLayer() const;

    /// After a save: new features get the fids the file gave them and the current state
    /// becomes the base. `savedFids` maps the negative fids to the stored ones.
    void rebase(const QHash<qint64, qint64>& savedFids);

    /// Someone else saved feature `fid` of a shared store since it was read: `stored` (null
    /// when they deleted it) becomes what the feature is compared with, and the buffer holds
    /// `result` instead (null: the feature is dropped). A result for a feature deleted in
    /// the store becomes a new feature. Not an undoable edit: the caller clears the history.
    void resolve(qint64 fid, const EditableFeature* stored, const EditableFeature* result);
    /// The features `fids` as the buffer compares them: as read, or as stored after
    /// resolve(); fids that are neither (new, or deleted in the store) are left out.
    QHash<qint64, EditableFeature> baseFeatures(const QSet<qint64>& fids) const;

private:
    void reindex();
    /// Base row of each fid of the base layer.
    QHash<qint64, qsizetype> baseRows() const;

    std::shared_ptr<const Layer> mBase;
    std::vector<EditableFeature> mFeatures;
    QHash<qint64, qsizetype> mRowOfFid;
    /// Features of the base replaced by their stored state (resolve()); nullopt: deleted.
    QHash<qint64, std::optional<EditableFeature>> mStored;
    qint64 mLastNewFid = 0;
    quint64 mRevision = 0;
};

/// A feature's values as the layer reads them (one QVariant per column).
QVector<QVariant> rowValues(const Layer& layer, qsizetype row);
/// `v` stored in `table` at (row, col) with the column's type; false if it does not fit.
bool setTableValue(AttributeTable& table, qsizetype row, int col, const QVariant& v);

} // namespace wm
