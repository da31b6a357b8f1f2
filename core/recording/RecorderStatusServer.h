#pragma once
// The recorder's status channel on this PC: a local socket (QLocalServer; on Linux a Unix socket,
// by default $XDG_RUNTIME_DIR/pantau-recorder or the path given) that sends every client one line
// of JSON (RecorderService::statusJson(), see README "Recorder status") when it connects and again
// whenever the status changes, at most once a second. Clients only read; anything they send is
// ignored. Threads: owner thread only.
#include <QJsonObject>
#include <QList>
#include <QLocalServer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QLocalSocket;

namespace pantau::recording {

class RecorderStatusServer : public QObject
{
    Q_OBJECT
public:
    using StatusSource = std::function<QJsonObject()>;
    explicit RecorderStatusServer(StatusSource source, QObject *parent = nullptr);
    ~RecorderStatusServer() override;

    // A name (in the runtime folder) or an absolute path. A stale socket left by a killed recorder
    // is removed first. false and `error` (not translated: for the log) when it cannot listen.
    bool listen(const QString &nameOrPath, QString *error = nullptr);
    QString fullServerName() const { return m_server.fullServerName(); }
    int clientCount() const { return m_clients.size(); }

    void statusChanged(); // sends to every client, at most once a second

private:
    void sendTo(QLocalSocket *socket);
    void broadcast();

    StatusSource m_source;
    QLocalServer m_server;
    QList<QPointer<QLocalSocket>> m_clients;
    QTimer m_throttle; // single shot
    bool m_dirty = false;
};

} // namespace pantau::recording
