#pragma once

#include "cli/verb.h"

namespace wm::cli {

/// Option `option` as a length as planners write it ("3km", "3 km", "500m", "3000" =
/// metres), in metres; throws OptionError unless it is above 0.
double lengthMetres(const Arguments& args, const QString& option);

/// Option `option` as a number above 0, a unit written after it ("15 min", "20 km/h",
/// "15分钟") allowed; throws OptionError otherwise.
double positiveNumber(const Arguments& args, const QString& option, const QString& unit = {});

} // namespace wm::cli
