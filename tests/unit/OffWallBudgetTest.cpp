// OffWallBudget: which cameras off the wall get an analysis-only pipeline of their own.
#include "CatchQt.h"

#include "core/analytics/OffWallBudget.h"

#include <QSet>

using namespace pantau::analytics;

namespace {
constexpr qint64 kMinuteMs = 60'000;

QVector<OffWallCandidate> tamperOnly(int count)
{
    QVector<OffWallCandidate> out;
    for (int i = 0; i < count; ++i)
        out.push_back({QStringLiteral("cam-%1").arg(i), false, true});
    return out;
}
} // namespace

TEST_CASE("Off the wall, no more cameras are analysed than the budget allows")
{
    const OffWallBudget budget(4, 3 * kMinuteMs);
    CHECK(budget.choose(tamperOnly(20), 0).size() == 4);
    CHECK(budget.choose(tamperOnly(3), 0).size() == 3);
}

TEST_CASE("Off the wall, a budget of zero analyses nothing")
{
    const OffWallBudget budget(0);
    CHECK(budget.choose(tamperOnly(5), 0).isEmpty());
}

TEST_CASE("Off the wall, cameras with armed motion zones come before tamper-only ones")
{
    QVector<OffWallCandidate> candidates = tamperOnly(6);
    candidates.push_back({"zone-a", true, true});
    candidates.push_back({"zone-b", true, false});
    const OffWallBudget budget(3);
    const QStringList chosen = budget.choose(candidates, 0);
    REQUIRE(chosen.size() == 3);
    CHECK(chosen[0] == "zone-a");
    CHECK(chosen[1] == "zone-b");
}

TEST_CASE("Off the wall, armed motion cameras beyond the budget wait")
{
    QVector<OffWallCandidate> candidates;
    for (int i = 0; i < 5; ++i)
        candidates.push_back({QStringLiteral("zone-%1").arg(i), true, true});
    const OffWallBudget budget(2);
    CHECK(budget.choose(candidates, 0) == QStringList{"zone-0", "zone-1"});
    CHECK(budget.choose(candidates, 99 * kMinuteMs) == QStringList{"zone-0", "zone-1"});
}

TEST_CASE("Off the wall, cameras with neither motion nor tamper are never analysed")
{
    QVector<OffWallCandidate> candidates{{"off", false, false}, {"tamper", false, true}};
    CHECK(OffWallBudget(8).choose(candidates, 0) == QStringList{"tamper"});
}

TEST_CASE("Off the wall, the tamper window moves on every rotation period")
{
    const OffWallBudget budget(3, 3 * kMinuteMs);
    const QVector<OffWallCandidate> candidates = tamperOnly(10);
    CHECK(budget.choose(candidates, 0) == QStringList{"cam-0", "cam-1", "cam-2"});
    CHECK(budget.choose(candidates, 3 * kMinuteMs - 1) == QStringList{"cam-0", "cam-1", "cam-2"});
    CHECK(budget.choose(candidates, 3 * kMinuteMs) == QStringList{"cam-3", "cam-4", "cam-5"});
    CHECK(budget.choose(candidates, 9 * kMinuteMs) == QStringList{"cam-9", "cam-0", "cam-1"});
}

TEST_CASE("Off the wall, every tamper-only camera is checked within a full rotation")
{
    const OffWallBudget budget(3, 3 * kMinuteMs);
    const QVector<OffWallCandidate> candidates = tamperOnly(10);
    QSet<QString> seen;
    for (int window = 0; window < 4; ++window) // ceil(10 / 3)
        for (const QString &id : budget.choose(candidates, window * 3 * kMinuteMs))
            seen.insert(id);
    CHECK(seen.size() == 10);
}

TEST_CASE("Off the wall, the slots motion leaves over rotate among tamper-only cameras")
{
    QVector<OffWallCandidate> candidates = tamperOnly(4);
    candidates.prepend({"zone", true, true});
    const OffWallBudget budget(3, kMinuteMs);
    CHECK(budget.choose(candidates, 0) == QStringList{"zone", "cam-0", "cam-1"});
    CHECK(budget.choose(candidates, kMinuteMs) == QStringList{"zone", "cam-2", "cam-3"});
}

TEST_CASE("Off the wall, the budget is clamped to 0..64 pipelines")
{
    CHECK(OffWallBudget(-3).maxPipelines() == 0);
    CHECK(OffWallBudget(1000).maxPipelines() == OffWallBudget::kMaxPipelines);
}
