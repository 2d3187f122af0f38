#include "core/road_speeds.h"

#include "core/error.h"
#include "core/json_file.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::RoadSpeeds)
};
} // namespace

namespace wm {

bool travelModeFromName(const QString& name, TravelMode& mode)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("walk"))
        mode = TravelMode::Walk;
    else if (n == QLatin1String("bike"))
        mode = TravelMode::Bike;
    else if (n == QLatin1String("drive"))
        mode = TravelMode::Drive;
    else
        return false;
    return true;
}

RoadSpeeds RoadSpeeds::load(const QString& path)
{
    const QJsonObject json = readJsonObject(path);
    RoadSpeeds s;
    const auto positive = [&](const QJsonValue& v, const QString& key, double fallback) {
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble() || !(v.toDouble() > 0) || !std::isfinite(v.toDouble()))
            throw Error(path, Tr::tr("\"%1\" must be a speed in km/h above 0").arg(key));
        return v.toDouble();
    };
    s.defaultKmh = positive(json.value(QStringLiteral("default_kmh")),
                            QStringLiteral("default_kmh"), s.defaultKmh);
    const QJsonObject classes = json.value(QStringLiteral("classes")).toObject();
    for (auto it = classes.begin(); it != classes.end(); ++it)
        s.byClass.insert(it.key().trimmed().toLower(), positive(it.value(), it.key(), 0));
    for (const QJsonValue& v : json.value(QStringLiteral("no_walk_or_bike")).toArray())
        s.noWalkOrBike.insert(v.toString().trimmed().toLower());
    s.walkKmh =
        positive(json.value(QStringLiteral("walk_kmh")), QStringLiteral("walk_kmh"), s.walkKmh);
    s.bikeKmh =
        positive(json.value(QStringLiteral("bike_kmh")), QStringLiteral("bike_kmh"), s.bikeKmh);
    const QJsonObject access = json.value(QStringLiteral("access_kmh")).toObject();
    s.accessWalkKmh = positive(access.value(QStringLiteral("walk")),
                               QStringLiteral("access_kmh.walk"), s.accessWalkKmh);
    s.accessBikeKmh = positive(access.value(QStringLiteral("bike")),
                               QStringLiteral("access_kmh.bike"), s.accessBikeKmh);
    s.accessDriveKmh = positive(access.value(QStringLiteral("drive")),
                                QStringLiteral("access_kmh.drive"), s.accessDriveKmh);
    return s;
}

double RoadSpeeds::speed(const QString& roadClass, double speedKmh, TravelMode mode) const
{
    const QString c = roadClass.trimmed().toLower();
    switch (mode) {
    case TravelMode::Walk:
        return noWalkOrBike.contains(c) ? 0.0 : walkKmh;
    case TravelMode::Bike:
        return noWalkOrBike.contains(c) ? 0.0 : bikeKmh;
    case TravelMode::Drive:
        if (speedKmh > 0 && std::isfinite(speedKmh))
            return speedKmh;
        return byClass.value(c, defaultKmh);
    }
    return 0;
}

double RoadSpeeds::accessSpeed(TravelMode mode) const
{
    switch (mode) {
    case TravelMode::Walk:
        return accessWalkKmh;
    case TravelMode::Bike:
        return accessBikeKmh;
    case TravelMode::Drive:
        return accessDriveKmh;
    }
    return accessWalkKmh;
}

} // namespace wm
