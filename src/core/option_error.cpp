#include "core/option_error.h"

namespace wm {

OptionError::OptionError(QString key, QString what)
    : Error(QString(), std::move(what)), mKey(std::move(key))
{
}

} // namespace wm
