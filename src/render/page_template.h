#pragma once

#include <QJsonObject>
#include <QMarginsF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace wm {

/// A page layout template (styles/layouts/*.json): paper, resolution, margins and which
/// elements a thematic map page carries. Lengths are millimetres.
///
///   {"name": "A4 landscape", "nameZh": "A4 横版", "page": "A4", "orientation": "landscape", "dpi":
///   300,
///    "margins": 10, "titleSize": 18, "subtitleSize": 11, "legend": true,
///    "scaleBar": true, "northArrow": true, "inset": true, "notes": true, "grid": false,
///    "sideColumn": 62, "legendExclude": ["division_villages"]}
///
/// "page" is "A4", "A3" or [width, height] in mm; "margins" one number or [top, right,
/// bottom, left].
struct PageTemplate {
    QString name = QStringLiteral("A4 landscape");
    QString nameZh = QStringLiteral("A4 横版"); ///< the name shown in the Chinese interface
    QSizeF pageMm{297, 210};
    double dpi = 300;
    QMarginsF marginsMm{10, 10, 10, 10};
    double titleSize = 18;    ///< points
    double subtitleSize = 11; ///< points
    bool legend = true;
    bool scaleBar = true;
    bool northArrow = true;
    bool inset = true;
    bool notes = true;
    bool grid = false;
    double sideColumnMm = 62;  ///< legend, inset, indicator table and chart beside the map
    QStringList legendExclude; ///< layer ids left out of the legend

    /// Throws wm::Error naming `path` (and the JSON line) for a file it cannot use.
    static PageTemplate load(const QString& path);
    /// `source` names the template in errors.
    static PageTemplate fromJson(const QJsonObject& json, const QString& source);
    QJsonObject toJson() const;

    /// The name a reader of `chinese` (or not) is shown; the English one when nameZh is empty.
    QString displayName(bool chinese) const { return chinese && !nameZh.isEmpty() ? nameZh : name; }

    /// Paper size by name ("A4", "A3", "A2", "A5") in portrait, or an invalid size.
    static QSizeF paperSize(const QString& name);
    void setOrientation(bool landscape);
    /// Page size in device pixels at `dpi`.
    QSize pixelSize() const;
};

} // namespace wm
