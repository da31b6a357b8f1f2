#include "core/inventory/OnboardingQueue.h"

#include "core/inventory/OnboardingPolicy.h"
#include "core/onvif/OnvifOnboarding.h"

#include <algorithm>

namespace pantau {

OnboardingQueue::OnboardingQueue(QObject *parent) : QObject(parent) {}

OnboardingQueue::~OnboardingQueue()
{
    // Jobs outlive the queue only in their requesters' hands; stop listening to them.
    for (auto *job : m_pending + m_running)
        disconnect(job, nullptr, this, nullptr);
}

int OnboardingQueue::maxParallelJobs() const
{
    return onboarding::kMaxParallelJobs;
}

bool OnboardingQueue::isWaiting(const onvif::OnvifOnboarding *job) const
{
    return std::find(m_pending.cbegin(), m_pending.cend(), job) != m_pending.cend();
}

void OnboardingQueue::enqueue(onvif::OnvifOnboarding *job)
{
    if (!job || m_pending.contains(job) || m_running.contains(job))
        return;
    m_pending.push_back(job);
    connect(job, &QObject::destroyed, this, [this, job] { forget(job); });
    connect(job, &onvif::OnvifOnboarding::finished, this, [this, job] { forget(job); });
    connect(job, &onvif::OnvifOnboarding::failed, this, [this, job] { forget(job); });
    Q_EMIT countsChanged(runningCount(), pendingCount());
    startWhatFits();
}

void OnboardingQueue::startWhatFits()
{
    if (m_starting)
        return; // the loop below sees the freed place
    m_starting = true;
    while (onboarding::jobsToStart(runningCount(), pendingCount()) > 0) {
        onvif::OnvifOnboarding *job = m_pending.takeFirst();
        m_running.push_back(job);
        job->start(); // may fail at once (an invalid address): forget() runs inside
        Q_EMIT countsChanged(runningCount(), pendingCount());
    }
    m_starting = false;
}

void OnboardingQueue::forget(onvif::OnvifOnboarding *job)
{
    const bool wasQueued = m_pending.removeOne(job) || m_running.removeOne(job);
    if (!wasQueued)
        return;
    disconnect(job, nullptr, this, nullptr);
    Q_EMIT countsChanged(runningCount(), pendingCount());
    startWhatFits();
}

} // namespace pantau
