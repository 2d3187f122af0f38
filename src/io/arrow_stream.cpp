#include "io/arrow_stream.h"

#include <ogrsf_frmts.h>

#include <cstring>

namespace wm {

namespace {

ArrowStream::ColumnType typeOfFormat(const char* f)
{
    using T = ArrowStream::ColumnType;
    if (!f || !f[0] || f[1] != '\0')
        return T::Unsupported; // nested, temporal, decimal, dictionary: feature by feature
    switch (f[0]) {
    case 'i':
        return T::Int32;
    case 'l':
        return T::Int64;
    case 's':
        return T::Int16;
    case 'c':
        return T::Int8;
    case 'b':
        return T::Bool;
    case 'f':
        return T::Float32;
    case 'g':
        return T::Float64;
    case 'u':
        return T::Utf8;
    case 'U':
        return T::LargeUtf8;
    case 'z':
        return T::Binary;
    case 'Z':
        return T::LargeBinary;
    default:
        return T::Unsupported;
    }
}

bool bit(const void* bitmap, std::int64_t i)
{
    return (static_cast<const std::uint8_t*>(bitmap)[i >> 3] >> (i & 7)) & 1;
}

} // namespace

ArrowStream::ArrowStream(OGRLayer* layer, int maxFeaturesInBatch)
{
    const QByteArray batch = "MAX_FEATURES_IN_BATCH=" + QByteArray::number(maxFeaturesInBatch);
    const char* options[] = {"INCLUDE_FID=YES", batch.constData(), nullptr};
    if (!layer->GetArrowStream(&mStream, options)) {
        mError = QStringLiteral("GDAL offers no Arrow stream for this layer");
        return;
    }
    if (mStream.get_schema(&mStream, &mSchema) != 0) {
        const char* e = mStream.get_last_error ? mStream.get_last_error(&mStream) : nullptr;
        mError = e ? QString::fromUtf8(e) : QStringLiteral("no Arrow schema");
        return;
    }
    if (std::strcmp(mSchema.format, "+s") != 0) {
        mError = QStringLiteral("the Arrow schema is not a struct of columns");
        return;
    }
    for (std::int64_t i = 0; i < mSchema.n_children; ++i) {
        const ArrowSchema* c = mSchema.children[i];
        mNames << QString::fromUtf8(c->name ? c->name : "");
        mTypes.push_back(c->dictionary ? ColumnType::Unsupported : typeOfFormat(c->format));
    }
    mOpen = true;
}

ArrowStream::~ArrowStream()
{
    if (mBatch.release)
        mBatch.release(&mBatch);
    if (mSchema.release)
        mSchema.release(&mSchema);
    if (mStream.release)
        mStream.release(&mStream);
}

bool ArrowStream::next()
{
    if (!mOpen)
        return false;
    if (mBatch.release)
        mBatch.release(&mBatch);
    std::memset(&mBatch, 0, sizeof mBatch);
    if (mStream.get_next(&mStream, &mBatch) != 0) {
        const char* e = mStream.get_last_error ? mStream.get_last_error(&mStream) : nullptr;
        mError = e ? QString::fromUtf8(e) : QStringLiteral("reading an Arrow batch failed");
        mBatch.release = nullptr;
        return false;
    }
    if (!mBatch.release)
        return false; // end of stream
    if (mBatch.n_children != mSchema.n_children) {
        mError = QStringLiteral("an Arrow batch does not match its schema");
        return false;
    }
    return true;
}

bool ArrowStream::isNull(int col, std::int64_t row) const
{
    const ArrowArray& a = child(col);
    if (a.null_count == 0 || !a.buffers[0])
        return false;
    return !bit(a.buffers[0], a.offset + row);
}

std::int64_t ArrowStream::integer(int col, std::int64_t row) const
{
    const ArrowArray& a = child(col);
    const std::int64_t i = a.offset + row;
    switch (mTypes[std::size_t(col)]) {
    case ColumnType::Int32:
        return static_cast<const std::int32_t*>(a.buffers[1])[i];
    case ColumnType::Int64:
        return static_cast<const std::int64_t*>(a.buffers[1])[i];
    case ColumnType::Int16:
        return static_cast<const std::int16_t*>(a.buffers[1])[i];
    case ColumnType::Int8:
        return static_cast<const std::int8_t*>(a.buffers[1])[i];
    case ColumnType::Bool:
        return bit(a.buffers[1], i) ? 1 : 0;
    case ColumnType::Float32:
    case ColumnType::Float64:
        return std::int64_t(real(col, row));
    default:
        return 0;
    }
}

double ArrowStream::real(int col, std::int64_t row) const
{
    const ArrowArray& a = child(col);
    const std::int64_t i = a.offset + row;
    switch (mTypes[std::size_t(col)]) {
    case ColumnType::Float32:
        return static_cast<const float*>(a.buffers[1])[i];
    case ColumnType::Float64:
        return static_cast<const double*>(a.buffers[1])[i];
    default:
        return double(integer(col, row));
    }
}

QByteArrayView ArrowStream::bytes(int col, std::int64_t row) const
{
    const ArrowArray& a = child(col);
    const std::int64_t i = a.offset + row;
    const char* data = static_cast<const char*>(a.buffers[2]);
    switch (mTypes[std::size_t(col)]) {
    case ColumnType::Utf8:
    case ColumnType::Binary: {
        const auto* off = static_cast<const std::int32_t*>(a.buffers[1]);
        return QByteArrayView(data + off[i], off[i + 1] - off[i]);
    }
    case ColumnType::LargeUtf8:
    case ColumnType::LargeBinary: {
        const auto* off = static_cast<const std::int64_t*>(a.buffers[1]);
        return QByteArrayView(data + off[i], qsizetype(off[i + 1] - off[i]));
    }
    default:
        return QByteArrayView();
    }
}

} // namespace wm
