// Fuzzes TableImport::read(): planners' lists as CSV/TSV (decoded, header found, columns
// mapped, filled down, numbers parsed here) or as sheets GDAL reads (XLSX, ODS, XLS), for
// the `parking` and the `target` roles. The file name's extension follows the content, so
// the corpus holds real files and a reproducer opens in a spreadsheet.
#include "core/error.h"
#include "core/resource_paths.h"
#include "core/role_registry.h"
#include "fuzz_support.h"
#include "io/table_import.h"

#include <cpl_error.h>

namespace {

const wm::RoleRegistry& roles()
{
    static const wm::RoleRegistry registry = wm::RoleRegistry::load(wm::layerRolesDir());
    return registry;
}

QString nameFor(const QByteArray& content)
{
    if (content.startsWith("PK\x03\x04"))
        return content.left(200).contains("opendocument") ? QStringLiteral("input.ods")
                                                          : QStringLiteral("input.xlsx");
    if (content.startsWith("\xD0\xCF\x11\xE0"))
        return QStringLiteral("input.xls");
    return QStringLiteral("input.csv");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    CPLSetErrorHandler(CPLQuietErrorHandler); // GDAL's complaints about broken sheets
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace wm;
    const QByteArray content = fuzz::bytes(data, size);
    const QString path = fuzz::writeInput(data, size, nameFor(content));
    for (const char* id : {"parking", "target"}) {
        const LayerRole* role = roles().role(QString::fromLatin1(id));
        fuzz::require(role != nullptr, "role found");
        try {
            const TableImport t = TableImport::read(path, *role);
            // Every source row below the header ends in exactly one list.
            fuzz::require(t.countsAddUp(), "rows + rejects + excluded == rowsRead");
        } catch (const Error&) {
        }
    }
    return 0;
}
