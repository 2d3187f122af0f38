#include "analysis/rule_registry.h"
#include "cli/verb_run.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace wm;

namespace {

/// The lines of README.md between <!-- rule-kinds:begin --> and <!-- rule-kinds:end -->.
QString readmeRuleKinds()
{
    QFile f(QStringLiteral(WORKSMAP_DEMO_DIR "/../../README.md"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("(no README.md)");
    const QString text = QString::fromUtf8(f.readAll());
    const QString begin = QStringLiteral("<!-- rule-kinds:begin -->\n");
    const qsizetype from = text.indexOf(begin);
    const qsizetype to = text.indexOf(QStringLiteral("<!-- rule-kinds:end -->"));
    if (from < 0 || to < from)
        return QStringLiteral("(no rule-kinds markers)");
    return text.mid(from + begin.size(), to - from - begin.size());
}

} // namespace

TEST(CliRuleKinds, TheReadmeTableIsTheRegistrys)
{
    const test::VerbOutput r =
        test::runVerb(QStringLiteral("rule-kinds"), {QStringLiteral("--markdown")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(readmeRuleKinds(), r.out)
        << "README.md's Rule kinds table differs from the rule specs; regenerate it with "
           "`worksmap-cli rule-kinds --markdown`";
}

TEST(CliRuleKinds, TheTableHasARowPerKindWithItsDefaultsAndUnits)
{
    const test::VerbOutput r =
        test::runVerb(QStringLiteral("rule-kinds"), {QStringLiteral("--markdown")});
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    const auto& kinds = RuleRegistry::instance().kinds();
    ASSERT_EQ(lines.size(), qsizetype(kinds.size()) + 2); // header and rule
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        const QString& row = lines[qsizetype(i) + 2];
        EXPECT_TRUE(row.startsWith(
            QStringLiteral("| `%1` | %2 | %3 |")
                .arg(kinds[i].spec.kind, kinds[i].spec.titleEn, kinds[i].spec.titleZh)))
            << row.toStdString();
        // One entry per parameter, separated by <br>.
        EXPECT_EQ(row.count(QStringLiteral("<br>")),
                  qsizetype(kinds[i].spec.parameters.size()) - 1);
    }
    EXPECT_TRUE(r.out.contains(QStringLiteral("`radiusKm` length = 3 km")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("`withinM` length = 500 m")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("`minShare` share = 0.6")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("`villages`\\* layer (village)")));
    // The plain listing names every kind too.
    const test::VerbOutput text = test::runVerb(QStringLiteral("rule-kinds"), {});
    for (const RuleKind& k : kinds)
        EXPECT_TRUE(text.out.contains(k.spec.kind + QStringLiteral(" — ") + k.spec.titleEn));
}
