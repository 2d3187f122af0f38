#include "io/text_encoding.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>

#include <QStringDecoder>

#include <iconv.h>

namespace wm::encoding {

bool isAscii(const QByteArray& bytes)
{
    for (const char c : bytes)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

bool isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString s = decoder.decode(bytes);
    return !decoder.hasError();
}

namespace {
bool decodesAs(const QByteArray& bytes, const char* from)
{
    // CPLRecode reports undecodable input through CPLError; capture instead of printing.
    CPLPushErrorHandler(CPLQuietErrorHandler);
    CPLErrorReset();
    char* out = CPLRecode(bytes.constData(), from, CPL_ENC_UTF8);
    const bool ok = CPLGetLastErrorType() == CE_None;
    CPLFree(out);
    CPLPopErrorHandler();
    return ok;
}
} // namespace

QString detect(const QList<QByteArray>& samples)
{
    bool allUtf8 = true;
    for (const QByteArray& s : samples) {
        if (!isAscii(s) && !isValidUtf8(s)) {
            allUtf8 = false;
            break;
        }
    }
    if (allUtf8)
        return QString::fromLatin1(Utf8);
    for (const QByteArray& s : samples)
        if (!isAscii(s) && !decodesAs(s, Gb18030))
            return QStringLiteral("ISO-8859-1");
    return QString::fromLatin1(Gb18030);
}

QString decode(const QByteArray& bytes, const QString& encodingName)
{
    if (encodingName.isEmpty() ||
        encodingName.compare(QLatin1String(Utf8), Qt::CaseInsensitive) == 0 || isAscii(bytes))
        return QString::fromUtf8(bytes);
    if (encodingName.compare(QLatin1String("ISO-8859-1"), Qt::CaseInsensitive) == 0)
        return QString::fromLatin1(bytes);
    CPLPushErrorHandler(CPLQuietErrorHandler);
    char* out = CPLRecode(bytes.constData(), encodingName.toLatin1().constData(), CPL_ENC_UTF8);
    CPLPopErrorHandler();
    const QString s = QString::fromUtf8(out);
    CPLFree(out);
    return s;
}

bool isKnown(const QString& encodingName)
{
    if (encodingName.trimmed().isEmpty())
        return false;
    // CPLRecode falls back to iconv for every name but UTF-8 and ISO-8859-1, so iconv's
    // answer is the one that decides whether the text can be read.
    const iconv_t cd = iconv_open("UTF-8", encodingName.trimmed().toLatin1().constData());
    if (cd == reinterpret_cast<iconv_t>(-1))
        return false;
    iconv_close(cd);
    return true;
}

} // namespace wm::encoding
