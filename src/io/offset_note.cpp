#include "io/offset_note.h"

#include "core/error.h"
#include "core/layer.h"
#include "core/loaded_project.h"
#include "core/offset_check.h"

#include <QCoreApplication>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::OffsetNote)
};
} // namespace

namespace wm {

namespace {

bool outlined(const LoadedLayer& l)
{
    return l.data && (l.data->kind == GeometryKind::Line || l.data->kind == GeometryKind::Polygon);
}

/// The first boundary layer with polygons other than `layer`.
const LoadedLayer* reference(const LoadedProject& project, const LoadedLayer& layer)
{
    for (const LoadedLayer& l : project.layers)
        if (l.entry.id != layer.entry.id && l.entry.role == QLatin1String("boundary") && l.data &&
            l.data->kind == GeometryKind::Polygon)
            return &l;
    return nullptr;
}

QString offsetName(ChinaOffset offset)
{
    return offset == ChinaOffset::Bd09 ? QStringLiteral("BD-09") : QStringLiteral("GCJ-02");
}

} // namespace

std::optional<OffsetNote> offsetNote(const LoadedLayer& layer, const LoadedProject& project)
{
    // Web maps only publish lon/lat; a layer with a projected CRS or an offset already set
    // is what it says.
    if (!outlined(layer) || !layer.entry.sourceCrs.isEmpty() ||
        (layer.data->sourceCrs.isValid() && !layer.data->sourceCrs.isGeographic()))
        return std::nullopt;
    const LoadedLayer* boundary = reference(project, layer);
    if (!boundary || !project.crs.isValid())
        return std::nullopt;
    std::optional<OffsetEvidence> e;
    try {
        e = compareWithReference(*layer.data, *boundary->data, project.crs);
    } catch (const Error&) {
        return std::nullopt; // no way to lon/lat: nothing to say
    }
    if (!e || (!e->layerOffset && !e->referenceLooksGcj02))
        return std::nullopt;
    OffsetNote note;
    note.referenceId = boundary->entry.id;
    note.layerOffset = e->layerOffset;
    if (e->layerOffset) {
        const double moved = *e->layerOffset == ChinaOffset::Bd09 ? e->asBd09 : e->asGcj02;
        note.text = Tr::tr("looks like %1: its outlines lie a median %2 m from those of \"%3\" "
                           "(%4 vertices), %5 m once read as %1; if it came from a web map, "
                           "set its coordinates to %1 (\"sourceCrs\": \"%6\")")
                        .arg(offsetName(*e->layerOffset))
                        .arg(qRound(e->asRead))
                        .arg(boundary->entry.id)
                        .arg(e->vertices)
                        .arg(qRound(moved))
                        .arg(*e->layerOffset == ChinaOffset::Bd09 ? QStringLiteral("bd09")
                                                                  : QStringLiteral("gcj02"));
    } else {
        note.text = Tr::tr("its outlines lie a median %1 m from those of \"%2\" (%3 vertices) "
                           "and %4 m once moved into GCJ-02: \"%2\" looks like GCJ-02 (set its "
                           "\"sourceCrs\" to \"gcj02\")")
                        .arg(qRound(e->asRead))
                        .arg(boundary->entry.id)
                        .arg(e->vertices)
                        .arg(qRound(e->referenceGcj));
    }
    return note;
}

} // namespace wm
