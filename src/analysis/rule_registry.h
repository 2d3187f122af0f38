#pragma once

#include "analysis/rule.h"

#include <memory>
#include <vector>

namespace wm {

/// Every rule kind, declared once: one line per rule class in rule_registry.cpp, in
/// alphabetical order (as QGIS lists its algorithms in qgsnativealgorithms.cpp). The
/// rules-file reader, the New Rule form, `worksmap-cli rule-kinds` and the README's rule
/// table all derive from it.
class RuleRegistry {
public:
    static const RuleRegistry& instance();

    /// The kinds in registry (alphabetical) order.
    const std::vector<RuleKind>& kinds() const { return mKinds; }
    QStringList kindIds() const;
    const RuleSpec* spec(const QString& kind) const;
    /// A rule of `kind` with its kind and spec set; null when no such kind is registered.
    std::unique_ptr<Rule> make(const QString& kind) const;

private:
    RuleRegistry();
    void add(RuleKind kind);

    std::vector<RuleKind> mKinds;
};

} // namespace wm
