#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <map>

namespace wm::cli {

enum ExitCode : int {
    Ok = 0,
    /// `check`: some rule fails in some unit (the run itself went well).
    RulesFail = 1,
    /// `import`: the run went well but placed no row (all rejected): nothing to map.
    NothingPlaced = 1,
    /// Wrong arguments (the verb's help is printed) are bad input too: scripts tell a
    /// failed rule (1) from a run that could not happen (2).
    Usage = 2,
    BadInput = 2, ///< a file, row or setting the user can fix: one line on stderr
    Internal = 3  ///< a bug; reported, never a crash
};

/// One option of a verb, declared once: parsing, --help and validation derive from it.
struct Option {
    QString name;      ///< long name without dashes, e.g. "json"
    QString valueName; ///< empty for a flag
    QString help;
};

struct Positional {
    QString name; ///< e.g. "PROJECT|DATASET"
    QString help;
};

/// Parsed arguments of one verb invocation.
struct Arguments {
    QStringList positionals;
    std::map<QString, QString> values; ///< option name → value ("" for a set flag)

    bool isSet(const QString& option) const { return values.count(option) > 0; }
    QString value(const QString& option, const QString& fallback = {}) const
    {
        const auto it = values.find(option);
        return it == values.end() ? fallback : it->second;
    }
};

/// A worksmap-cli verb. Verbs run in-process (tests call them through runCli) and
/// write results to `out`, problems to `err`.
class Verb {
public:
    virtual ~Verb() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual QList<Positional> positionals() const { return {}; }
    virtual QList<Option> options() const { return {}; }
    virtual int run(const Arguments& args, QTextStream& out, QTextStream& err) = 0;
};

} // namespace wm::cli
