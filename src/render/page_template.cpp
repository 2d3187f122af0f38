#include "render/page_template.h"

#include "core/error.h"
#include "core/json_file.h"

#include <QJsonArray>

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::PageTemplate)
};
} // namespace

namespace wm {

QSizeF PageTemplate::paperSize(const QString& name)
{
    const QString n = name.trimmed().toUpper();
    if (n == QLatin1String("A5"))
        return {148, 210};
    if (n == QLatin1String("A4"))
        return {210, 297};
    if (n == QLatin1String("A3"))
        return {297, 420};
    if (n == QLatin1String("A2"))
        return {420, 594};
    return {};
}

void PageTemplate::setOrientation(bool landscape)
{
    const double shortSide = std::min(pageMm.width(), pageMm.height());
    const double longSide = std::max(pageMm.width(), pageMm.height());
    pageMm = landscape ? QSizeF(longSide, shortSide) : QSizeF(shortSide, longSide);
}

QSize PageTemplate::pixelSize() const
{
    return {int(std::lround(pageMm.width() / 25.4 * dpi)),
            int(std::lround(pageMm.height() / 25.4 * dpi))};
}

PageTemplate PageTemplate::load(const QString& path)
{
    return fromJson(readJsonObject(path), path);
}

PageTemplate PageTemplate::fromJson(const QJsonObject& json, const QString& source)
{
    PageTemplate t;
    auto bad = [&](const QString& what) { return Error(source, what); };
    t.name = json.value(QStringLiteral("name")).toString(t.name);
    // A template without a Chinese name shows its English one, not the default's.
    t.nameZh = json.value(QStringLiteral("nameZh"))
                   .toString(json.contains(QStringLiteral("name")) ? QString() : t.nameZh);
    const QJsonValue page = json.value(QStringLiteral("page"));
    if (page.isString()) {
        t.pageMm = paperSize(page.toString());
        if (!t.pageMm.isValid())
            throw bad(Tr::tr("unknown page size \"%1\" (A5, A4, A3, A2 or [width, "
                             "height] in mm)")
                          .arg(page.toString()));
    } else if (page.isArray()) {
        const QJsonArray a = page.toArray();
        if (a.size() != 2 || !(a[0].toDouble() >= 50) || !(a[1].toDouble() >= 50) ||
            a[0].toDouble() > 2000 || a[1].toDouble() > 2000)
            throw bad(Tr::tr("\"page\" as [width, height] wants two sizes of 50 to "
                             "2000 mm"));
        t.pageMm = QSizeF(a[0].toDouble(), a[1].toDouble());
    }
    const QString orientation = json.value(QStringLiteral("orientation")).toString();
    if (orientation == QLatin1String("landscape") || orientation == QLatin1String("portrait"))
        t.setOrientation(orientation == QLatin1String("landscape"));
    else if (!orientation.isEmpty())
        throw bad(Tr::tr("\"orientation\" is landscape or portrait, not \"%1\"").arg(orientation));
    t.dpi = json.value(QStringLiteral("dpi")).toDouble(t.dpi);
    if (!(t.dpi >= 36 && t.dpi <= 1200))
        throw bad(Tr::tr("\"dpi\" wants 36 to 1200"));
    const QJsonValue margins = json.value(QStringLiteral("margins"));
    if (margins.isDouble()) {
        const double m = margins.toDouble();
        t.marginsMm = QMarginsF(m, m, m, m);
    } else if (margins.isArray()) {
        const QJsonArray a = margins.toArray();
        if (a.size() != 4)
            throw bad(Tr::tr("\"margins\" wants one number or [top, right, bottom, left]"));
        t.marginsMm = QMarginsF(a[3].toDouble(), a[0].toDouble(), a[1].toDouble(), a[2].toDouble());
    }
    t.titleSize = json.value(QStringLiteral("titleSize")).toDouble(t.titleSize);
    t.subtitleSize = json.value(QStringLiteral("subtitleSize")).toDouble(t.subtitleSize);
    t.legend = json.value(QStringLiteral("legend")).toBool(t.legend);
    t.scaleBar = json.value(QStringLiteral("scaleBar")).toBool(t.scaleBar);
    t.northArrow = json.value(QStringLiteral("northArrow")).toBool(t.northArrow);
    t.inset = json.value(QStringLiteral("inset")).toBool(t.inset);
    t.notes = json.value(QStringLiteral("notes")).toBool(t.notes);
    t.grid = json.value(QStringLiteral("grid")).toBool(t.grid);
    t.sideColumnMm = json.value(QStringLiteral("sideColumn")).toDouble(t.sideColumnMm);
    for (const QJsonValue& v : json.value(QStringLiteral("legendExclude")).toArray())
        t.legendExclude << v.toString();
    const double usableW = t.pageMm.width() - t.marginsMm.left() - t.marginsMm.right();
    const double usableH = t.pageMm.height() - t.marginsMm.top() - t.marginsMm.bottom();
    if (usableW < t.sideColumnMm + 40 || usableH < 80)
        throw bad(Tr::tr("the margins and side column leave no room for the map"));
    return t;
}

QJsonObject PageTemplate::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("nameZh"), nameZh},
            {QStringLiteral("page"), QJsonArray{pageMm.width(), pageMm.height()}},
            {QStringLiteral("dpi"), dpi},
            {QStringLiteral("margins"),
             QJsonArray{marginsMm.top(), marginsMm.right(), marginsMm.bottom(), marginsMm.left()}},
            {QStringLiteral("titleSize"), titleSize},
            {QStringLiteral("subtitleSize"), subtitleSize},
            {QStringLiteral("legend"), legend},
            {QStringLiteral("scaleBar"), scaleBar},
            {QStringLiteral("northArrow"), northArrow},
            {QStringLiteral("inset"), inset},
            {QStringLiteral("notes"), notes},
            {QStringLiteral("grid"), grid},
            {QStringLiteral("sideColumn"), sideColumnMm},
            {QStringLiteral("legendExclude"), QJsonArray::fromStringList(legendExclude)}};
}

} // namespace wm
