#include "core/inventory/OnboardingPolicy.h"

#include <algorithm>

namespace pantau::onboarding {

int jobsToStart(int runningJobs, int pendingJobs, int maxParallelJobs)
{
    const int freeSlots = std::max(0, maxParallelJobs - std::max(0, runningJobs));
    return std::min(freeSlots, std::max(0, pendingJobs));
}

} // namespace pantau::onboarding
