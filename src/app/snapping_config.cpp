#include "app/snapping_config.h"

#include <QSettings>

#include <array>
#include <utility>

namespace wm {

namespace {
constexpr std::array<std::pair<SnappingConfig::Mode, const char*>, 3> kModes{
    {{SnappingConfig::Mode::CurrentLayer, "current"},
     {SnappingConfig::Mode::AllLayers, "all"},
     {SnappingConfig::Mode::ChosenLayers, "chosen"}}};
} // namespace

SnappingConfig SnappingConfig::load()
{
    const QSettings s;
    SnappingConfig c;
    c.enabled = s.value(QStringLiteral("snapping/enabled"), c.enabled).toBool();
    const QString mode = s.value(QStringLiteral("snapping/mode")).toString();
    for (const auto& [m, name] : kModes)
        if (mode == QLatin1String(name))
            c.mode = m;
    const double tolerance =
        s.value(QStringLiteral("snapping/tolerancePixels"), c.tolerancePixels).toDouble();
    if (tolerance >= 1 && tolerance <= 100)
        c.tolerancePixels = tolerance;
    c.layers = s.value(QStringLiteral("snapping/layers")).toStringList();
    c.pointsOntoPoints =
        s.value(QStringLiteral("snapping/pointsOntoPoints"), c.pointsOntoPoints).toBool();
    return c;
}

void SnappingConfig::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("snapping/enabled"), enabled);
    for (const auto& [m, name] : kModes)
        if (m == mode)
            s.setValue(QStringLiteral("snapping/mode"), QString::fromLatin1(name));
    s.setValue(QStringLiteral("snapping/tolerancePixels"), tolerancePixels);
    s.setValue(QStringLiteral("snapping/layers"), layers);
    s.setValue(QStringLiteral("snapping/pointsOntoPoints"), pointsOntoPoints);
}

} // namespace wm
