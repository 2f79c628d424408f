// LabelLayout: labels of markers on one axis never overlap, stay inside the
// bounds and stay near their marker.

#include "LabelLayout.h"

#include <catch2/catch.hpp>

#include <random>

using aisov::render::LabelLayoutOptions;
using aisov::render::LabelPlacement;
using aisov::render::LabelRequest;
using aisov::render::layoutLabels;
using aisov::render::rowCount;

namespace {

LabelLayoutOptions options(double minX, double maxX, double gap = 6.0, double maxShift = 40.0)
{
    LabelLayoutOptions result;
    result.minX = minX;
    result.maxX = maxX;
    result.gap = gap;
    result.maxShift = maxShift;
    return result;
}

// Two labels in one row overlap when their intervals, widened by the gap, meet.
bool overlapping(const LabelPlacement& a, const LabelPlacement& b, double gap)
{
    return a.row == b.row && a.left < b.right() + gap - 1e-9 && b.left < a.right() + gap - 1e-9;
}

} // namespace

TEST_CASE("labels far apart stay in the first row, centred on their anchor", "[render][labels]")
{
    const auto placements = layoutLabels({{100, 50}, {300, 80}, {600, 40}}, options(0, 1000));
    REQUIRE(placements.size() == 3);
    for (const auto& placement : placements)
        CHECK(placement.row == 0);
    CHECK(placements[0].left == Approx(75));
    CHECK(placements[1].left == Approx(260));
    CHECK(placements[2].left == Approx(580));
    CHECK(rowCount(placements) == 1);
}

TEST_CASE("labels at the same spot go into separate rows", "[render][labels]")
{
    const auto placements =
        layoutLabels({{500, 100}, {500, 100}, {500, 100}}, options(0, 1000, 6, 20));
    REQUIRE(placements.size() == 3);
    CHECK(rowCount(placements) == 3);
    CHECK(placements[0].row != placements[1].row);
    CHECK(placements[1].row != placements[2].row);
    CHECK(placements[0].row != placements[2].row);
}

TEST_CASE("a small collision is solved by shifting right within the row", "[render][labels]")
{
    // The second label would start at 135, 15 px into the first: shift it.
    const auto placements = layoutLabels({{100, 100}, {185, 100}}, options(0, 1000, 6, 40));
    CHECK(placements[0].row == 0);
    CHECK(placements[1].row == 0);
    CHECK(placements[1].left == Approx(156));
}

TEST_CASE("labels at the ends are kept inside the bounds", "[render][labels]")
{
    const auto placements = layoutLabels({{0, 120}, {1000, 120}}, options(0, 1000));
    CHECK(placements[0].left == Approx(0));
    CHECK(placements[1].right() == Approx(1000));
}

TEST_CASE("a label wider than the bounds starts at the left bound", "[render][labels]")
{
    const auto placements = layoutLabels({{50, 500}, {60, 500}}, options(0, 100));
    CHECK(placements[0].left == Approx(0));
    CHECK(placements[1].left == Approx(0));
    CHECK(placements[0].row != placements[1].row);
}

TEST_CASE("no labels, no rows", "[render][labels]")
{
    CHECK(layoutLabels({}, options(0, 100)).empty());
    CHECK(rowCount({}) == 0);
}

TEST_CASE("random crowded layouts never overlap and stay in bounds", "[render][labels]")
{
    std::mt19937 generator(20261125);
    for (int trial = 0; trial < 300; ++trial) {
        const double width = std::uniform_real_distribution<double>(300, 2000)(generator);
        const auto count = std::uniform_int_distribution<int>(1, 40)(generator);
        // Crowd the anchors into a random sub-range, sometimes into one point.
        const double from = std::uniform_real_distribution<double>(0, width)(generator);
        const double to = std::uniform_real_distribution<double>(from, width)(generator);
        std::uniform_real_distribution<double> anchor(from, to);
        std::uniform_real_distribution<double> labelWidth(20, 220);
        std::vector<LabelRequest> requests;
        for (int i = 0; i < count; ++i)
            requests.push_back({anchor(generator), labelWidth(generator)});
        const LabelLayoutOptions layout = options(0, width, 5, 30);
        const auto placements = layoutLabels(requests, layout);
        REQUIRE(placements.size() == requests.size());
        for (std::size_t i = 0; i < placements.size(); ++i) {
            INFO("trial " << trial << " label " << i);
            CHECK(placements[i].width == requests[i].width);
            CHECK(placements[i].left >= layout.minX - 1e-9);
            CHECK(placements[i].right() <= layout.maxX + 1e-9);
            // Preferred place is centred on the anchor (clamped to the
            // bounds); the label moves right of it by at most maxShift.
            const double preferred =
                std::max(layout.minX, std::min(requests[i].anchor - requests[i].width / 2,
                                               layout.maxX - requests[i].width));
            CHECK(placements[i].left - preferred <= layout.maxShift + 1e-9);
            CHECK(placements[i].left >= preferred - 1e-9);
            for (std::size_t j = i + 1; j < placements.size(); ++j)
                CHECK_FALSE(overlapping(placements[i], placements[j], layout.gap));
        }
        // Deterministic: the same input gives the same layout.
        const auto again = layoutLabels(requests, layout);
        for (std::size_t i = 0; i < placements.size(); ++i) {
            CHECK(again[i].left == placements[i].left);
            CHECK(again[i].row == placements[i].row);
        }
    }
}
