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
            state->bestBound = std::min(state->bestBound, glp_ios_node_bound(tree, node));
        break;
    default:
        break;
    }
}

} // namespace

ExactCoveringResult solveMaximalCovering(const SiteSuggestion& sets, int k,
                                         const std::vector<int>& seed, double timeLimitSeconds,
                                         const std::atomic<bool>* cancel)
{
    QElapsedTimer timer;
    timer.start();
    ExactCoveringResult out;
    // Columns: the candidates that may be chosen and cover something, then the demand
    // points some of them cover.
    std::vector<int> candidates;
    std::vector<int> columnOfDemand(std::size_t(sets.demandCount()), 0);
    std::vector<int> demand;
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
                columnOfDemand[std::size_t(i)] = 1; // numbered below
            }
    }
    if (candidates.empty() || k <= 0) {
        out.solved = true;
        out.optimal = true;
        out.seconds = timer.nsecsElapsed() / 1e9;
        return out;
    }
    const int nx = int(candidates.size());
    const int ny = int(demand.size());
    for (int j = 0; j < ny; ++j)
        columnOfDemand[std::size_t(demand[std::size_t(j)])] = nx + 1 + j;

    glp_term_out(GLP_OFF);
    std::unique_ptr<glp_prob, decltype(&glp_delete_prob)> lp(glp_create_prob(), &glp_delete_prob);
    glp_set_obj_dir(lp.get(), GLP_MAX);
    glp_add_cols(lp.get(), nx + ny);
    for (int j = 1; j <= nx; ++j) {
        glp_set_col_kind(lp.get(), j, GLP_BV);
    }
    for (int j = 0; j < ny; ++j) {
        const int col = nx + 1 + j;
        glp_set_col_bnds(lp.get(), col, GLP_DB, 0.0, 1.0);
        glp_set_obj_coef(lp.get(), col, sets.weight(demand[std::size_t(j)]));
    }
    // Row per demand point: y_i − Σ x_c ≤ 0; then Σ x_c ≤ k.
    glp_add_rows(lp.get(), ny + 1);
    std::vector<int> ia{0}, ja{0};
    std::vector<double> ar{0.0};
    for (int j = 0; j < ny; ++j) {
        glp_set_row_bnds(lp.get(), j + 1, GLP_UP, 0.0, 0.0);
        ia.push_back(j + 1);
        ja.push_back(nx + 1 + j);
        ar.push_back(1.0);
    }
    for (int x = 0; x < nx; ++x) {
        for (const int i : sets.coverage(candidates[std::size_t(x)])) {
            ia.push_back(columnOfDemand[std::size_t(i)] - nx);
            ja.push_back(x + 1);
            ar.push_back(-1.0);
        }
        ia.push_back(ny + 1);
        ja.push_back(x + 1);
        ar.push_back(1.0);
    }
    glp_set_row_bnds(lp.get(), ny + 1, GLP_UP, 0.0, double(k));
    glp_load_matrix(lp.get(), int(ia.size()) - 1, ia.data(), ja.data(), ar.data());

    // The LP relaxation first: its optimum bounds every integer answer.
    glp_smcp simplex;
    glp_init_smcp(&simplex);
    simplex.msg_lev = GLP_MSG_OFF;
    if (glp_simplex(lp.get(), &simplex) != 0 || glp_get_status(lp.get()) != GLP_OPT) {
        out.seconds = timer.nsecsElapsed() / 1e9;
        return out;
    }
    const double rootBound = glp_get_obj_val(lp.get());

    // The seed as a full column vector (1-based), y from the x it covers.
    std::vector<double> seedColumns(std::size_t(nx + ny + 1), 0.0);
    for (const int c : seed) {
        const auto at = std::find(candidates.begin(), candidates.end(), c);
        if (at == candidates.end())
            continue;
        seedColumns[std::size_t(at - candidates.begin()) + 1] = 1.0;
        for (const int i : sets.coverage(c))
            seedColumns[std::size_t(columnOfDemand[std::size_t(i)])] = 1.0;
    }
    SolverState state;
    state.seed = &seedColumns;
    state.cancel = cancel;
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
        for (int x = 0; x < nx; ++x)
            if (glp_mip_col_val(lp.get(), x + 1) > 0.5)
                out.chosen.push_back(candidates[std::size_t(x)]);
        out.added = sets.addedWeight(out.chosen);
        out.optimal = status == GLP_OPT && rc == 0;
    }
    out.bound = out.optimal ? out.added : std::min(rootBound, state.bestBound);
    out.bound = std::max(out.bound, out.added);
    out.seconds = timer.nsecsElapsed() / 1e9;
    return out;
}

} // namespace wm
