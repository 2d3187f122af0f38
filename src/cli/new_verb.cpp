#include "cli/new_verb.h"

#include "core/resource_paths.h"
#include "core/role_registry.h"
#include "io/project_creator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::cli::NewVerb)
};
} // namespace

namespace wm::cli {

QList<Option> NewVerb::options() const
{
    return {{QStringLiteral("city"), QStringLiteral("NAME|CODE"),
             QStringLiteral("a city (承德市, 1308) or a county (平泉市, 130881) of Hebei")},
            {QStringLiteral("out"), QStringLiteral("DIR"),
             QStringLiteral("the new project's folder (new or empty)")}};
}

int NewVerb::run(const Arguments& args, QTextStream& out, QTextStream& err)
{
    if (!args.isSet(QStringLiteral("city")) || !args.isSet(QStringLiteral("out"))) {
        err << "worksmap-cli new: --city NAME and --out DIR are needed\n";
        return Usage;
    }
    QElapsedTimer timer;
    timer.start();
    const RoleRegistry roles = RoleRegistry::load(layerRolesDir());
    const NewProject made = createProject(
        {args.value(QStringLiteral("city")), args.value(QStringLiteral("out")), {}}, roles);
    out << Tr::tr("%1 (%2): %n county-level unit(s)", nullptr, int(made.counties.size()))
               .arg(made.areaName, made.areaCode)
        << "\n  " << made.counties.join(QStringLiteral(", ")) << "\n"
        << Tr::tr("  division tables: %1 townships, %2 villages")
               .arg(made.townships)
               .arg(made.villages)
        << "\n"
        << Tr::tr("wrote %1 (%2 ms)")
               .arg(QDir::toNativeSeparators(made.projectPath))
               .arg(timer.elapsed())
        << "\n";
    return Ok;
}

} // namespace wm::cli
