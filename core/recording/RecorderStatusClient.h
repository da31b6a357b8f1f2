#pragma once
// Reads a recorder's status channel (RecorderStatusServer: one JSON line per change on a local
// socket) for the wall and the dashboard: which cameras record, and the recorder's figures.
// Connects at start, and again every few seconds while the recorder is not there (not installed,
// restarting); a wall with no recorder simply shows no camera as recording.
// Threads: owner thread (the GUI thread).
#include <QHash>
#include <QJsonObject>
#include <QLocalSocket>
#include <QObject>
#include <QTimer>

namespace pantau::recording {

class RecorderStatusClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int kReconnectMs = 5000;

    explicit RecorderStatusClient(QString socketNameOrPath, QObject *parent = nullptr);
    ~RecorderStatusClient() override;

    void start();
    bool isConnected() const
    {
        return m_socket.state() == QLocalSocket::ConnectedState && !m_status.isEmpty();
    }
    // The camera's recording state key ("recording", "waiting", ...); empty when this recorder does
    // not record it or no recorder is connected.
    QString stateOf(const QString &cameraId) const
    {
        return isConnected() ? m_stateByCamera.value(cameraId) : QString();
    }
    bool isRecording(const QString &cameraId) const
    {
        return stateOf(cameraId) == QLatin1String("recording");
    }
    int camerasRecording() const;
    int camerasPlanned() const; // cameras the recorder is asked to record
    double daysThatFit() const; // -1 when unknown
    QJsonObject lastStatus() const { return m_status; }

Q_SIGNALS:
    void changed();

private:
    void onReadyRead();
    void connectNow();

    QString m_name;
    QLocalSocket m_socket;
    QTimer m_retry;
    QJsonObject m_status;
    QHash<QString, QString> m_stateByCamera;
};

} // namespace pantau::recording
