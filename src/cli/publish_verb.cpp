#include "cli/publish_verb.h"

#include "cli/terminal_progress.h"
#include "core/resource_paths.h"
#include "core/role_registry.h"
#include "io/postgis_publisher.h"
#include "io/project_opener.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::cli::PublishVerb)
};
} // namespace

namespace wm::cli {

QList<Positional> PublishVerb::positionals() const
{
    return {{QStringLiteral("PROJECT"), QStringLiteral("the project file to publish")}};
}

QList<Option> PublishVerb::options() const
{
    return {{QStringLiteral("to"), QStringLiteral("PG:CONNECTION"),
             QStringLiteral("the database, e.g. \"PG:service=worksmap\" (passwords from "
                            "~/.pgpass or the service file, never in the project)")},
            {QStringLiteral("schema"), QStringLiteral("NAME"),
             QStringLiteral("schema of the tables (default: from the project file's name)")},
            {QStringLiteral("roles"), QString(),
             QStringLiteral("create the reader, city and per-county editor roles with "
                            "row-level security (needs CREATEROLE)")},
            {QStringLiteral("replace"), QString(),
             QStringLiteral("publish again even over edits made in the database since")},
            {QStringLiteral("project-out"), QStringLiteral("FILE"),
             QStringLiteral("the project copy that reads the tables (default: "
                            "NAME.postgis.worksmap.json beside the project)")}};
}

int PublishVerb::run(const Arguments& args, QTextStream& out, QTextStream& err)
{
    if (args.positionals.size() != 1 || !args.isSet(QStringLiteral("to"))) {
        err << "worksmap-cli publish: PROJECT and --to PG:CONNECTION are needed\n";
        return Usage;
    }
    QElapsedTimer timer;
    timer.start();
    const RoleRegistry roles = RoleRegistry::load(layerRolesDir());
    const QString path = args.positionals.first();
    if (!isProjectFile(path)) {
        err << Tr::tr("worksmap-cli publish: %1: not a project file (publish a project; make one "
                      "of a dataset with `new` or the window first)")
                   .arg(path)
            << "\n";
        return BadInput;
    }
    const LoadedProject project =
        openProjectToCompute(path, roles, terminalProgress(err, "loading layers"));
    PublishOptions options;
    options.target = args.value(QStringLiteral("to"));
    options.schema = args.value(QStringLiteral("schema"));
    options.projectOut = args.value(QStringLiteral("project-out"));
    options.roles = args.isSet(QStringLiteral("roles"));
    options.replace = args.isSet(QStringLiteral("replace"));
    const PublishResult r = PostgisPublisher::publish(project, roles, options);

    out << (r.republished ? Tr::tr("published again to schema %1:")
                          : Tr::tr("published to schema %1:"))
               .arg(r.schema)
        << "\n";
    for (const PublishResult::Table& t : r.tables) {
        out << "  " << t.table << "  " << Tr::tr("%n feature(s)", nullptr, int(t.features));
        if (t.repaired > 0)
            out << Tr::tr(", %n repaired geometry(ies)", nullptr, int(t.repaired));
        if (!t.addedFields.isEmpty())
            out << Tr::tr(", fields added: %1").arg(t.addedFields.join(QStringLiteral(", ")));
        out << "\n";
    }
    for (const QString& note : r.notes)
        out << "  " << note << "\n";
    if (options.roles)
        out << Tr::tr("roles: %1 county role(s) (%2); created now: %3")
                   .arg(r.counties.size())
                   .arg(r.counties.join(QStringLiteral(", ")),
                        r.rolesCreated.isEmpty() ? Tr::tr("none")
                                                 : r.rolesCreated.join(QStringLiteral(", ")))
            << "\n";
    out << Tr::tr("wrote %1 (%2 ms)")
               .arg(QDir::toNativeSeparators(r.projectOut))
               .arg(timer.elapsed())
        << "\n";
    return Ok;
}

} // namespace wm::cli
