#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace wm {

/// What a rule parameter holds. The rules-file reader checks values by it, the New Rule
/// form picks a widget by it, the README table names it.
enum class ParamType {
    Number,  ///< any number
    Integer, ///< a whole number (code digits, top N)
    Length,  ///< a distance ≥ 0 in the parameter's unit (km or m)
    Share,   ///< a fraction 0–1
    Text,    ///< free text (the noun a gap uses)
    Layer,   ///< a layer id of the project
    Field,   ///< a column of the layer named by ParamSpec::layerKey
    Filter,  ///< a feature filter ("kind = clinic")
    Choice   ///< one of ParamSpec::choices
};

/// "number", "layer", … as the README table and `worksmap-cli rule-kinds` write it.
QString paramTypeName(ParamType type);

/// One parameter of a rule kind, declared once. Every user-visible text comes in English
/// and Chinese, as the layer roles of layers/*.json do, so the README shows both and the
/// app picks one by the locale without a translation file.
struct ParamSpec {
    QString key{}; ///< the JSON key in a rules file
    ParamType type = ParamType::Text;
    QString unit{}; ///< "km", "m", "people", "%"; empty if none
    /// What the rule uses when the key is absent; Undefined: no default.
    QJsonValue defaultValue{QJsonValue::Undefined};
    /// Number, Integer, Length: the smallest value that makes sense (Length: 0 unless set);
    /// with `aboveMinimum` the value must be greater (a radius of 0 km covers nothing).
    std::optional<double> minimum{};
    bool aboveMinimum = false;
    std::optional<double> maximum{}; ///< the largest value that makes sense
    bool required = false;           ///< a rules file must give it
    QString labelEn{}, labelZh{};
    QString hintEn{}, hintZh{};
    QStringList roles{};   ///< Layer: the layer roles it takes, most likely first
    QString layerKey{};    ///< Field, Filter: the Layer parameter whose features it names
    QStringList choices{}; ///< Choice

    bool hasDefault() const { return !defaultValue.isUndefined(); }
    QString label(bool chinese) const { return chinese ? labelZh : labelEn; }
    QString hint(bool chinese) const { return chinese ? hintZh : hintEn; }
    /// The unit as a planner reads it ("km" / "公里"); "0–1" for a share.
    QString unitTitle(bool chinese) const;
    /// The default as a rules file or a form shows it: "3", "0.6", "features"; empty if none.
    QString defaultText() const;
    /// The range as a planner reads it: "> 0", "1–12", "≥ 0"; empty when any number does.
    QString rangeText() const;
    /// Whether `value` lies in the range (minimum, aboveMinimum, maximum; Share: 0–1).
    bool inRange(double value) const;
};

/// A value a rule object does not accept, found by RuleSpec::problems.
struct ParamProblem {
    enum What {
        Unknown,
        Missing,
        NotText,
        NotANumber,
        NotWhole,
        OutOfRange,
        BadFilter,
        NotAChoice
    };
    What what = Unknown;
    QString key{};
    /// The problem in the rules file's terms, for wm::Error ("needs \"layer\"").
    QString message(const QString& ruleId, const struct RuleSpec& spec) const;
};

/// What a rule kind is and takes: the one description of it that the registry, the
/// rules-file reader, the New Rule form, `worksmap-cli rule-kinds` and the README use.
struct RuleSpec {
    QString kind{}; ///< "service-radius"
    QString titleEn{}, titleZh{};
    QString descriptionEn{}, descriptionZh{}; ///< one line: what the rule checks
    std::vector<ParamSpec> parameters{};      ///< in form order

    QString title(bool chinese) const { return chinese ? titleZh : titleEn; }
    QString description(bool chinese) const { return chinese ? descriptionZh : descriptionEn; }
    const ParamSpec* parameter(const QString& key) const;
    /// Whether `key` is the Chinese wording of a text parameter ("nounZh" beside "noun"):
    /// a rules file may give both, the Chinese one shown when the UI speaks Chinese.
    bool isChineseVariant(const QString& key) const;
    /// Keys every rule takes besides its parameters: id, kind, title, source, note, level.
    static const QStringList& commonKeys();
    /// What is wrong with rule object `json` of this kind: unknown keys, required
    /// parameters missing, values of the wrong type; empty when it is fine.
    std::vector<ParamProblem> problems(const QJsonObject& json) const;
};

/// Parameters several kinds share, so that each is described once.
namespace commonParams {
/// A parameter with its labels and hints (en, zh); roles, layerKey or choices set after.
ParamSpec plain(const QString& key, ParamType type, const QJsonValue& defaultValue,
                const QString& labelEn, const QString& labelZh, const QString& hintEn,
                const QString& hintZh);
/// "layer": the features the rule counts or measures.
ParamSpec features(const QStringList& roles);
/// "filter" (or `key`): which features of its layer the rule takes.
ParamSpec filter(const QString& key = QStringLiteral("filter"));
/// "codeField" of the layer parameter `layerKey`: places features by division code.
ParamSpec codeField(const QString& layerKey = QStringLiteral("layer"));
/// "villages", their "codeField", "facilities" and the facilities' "filter": the places a
/// coverage rule (service-radius, service-time) serves and what serves them.
std::vector<ParamSpec> villagesServedByFacilities();
/// "populationLayer", "populationCodeField", "populationField".
std::vector<ParamSpec> population();
/// "measure" (count, sum, length) and "sumField".
std::vector<ParamSpec> measure();
/// A noun a gap text uses ("noun": "health centres").
ParamSpec noun(const QString& key, const QString& defaultEn, const QString& labelEn,
               const QString& labelZh);
} // namespace commonParams

} // namespace wm
