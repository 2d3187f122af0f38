#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace wm {

/// How a road network is travelled: on foot, by bicycle or by car.
enum class TravelMode { Walk, Bike, Drive };

/// "walk", "bike", "drive" → the mode; false for anything else.
bool travelModeFromName(const QString& name, TravelMode& mode);

/// Speeds by road class (layers/road_speeds.json): OSM classes and Chinese road grades.
struct RoadSpeeds {
    double defaultKmh = 30;
    QHash<QString, double> byClass; ///< lower-case class → km/h (driving)
    QSet<QString> noWalkOrBike;     ///< lower-case classes closed on foot and by bicycle
    double walkKmh = 5;
    double bikeKmh = 15;
    double accessWalkKmh = 5, accessBikeKmh = 12, accessDriveKmh = 20;

    /// Reads `path`; throws wm::Error naming it for a missing file or a speed that is not a
    /// positive number.
    static RoadSpeeds load(const QString& path);

    /// km/h of a road of class `roadClass` (a `speedKmh` > 0 from the layer wins when
    /// driving); 0 where the mode may not go.
    double speed(const QString& roadClass, double speedKmh, TravelMode mode) const;
    /// km/h of the leg from a place to its nearest road.
    double accessSpeed(TravelMode mode) const;
};

} // namespace wm
