// OutageRule: one event per failing period, after a grace, continued across a restart.
#include "CatchQt.h"

#include "core/events/OutageRule.h"

using namespace pantau::events;
using Type = OutageAction::Type;

namespace {
const QString kCam = QStringLiteral("cam-1");
constexpr qint64 kT0 = 1'000'000;
} // namespace

TEST_CASE("An outage starts only after failing for the grace, dated when the failure began")
{
    OutageRule rule(10'000);
    CHECK(rule.report(kCam, Condition::Failing, kT0).isEmpty());
    CHECK(rule.hasPending());
    CHECK(rule.tick(kT0 + 9'999).isEmpty());
    CHECK(rule.report(kCam, Condition::Failing, kT0 + 5'000).isEmpty()); // a retry failing again
    CHECK(rule.tick(kT0 + 10'000) == QVector<OutageAction>{{Type::Start, kCam, kT0}});
    CHECK(rule.isOpen(kCam));
    CHECK_FALSE(rule.hasPending());
    CHECK(rule.report(kCam, Condition::Failing, kT0 + 20'000).isEmpty()); // one event per period
    CHECK(rule.tick(kT0 + 60'000).isEmpty());
}

TEST_CASE("A short drop makes no outage")
{
    OutageRule rule(10'000);
    CHECK(rule.report(kCam, Condition::Failing, kT0).isEmpty());
    CHECK(rule.report(kCam, Condition::Fine, kT0 + 3'000).isEmpty());
    CHECK_FALSE(rule.hasPending());
    CHECK(rule.tick(kT0 + 30'000).isEmpty());
}

TEST_CASE("An outage ends when the camera is fine again, and a new one may follow")
{
    OutageRule rule(0);
    CHECK(rule.report(kCam, Condition::Failing, kT0) == QVector<OutageAction>{{Type::Start, kCam, kT0}});
    CHECK(rule.report(kCam, Condition::Fine, kT0 + 5'000) ==
          QVector<OutageAction>{{Type::End, kCam, kT0 + 5'000}});
    CHECK(rule.report(kCam, Condition::Fine, kT0 + 6'000).isEmpty());
    CHECK(rule.report(kCam, Condition::Failing, kT0 + 7'000) ==
          QVector<OutageAction>{{Type::Start, kCam, kT0 + 7'000}});
}

TEST_CASE("Unknown states between retries change nothing")
{
    OutageRule rule(10'000);
    rule.report(kCam, Condition::Failing, kT0);
    CHECK(rule.report(kCam, Condition::Unknown, kT0 + 4'000).isEmpty());
    CHECK(rule.tick(kT0 + 10'000) == QVector<OutageAction>{{Type::Start, kCam, kT0}});
    CHECK(rule.report(kCam, Condition::Unknown, kT0 + 20'000).isEmpty());
    CHECK(rule.isOpen(kCam));
}

TEST_CASE("Start-up makes no storm: cameras that connect within the grace make no outage")
{
    OutageRule rule(10'000);
    for (int i = 0; i < 100; ++i) {
        const QString cam = QStringLiteral("cam-%1").arg(i);
        rule.report(cam, Condition::Unknown, kT0);
        if (i % 3 == 0)
            rule.report(cam, Condition::Failing, kT0 + 1'000); // a first attempt that fails
    }
    for (int i = 0; i < 100; ++i)
        rule.report(QStringLiteral("cam-%1").arg(i), Condition::Fine, kT0 + 4'000);
    CHECK(rule.tick(kT0 + 60'000).isEmpty());
}

TEST_CASE("An outage left open by the last run is continued, then ended")
{
    OutageRule rule(0);
    rule.adoptOpen(kCam);
    CHECK(rule.report(kCam, Condition::Failing, kT0).isEmpty());
    CHECK(rule.report(kCam, Condition::Fine, kT0 + 1'000) ==
          QVector<OutageAction>{{Type::End, kCam, kT0 + 1'000}});
}

TEST_CASE("A camera nobody watches any more drops its failure in grace but keeps an open outage")
{
    OutageRule rule(10'000);
    rule.report(kCam, Condition::Failing, kT0);
    rule.forget(kCam);
    CHECK(rule.tick(kT0 + 20'000).isEmpty());
    const QString other = QStringLiteral("cam-2");
    rule.report(other, Condition::Failing, kT0);
    rule.tick(kT0 + 10'000);
    rule.forget(other);
    CHECK(rule.isOpen(other));
    CHECK(rule.report(other, Condition::Fine, kT0 + 30'000).size() == 1);
}
