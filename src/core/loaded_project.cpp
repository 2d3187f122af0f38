#include "core/loaded_project.h"

namespace wm {

QString LoadedLayer::columnOf(const QString& field) const
{
    const QString mapped = mapping.sourceOf.value(field);
    if (!mapped.isEmpty())
        return mapped;
    if (data && data->attributes.indexOf(field) >= 0)
        return field;
    return {};
}

const LoadedLayer* LoadedProject::layer(const QString& id) const
{
    for (const LoadedLayer& l : layers)
        if (l.entry.id == id)
            return &l;
    return nullptr;
}

int LoadedProject::unavailableCount() const
{
    int n = 0;
    for (const LoadedLayer& l : layers)
        n += l.isReadable() ? 0 : 1;
    return n;
}

Project LoadedProject::toProject() const
{
    Project p = project;
    p.layers.clear();
    for (const LoadedLayer& l : layers)
        if (!l.entry.source.isEmpty()) // layers made in memory are not part of the file
            p.layers << l.entry;
    return p;
}

} // namespace wm
