#include "cli/cli_runner.h"
#include "io/gdal_messages.h"

#include "cli/verb_registry.h"
#include "core/error.h"
#include "core/option_error.h"

#include <QCoreApplication>
#include <exception>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::cli::CliRunner)
};
} // namespace

namespace wm::cli {

namespace {

void printVerbHelp(const Verb& verb, QTextStream& out)
{
    QStringList names;
    for (const Positional& p : verb.positionals())
        names << p.name;
    out << "Usage: worksmap-cli " << verb.name() << " [options] " << names.join(QLatin1Char(' '))
        << "\n\n"
        << verb.summary() << "\n";
    for (const Positional& p : verb.positionals())
        out << "  " << p.name.leftJustified(24) << p.help << "\n";
    out << "\nOptions:\n";
    for (const Option& o : verb.options()) {
        const QString left = QStringLiteral("--") + o.name +
                             (o.valueName.isEmpty() ? QString() : QLatin1Char(' ') + o.valueName);
        // A long option gets its help on the next line rather than running into it.
        if (left.size() >= 24)
            out << "  " << left << "\n  " << QString(24, QLatin1Char(' ')) << o.help << "\n";
        else
            out << "  " << left.leftJustified(24) << o.help << "\n";
    }
    out << "  " << QStringLiteral("--help").leftJustified(24) << "show this help\n";
}

void printHelp(const std::vector<std::unique_ptr<Verb>>& verbs, QTextStream& out)
{
    out << "Usage: worksmap-cli VERB [options] ARGS\n\nVerbs:\n";
    for (const auto& v : verbs)
        out << "  " << v->name().leftJustified(12) << v->summary() << "\n";
    out << "\n'worksmap-cli VERB --help' describes a verb. '--lang zh_CN' or '--lang en' "
           "chooses the language of the messages (default: LC_ALL, LC_MESSAGES, LANG).\n"
           "Exit codes: 0 success, 1 check: some rule fails, 2 wrong arguments or bad input "
           "(the message names the file), 3 internal error.\n";
}

/// Parses args against the verb's declarations; returns false (and says why) on misuse.
bool parse(const Verb& verb, const QStringList& args, Arguments& parsed, QString& problem)
{
    const QList<Option> options = verb.options();
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            parsed.positionals << a;
            continue;
        }
        QString name = a.mid(2), value;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        }
        auto it = std::find_if(options.begin(), options.end(),
                               [&](const Option& o) { return o.name == name; });
        if (it == options.end()) {
            problem = Tr::tr("unknown option --%1").arg(name);
            return false;
        }
        if (!it->valueName.isEmpty() && eq < 0) {
            if (i + 1 >= args.size()) {
                problem = Tr::tr("--%1 needs a value (%2)").arg(name, it->valueName);
                return false;
            }
            value = args[++i];
        }
        parsed.values[name] = value;
    }
    const qsizetype expected = verb.positionals().size();
    if (parsed.positionals.size() != expected) {
        problem =
            Tr::tr("expected %1 argument(s), got %2").arg(expected).arg(parsed.positionals.size());
        return false;
    }
    return true;
}

} // namespace

QString takeLanguage(QStringList& args)
{
    QString language;
    for (int i = 0; i < args.size();) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size()) {
            language = args[i + 1];
            args.remove(i, 2);
        } else if (args[i].startsWith(QLatin1String("--lang="))) {
            language = args[i].mid(7);
            args.removeAt(i);
        } else {
            ++i;
        }
    }
    return language;
}

int runCli(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const auto verbs = makeVerbs();
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("help")) {
        printHelp(verbs, args.isEmpty() ? err : out);
        return args.isEmpty() ? Usage : Ok;
    }
    const auto it = std::find_if(verbs.begin(), verbs.end(),
                                 [&](const auto& v) { return v->name() == args.first(); });
    if (it == verbs.end()) {
        err << "worksmap-cli: " << Tr::tr("unknown verb '%1'").arg(args.first()) << "\n";
        printHelp(verbs, err);
        return Usage;
    }
    Verb& verb = **it;
    const QStringList rest = args.mid(1);
    if (rest.contains(QStringLiteral("--help"))) {
        printVerbHelp(verb, out);
        return Ok;
    }
    Arguments parsed;
    QString problem;
    if (!parse(verb, rest, parsed, problem)) {
        err << "worksmap-cli " << verb.name() << ": " << problem << "\n";
        printVerbHelp(verb, err);
        return Usage;
    }
    // GDAL messages no read or write took for its own report: one line each, a few.
    gdal::MessageSink gdalMessages([&err, &verb](const QString& line) {
        err << "worksmap-cli " << verb.name() << ": " << line << "\n";
    });
    const auto withUnshown = [&](int code) {
        if (const int n = gdalMessages.unshown(); n > 0)
            err << "worksmap-cli " << verb.name() << ": "
                << Tr::tr("%n more GDAL message(s) not shown", nullptr, n) << "\n";
        return code;
    };
    try {
        return withUnshown(verb.run(parsed, out, err));
    } catch (const OptionError& e) {
        err << "worksmap-cli " << verb.name() << ": --" << e.key() << ": " << e.message() << "\n";
        return withUnshown(BadInput);
    } catch (const Error& e) {
        err << "worksmap-cli " << verb.name() << ": " << e.message() << "\n";
        return withUnshown(BadInput);
    } catch (const std::exception& e) {
        err << "worksmap-cli " << verb.name() << ": "
            << Tr::tr("internal error: %1").arg(QString::fromLocal8Bit(e.what())) << "\n";
        return Internal;
    }
}

} // namespace wm::cli
