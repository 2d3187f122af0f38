#include "core/load_report.h"
#include <QCoreApplication>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::LoadReport)
};
} // namespace

namespace wm {

void LoadReport::note(const QString& line, int limit)
{
    if (notes.size() < limit)
        notes << line;
    else if (notes.size() == limit)
        notes << Tr::tr("… further notes omitted");
}

} // namespace wm
