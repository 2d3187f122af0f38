#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <ogr_recordbatch.h>

#include <cstdint>
#include <vector>

class OGRLayer;

namespace wm {

/// A GDAL layer read as Arrow record batches (OGR_L_GetArrowStream, the C data
/// interface): whole columns per batch instead of one OGRFeature per row. Reads the
/// column kinds a planning layer has: integers, reals, booleans, UTF-8 text and binary
/// (WKB geometry). Anything else makes the stream unsupported, and the caller reads
/// feature by feature instead.
class ArrowStream {
public:
    enum class ColumnType {
        Int32,
        Int64,
        Int16,
        Int8,
        Bool,
        Float32,
        Float64,
        Utf8,
        LargeUtf8,
        Binary,
        LargeBinary,
        Unsupported
    };

    /// Opens the stream; isOpen() false (with error()) if GDAL refuses.
    ArrowStream(OGRLayer* layer, int maxFeaturesInBatch = 16384);
    ~ArrowStream();
    ArrowStream(const ArrowStream&) = delete;
    ArrowStream& operator=(const ArrowStream&) = delete;

    bool isOpen() const { return mOpen; }
    QString error() const { return mError; }

    int columnCount() const { return int(mNames.size()); }
    const QStringList& columnNames() const { return mNames; }
    ColumnType columnType(int col) const { return mTypes[std::size_t(col)]; }
    int indexOf(const QString& name) const { return int(mNames.indexOf(name)); }

    /// Loads the next batch; false at the end or on error (then error() is set).
    bool next();
    std::int64_t length() const { return mBatch.release ? mBatch.length : 0; }

    bool isNull(int col, std::int64_t row) const;
    std::int64_t integer(int col, std::int64_t row) const;
    double real(int col, std::int64_t row) const;
    /// Text or binary bytes of a cell (valid until next()).
    QByteArrayView bytes(int col, std::int64_t row) const;

private:
    const ArrowArray& child(int col) const { return *mBatch.children[col]; }

    ArrowArrayStream mStream{};
    ArrowSchema mSchema{};
    ArrowArray mBatch{};
    bool mOpen = false;
    QString mError;
    QStringList mNames;
    std::vector<ColumnType> mTypes;
};

} // namespace wm
