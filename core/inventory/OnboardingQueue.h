#pragma once
// The one queue of ONVIF onboarding jobs in the process: the discovery dialog, the camera
// dialog's "Read from camera" and the CSV import all hand their jobs here, and at most
// onboarding::kMaxParallelJobs of them run at once, oldest first (OnboardingPolicy decides, the
// queue acts). Built once in app/ and passed down.
//
// A job is an onvif::OnvifOnboarding its requester created (parented to itself, so it goes with
// the requester), connected to, and set up (timeout) before enqueue(); the queue only starts it.
// The requester deletes it when it is done with it: a job deleted while waiting never starts, one
// deleted while running frees its place. The queue never owns or deletes a job.
// GUI thread only.
#include <QObject>
#include <QVector>

namespace pantau {

namespace onvif {
class OnvifOnboarding;
}

class OnboardingQueue : public QObject
{
    Q_OBJECT
public:
    explicit OnboardingQueue(QObject *parent = nullptr);
    ~OnboardingQueue() override;

    // Starts `job` now if a place is free, else when one frees up. A job already queued or
    // running is left as it is.
    void enqueue(onvif::OnvifOnboarding *job);

    // Queued and not yet started (every place is taken).
    bool isWaiting(const onvif::OnvifOnboarding *job) const;
    int runningCount() const { return int(m_running.size()); }
    int pendingCount() const { return int(m_pending.size()); }
    int maxParallelJobs() const;

Q_SIGNALS:
    // After every change of either count (a job queued, started, ended or deleted).
    void countsChanged(int running, int pending);

private:
    void startWhatFits();
    void forget(onvif::OnvifOnboarding *job); // ended or deleted: frees its place

    QVector<onvif::OnvifOnboarding *> m_pending; // oldest first
    QVector<onvif::OnvifOnboarding *> m_running;
    bool m_starting = false; // inside startWhatFits(): a job failing at once must not recurse
};

} // namespace pantau
