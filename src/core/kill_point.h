#pragma once

namespace wm {

/// A point between two writes of a multi-step output (a barrier). When the environment
/// says WORKSMAP_KILL_AT=<name>, the process kills itself there with SIGKILL: the seam the
/// kill-injection tests use to prove that a run stopped at any barrier leaves the old
/// outputs or the new ones, never a mix. Costs one getenv otherwise.
void killPoint(const char* name);

} // namespace wm
