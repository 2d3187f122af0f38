#pragma once

#include "core/feature_edit_buffer.h"

#include <QMap>
#include <QUndoCommand>

namespace wm {

// Undo commands of the feature editor. Each changes one FeatureEditBuffer and keeps what
// it needs to go back, so any mix of edits on any layers can be undone and redone in order
// from one QUndoStack. Commands are pushed after the user finished a gesture (a drag is
// one command on release), so one undo reverts one thing the user did.

class AddFeatureCommand : public QUndoCommand {
public:
    /// `feature.fid` must be a new fid of `buffer` (FeatureEditBuffer::newFid()).
    AddFeatureCommand(FeatureEditBuffer* buffer, EditableFeature feature, const QString& text);
    void redo() override;
    void undo() override;
    qint64 fid() const { return mFeature.fid; }

private:
    FeatureEditBuffer* mBuffer;
    EditableFeature mFeature;
};

class DeleteFeaturesCommand : public QUndoCommand {
public:
    DeleteFeaturesCommand(FeatureEditBuffer* buffer, QVector<qint64> fids, const QString& text);
    void redo() override;
    void undo() override;

private:
    FeatureEditBuffer* mBuffer;
    QVector<qint64> mFids;
    /// Removed features with the rows they had, ascending, to be put back where they were.
    std::vector<std::pair<qsizetype, EditableFeature>> mRemoved;
};

class SetGeometryCommand : public QUndoCommand {
public:
    SetGeometryCommand(FeatureEditBuffer* buffer, qint64 fid, SharedGeom geometry,
                       const QString& text);
    void redo() override;
    void undo() override;

private:
    FeatureEditBuffer* mBuffer;
    qint64 mFid;
    SharedGeom mNew;
    SharedGeom mOld;
};

class SetValuesCommand : public QUndoCommand {
public:
    /// `values`: column → new value.
    SetValuesCommand(FeatureEditBuffer* buffer, qint64 fid, QMap<int, QVariant> values,
                     const QString& text);
    void redo() override;
    void undo() override;

private:
    FeatureEditBuffer* mBuffer;
    qint64 mFid;
    QMap<int, QVariant> mNew;
    QMap<int, QVariant> mOld;
};

} // namespace wm
