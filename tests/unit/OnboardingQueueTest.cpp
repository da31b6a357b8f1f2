// The one queue of ONVIF onboarding jobs: its policy (how many to start) and the queue acting on
// it against a real ONVIF test device on 127.0.0.1.
#include <catch2/catch.hpp>

#include "OnvifTestDevice.h"
#include "Wait.h"
#include "core/inventory/OnboardingPolicy.h"
#include "core/inventory/OnboardingQueue.h"
#include "core/onvif/OnvifOnboarding.h"

#include <QNetworkAccessManager>

#include <memory>
#include <vector>

using namespace pantau;
using pantau::test::OnvifTestDevice;
using pantau::test::OnvifTestDeviceConfig;
using pantau::test::waitUntil;

TEST_CASE("Onboarding policy: with nothing running, starts waiting jobs up to the cap", "[unit][onvif]")
{
    CHECK(onboarding::jobsToStart(0, 10) == onboarding::kMaxParallelJobs);
    CHECK(onboarding::jobsToStart(0, 10, 2) == 2);
    CHECK(onboarding::kMaxParallelJobs == 4);
}

TEST_CASE("Onboarding policy: starts only what the cap leaves free", "[unit][onvif]")
{
    CHECK(onboarding::jobsToStart(3, 10, 4) == 1);
    CHECK(onboarding::jobsToStart(4, 10, 4) == 0);
    CHECK(onboarding::jobsToStart(6, 10, 4) == 0); // never negative, even above the cap
}

TEST_CASE("Onboarding policy: never starts more than are waiting", "[unit][onvif]")
{
    CHECK(onboarding::jobsToStart(0, 0, 4) == 0);
    CHECK(onboarding::jobsToStart(1, 2, 4) == 2);
    CHECK(onboarding::jobsToStart(0, -1, 4) == 0);
}

TEST_CASE("The onboarding queue runs at most the cap, and a deleted job frees its place", "[unit][onvif]")
{
    OnvifTestDeviceConfig silent;
    silent.fault = OnvifTestDeviceConfig::Fault::NeverAnswer; // jobs stay running until deleted
    OnvifTestDevice device(silent);
    REQUIRE(device.start());
    QNetworkAccessManager network;
    OnboardingQueue queue;
    std::vector<std::unique_ptr<onvif::OnvifOnboarding>> jobs;
    for (int i = 0; i < onboarding::kMaxParallelJobs + 2; ++i) {
        jobs.push_back(std::make_unique<onvif::OnvifOnboarding>(&network, device.deviceServiceUrl(), "admin",
                                                                "rahasia"));
        jobs.back()->setTimeoutMs(60000);
        queue.enqueue(jobs.back().get());
    }
    CHECK(queue.runningCount() == onboarding::kMaxParallelJobs);
    CHECK(queue.pendingCount() == 2);
    int started = 0;
    for (const auto &job : jobs)
        started += job->isRunning();
    CHECK(started == onboarding::kMaxParallelJobs);
    CHECK_FALSE(jobs[onboarding::kMaxParallelJobs]->isRunning()); // oldest first
    CHECK(queue.isWaiting(jobs[onboarding::kMaxParallelJobs].get()));
    CHECK_FALSE(queue.isWaiting(jobs.front().get()));

    jobs.back().reset(); // waiting: never starts
    CHECK(queue.runningCount() == onboarding::kMaxParallelJobs);
    CHECK(queue.pendingCount() == 1);
    jobs.front().reset(); // running: the next waiting job takes its place
    CHECK(queue.runningCount() == onboarding::kMaxParallelJobs);
    CHECK(queue.pendingCount() == 0);
    CHECK(jobs[onboarding::kMaxParallelJobs]->isRunning());
    jobs.clear();
    CHECK(queue.runningCount() == 0);
}

TEST_CASE("Jobs that fail at once leave the onboarding queue empty, each failing once", "[unit][onvif]")
{
    QNetworkAccessManager network;
    OnboardingQueue queue;
    std::vector<std::unique_ptr<onvif::OnvifOnboarding>> jobs;
    int failures = 0;
    for (int i = 0; i < onboarding::kMaxParallelJobs * 2; ++i) {
        jobs.push_back(std::make_unique<onvif::OnvifOnboarding>(&network, QUrl(), "admin", "rahasia"));
        QObject::connect(jobs.back().get(), &onvif::OnvifOnboarding::failed, [&] { ++failures; });
        queue.enqueue(jobs.back().get());
    }
    CHECK(failures == onboarding::kMaxParallelJobs * 2);
    CHECK(queue.runningCount() == 0);
    CHECK(queue.pendingCount() == 0);
}
