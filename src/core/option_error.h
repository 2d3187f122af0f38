#pragma once

#include "core/error.h"

namespace wm {

/// A bad value of one option of a job (the radius or the number of sites of a suggestion).
/// key() is the option's short name ("radius", "k"), never a face's spelling of it: the
/// CLI prints "--radius: message", a dialog names the field holding the radius.
class OptionError : public Error {
public:
    OptionError(QString key, QString what);

    const QString& key() const { return mKey; }

private:
    QString mKey;
};

} // namespace wm
