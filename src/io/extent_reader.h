#pragma once

#include "core/view_source.h"
#include "io/vector_reader.h"

#include <QString>

#include <mutex>

namespace wm {

/// A ViewSource over GDAL: each view reads the features in it with a spatial filter (for
/// PostGIS the GiST index answers the bounding-box test), growing the asked extent by half
/// on every side so that panning within it reads nothing. The last answer is kept; one
/// read at a time.
class ExtentReader : public ViewSource {
public:
    /// `options` as the project reads the layer (layer name, CRSs, encoding); the source's
    /// CRS must be the project's, since the spatial filter is in source units.
    ExtentReader(QString path, ReadOptions options);

    std::shared_ptr<const Layer> featuresIn(const Extent& extent) const override;

private:
    const QString mPath;
    const ReadOptions mOptions;
    mutable std::mutex mMutex;
    mutable Extent mRead; ///< the extent the kept features were read for
    mutable std::shared_ptr<const Layer> mKept;
};

} // namespace wm
