#include "core/json_file.h"

#include "core/error.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

#include <QCoreApplication>
#include <QSaveFile>
#include <algorithm>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::JsonFile)
};
} // namespace

namespace wm {

QJsonObject readJsonObject(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        throw Error(path, Tr::tr("file not found"));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(path, Tr::tr("cannot read: %1").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports a byte offset; people look for a line and a column.
        const int offset = std::clamp<int>(parseError.offset, 0, int(bytes.size()));
        int line = 1, column = 1;
        for (int i = 0; i < offset; ++i) {
            if (bytes[i] == '\n') {
                ++line;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                ++column;
            }
        }
        throw Error(path, Tr::tr("JSON syntax error: %1").arg(parseError.errorString()), line,
                    column);
    }
    if (!doc.isObject())
        throw Error(path, Tr::tr("expected a JSON object at the top level"));
    return doc.object();
}

void writeJsonObjectAtomically(const QString& path, const QJsonObject& object)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(path, Tr::tr("cannot write: %1").arg(file.errorString()));
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    // QSaveFile (Qt 6.4) ignores a failed flush when it closes the temporary file and
    // would rename a truncated file into place; flushing first surfaces that error.
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        throw Error(path, Tr::tr("cannot write: %1").arg(reason));
    }
    if (!file.commit())
        throw Error(path, Tr::tr("cannot save: %1").arg(file.errorString()));
}

} // namespace wm
