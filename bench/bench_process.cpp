#include "bench_process.h"

#include <QtGlobal>

#include <fcntl.h>
#include <gdal.h>
#include <geos_c.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

namespace wmbench {

namespace {
long statusField(const char* key)
{
    const std::size_t n = std::strlen(key);
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.compare(0, n, key) == 0)
            return std::strtol(line.c_str() + n, nullptr, 10);
    return -1;
}
} // namespace

long readVmHwmKb()
{
    return statusField("VmHWM:");
}

long readVmRssKb()
{
    return statusField("VmRSS:");
}

bool resetVmHwm()
{
    const int fd = ::open("/proc/self/clear_refs", O_WRONLY);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, "5", 1) == 1;
    ::close(fd);
    return ok;
}

int threadCount()
{
    return int(statusField("Threads:"));
}

std::string cpuModel()
{
    std::ifstream info("/proc/cpuinfo");
    std::string line;
    while (std::getline(info, line))
        if (line.rfind("model name", 0) == 0) {
            const auto colon = line.find(':');
            return colon == std::string::npos ? line : line.substr(colon + 2);
        }
    return "unknown CPU";
}

bool writeAll(int fd, const void* data, std::size_t size)
{
    const char* p = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t n = ::write(fd, p, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        size -= std::size_t(n);
    }
    return true;
}

std::size_t readAll(int fd, void* data, std::size_t size)
{
    char* p = static_cast<char*>(data);
    std::size_t got = 0;
    while (got < size) {
        const ssize_t n = ::read(fd, p + got, size - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += std::size_t(n);
    }
    return got;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double minimum(const std::vector<double>& v)
{
    return *std::min_element(v.begin(), v.end());
}

CommandOutcome runCommand(const std::vector<std::string>& argv, const std::string& stdoutPath,
                          const std::string& stderrPath, const std::vector<std::string>& env)
{
    CommandOutcome out;
    std::vector<char*> args;
    for (const std::string& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    // Tells the parent that exec failed (and with which errno); closed by a good exec.
    int report[2];
    if (::pipe2(report, O_CLOEXEC) != 0) {
        out.failure = std::string("pipe: ") + std::strerror(errno);
        return out;
    }
    std::fflush(stdout);
    std::fflush(stderr);
    const auto t0 = std::chrono::steady_clock::now();
    const pid_t pid = ::fork();
    if (pid < 0) {
        out.failure = std::string("fork: ") + std::strerror(errno);
        ::close(report[0]);
        ::close(report[1]);
        return out;
    }
    if (pid == 0) {
        ::close(report[0]);
        const int o = ::open(stdoutPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int e = ::open(stderrPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (o >= 0 && e >= 0 && ::dup2(o, 1) >= 0 && ::dup2(e, 2) >= 0) {
            for (const std::string& setting : env)
                ::putenv(const_cast<char*>(setting.c_str()));
            ::execvp(args[0], args.data());
        }
        const int error = errno;
        writeAll(report[1], &error, sizeof error);
        ::_exit(127);
    }
    ::close(report[1]);
    int error = 0;
    const bool execFailed = readAll(report[0], &error, sizeof error) == sizeof error;
    ::close(report[0]);
    int status = 0;
    struct rusage usage {};
    while (::wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    out.wallSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    out.maxRssKb = usage.ru_maxrss; // kilobytes on Linux
    if (execFailed) {
        out.failure = "cannot run " + argv[0] + ": " + std::strerror(error);
    } else if (WIFSIGNALED(status)) {
        out.signal = WTERMSIG(status);
    } else {
        out.exitCode = WEXITSTATUS(status);
    }
    return out;
}

std::string readTextFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void requireSingleThread(const char* program)
{
    if (const int threads = threadCount(); threads != 1) {
        std::fprintf(stderr, "%s: the parent runs %d threads; forking it is unsafe\n", program,
                     threads);
        std::exit(1);
    }
}

void printReportHeader(const char* title, const std::string& qtDetail)
{
#ifdef NDEBUG
    const char* build = "NDEBUG (release)";
#else
    const char* build = "assertions on (NOT a release build: timings are not representative)";
#endif
    std::printf("%s\n", title);
    std::printf("  machine : %u cores (std::thread::hardware_concurrency), %s\n",
                std::thread::hardware_concurrency(), cpuModel().c_str());
    std::printf("  build   : %s; Qt %s%s%s%s, GDAL %s, GEOS %s\n", build, qVersion(),
                qtDetail.empty() ? "" : " (", qtDetail.c_str(), qtDetail.empty() ? "" : ")",
                GDALVersionInfo("RELEASE_NAME"), GEOSversion());
}

Options::Options(int argc, char** argv, const char* program, void (*usage)(std::FILE*))
    : mArgc(argc), mArgv(argv), mProgram(program), mUsage(usage)
{
}

bool Options::next()
{
    if (++mIndex >= mArgc)
        return false;
    mArg = mArgv[mIndex];
    return true;
}

std::string Options::value()
{
    if (mIndex + 1 >= mArgc)
        fail(mArg + " needs a value");
    return mArgv[++mIndex];
}

int Options::count(int lo, int hi)
{
    const std::string option = mArg, v = value();
    char* end = nullptr;
    const long n = std::strtol(v.c_str(), &end, 10);
    if (v.empty() || *end != '\0' || n < lo || n > hi)
        fail(option + " wants a number from " + std::to_string(lo) + " to " + std::to_string(hi) +
             ", not \"" + v + "\"");
    return int(n);
}

double Options::number(double lo, double hi)
{
    const std::string option = mArg, v = value();
    char* end = nullptr;
    const double n = std::strtod(v.c_str(), &end);
    if (v.empty() || *end != '\0' || !(n >= lo && n <= hi)) {
        char range[64];
        std::snprintf(range, sizeof range, "%g to %g", lo, hi);
        fail(option + " wants a number from " + range + ", not \"" + v + "\"");
    }
    return n;
}

std::string Options::choice(const std::vector<std::string>& allowed)
{
    const std::string option = mArg, v = value();
    if (std::find(allowed.begin(), allowed.end(), v) == allowed.end())
        fail("unknown " + option.substr(2) + " \"" + v + "\"");
    return v;
}

void Options::unknown()
{
    if (mArg == "--help" || mArg == "-h") {
        mUsage(stdout);
        std::exit(0);
    }
    fail("unknown option \"" + mArg + "\"");
}

void Options::fail(const std::string& why)
{
    std::fprintf(stderr, "%s: %s\n", mProgram, why.c_str());
    mUsage(stderr);
    std::exit(2);
}

} // namespace wmbench
