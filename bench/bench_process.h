// Process helpers shared by the benchmarks: running one measurement in a freshly forked
// child (so that its peak RSS, ru_maxrss from wait4, belongs to that run alone), running
// another program the same way, reading the machine and process facts the reports print,
// and the command-line handling they have in common.
#pragma once

#include "core/error.h"

#include <QString>
#include <QStringList>

#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <functional>
#include <string>
#include <type_traits>
#include <vector>

namespace wmbench {

/// VmHWM (peak resident set) of this process, in kB; -1 if unknown.
long readVmHwmKb();
/// VmRSS (current resident set) of this process, in kB; -1 if unknown.
long readVmRssKb();
/// Resets this process's VmHWM to its current RSS (/proc/self/clear_refs, "5"), so that
/// a later readVmHwmKb() is the peak of what ran in between. False if not permitted.
bool resetVmHwm();
/// Threads of this process (fork() only carries the calling one over).
int threadCount();
std::string cpuModel();

bool writeAll(int fd, const void* data, std::size_t size);
std::size_t readAll(int fd, void* data, std::size_t size);

double median(std::vector<double> v);
double minimum(const std::vector<double>& v);
/// The value after option `name` in `args`, else `fallback`.
inline QString argValue(const QStringList& args, const QString& name, const QString& fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}
inline double mib(long kb)
{
    return double(kb) / 1024.0;
}

template <class Result> struct ChildOutcome {
    Result result;
    long maxRssKb = 0;   ///< ru_maxrss of the child, from wait4
    std::string failure; ///< empty if the child ran to its end and reported ok
};

/// Runs `work` in a forked child and returns what it reported with the child's peak
/// RSS. `Result` crosses the fork through a pipe, so it must be trivially copyable and
/// have `bool ok`, `long vmHwmKb` and `char message[N]`. The parent must be
/// single-threaded here (the callers check).
template <class Work> auto runInChild(const Work& work) -> ChildOutcome<decltype(work())>
{
    using Result = decltype(work());
    static_assert(std::is_trivially_copyable_v<Result>);
    std::fflush(stdout);
    std::fflush(stderr);
    int fds[2];
    if (::pipe(fds) != 0) {
        std::perror("pipe");
        std::exit(1);
    }
    const pid_t pid = ::fork();
    if (pid < 0) {
        std::perror("fork");
        std::exit(1);
    }
    if (pid == 0) {
        ::close(fds[0]);
        Result r;
        auto fail = [&r](const std::string& text) {
            r.ok = false;
            std::snprintf(r.message, sizeof r.message, "%s", text.c_str());
        };
        try {
            r = work();
        } catch (const wm::Error& e) {
            fail(e.message().toStdString());
        } catch (const std::exception& e) {
            fail(e.what());
        }
        r.vmHwmKb = readVmHwmKb();
        writeAll(fds[1], &r, sizeof r);
        ::close(fds[1]);
        // No destructors: freeing a million geometries is not what is measured, and
        // Qt's and GDAL's static state belongs to the parent.
        ::_exit(r.ok ? 0 : 1);
    }
    ::close(fds[1]);
    ChildOutcome<Result> out;
    const std::size_t got = readAll(fds[0], &out.result, sizeof out.result);
    ::close(fds[0]);
    int status = 0;
    struct rusage usage {};
    while (::wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    out.maxRssKb = usage.ru_maxrss; // kilobytes on Linux
    if (got != sizeof out.result) {
        out.result = Result{};
        out.failure = WIFSIGNALED(status)
                          ? "child killed by signal " + std::to_string(WTERMSIG(status)) + " (" +
                                strsignal(WTERMSIG(status)) + ")"
                          : "child exited with status " + std::to_string(WEXITSTATUS(status)) +
                                " without reporting";
    } else if (!out.result.ok) {
        out.failure = out.result.message;
    }
    return out;
}

/// What runCommand saw of a program it ran.
struct CommandOutcome {
    int exitCode = -1; ///< -1 when killed by a signal or never started
    int signal = 0;    ///< the signal that ended it, 0 if it exited
    double wallSeconds = 0;
    long maxRssKb = 0;   ///< ru_maxrss from wait4; see runCommand about its floor
    std::string failure; ///< why it could not start ("no such file"), else empty
};

/// Runs `argv` (argv[0] a path, or a name looked up in PATH) in a forked child with stdout
/// and stderr written to the given files and the `NAME=value` settings of `env` added to
/// the environment; waits for it and times it from fork to reaped.
///
/// Linux carries a process's peak RSS across exec(), and a forked child starts with its
/// parent's resident set: maxRssKb is never below the caller's own VmRSS at the fork.
/// Callers keep themselves small (heavy work in runInChild) and compare with
/// readVmHwmKb(). The caller must be single-threaded here.
CommandOutcome runCommand(const std::vector<std::string>& argv, const std::string& stdoutPath,
                          const std::string& stderrPath, const std::vector<std::string>& env = {});

/// The whole of a (small) text file; empty if it cannot be read.
std::string readTextFile(const std::string& path);

/// Exits 1 saying why unless this process has a single thread: fork() only carries the
/// calling thread over, so forking a multi-threaded parent is unsafe.
void requireSingleThread(const char* program);

/// Prints a report's title and its "machine" and "build" lines (cores, CPU, release or
/// not; Qt, GDAL and GEOS versions, with `qtDetail` after Qt's if not empty).
void printReportHeader(const char* title, const std::string& qtDetail = {});

/// Options as the benchmarks take them: `--name value` pairs and flags. On misuse it
/// prints "<program>: <why>" and the usage to stderr and exits 2.
class Options {
public:
    Options(int argc, char** argv, const char* program, void (*usage)(std::FILE*));
    /// Moves to the next argument; false after the last.
    bool next();
    /// The current argument ("--runs").
    const std::string& arg() const { return mArg; }
    bool is(const char* name) const { return mArg == name; }
    /// The value after the current option.
    std::string value();
    /// The value after the current option as a whole number from `lo` to `hi`.
    int count(int lo, int hi);
    /// The value after the current option as a number from `lo` to `hi`.
    double number(double lo, double hi);
    /// The value after the current option, which must be one of `allowed`.
    std::string choice(const std::vector<std::string>& allowed);
    /// Handles --help/-h (usage to stdout, exit 0) and unknown options (exit 2); call it
    /// for every argument the benchmark does not know.
    [[noreturn]] void unknown();
    [[noreturn]] void fail(const std::string& why);

private:
    int mArgc;
    char** mArgv;
    int mIndex = 0;
    const char* mProgram;
    void (*mUsage)(std::FILE*);
    std::string mArg;
};

} // namespace wmbench
