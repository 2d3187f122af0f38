#pragma once

#include "analysis/feature_filter.h"
#include "analysis/rule.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace wm {

/// A rule's parameters read from its JSON outside a check (what the live coverage of the
/// map follows), the kind's spec defaults filled in as the check fills them. Errors name
/// the rule.
class RuleParameters {
public:
    RuleParameters(const QString& kind, const QJsonObject& rule);
    ~RuleParameters();

    QString text(const char* key) const;
    /// Throws wm::Error when the value is not a number.
    double number(const char* key) const;
    /// Throws wm::Error when the filter cannot be read.
    FeatureFilter filter(const char* key) const;
    const QString& id() const { return mId; }

private:
    std::unique_ptr<Rule> mRule;
    QString mId;
};

} // namespace wm
