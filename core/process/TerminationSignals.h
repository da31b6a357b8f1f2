#pragma once
// SIGTERM (a systemd stop, a session logging out, kill) and SIGINT (Ctrl+C) reach the event loop
// as a Qt signal, so that main() can quit it and everything built there is destroyed in order:
// the recorder finishes its open files, pantau flushes confirmed edits and stops the demo's
// recorder. The handler only writes a byte to a socket pair that a QSocketNotifier reads (the one
// thing a signal handler may safely do).
//
// Owns the socket pair and the handlers for its lifetime; the destructor puts the default handlers
// back. One at a time per process (signal handlers are process-wide): a second one is not
// installed (isInstalled() is false). Build it in main() after the Q*Application; main thread.
#include <QObject>

class QSocketNotifier;

namespace pantau {

class TerminationSignals : public QObject
{
    Q_OBJECT
public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    bool isInstalled() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void received(int signalNumber); // SIGTERM or SIGINT, from the event loop

private:
    void readPending();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace pantau
