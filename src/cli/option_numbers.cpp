#include "cli/option_numbers.h"

#include "core/option_error.h"
#include "io/planner_numbers.h"

#include <QCoreApplication>

#include <cmath>

namespace {
/// The translation context of this file's messages (those of `suggest`, where they began).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::cli::SuggestVerb)
};
} // namespace

namespace wm::cli {

double lengthMetres(const Arguments& args, const QString& option)
{
    const QString text = args.value(option).trimmed();
    const ParsedNumber n = parsePlannerNumber(text, QStringLiteral("m"));
    if (!n.ok() || !n.value || !(*n.value > 0) || !std::isfinite(*n.value))
        throw OptionError(
            option, Tr::tr("\"%1\" is not a length above 0 (e.g. 3km, 500m, 3000)").arg(text));
    return *n.value;
}

double positiveNumber(const Arguments& args, const QString& option, const QString& unit)
{
    QString text = args.value(option).trimmed();
    for (const char* suffix : {"km/h", "kmh", "min", "分钟"})
        if (text.endsWith(QString::fromUtf8(suffix), Qt::CaseInsensitive))
            text.chop(QString::fromUtf8(suffix).size());
    const ParsedNumber n = parsePlannerNumber(text.trimmed(), unit);
    if (!n.ok() || !n.value || !(*n.value > 0) || !std::isfinite(*n.value))
        throw OptionError(option, Tr::tr("\"%1\" is not a number above 0").arg(args.value(option)));
    return *n.value;
}

} // namespace wm::cli
