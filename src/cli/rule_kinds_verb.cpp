#include "cli/rule_kinds_verb.h"

#include "analysis/rule_registry.h"

namespace wm::cli {

namespace {

/// "layer (facility, parking)", "field of `layer`", "length = 3 km", "share = 0.6".
QString describe(const ParamSpec& p, bool markdown)
{
    const auto code = [markdown](const QString& s) {
        return markdown ? QStringLiteral("`%1`").arg(s) : s;
    };
    QString out = paramTypeName(p.type);
    if (!p.roles.isEmpty())
        out += QStringLiteral(" (%1)").arg(p.roles.join(QStringLiteral(", ")));
    if (!p.layerKey.isEmpty())
        out += QStringLiteral(" of ") + code(p.layerKey);
    if (!p.choices.isEmpty())
        out += QStringLiteral(" (%1)").arg(p.choices.join(QStringLiteral(" / ")));
    if (p.hasDefault())
        out += QStringLiteral(" = ") + p.defaultText();
    if (!p.unit.isEmpty())
        out += (p.hasDefault() ? QStringLiteral(" %1") : QStringLiteral(" (%1)")).arg(p.unit);
    if (const QString range = p.rangeText(); !range.isEmpty() && p.type != ParamType::Share)
        out += QStringLiteral(", ") + range;
    return out;
}

void printMarkdown(QTextStream& out)
{
    out << "| kind | title | 标题 | checks | parameters (`*` required, `= default`) |\n"
        << "| --- | --- | --- | --- | --- |\n";
    for (const RuleKind& k : RuleRegistry::instance().kinds()) {
        QStringList parameters;
        for (const ParamSpec& p : k.spec.parameters)
            parameters << QStringLiteral("`%1`%2 %3")
                              .arg(p.key, p.required ? QStringLiteral("\\*") : QString(),
                                   describe(p, true));
        out << "| `" << k.spec.kind << "` | " << k.spec.titleEn << " | " << k.spec.titleZh << " | "
            << k.spec.descriptionEn << " | " << parameters.join(QStringLiteral("<br>")) << " |\n";
    }
}

void printText(QTextStream& out)
{
    for (const RuleKind& k : RuleRegistry::instance().kinds()) {
        out << k.spec.kind << " — " << k.spec.titleEn << " / " << k.spec.titleZh << "\n  "
            << k.spec.descriptionEn << "\n";
        for (const ParamSpec& p : k.spec.parameters)
            out << "  "
                << (p.key + (p.required ? QStringLiteral(" *") : QString())).leftJustified(22)
                << describe(p, false) << "\n"
                << QString(24, QLatin1Char(' ')) << p.hintEn << "\n";
        out << "\n";
    }
    out << "* required. Every rule also takes: "
        << RuleSpec::commonKeys().join(QStringLiteral(", ")) << ".\n";
}

} // namespace

QList<Option> RuleKindsVerb::options() const
{
    return {{QStringLiteral("markdown"), QString(),
             QStringLiteral("print the README's Markdown table of the rule kinds")}};
}

int RuleKindsVerb::run(const Arguments& args, QTextStream& out, QTextStream&)
{
    if (args.isSet(QStringLiteral("markdown")))
        printMarkdown(out);
    else
        printText(out);
    return Ok;
}

} // namespace wm::cli
