#pragma once

#include "render/map_renderer.h"
#include "render/style.h"

#include <QHash>
#include <QStringList>
#include <QVector>

namespace wm {

struct LoadedProject;
class RoleRegistry;

/// The style of each layer of a project, in project order: the layer's inline style,
/// else its style file (relative to the project, else in styles/), else its role's
/// default. A style file that cannot be read falls back to a plain symbol and a note.
QVector<Style> loadProjectStyles(const LoadedProject& project, const RoleRegistry& roles,
                                 QStringList* notes = nullptr);

/// The visible, available layers of `project` as a renderer takes them, bottom first.
/// `selection` maps layer ids to selected feature indices.
std::vector<RenderLayer> renderLayers(const LoadedProject& project, const QVector<Style>& styles,
                                      const QHash<QString, std::vector<qsizetype>>& selection = {});

} // namespace wm
