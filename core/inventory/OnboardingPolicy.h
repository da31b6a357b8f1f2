#pragma once
// How many ONVIF onboarding jobs may run at once, and which waiting jobs to start next: a pure
// decision, unit tested; OnboardingQueue acts on it. Any thread (no state).
namespace pantau::onboarding {

// The one cap on parallel onboarding jobs in the whole process (discovery, the camera dialog and
// the CSV import share it): a few cameras at a time keep a slow or hostile network from stalling
// the console's event loop with hundreds of open requests.
inline constexpr int kMaxParallelJobs = 4;

// How many of the `pendingJobs` waiting (oldest first) to start now while `runningJobs` run, under
// `maxParallelJobs`. Never negative; never more than are waiting.
int jobsToStart(int runningJobs, int pendingJobs, int maxParallelJobs = kMaxParallelJobs);

} // namespace pantau::onboarding
