#include "render/project_styles.h"

#include "render/reference_style.h"

#include "core/error.h"
#include "core/loaded_project.h"
#include "core/resource_paths.h"
#include "core/role_registry.h"

#include <QDir>
#include <QFileInfo>

namespace wm {

QVector<Style> loadProjectStyles(const LoadedProject& project, const RoleRegistry& roles,
                                 QStringList* notes)
{
    QVector<Style> styles;
    const QDir projectDir = QFileInfo(project.project.filePath).absoluteDir();
    for (const LoadedLayer& l : project.layers) {
        if (!l.entry.inlineStyle.isEmpty()) {
            styles << Style::fromJson(l.entry.inlineStyle);
            continue;
        }
        QString file = l.entry.style;
        if (file.isEmpty())
            if (const LayerRole* role = roles.role(l.entry.role)) {
                file = role->defaultStyle;
                if (file.isEmpty() && role->fallback && l.data)
                    file = referenceStyleFile(l.data->kind, l.entry.id, l.entry.source);
            }
        Style style;
        if (!file.isEmpty()) {
            const QString local = projectDir.filePath(file);
            const QString path =
                QFileInfo::exists(local) ? local : QDir(stylesDir()).filePath(file);
            try {
                style = Style::load(path);
            } catch (const Error& e) {
                if (notes)
                    *notes << QStringLiteral("layer \"%1\": %2; drawn with a plain symbol")
                                  .arg(l.entry.id, e.message());
            }
        }
        styles << style;
    }
    return styles;
}

std::vector<RenderLayer> renderLayers(const LoadedProject& project, const QVector<Style>& styles,
                                      const QHash<QString, std::vector<qsizetype>>& selection)
{
    std::vector<RenderLayer> out;
    for (int i = 0; i < project.layers.size(); ++i) {
        const LoadedLayer& l = project.layers[i];
        if (!l.entry.visible || !l.isReadable() || i >= styles.size())
            continue;
        if (l.raster) {
            RenderLayer raster;
            raster.id = l.entry.id;
            raster.opacity = l.entry.opacity;
            raster.raster = l.raster;
            out.push_back(std::move(raster));
            continue;
        }
        out.push_back({l.entry.id,
                       l.data,
                       styles[i],
                       l.entry.opacity,
                       selection.value(l.entry.id),
                       {},
                       {},
                       {},
                       l.remote ? l.remote->view : nullptr});
    }
    return out;
}

} // namespace wm
