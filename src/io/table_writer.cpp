#include "io/table_writer.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::TableWriter)
};
} // namespace

namespace wm {

namespace {
QString quoted(const QString& field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')))
        return field;
    QString f = field;
    f.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + f + QLatin1Char('"');
}
} // namespace

void writeCsv(const QString& path, const QStringList& header, const QVector<QStringList>& rows)
{
    QByteArray bytes("\xEF\xBB\xBF");
    auto line = [&](const QStringList& fields) {
        QStringList q;
        for (const QString& f : fields)
            q << quoted(f);
        bytes += q.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    line(header);
    for (const QStringList& r : rows)
        line(r);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush() ||
        !file.commit())
        throw Error(path, Tr::tr("cannot write: %1").arg(file.errorString()));
}

void writeCsv(const QString& path, const SheetTable& table)
{
    QVector<QStringList> rows;
    rows.reserve(table.rows.size());
    for (const auto& r : table.rows) {
        QStringList line;
        for (const auto& c : r)
            line << c.text;
        rows.push_back(line);
    }
    writeCsv(path, table.header, rows);
}

void writeCsv(const QString& path, const TextTable& table)
{
    writeCsv(path, table.header, table.rows);
}

} // namespace wm
