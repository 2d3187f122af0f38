#pragma once

#include "analysis/near_data.h"
#include "io/pg_measures.h"

#include <QHash>
#include <QStringList>

#include <map>
#include <memory>

namespace wm {

class PgConnection;
class RoleRegistry;
struct LoadedProject;

/// NearData for PostGIS: the measures of tables left in their database run as SQL there
/// (io/pg_measures) against the check's own units (uploaded from memory, so the repaired
/// polygons are the ones counted with), with the filters written as SQL (filter_sql).
/// A measure SQL cannot say the same way answers nullopt, and the rule reads the table.
/// One connection per database, kept for the check. Not thread-safe: one per check.
class PgNearData : public NearData {
public:
    PgNearData(const LoadedProject& project, const RoleRegistry& roles);
    ~PgNearData() override;

    std::optional<std::vector<double>> count(const CheckUnits& units, const LoadedLayer& layer,
                                             const QString& codeField,
                                             const FeatureFilter& filter) override;
    std::optional<std::vector<double>> sum(const CheckUnits& units, const LoadedLayer& layer,
                                           const QString& sumField, const QString& codeField,
                                           const FeatureFilter& filter) override;
    std::optional<std::vector<double>> lengthKm(const CheckUnits& units, const LoadedLayer& layer,
                                                const QString& codeField,
                                                const FeatureFilter& filter) override;
    std::optional<NearRadiusCoverage>
    withinRadius(const CheckUnits& units, const LoadedLayer& villages, const QString& codeField,
                 const LoadedLayer& facilities, const FeatureFilter& facilityFilter,
                 double radiusMetres) override;
    std::optional<bool> codesReach(const LoadedLayer& layer, const QString& codeField,
                                   int length) override;
    const LoadedLayer& readWhole(const LoadedLayer& layer) override;

    /// Reads whole every table of `project` left in its database that holds proposals
    /// (a non-empty scenario): a scenario view tells them apart feature by feature, which
    /// the SQL measures do not. Call before scenario::projectFor and the check.
    void readTablesWithProposals(LoadedProject& project);
    QStringList takeLog() override;

private:
    struct Session;
    /// What one measure of `layer` needs: the session of its database with `units`
    /// uploaded, how features are placed and the filter as SQL; false when SQL cannot
    /// measure it the way memory does.
    struct Plan {
        PgMeasures* measures = nullptr;
        QString table;
        PgPlacement placement;
        QString where;
    };
    bool plan(const CheckUnits& units, const LoadedLayer& layer, const QString& codeField,
              const FeatureFilter& filter, Plan& out);
    Session& sessionFor(const QString& source);

    const LoadedProject& mProject;
    const RoleRegistry& mRoles;
    std::map<QString, std::unique_ptr<Session>> mSessions; ///< by connection
    std::map<QString, LoadedLayer> mRead;                  ///< layers read whole, by id
    /// Figures already asked for (two rules summing the same population), by measure.
    std::map<QString, std::vector<double>> mFigures;
    /// `compute(plan)` of `layer` when SQL can measure it (logging `log`), else nullopt.
    template <typename Measure>
    std::optional<std::vector<double>> measured(const CheckUnits& units, const LoadedLayer& layer,
                                                const QString& codeField,
                                                const FeatureFilter& filter, const QString& measure,
                                                const QString& log, Measure&& compute);
    /// `compute()`, or the figures of an earlier call of `measure` with the same plan.
    template <typename Compute>
    std::vector<double> remembered(const QString& measure, const Plan& p, Compute&& compute);
    QStringList mLog;
};

} // namespace wm
