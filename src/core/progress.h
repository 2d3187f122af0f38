#pragma once

#include <QtGlobal>

#include <functional>

namespace wm {

/// Called now and then during a long job; return false to cancel (the job then throws
/// wm::Cancelled). `total` is -1 when the job cannot count its steps cheaply.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

} // namespace wm
