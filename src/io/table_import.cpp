#include "io/table_import.h"

#include "core/error.h"
#include "core/option_error.h"
#include "io/gdal_support.h"
#include "io/planner_numbers.h"
#include "io/text_encoding.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>

#include <cpl_conv.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QCoreApplication>
#include <cmath>
#include <memory>
#include <vector>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::TableImport)
};
} // namespace

namespace wm {

namespace {

/// Rows searched for the header: title blocks of Chinese reports are a few rows at most,
/// and a header further down is better given by the user than guessed.
constexpr int HeaderScanRows = 30;
/// Unnamed columns past the header that are still taken as columns (a remarks column
/// without a heading, a merged heading over two); more are the cells of a broken row.
constexpr int StrayColumnLimit = 64;
/// Columns a list may have: a GeoPackage table takes at most 2,000, a list of works far fewer.
constexpr int MaxColumns = 1000;

struct RawTable {
    QVector<QStringList> rows;
    QString driver;
    QString sheet;
    QString encoding;
    bool encodingDetected = false;
    QChar separator;
    QStringList notes;
};

bool isTextTable(const QString& path)
{
    const QString s = QFileInfo(path).suffix().toLower();
    return s == QLatin1String("csv") || s == QLatin1String("tsv") || s == QLatin1String("txt");
}

QChar guessSeparator(const QString& path, const QString& text)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("tsv"), Qt::CaseInsensitive) == 0)
        return QLatin1Char('\t');
    // Counted over the first lines only: a title row has no separators worth counting,
    // and the body decides.
    const QStringList lines = text.left(64 * 1024).split(QLatin1Char('\n'));
    qsizetype best = 0;
    QChar sep = QLatin1Char(',');
    for (const QChar c : {QLatin1Char(','), QLatin1Char('\t'), QLatin1Char(';')}) {
        qsizetype n = 0;
        for (int i = 0; i < lines.size() && i < 50; ++i)
            n += lines[i].count(c);
        if (n > best) {
            best = n;
            sep = c;
        }
    }
    return sep;
}

/// RFC 4180 with the liberties Excel takes: quoted fields with doubled quotes and line
/// breaks, CRLF or LF, no trailing empty record for the final line break.
QVector<QStringList> parseDelimited(const QString& text, QChar sep)
{
    QVector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == sep) {
            row << field;
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                ++i;
            row << field;
            rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

RawTable readText(const QString& path, const ImportOptions& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(path, Tr::tr("cannot open: %1").arg(file.errorString()));
    QByteArray bytes = file.readAll();

    RawTable t;
    t.driver = QStringLiteral("CSV");
    QString text;
    const bool utf16le = bytes.startsWith("\xFF\xFE");
    const bool utf16be = bytes.startsWith("\xFE\xFF");
    if (options.encoding.isEmpty() && (utf16le || utf16be)) {
        // Excel's "Unicode text" export: UTF-16 with a BOM, tab-separated.
        QStringDecoder decoder(utf16le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        text = decoder.decode(bytes.mid(2));
        t.encoding = utf16le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        t.encodingDetected = true;
    } else {
        const bool bom = bytes.startsWith("\xEF\xBB\xBF");
        if (!options.encoding.isEmpty()) {
            if (!encoding::isKnown(options.encoding))
                throw OptionError(QStringLiteral("encoding"),
                                  Tr::tr("\"%1\" is not a text encoding this machine knows "
                                         "(e.g. GBK, GB18030, UTF-8, UTF-16LE, Big5)")
                                      .arg(options.encoding));
            t.encoding = options.encoding.trimmed();
        } else if (bom) {
            t.encoding = QString::fromLatin1(encoding::Utf8);
            t.encodingDetected = true;
        } else {
            t.encoding = encoding::detect(bytes.split('\n'));
            t.encodingDetected = true;
        }
        const bool utf8 =
            t.encoding.compare(QLatin1String(encoding::Utf8), Qt::CaseInsensitive) == 0;
        if (bom && utf8)
            bytes.remove(0, 3);
        text = encoding::decode(bytes, t.encoding);
    }
    if (t.encodingDetected && t.encoding != QLatin1String(encoding::Utf8))
        t.notes << Tr::tr("text read as %1 (detected)").arg(t.encoding);
    t.separator = guessSeparator(path, text);
    t.rows = parseDelimited(text, t.separator);
    return t;
}

RawTable readSheet(const QString& path, const ImportOptions& options)
{
    gdal::ensureRegistered();
    if (!QFileInfo::exists(path))
        throw Error(path, Tr::tr("file not found"));
    // Headers off and every cell as text: the header row is ours to find (GDAL would take
    // a title row for it), and "0012" or "1,200" must reach the number parser unchanged.
    // GDAL 3.6 reads these per driver from config options only (the XLSX and ODS drivers
    // ignore -oo HEADERS) and some read them when a sheet is first parsed, so they stay
    // set until the last row is read.
    std::vector<std::unique_ptr<CPLConfigOptionSetter>> config;
    for (const char* driver : {"XLS", "XLSX", "ODS"}) {
        config.push_back(std::make_unique<CPLConfigOptionSetter>(
            QByteArray("OGR_").append(driver).append("_HEADERS").constData(), "DISABLE", false));
        config.push_back(std::make_unique<CPLConfigOptionSetter>(
            QByteArray("OGR_").append(driver).append("_FIELD_TYPES").constData(), "STRING", false));
    }
    const char* const openOptions[] = {"HEADERS=DISABLE", "FIELD_TYPES=STRING", nullptr};
    gdal::ErrorCollector errors;
    GDALDatasetUniquePtr ds(GDALDataset::Open(
        path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
        nullptr, openOptions, nullptr));
    if (!ds)
        throw Error(path, Tr::tr("cannot read as a table: %1")
                              .arg(errors.lastFailure(Tr::tr("GDAL found no driver for it"))));
    if (ds->GetLayerCount() == 0)
        throw Error(path, Tr::tr("contains no sheet"));

    OGRLayer* layer = nullptr;
    if (options.sheet.isEmpty()) {
        layer = ds->GetLayer(0);
    } else {
        layer = ds->GetLayerByName(options.sheet.toUtf8().constData());
        if (!layer) {
            QStringList names;
            for (OGRLayer* l : ds->GetLayers())
                names << QString::fromUtf8(l->GetName());
            throw Error(path, Tr::tr("no sheet named \"%1\" (sheets: %2)")
                                  .arg(options.sheet, names.join(QStringLiteral(", "))));
        }
    }

    RawTable t;
    t.driver = QString::fromUtf8(ds->GetDriver()->GetDescription());
    t.sheet = QString::fromUtf8(layer->GetName());
    t.encoding = QString::fromLatin1(encoding::Utf8);
    const int fieldCount = layer->GetLayerDefn()->GetFieldCount();
    for (auto& feature : *layer) {
        QStringList row;
        for (int i = 0; i < fieldCount; ++i)
            row << (feature->IsFieldSetAndNotNull(i)
                        ? QString::fromUtf8(feature->GetFieldAsString(i))
                        : QString());
        t.rows << row;
    }
    return t;
}

RawTable load(const QString& path, const ImportOptions& options)
{
    if (!QFileInfo::exists(path))
        throw Error(path, Tr::tr("file not found"));
    RawTable t = isTextTable(path) ? readText(path, options) : readSheet(path, options);
    qsizetype width = 0;
    for (QStringList& row : t.rows) {
        for (QString& cell : row)
            cell = cell.trimmed(); // QString::trimmed also drops the ideographic space
        width = std::max(width, row.size());
    }
    for (QStringList& row : t.rows)
        while (row.size() < width)
            row << QString();
    return t;
}

int filledCount(const QStringList& row)
{
    int n = 0;
    for (const QString& c : row)
        n += c.isEmpty() ? 0 : 1;
    return n;
}

bool isNumeric(const QString& cell)
{
    return parsePlannerNumber(cell).value.has_value();
}

bool allText(const QStringList& row)
{
    for (const QString& c : row)
        if (!c.isEmpty() && isNumeric(c))
            return false;
    return true;
}

QString columnLetter(int c)
{
    QString s;
    for (++c; c > 0; c = (c - 1) / 26)
        s.prepend(QChar(u'A' + (c - 1) % 26));
    return s;
}

/// Column names from one or two header rows. Excel writes a merged cell's text into its
/// first cell only, so an empty header cell takes its left neighbour's text (horizontal
/// merge) and an empty lower cell the upper one's (vertical merge).
QStringList headerNames(const QVector<QStringList>& rows, int header, int headerRows)
{
    const QStringList& top = rows[header];
    const qsizetype width = top.size();
    auto hasData = [&](int c) {
        for (int r = header + headerRows; r < rows.size(); ++r)
            if (!rows[r][c].isEmpty())
                return true;
        return false;
    };
    QStringList upper = top;
    QStringList lower = headerRows > 1 ? rows[header + 1] : QStringList(width, QString());
    for (int c = 1; c < width; ++c)
        if (upper[c].isEmpty() && (!lower[c].isEmpty() || hasData(c)))
            upper[c] = upper[c - 1];

    QHash<QString, int> lowerUses;
    for (const QString& l : lower)
        if (!l.isEmpty())
            ++lowerUses[l];
    QStringList names;
    QHash<QString, int> uses;
    for (int c = 0; c < width; ++c) {
        QString name;
        if (lower[c].isEmpty())
            name = upper[c];
        else if (upper[c].isEmpty() || lowerUses.value(lower[c]) == 1)
            name = lower[c];
        else
            name = upper[c] + QLatin1Char('/') + lower[c]; // 2021年/目标 and 2022年/目标
        if (name.isEmpty())
            name = Tr::tr("column %1").arg(columnLetter(c));
        const int n = ++uses[name];
        if (n > 1)
            name += QStringLiteral(" (%1)").arg(n);
        names << name;
    }
    return names;
}

/// Share of a header candidate's named cells that some role field takes.
bool looksLikeHeader(const LayerRole& role, const QStringList& names)
{
    QStringList filled;
    for (const QString& n : names)
        if (!n.isEmpty())
            filled << n;
    if (filled.size() < 2)
        return false;
    const qsizetype mapped = FieldMapping::map(role, filled).sourceOf.size();
    return mapped >= 1 && mapped * 2 >= filled.size();
}

/// Whether row `i + 1` continues a header at row `i`: all text, and filling cells that
/// row `i` left empty (the parts under a merged heading).
bool isSubHeader(const QVector<QStringList>& rows, int i)
{
    if (i + 1 >= rows.size() || filledCount(rows[i + 1]) == 0 || !allText(rows[i + 1]))
        return false;
    for (int c = 1; c < rows[i].size(); ++c)
        if (rows[i][c].isEmpty() && !rows[i + 1][c].isEmpty())
            return true;
    return false;
}

struct HeaderGuess {
    int row = 0;
    int rowCount = 1;
};

HeaderGuess findHeader(const QVector<QStringList>& rows, const LayerRole& role)
{
    // The widest row, leaving out a freak row (a stray line of 5,000 cells) that would
    // make every real row look like a title: wider than twice the usual width is a freak.
    QHash<int, int> widths;
    for (const QStringList& r : rows)
        if (const int n = filledCount(r); n >= 2)
            ++widths[n];
    int usual = 0;
    for (auto it = widths.cbegin(); it != widths.cend(); ++it)
        if (it.value() > widths.value(usual) ||
            (it.value() == widths.value(usual) && it.key() > usual))
            usual = it.key();
    int widest = 0;
    for (const QStringList& r : rows)
        if (const int n = filledCount(r); usual == 0 || n <= 2 * usual)
            widest = std::max(widest, n);
    const int scan = std::min<int>(HeaderScanRows, rows.size());
    auto isTitle = [&](int i) {
        const int n = filledCount(rows[i]);
        return n < 2 || n * 2 < widest;
    };
    auto withSub = [&](int i) { return HeaderGuess{i, isSubHeader(rows, i) ? 2 : 1}; };

    for (int i = 0; i < scan; ++i) {
        if (isTitle(i))
            continue;
        if (looksLikeHeader(role, rows[i]))
            return withSub(i);
        if (isSubHeader(rows, i) && looksLikeHeader(role, headerNames(rows, i, 2)))
            return {i, 2};
    }
    for (int i = 0; i < scan; ++i)
        if (filledCount(rows[i]) == widest && allText(rows[i]))
            return withSub(i);
    for (int i = 0; i < scan; ++i)
        if (!isTitle(i))
            return withSub(i);
    return {};
}

void applyOverrides(FieldMapping& m, const LayerRole& role, const QStringList& columns,
                    const QHash<QString, QString>& overrides, QStringList& notes)
{
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        if (!role.field(it.key())) {
            notes << Tr::tr("mapping: role %1 has no field \"%2\"").arg(role.id, it.key());
            continue;
        }
        if (!it.value().isEmpty() && !columns.contains(it.value())) {
            notes << Tr::tr("mapping: no column \"%1\" for field %2").arg(it.value(), it.key());
            continue;
        }
        for (auto s = m.sourceOf.begin(); s != m.sourceOf.end();)
            s = s.value() == it.value() && s.key() != it.key() ? m.sourceOf.erase(s) : ++s;
        if (it.value().isEmpty())
            m.sourceOf.remove(it.key());
        else
            m.sourceOf.insert(it.key(), it.value());
    }
    m.unmappedRequired.clear();
    m.unmappedOptional.clear();
    m.unusedColumns.clear();
    for (const RoleField& f : role.fields)
        if (!m.sourceOf.contains(f.name))
            (f.required ? m.unmappedRequired : m.unmappedOptional) << f.name;
    const QList<QString> used = m.sourceOf.values();
    for (const QString& c : columns)
        if (!used.contains(c))
            m.unusedColumns << c;
}

QString compact(const QString& cell)
{
    QString out;
    for (const QChar c : cell.normalized(QString::NormalizationForm_KC))
        if (!c.isSpace())
            out += c;
    return out;
}

/// The totals keyword in the first filled cells of a row, or an empty string.
QString totalsKeyword(const QStringList& row)
{
    static const QStringList anywhere = {QStringLiteral("合计"), QStringLiteral("总计"),
                                         QStringLiteral("小计"), QStringLiteral("共计"),
                                         QStringLiteral("累计"), QStringLiteral("总数")};
    static const QStringList whole = {QStringLiteral("全市"), QStringLiteral("全县"),
                                      QStringLiteral("全区"), QStringLiteral("全省")};
    int seen = 0;
    for (const QString& cell : row) {
        if (cell.isEmpty())
            continue;
        const QString c = compact(cell);
        for (const QString& k : anywhere)
            if (c.contains(k))
                return k;
        for (const QString& k : whole)
            if (c.startsWith(k) && c.size() <= k.size() + 2)
                return k;
        if (++seen == 2)
            break;
    }
    return {};
}

/// A footnote under the table ("注：…", or 备注 in the first column with its text beside
/// it), which would otherwise be rejected as a data row missing its values.
bool isNoteRow(const QStringList& row)
{
    if (filledCount(row) > 2)
        return false;
    static const QStringList starts = {
        QStringLiteral("注"),       QStringLiteral("备注"), QStringLiteral("说明"),
        QStringLiteral("填表"),     QStringLiteral("制表"), QStringLiteral("审核"),
        QStringLiteral("数据来源"), QStringLiteral("来源"), QStringLiteral("联系人")};
    for (const QString& cell : row) {
        if (cell.isEmpty())
            continue;
        for (const QString& s : starts)
            if (compact(cell).startsWith(s))
                return true;
        return false; // only the first filled cell says what the row is
    }
    return false;
}

const QStringList& defaultFillDown()
{
    static const QStringList fields = {QStringLiteral("county"),   QStringLiteral("county_code"),
                                       QStringLiteral("township"), QStringLiteral("township_code"),
                                       QStringLiteral("unit"),     QStringLiteral("unit_code"),
                                       QStringLiteral("indicator")};
    return fields;
}

/// Parses one cell into `field`'s type; returns the error text, empty when it read.
QString parseCell(const RoleField& field, const QString& cell, QVariant& value)
{
    value = QVariant();
    if (cell.isEmpty())
        return {};
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Integer64:
    case FieldType::Real: {
        QString text = cell;
        // A year column reads "2021年"; 年 is no unit anywhere else.
        if (field.name == QLatin1String("year") && text.endsWith(QStringLiteral("年")))
            text.chop(1);
        const ParsedNumber n = parsePlannerNumber(text, field.unit);
        if (!n.value)
            return n.error.isEmpty() ? Tr::tr("\"%1\" is not a number").arg(cell) : n.error;
        if (field.type == FieldType::Real) {
            value = *n.value;
            return {};
        }
        const double r = std::round(*n.value);
        if (std::abs(*n.value - r) > 1e-6 * std::max(1.0, std::abs(r)))
            return Tr::tr("\"%1\" is not a whole number").arg(cell);
        value = static_cast<qint64>(r);
        return {};
    }
    default:
        value = cell;
        return {};
    }
}

} // namespace

int TableImport::filledCellCount() const
{
    int n = 0;
    for (const int c : filledCells)
        n += c;
    return n;
}

QVector<QStringList> TableImport::readCells(const QString& path, const ImportOptions& options,
                                            QString* encodingUsed, QString* sheetUsed)
{
    RawTable t = load(path, options);
    if (encodingUsed)
        *encodingUsed = t.encoding;
    if (sheetUsed)
        *sheetUsed = t.sheet;
    return t.rows;
}

TableImport TableImport::read(const QString& path, const LayerRole& role,
                              const ImportOptions& options)
{
    RawTable raw = load(path, options);
    TableImport t;
    t.path = path;
    t.driver = raw.driver;
    t.sheet = raw.sheet;
    t.encoding = raw.encoding;
    t.encodingDetected = raw.encodingDetected;
    t.separator = raw.separator;
    t.notes = raw.notes;
    const QVector<QStringList>& rows = raw.rows;
    if (rows.isEmpty()) {
        t.notes << Tr::tr("the table is empty");
        return t;
    }

    HeaderGuess header;
    if (options.headerRow > 0) {
        if (options.headerRow > rows.size())
            throw Error(path, Tr::tr("header row %1 is beyond the last row (%2)")
                                  .arg(options.headerRow)
                                  .arg(rows.size()));
        header = {options.headerRow - 1, isSubHeader(rows, options.headerRow - 1) ? 2 : 1};
    } else {
        header = findHeader(rows, role);
    }
    t.headerRow = header.row + 1;
    t.headerRowCount = header.rowCount;
    for (int i = 0; i < header.row; ++i)
        t.titleRows << i + 1;
    t.columns = headerNames(rows, header.row, header.rowCount);
    // A row with thousands of cells (a line of a broken export) must not widen the table
    // by thousands of columns: the table ends a little past the header, and that row is
    // rejected below.
    qsizetype named = 0;
    for (int h = header.row; h < header.row + header.rowCount; ++h)
        for (qsizetype c = 0; c < rows[h].size(); ++c)
            if (!rows[h][c].isEmpty())
                named = std::max(named, c + 1);
    qsizetype cut = -1;
    if (t.columns.size() - named > StrayColumnLimit) {
        cut = named;
        t.columns = t.columns.mid(0, named);
    }
    if (t.columns.size() > MaxColumns)
        throw Error(path, Tr::tr("the header on row %1 has %2 columns; WorksMap imports lists "
                                 "of at most %3")
                              .arg(header.row + 1)
                              .arg(t.columns.size())
                              .arg(MaxColumns));
    t.mapping = FieldMapping::map(role, t.columns);
    if (!options.columnOf.isEmpty())
        applyOverrides(t.mapping, role, t.columns, options.columnOf, t.notes);

    struct Bound {
        const RoleField* field;
        int column;
    };
    // A mapped field takes its value from the mapping, never from a column of its name.
    QStringList mappedFields;
    struct Mapped {
        const ValueMapping* mapping;
        const RoleField* field;
        int column; ///< -1 for a constant
    };
    QVector<Mapped> mapped;
    for (const ValueMapping& m : options.valueMappings) {
        const RoleField* field = role.field(m.field);
        if (!field)
            continue;
        const int column = m.isConstant() ? -1 : int(t.columns.indexOf(m.column));
        if (!m.isConstant() && column < 0)
            throw Error(path, Tr::tr("no column \"%1\" to map %2 from (columns: %3)")
                                  .arg(m.column, m.field, t.columns.join(QStringLiteral(", "))));
        mapped.append({&m, field, column});
        t.mappings.append(m);
        mappedFields << m.field;
    }
    QVector<Bound> bound;
    for (const RoleField& f : role.fields)
        if (t.mapping.sourceOf.contains(f.name) && !mappedFields.contains(f.name))
            bound.append({&f, int(t.columns.indexOf(t.mapping.sourceOf.value(f.name)))});
    const QStringList fillFields = options.fillDown.value_or(defaultFillDown());
    QHash<int, QString> lastValue; // column → last value seen in a data row
    QString missingRequired;
    QStringList unmapped = t.mapping.unmappedRequired;
    for (const QString& derived : options.derivedFields + mappedFields)
        unmapped.removeAll(derived);
    if (!unmapped.isEmpty())
        missingRequired =
            Tr::tr("no column for required field(s) %1").arg(unmapped.join(QStringLiteral(", ")));

    for (int r = header.row + header.rowCount; r < rows.size(); ++r) {
        const int sourceRow = r + 1;
        ++t.rowsRead;
        QStringList cells = rows[r];
        if (cut >= 0) {
            qsizetype beyond = 0;
            for (qsizetype c = cut; c < cells.size(); ++c)
                beyond += cells[c].isEmpty() ? 0 : 1;
            if (beyond > 0) {
                t.rejects.append({sourceRow,
                                  Tr::tr("%1 cell(s) past the header's %2 columns (a broken "
                                         "row?)")
                                      .arg(beyond)
                                      .arg(cut),
                                  cells.mid(0, cut)});
                continue;
            }
            cells = cells.mid(0, cut);
        }
        if (filledCount(cells) == 0) {
            t.excluded.append({sourceRow, Tr::tr("blank row"), cells});
            continue;
        }
        if (const QString k = totalsKeyword(cells); !k.isEmpty()) {
            t.excluded.append({sourceRow, Tr::tr("totals row (%1)").arg(k), cells});
            continue;
        }
        if (isNoteRow(cells)) {
            t.excluded.append({sourceRow, Tr::tr("note row"), cells});
            continue;
        }
        if (cells == rows[header.row]) {
            t.excluded.append(
                {sourceRow, Tr::tr("header repeated (a page break in the source)"), cells});
            continue;
        }

        ImportedRow row;
        row.sourceRow = sourceRow;
        // Groups nest (county ⊃ township): a row that names its county starts a new group,
        // so its empty township is not the township of the county above. Fields are taken
        // in the fill-down list's order, outermost first.
        QVector<Bound> fillOrder;
        for (const QString& name : fillFields)
            for (const Bound& b : bound)
                if (b.field->name == name)
                    fillOrder.append(b);
        bool newGroup = false;
        for (const Bound& b : fillOrder) {
            if (newGroup && cells[b.column].isEmpty()) {
                lastValue.remove(b.column);
                continue;
            }
            if (!cells[b.column].isEmpty() && lastValue.value(b.column) != cells[b.column])
                newGroup = true;
            if (cells[b.column].isEmpty() && lastValue.contains(b.column)) {
                cells[b.column] = lastValue.value(b.column);
                row.filledFields << b.field->name;
                ++t.filledCells[b.field->name];
            } else if (!cells[b.column].isEmpty()) {
                lastValue.insert(b.column, cells[b.column]);
            }
        }

        QStringList reasons;
        if (!missingRequired.isEmpty())
            reasons << missingRequired;
        for (const Bound& b : bound) {
            QVariant value;
            const QString error = parseCell(*b.field, cells[b.column], value);
            const QString where = QStringLiteral("%1 (%2)").arg(b.field->name, t.columns[b.column]);
            if (!error.isEmpty()) {
                if (b.field->required)
                    reasons << Tr::tr("%1: %2").arg(where, error);
                else
                    row.warnings << Tr::tr("%1: %2").arg(where, error);
            } else if (b.field->required && value.isNull() &&
                       !options.derivedFields.contains(b.field->name)) {
                reasons << Tr::tr("%1 is empty").arg(where);
            }
            row.values.insert(b.field->name, value);
        }
        for (const Mapped& m : mapped) {
            const QString cell = m.column < 0 ? QString() : cells[m.column];
            const std::optional<QString> to = m.mapping->valueFor(cell);
            QVariant value;
            if (!to) {
                reasons
                    << Tr::tr("no %1 for %2 \"%3\"").arg(m.field->name, m.mapping->column, cell);
                ++t.unmappedValues[m.field->name][cell];
            } else if (const QString error = parseCell(*m.field, *to, value); !error.isEmpty()) {
                reasons << Tr::tr("%1: %2").arg(m.field->name, error);
            }
            row.values.insert(m.field->name, value);
        }
        row.cells = cells;
        if (reasons.isEmpty())
            t.rows.append(std::move(row));
        else
            t.rejects.append({sourceRow, reasons.join(QStringLiteral("; ")), cells});
    }

    if (!t.titleRows.isEmpty())
        t.notes << Tr::tr("%n title row(s) above the header skipped", nullptr,
                          int(t.titleRows.size()));
    if (const int filled = t.filledCellCount(); filled > 0)
        t.notes << Tr::tr("%1 empty cell(s) filled down from the row above").arg(filled);
    if (!missingRequired.isEmpty())
        t.notes << missingRequired;
    // Rows are only read here; placing them (names, coordinates) may reject more, and the
    // import's own summary counts those: "imported" here contradicted it.
    t.notes << Tr::tr("%1 row(s) read: %2 with readable cells, %3 rejected for unreadable "
                      "cells, %4 excluded")
                   .arg(t.rowsRead)
                   .arg(t.rows.size())
                   .arg(t.rejects.size())
                   .arg(t.excluded.size());
    return t;
}

} // namespace wm
