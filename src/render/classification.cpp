#include "render/classification.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <utility>

namespace wm {

namespace {

constexpr std::pair<ClassMethod, const char*> kMethods[] = {
    {ClassMethod::EqualInterval, "equal-interval"},
    {ClassMethod::Quantile, "quantile"},
    {ClassMethod::NaturalBreaks, "natural-breaks"},
};

/// Sorted finite values; every method works on these.
std::vector<double> sortedFinite(std::vector<double> values)
{
    std::erase_if(values, [](double v) { return !std::isfinite(v); });
    std::sort(values.begin(), values.end());
    return values;
}

std::size_t distinctCount(const std::vector<double>& sorted)
{
    std::size_t count = 0;
    for (std::size_t i = 0; i < sorted.size(); ++i)
        if (i == 0 || sorted[i] != sorted[i - 1])
            ++count;
    return count;
}

std::vector<double> equalIntervalBreaks(const std::vector<double>& sorted, int classes)
{
    const double lo = sorted.front();
    const double hi = sorted.back();
    // More intervals than distinct values would only add empty classes to the legend.
    const int n = static_cast<int>(
        std::min<std::size_t>(static_cast<std::size_t>(classes), distinctCount(sorted)));
    std::vector<double> bounds;
    bounds.reserve(static_cast<std::size_t>(n));
    for (int k = 1; k < n; ++k) {
        // Clamped because near the precision limit (huge min, tiny range) rounding can step past
        // max; duplicates from the same cause are dropped below.
        bounds.push_back(std::clamp(lo + k * (hi - lo) / n, lo, hi));
    }
    bounds.push_back(hi); // exactly max, whatever the rounding of the last step
    bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
    return bounds;
}

std::vector<double> quantileBreaks(const std::vector<double>& sorted, int classes)
{
    const auto n = static_cast<std::uint64_t>(sorted.size());
    const auto c = static_cast<std::uint64_t>(classes);
    std::vector<double> bounds;
    for (std::uint64_t k = 1; k <= c; ++k) {
        const std::uint64_t index = (k * n + c - 1) / c - 1; // ceil(k*n/classes) - 1, k*n >= 1
        const double v = sorted[static_cast<std::size_t>(index)];
        if (bounds.empty() || bounds.back() != v)
            bounds.push_back(v);
    }
    return bounds;
}

/// Evenly spaced indices into the sorted values, rounded, with index 0 and n-1 always present;
/// deterministic so the same layer always gets the same legend.
std::vector<double> evenSample(const std::vector<double>& sorted, std::size_t limit)
{
    const auto n = static_cast<std::uint64_t>(sorted.size());
    const auto s = static_cast<std::uint64_t>(limit);
    std::vector<double> sample;
    sample.reserve(limit);
    for (std::uint64_t i = 0; i < s; ++i)
        sample.push_back(sorted[static_cast<std::size_t>((i * (n - 1) + (s - 1) / 2) / (s - 1))]);
    return sample;
}

} // namespace

QString classMethodName(ClassMethod m)
{
    for (const auto& [method, name] : kMethods)
        if (method == m)
            return QString::fromLatin1(name);
    return QString::fromLatin1(kMethods[0].second);
}

ClassMethod classMethodFromName(const QString& name, bool* ok)
{
    for (const auto& [method, n] : kMethods) {
        if (name == QLatin1String(n)) {
            if (ok)
                *ok = true;
            return method;
        }
    }
    if (ok)
        *ok = false;
    return ClassMethod::EqualInterval;
}

std::vector<double> classBreaks(std::vector<double> values, int classes, ClassMethod method)
{
    if (classes < 1)
        return {};
    if (method == ClassMethod::NaturalBreaks)
        return jenksBreaks(std::move(values), classes);
    const std::vector<double> sorted = sortedFinite(std::move(values));
    if (sorted.empty())
        return {};
    if (method == ClassMethod::Quantile)
        return quantileBreaks(sorted, classes);
    return equalIntervalBreaks(sorted, classes);
}

std::vector<double> jenksBreaks(std::vector<double> values, int classes, std::size_t sampleLimit)
{
    if (classes < 1)
        return {};
    std::vector<double> sorted = sortedFinite(std::move(values));
    if (sorted.empty())
        return {};
    if (sampleLimit != 0 && sorted.size() > std::max<std::size_t>(sampleLimit, 2))
        sorted = evenSample(sorted, std::max<std::size_t>(sampleLimit, 2));

    // The partition is over distinct values weighted by their counts: a bound is a value, so equal
    // values cannot be split, and runs of duplicates shrink the quadratic table.
    std::vector<double> x;
    std::vector<double> w;
    for (double v : sorted) {
        if (x.empty() || x.back() != v) {
            x.push_back(v);
            w.push_back(1.0);
        } else {
            w.back() += 1.0;
        }
    }
    const std::size_t m = x.size();
    const std::size_t k = std::min(static_cast<std::size_t>(classes), m);

    // cost[j]: least within-class sum of squares of x[0..j] in the current number of classes;
    // start[c*m + j]: first index of the last class in that optimum, for the backtrack.
    constexpr double kInf = std::numeric_limits<double>::infinity();
    std::vector<double> cost(m, kInf);
    std::vector<double> next(m, kInf);
    std::vector<std::uint32_t> start(k * m, 0);

    // Welford's weighted update rather than sum/sum-of-squares: the latter cancels badly for
    // values like coordinates or populations that are large compared with their spread.
    {
        double weight = 0, mean = 0, ss = 0;
        for (std::size_t j = 0; j < m; ++j) {
            weight += w[j];
            const double delta = x[j] - mean;
            mean += delta * w[j] / weight;
            ss += w[j] * delta * (x[j] - mean);
            cost[j] = ss;
        }
    }
    for (std::size_t c = 1; c < k; ++c) {
        // Later classes need at least one value each, so the last class of c+1 classes ends no
        // later than m-k+c.
        const std::size_t lastEnd = m - k + c;
        std::fill(next.begin(), next.end(), kInf);
        for (std::size_t j = c; j <= lastEnd; ++j) {
            double weight = 0, mean = 0, ss = 0;
            double best = kInf;
            std::size_t bestStart = j;
            // Grow the last class downwards from x[j]; earlier classes need c values before it.
            for (std::size_t i = j + 1; i-- > c;) {
                weight += w[i];
                const double delta = x[i] - mean;
                mean += delta * w[i] / weight;
                ss += w[i] * delta * (x[i] - mean);
                const double total = cost[i - 1] + ss;
                if (total < best) {
                    best = total;
                    bestStart = i;
                }
            }
            next[j] = best;
            start[c * m + j] = static_cast<std::uint32_t>(bestStart);
        }
        std::swap(cost, next);
    }

    std::vector<double> bounds(k);
    std::size_t end = m - 1;
    for (std::size_t c = k; c-- > 0;) {
        bounds[c] = x[end];
        if (c > 0)
            end = start[c * m + end] - 1;
    }
    return bounds;
}

QString classLabel(double lower, double upper, int decimals)
{
    const auto format = [decimals](double v) {
        QString s = QString::number(v, 'f', std::max(decimals, 0));
        if (s.contains(QLatin1Char('.'))) {
            while (s.endsWith(QLatin1Char('0')))
                s.chop(1);
            if (s.endsWith(QLatin1Char('.')))
                s.chop(1);
        }
        // -0.001 at 2 places is "-0.00"; a legend reading "-0 – 5" looks like a bug.
        if (s == QLatin1String("-0"))
            s = QStringLiteral("0");
        return s;
    };
    return format(lower) + QStringLiteral(" \u2013 ") + format(upper);
}

} // namespace wm
