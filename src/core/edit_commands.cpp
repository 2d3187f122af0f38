#include "core/edit_commands.h"

#include <algorithm>

namespace wm {

AddFeatureCommand::AddFeatureCommand(FeatureEditBuffer* buffer, EditableFeature feature,
                                     const QString& text)
    : QUndoCommand(text), mBuffer(buffer), mFeature(std::move(feature))
{
}

void AddFeatureCommand::redo()
{
    mBuffer->insert(mFeature);
}

void AddFeatureCommand::undo()
{
    mFeature = mBuffer->remove(mFeature.fid);
}

DeleteFeaturesCommand::DeleteFeaturesCommand(FeatureEditBuffer* buffer, QVector<qint64> fids,
                                             const QString& text)
    : QUndoCommand(text), mBuffer(buffer), mFids(std::move(fids))
{
}

void DeleteFeaturesCommand::redo()
{
    mRemoved.clear();
    std::vector<std::pair<qsizetype, qint64>> rows;
    for (qint64 fid : mFids)
        if (const qsizetype row = mBuffer->rowOf(fid); row >= 0)
            rows.emplace_back(row, fid);
    std::sort(rows.begin(), rows.end());
    // Removing from the last row down keeps the recorded rows those of the original order.
    for (auto it = rows.rbegin(); it != rows.rend(); ++it)
        mRemoved.emplace_back(it->first, mBuffer->remove(it->second));
    std::reverse(mRemoved.begin(), mRemoved.end());
}

void DeleteFeaturesCommand::undo()
{
    for (auto& [row, feature] : mRemoved)
        mBuffer->insert(feature, row);
    mRemoved.clear();
}

SetGeometryCommand::SetGeometryCommand(FeatureEditBuffer* buffer, qint64 fid, SharedGeom geometry,
                                       const QString& text)
    : QUndoCommand(text), mBuffer(buffer), mFid(fid), mNew(std::move(geometry))
{
}

void SetGeometryCommand::redo()
{
    mOld = mBuffer->setGeometry(mFid, mNew);
}

void SetGeometryCommand::undo()
{
    mBuffer->setGeometry(mFid, mOld);
}

SetValuesCommand::SetValuesCommand(FeatureEditBuffer* buffer, qint64 fid,
                                   QMap<int, QVariant> values, const QString& text)
    : QUndoCommand(text), mBuffer(buffer), mFid(fid), mNew(std::move(values))
{
}

void SetValuesCommand::redo()
{
    mOld.clear();
    for (auto it = mNew.cbegin(); it != mNew.cend(); ++it)
        mOld.insert(it.key(), mBuffer->setValue(mFid, it.key(), it.value()));
}

void SetValuesCommand::undo()
{
    for (auto it = mOld.cbegin(); it != mOld.cend(); ++it)
        mBuffer->setValue(mFid, it.key(), it.value());
}

} // namespace wm
