#include "render/classification.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <random>
#include <vector>

using namespace wm;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

constexpr ClassMethod kAllMethods[] = {ClassMethod::EqualInterval, ClassMethod::Quantile,
                                       ClassMethod::NaturalBreaks};

/// Within-class sum of squared deviations when each value goes to the first class whose upper
/// bound is >= it; two-pass per class so it shares no arithmetic with the implementation.
double partitionCost(std::vector<double> values, const std::vector<double>& bounds)
{
    std::sort(values.begin(), values.end());
    double total = 0;
    auto it = values.begin();
    for (double bound : bounds) {
        const auto end = std::upper_bound(it, values.end(), bound);
        if (it == end)
            continue;
        double mean = 0;
        for (auto v = it; v != end; ++v)
            mean += *v;
        mean /= static_cast<double>(end - it);
        for (auto v = it; v != end; ++v)
            total += (*v - mean) * (*v - mean);
        it = end;
    }
    EXPECT_EQ(it, values.end()) << "bounds leave values unclassified";
    return total;
}

struct Partition {
    std::vector<double> bounds;
    double cost = kInf;
};

void searchSplits(const std::vector<double>& values, const std::vector<double>& distinct,
                  std::size_t from, std::size_t splitsLeft, std::vector<double>& chosen,
                  Partition& best)
{
    if (splitsLeft == 0) {
        std::vector<double> bounds = chosen;
        bounds.push_back(distinct.back());
        const double cost = partitionCost(values, bounds);
        if (cost < best.cost)
            best = {bounds, cost};
        return;
    }
    // Any distinct value but the maximum can end a class; the maximum ends the last one.
    for (std::size_t i = from; i + splitsLeft < distinct.size(); ++i) {
        chosen.push_back(distinct[i]);
        searchSplits(values, distinct, i + 1, splitsLeft - 1, chosen, best);
        chosen.pop_back();
    }
}

/// The optimal Jenks partition found by trying every choice of class bounds among the distinct
/// values.
Partition bruteForceJenks(const std::vector<double>& values, int classes)
{
    std::vector<double> distinct = values;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    const std::size_t k = std::min(static_cast<std::size_t>(classes), distinct.size());
    Partition best;
    std::vector<double> chosen;
    searchSplits(values, distinct, 0, k - 1, chosen, best);
    return best;
}

/// Uniform in [0, scale); built from raw mt19937 output so the sequence is the same with every
/// standard library.
double uniform(std::mt19937& rng, double scale)
{
    return static_cast<double>(rng()) / 4294967296.0 * scale;
}

} // namespace

TEST(Classification, MethodNamesRoundTrip)
{
    EXPECT_EQ(classMethodName(ClassMethod::EqualInterval), QStringLiteral("equal-interval"));
    EXPECT_EQ(classMethodName(ClassMethod::Quantile), QStringLiteral("quantile"));
    EXPECT_EQ(classMethodName(ClassMethod::NaturalBreaks), QStringLiteral("natural-breaks"));
    for (ClassMethod m : kAllMethods) {
        bool ok = false;
        EXPECT_EQ(classMethodFromName(classMethodName(m), &ok), m);
        EXPECT_TRUE(ok);
    }
    bool ok = true;
    EXPECT_EQ(classMethodFromName(QStringLiteral("jenks"), &ok), ClassMethod::EqualInterval);
    EXPECT_FALSE(ok);
    EXPECT_EQ(classMethodFromName(QString()), ClassMethod::EqualInterval);
}

TEST(Classification, EqualIntervalHandComputed)
{
    // min -5, max 15, width 20 / 4 = 5.
    EXPECT_EQ(classBreaks({7, -5, 2, 15, 0}, 4, ClassMethod::EqualInterval),
              (std::vector<double>{0, 5, 10, 15}));
    // 0..10 in 4: steps of 2.5.
    EXPECT_EQ(classBreaks({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 4, ClassMethod::EqualInterval),
              (std::vector<double>{2.5, 5, 7.5, 10}));
    // One class is the whole range.
    EXPECT_EQ(classBreaks({3, 1, 2}, 1, ClassMethod::EqualInterval), (std::vector<double>{3}));
    // Three equal intervals of 0.1..0.7: the last bound is max exactly, not 0.1 + 3 * 0.2.
    const auto b = classBreaks({0.1, 0.3, 0.7}, 3, ClassMethod::EqualInterval);
    ASSERT_EQ(b.size(), 3u);
    EXPECT_DOUBLE_EQ(b[0], 0.3);
    EXPECT_DOUBLE_EQ(b[1], 0.5);
    EXPECT_EQ(b[2], 0.7);
}

TEST(Classification, QuantileHandComputed)
{
    const std::vector<double> oneToTen{10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    // n = 10, 4 classes: indices ceil(2.5)-1 = 2, ceil(5)-1 = 4, ceil(7.5)-1 = 7, 9.
    EXPECT_EQ(classBreaks(oneToTen, 4, ClassMethod::Quantile), (std::vector<double>{3, 5, 8, 10}));
    // 3 classes: ceil(10/3)-1 = 3, ceil(20/3)-1 = 6, 9.
    EXPECT_EQ(classBreaks(oneToTen, 3, ClassMethod::Quantile), (std::vector<double>{4, 7, 10}));
    EXPECT_EQ(classBreaks(oneToTen, 10, ClassMethod::Quantile),
              (std::vector<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
    // n = 8, 4 classes: indices 1, 3, 5 all hit 1 and collapse to one bound.
    EXPECT_EQ(classBreaks({1, 1, 1, 1, 1, 1, 2, 3}, 4, ClassMethod::Quantile),
              (std::vector<double>{1, 3}));
    // More classes than values: indices 0, 0, 1, 1, 2 for n = 3, classes = 5.
    EXPECT_EQ(classBreaks({30, 10, 20}, 5, ClassMethod::Quantile),
              (std::vector<double>{10, 20, 30}));
}

TEST(Classification, JenksPublishedExample)
{
    // The ckmeans example in simple-statistics' documentation (Wang & Song's optimal 1-D k-means
    // minimises the same within-class squared deviation as Fisher-Jenks):
    // [[-1, -1, -1, -1], [2, 2, 2], [4, 5, 6]].
    const std::vector<double> data{-1, 2, -1, 2, 4, 5, 6, -1, 2, -1};
    EXPECT_EQ(jenksBreaks(data, 3), (std::vector<double>{-1, 2, 6}));
    EXPECT_EQ(classBreaks(data, 3, ClassMethod::NaturalBreaks), (std::vector<double>{-1, 2, 6}));
    EXPECT_EQ(jenksBreaks(data, 3), bruteForceJenks(data, 3).bounds);
}

TEST(Classification, JenksFindsObviousClusters)
{
    EXPECT_EQ(jenksBreaks({51, 2, 11, 50, 3, 10, 1, 52, 12}, 3), (std::vector<double>{3, 12, 52}));
    // Large offset, small spread: sums of squares would lose the spread to cancellation.
    const double base = 1e9;
    const auto b = jenksBreaks({base + 5.2, base, base + 0.1, base + 5, base + 0.2, base + 5.1}, 2);
    EXPECT_EQ(b, (std::vector<double>{base + 0.2, base + 5.2}));
}

TEST(Classification, JenksMatchesBruteForceOnRandomInputs)
{
    std::mt19937 rng(20240601);
    for (int trial = 0; trial < 200; ++trial) {
        const int n = 1 + static_cast<int>(rng() % 12);
        const int classes = 1 + static_cast<int>(rng() % 6);
        std::vector<double> values;
        for (int i = 0; i < n; ++i)
            values.push_back(uniform(rng, 100.0));
        const Partition best = bruteForceJenks(values, classes);
        // Continuous values make the optimum unique, so the bounds themselves must agree.
        EXPECT_EQ(jenksBreaks(values, classes, 0), best.bounds)
            << "trial " << trial << ", n " << n << ", classes " << classes;
    }
}

TEST(Classification, JenksIsOptimalWithDuplicates)
{
    std::mt19937 rng(7);
    for (int trial = 0; trial < 200; ++trial) {
        const int n = 1 + static_cast<int>(rng() % 14);
        const int classes = 1 + static_cast<int>(rng() % 5);
        std::vector<double> values;
        for (int i = 0; i < n; ++i)
            values.push_back(static_cast<double>(rng() % 8));
        const Partition best = bruteForceJenks(values, classes);
        const auto breaks = jenksBreaks(values, classes, 0);
        // Small integers tie often, so compare the cost, not which optimum was picked.
        ASSERT_EQ(breaks.size(), best.bounds.size()) << "trial " << trial;
        EXPECT_NEAR(partitionCost(values, breaks), best.cost, 1e-9) << "trial " << trial;
        EXPECT_TRUE(std::is_sorted(breaks.begin(), breaks.end()));
        EXPECT_EQ(std::adjacent_find(breaks.begin(), breaks.end()), breaks.end());
        EXPECT_EQ(breaks.back(), *std::max_element(values.begin(), values.end()));
    }
}

TEST(Classification, JenksSamplesLargeInputsEvenly)
{
    std::mt19937 rng(42);
    std::vector<double> values;
    for (int i = 0; i < 10000; ++i)
        values.push_back(std::exp(uniform(rng, 8.0))); // skewed, like populations
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());

    const std::size_t limit = 500;
    std::vector<double> sample;
    for (std::size_t i = 0; i < limit; ++i) {
        const auto index = std::llround(static_cast<double>(i) * (sorted.size() - 1) / (limit - 1));
        sample.push_back(sorted[static_cast<std::size_t>(index)]);
    }
    ASSERT_EQ(sample.front(), sorted.front());
    ASSERT_EQ(sample.back(), sorted.back());

    const auto sampled = jenksBreaks(values, 5, limit);
    EXPECT_EQ(sampled, jenksBreaks(sample, 5, 0));
    EXPECT_EQ(sampled, jenksBreaks(values, 5, limit)); // deterministic
    ASSERT_EQ(sampled.size(), 5u);
    EXPECT_EQ(sampled.back(), sorted.back());

    // At or under the limit nothing is sampled.
    const std::vector<double> head(values.begin(), values.begin() + 300);
    EXPECT_EQ(jenksBreaks(head, 4, 300), jenksBreaks(head, 4, 0));
    // The default limit keeps 10 000 values fast and still ends at max.
    const auto defaults = classBreaks(values, 7, ClassMethod::NaturalBreaks);
    ASSERT_EQ(defaults.size(), 7u);
    EXPECT_EQ(defaults.back(), sorted.back());
}

TEST(Classification, DegenerateInputs)
{
    for (ClassMethod m : kAllMethods) {
        SCOPED_TRACE(classMethodName(m).toStdString());
        EXPECT_TRUE(classBreaks({}, 5, m).empty());
        EXPECT_TRUE(classBreaks({kNaN, kInf, -kInf}, 5, m).empty());
        EXPECT_TRUE(classBreaks({1, 2, 3}, 0, m).empty());
        EXPECT_TRUE(classBreaks({1, 2, 3}, -1, m).empty());
        EXPECT_EQ(classBreaks({4, 4, 4, 4}, 3, m), (std::vector<double>{4}));
        EXPECT_EQ(classBreaks({-2.5}, 4, m), (std::vector<double>{-2.5}));
        // Two distinct values, four classes asked: two bounds at most.
        const auto two = classBreaks({1, 5, 5, 1, 5}, 4, m);
        EXPECT_EQ(two.size(), 2u);
        EXPECT_EQ(two.back(), 5);
        // NaN and infinities are ignored, not treated as extremes.
        EXPECT_EQ(classBreaks({kNaN, 0, 1, 2, 3, 4, 5, 6, 7, kInf, -kInf, 8, 9, 10, kNaN}, 3, m),
                  classBreaks({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 3, m));
    }
    EXPECT_EQ(classBreaks({1, 5, 5, 1, 5}, 4, ClassMethod::EqualInterval),
              (std::vector<double>{3, 5}));
    EXPECT_EQ(classBreaks({1, 5, 5, 1, 5}, 4, ClassMethod::NaturalBreaks),
              (std::vector<double>{1, 5}));
    EXPECT_TRUE(jenksBreaks({}, 3).empty());
    EXPECT_EQ(jenksBreaks({kNaN, 3, 1}, 5), (std::vector<double>{1, 3}));
    EXPECT_EQ(jenksBreaks({9, 1, 5}, 2, 1), (std::vector<double>{1, 9})); // limit 1 keeps min, max
}

TEST(Classification, BoundsAreAscendingAndEndAtMax)
{
    std::mt19937 rng(99);
    for (int trial = 0; trial < 50; ++trial) {
        std::vector<double> values;
        const int n = 1 + static_cast<int>(rng() % 200);
        for (int i = 0; i < n; ++i)
            values.push_back(uniform(rng, 1000.0) - 500.0);
        const double lo = *std::min_element(values.begin(), values.end());
        const double hi = *std::max_element(values.begin(), values.end());
        const int classes = 1 + static_cast<int>(rng() % 9);
        for (ClassMethod m : kAllMethods) {
            const auto b = classBreaks(values, classes, m);
            ASSERT_FALSE(b.empty());
            EXPECT_LE(b.size(), static_cast<std::size_t>(classes));
            EXPECT_EQ(std::adjacent_find(b.begin(), b.end(), std::greater_equal<>()), b.end());
            EXPECT_GE(b.front(), lo);
            EXPECT_EQ(b.back(), hi);
        }
    }
}

TEST(Classification, LabelsTrimTrailingZeros)
{
    EXPECT_EQ(classLabel(1, 3.5), QStringLiteral("1 \u2013 3.5"));
    EXPECT_EQ(classLabel(0.126, 2), QStringLiteral("0.13 \u2013 2"));
    EXPECT_EQ(classLabel(1.23456, 10, 3), QStringLiteral("1.235 \u2013 10"));
    EXPECT_EQ(classLabel(1000, 2500.6, 0), QStringLiteral("1000 \u2013 2501"));
    EXPECT_EQ(classLabel(-2.5, -1), QStringLiteral("-2.5 \u2013 -1"));
    EXPECT_EQ(classLabel(-0.001, 5), QStringLiteral("0 \u2013 5"));
    EXPECT_EQ(classLabel(100, 200, -3), QStringLiteral("100 \u2013 200"));
}
