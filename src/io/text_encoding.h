#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace wm {

/// Text encodings of attribute data that WorksMap meets in Chinese planning files:
/// UTF-8 (GeoPackage, GeoJSON, XLSX, modern CSV) and GBK/GB18030 (DBF without .cpg,
/// CSV saved by Excel on a Chinese Windows). Conversion goes through GDAL's CPLRecode
/// (iconv), never a hand-written table.
namespace encoding {

inline constexpr const char* Utf8 = "UTF-8";
inline constexpr const char* Gb18030 = "GB18030"; ///< superset of GBK and GB2312

bool isValidUtf8(const QByteArray& bytes);
bool isAscii(const QByteArray& bytes);

/// "UTF-8" if every sample is valid UTF-8, else "GB18030" if iconv decodes every
/// sample as GB18030, else "ISO-8859-1" (which decodes anything, so no row is lost).
QString detect(const QList<QByteArray>& samples);

/// Decodes `bytes` written in `encodingName` (an iconv name: UTF-8, GBK, GB18030, CP936…).
QString decode(const QByteArray& bytes, const QString& encodingName);
/// Whether this machine's iconv (which decode() goes through) knows `encodingName`:
/// "GBK", "gb18030", "CP936" yes; a typing error no.
bool isKnown(const QString& encodingName);

} // namespace encoding
} // namespace wm
