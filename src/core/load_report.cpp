#include "core/load_report.h"

namespace wm {

void LoadReport::note(const QString& line, int limit)
{
    if (notes.size() < limit)
        notes << line;
    else if (notes.size() == limit)
        notes << QStringLiteral("… further notes omitted");
}

} // namespace wm
