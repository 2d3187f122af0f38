#include "core/field_mapping.h"

#include <QSet>

namespace wm {

QString normalizeColumnName(const QString& name)
{
    QString n = name.normalized(QString::NormalizationForm_KC).toLower();
    n.remove(QChar(0xFEFF)); // a BOM glued to the first header of a CSV
    QString out;
    out.reserve(n.size());
    for (const QChar c : n)
        if (!c.isSpace())
            out += c;
    return out;
}

FieldMapping FieldMapping::map(const LayerRole& role, const QStringList& columns)
{
    FieldMapping mapping;
    QStringList normalized;
    for (const QString& c : columns)
        normalized << normalizeColumnName(c);
    QSet<int> used;

    auto assign = [&](const RoleField& field, bool exact) {
        int best = -1;
        qsizetype bestLength = 0;
        for (const QString& alias : field.aliases) {
            const QString a = normalizeColumnName(alias);
            // A one-letter alias ("x") inside a longer header is a coincidence, not a match.
            if (a.isEmpty() || (!exact && a.size() < 2))
                continue;
            for (int i = 0; i < normalized.size(); ++i) {
                if (used.contains(i))
                    continue;
                const bool hit = exact ? normalized[i] == a : normalized[i].contains(a);
                if (hit && a.size() > bestLength) {
                    best = i;
                    bestLength = a.size();
                }
            }
        }
        if (best >= 0) {
            used.insert(best);
            mapping.sourceOf.insert(field.name, columns[best]);
        }
    };
    for (const RoleField& f : role.fields)
        assign(f, true);
    for (const RoleField& f : role.fields)
        if (!mapping.sourceOf.contains(f.name))
            assign(f, false);

    for (const RoleField& f : role.fields) {
        if (mapping.sourceOf.contains(f.name))
            continue;
        (f.required ? mapping.unmappedRequired : mapping.unmappedOptional) << f.name;
    }
    for (int i = 0; i < columns.size(); ++i)
        if (!used.contains(i))
            mapping.unusedColumns << columns[i];
    return mapping;
}

int columnByAlias(const QStringList& columns, const QStringList& aliases)
{
    for (const QString& alias : aliases)
        for (int i = 0; i < columns.size(); ++i)
            if (normalizeColumnName(columns[i]) == normalizeColumnName(alias))
                return i;
    return -1;
}

} // namespace wm
