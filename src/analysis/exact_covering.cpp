#include "analysis/exact_covering.h"

#include <glpk.h>

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace wm {

namespace {

struct SolverState {
    const std::vector<double>* seed = nullptr; ///< column values, 1-based
    bool seeded = false;
    bool maximise = true;
    /// The best bound of the open nodes: it only tightens, downwards when maximising and
    /// upwards when minimising.
    double bestBound = std::numeric_limits<double>::infinity();
    const std::atomic<bool>* cancel = nullptr;
    bool cancelled = false;
};

/// GLPK's branch-and-bound callback: hands over the seed once, follows the best bound, and
/// stops the search on Cancel.
void callback(glp_tree* tree, void* info)
{
    auto* state = static_cast<SolverState*>(info);
    if (state->cancel && state->cancel->load()) {
        state->cancelled = true;
        glp_ios_terminate(tree);
        return;
    }
    switch (glp_ios_reason(tree)) {
    case GLP_IHEUR:
        if (!state->seeded && state->seed) {
            state->seeded = true;
            glp_ios_heur_sol(tree, state->seed->data());
        }
        break;
    case GLP_ISELECT:
    case GLP_IBINGO:
    case GLP_IPREPRO:
        if (const int node = glp_ios_best_node(tree); node > 0)
            state->bestBound = state->maximise
                                   ? std::min(state->bestBound, glp_ios_node_bound(tree, node))
                                   : std::max(state->bestBound, glp_ios_node_bound(tree, node));
        break;
    default:
        break;
    }
}

/// The covering model's columns and rows, shared by both problems: binary x per allowed
/// candidate that covers something, continuous y in [0, 1] per demand point some of them
/// cover, rows y_i − Σ x over the sets holding i ≤ 0. The caller adds its objective and
/// its last row.
struct CoveringModel {
    std::vector<int> candidates;     ///< column x + 1 → candidate
    std::vector<int> demand;         ///< column nx + 1 + j → demand point
    std::vector<int> columnOfDemand; ///< demand point → its y column (0: none)
    std::unique_ptr<glp_prob, decltype(&glp_delete_prob)> lp{nullptr, &glp_delete_prob};
    int nx() const { return int(candidates.size()); }
    int ny() const { return int(demand.size()); }

    explicit CoveringModel(const SiteSuggestion& sets)
    {
        columnOfDemand.assign(std::size_t(sets.demandCount()), 0);
        for (int c = 0; c < sets.candidateCount(); ++c) {
            if (sets.excluded(c))
                continue;
            const std::vector<int> members = sets.coverage(c);
            if (members.empty())
                continue;
            candidates.push_back(c);
            for (const int i : members)
                if (columnOfDemand[std::size_t(i)] == 0) {
                    demand.push_back(i);
                    columnOfDemand[std::size_t(i)] = -1; // numbered below
                }
        }
        for (int j = 0; j < ny(); ++j)
            columnOfDemand[std::size_t(demand[std::size_t(j)])] = nx() + 1 + j;
        if (candidates.empty())
            return;
        glp_term_out(GLP_OFF);
        lp.reset(glp_create_prob());
        glp_add_cols(lp.get(), nx() + ny());
        for (int j = 1; j <= nx(); ++j)
            glp_set_col_kind(lp.get(), j, GLP_BV);
        for (int j = 0; j < ny(); ++j)
            glp_set_col_bnds(lp.get(), nx() + 1 + j, GLP_DB, 0.0, 1.0);
        // A row per demand point, then the caller's: y_i − Σ x ≤ 0.
        glp_add_rows(lp.get(), ny() + 1);
        std::vector<int> ia{0}, ja{0};
        std::vector<double> ar{0.0};
        for (int j = 0; j < ny(); ++j) {
            glp_set_row_bnds(lp.get(), j + 1, GLP_UP, 0.0, 0.0);
            ia.push_back(j + 1);
            ja.push_back(nx() + 1 + j);
            ar.push_back(1.0);
        }
        for (int x = 0; x < nx(); ++x)
            for (const int i : sets.coverage(candidates[std::size_t(x)])) {
                ia.push_back(columnOfDemand[std::size_t(i)] - nx());
                ja.push_back(x + 1);
                ar.push_back(-1.0);
            }
        // The last row: Σ x ≤ k for maximal covering (set cover replaces it by Σ w·y).
        for (int x = 0; x < nx(); ++x) {
            ia.push_back(ny() + 1);
            ja.push_back(x + 1);
            ar.push_back(1.0);
        }
        glp_load_matrix(lp.get(), int(ia.size()) - 1, ia.data(), ja.data(), ar.data());
    }

    /// The seed sites as a full column vector (1-based), y from the points they cover.
    std::vector<double> columnsOf(const SiteSuggestion& sets, const std::vector<int>& sites) const
    {
        std::vector<double> out(std::size_t(nx() + ny() + 1), 0.0);
        for (const int c : sites) {
            const auto at = std::find(candidates.begin(), candidates.end(), c);
            if (at == candidates.end())
                continue;
            out[std::size_t(at - candidates.begin()) + 1] = 1.0;
            for (const int i : sets.coverage(c))
                out[std::size_t(columnOfDemand[std::size_t(i)])] = 1.0;
        }
        return out;
    }

    /// What a solve gives both problems.
    struct Outcome {
        bool lpSolved = false; ///< the LP relaxation has an optimum (else nothing below is set)
        bool solved = false;   ///< an integer solution is in `chosen`
        bool optimal = false;
        bool cancelled = false;
        std::vector<int> chosen;
        /// The tightest bound proven on the objective: the LP optimum, tightened by the
        /// branch and bound (an upper bound when maximising, a lower one when minimising).
        double bound = 0;
    };

    /// Solves: the LP relaxation (its optimum bounds every integer answer), then branch
    /// and bound from the `seed` sites within the limit.
    Outcome solve(const SiteSuggestion& sets, const std::vector<int>& seed, double timeLimitSeconds,
                  const std::atomic<bool>* cancel) const
    {
        Outcome out;
        glp_smcp simplex;
        glp_init_smcp(&simplex);
        simplex.msg_lev = GLP_MSG_OFF;
        if (glp_simplex(lp.get(), &simplex) != 0 || glp_get_status(lp.get()) != GLP_OPT)
            return out;
        out.lpSolved = true;
        const double root = glp_get_obj_val(lp.get());
        const bool maximise = glp_get_obj_dir(lp.get()) == GLP_MAX;
        const std::vector<double> seedColumns = columnsOf(sets, seed);
        SolverState state;
        state.seed = &seedColumns;
        state.cancel = cancel;
        state.maximise = maximise;
        state.bestBound = maximise ? std::numeric_limits<double>::infinity()
                                   : -std::numeric_limits<double>::infinity();
        glp_iocp mip;
        glp_init_iocp(&mip);
        mip.msg_lev = GLP_MSG_OFF;
        mip.cb_func = callback;
        mip.cb_info = &state;
        mip.tm_lim = int(std::clamp(timeLimitSeconds, 0.0, 1e6) * 1000);
        mip.mip_gap = 0.0;
        const int rc = glp_intopt(lp.get(), &mip);
        out.cancelled = state.cancelled;
        const int status = glp_mip_status(lp.get());
        if (status == GLP_OPT || status == GLP_FEAS) {
            out.solved = true;
            out.chosen = chosen();
            out.optimal = status == GLP_OPT && rc == 0;
        }
        out.bound = maximise ? std::min(root, state.bestBound) : std::max(root, state.bestBound);
        return out;
    }

    std::vector<int> chosen() const
    {
        std::vector<int> out;
        for (int x = 0; x < nx(); ++x)
            if (glp_mip_col_val(lp.get(), x + 1) > 0.5)
                out.push_back(candidates[std::size_t(x)]);
        return out;
    }
};

} // namespace

ExactCoveringResult solveMaximalCovering(const SiteSuggestion& sets, int k,
                                         const std::vector<int>& seed, double timeLimitSeconds,
                                         const std::atomic<bool>* cancel)
{
    QElapsedTimer timer;
    timer.start();
    ExactCoveringResult out;
    const CoveringModel model(sets);
    if (model.candidates.empty() || k <= 0) {
        out.solved = out.optimal = true;
        out.seconds = timer.nsecsElapsed() / 1e9;
        return out;
    }
    glp_set_obj_dir(model.lp.get(), GLP_MAX);
    for (int j = 0; j < model.ny(); ++j)
        glp_set_obj_coef(model.lp.get(), model.nx() + 1 + j,
                         sets.weight(model.demand[std::size_t(j)]));
    glp_set_row_bnds(model.lp.get(), model.ny() + 1, GLP_UP, 0.0, double(k));
    const CoveringModel::Outcome o = model.solve(sets, seed, timeLimitSeconds, cancel);
    if (o.lpSolved) {
        out.cancelled = o.cancelled;
        out.solved = o.solved;
        out.optimal = o.optimal;
        out.chosen = o.chosen;
        if (o.solved)
            out.added = sets.addedWeight(out.chosen);
        out.bound = std::max(out.optimal ? out.added : o.bound, out.added);
    }
    out.seconds = timer.nsecsElapsed() / 1e9;
    return out;
}

ExactSetCoverResult solveSetCover(const SiteSuggestion& sets, double neededWeight,
                                  const std::vector<int>& seed, double timeLimitSeconds,
                                  const std::atomic<bool>* cancel)
{
    QElapsedTimer timer;
    timer.start();
    ExactSetCoverResult out;
    if (neededWeight <= 0) {
        out.solved = out.optimal = true;
        out.seconds = timer.nsecsElapsed() / 1e9;
        return out;
    }
    CoveringModel model(sets);
    if (model.candidates.empty()) {
        out.seconds = timer.nsecsElapsed() / 1e9;
        return out;
    }
    glp_set_obj_dir(model.lp.get(), GLP_MIN);
    for (int x = 1; x <= model.nx(); ++x)
        glp_set_obj_coef(model.lp.get(), x, 1.0);
    // The last row becomes Σ w·y ≥ needed: rebuild its coefficients.
    {
        std::vector<int> ind{0};
        std::vector<double> val{0.0};
        for (int j = 0; j < model.ny(); ++j) {
            ind.push_back(model.nx() + 1 + j);
            val.push_back(sets.weight(model.demand[std::size_t(j)]));
        }
        glp_set_mat_row(model.lp.get(), model.ny() + 1, int(ind.size()) - 1, ind.data(),
                        val.data());
        glp_set_row_bnds(model.lp.get(), model.ny() + 1, GLP_LO, neededWeight, 0.0);
    }
    const CoveringModel::Outcome o = model.solve(sets, seed, timeLimitSeconds, cancel);
    if (o.lpSolved) { // else not reachable at all (the LP is infeasible)
        out.cancelled = o.cancelled;
        out.solved = o.solved;
        out.optimal = o.optimal;
        out.chosen = o.chosen;
        // Fewer sites than the LP's optimum, rounded up, cannot do.
        out.bound =
            out.optimal ? double(out.chosen.size()) : std::max(1.0, std::ceil(o.bound - 1e-6));
    }
    out.seconds = timer.nsecsElapsed() / 1e9;
    return out;
}

} // namespace wm
