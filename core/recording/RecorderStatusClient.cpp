#include "core/recording/RecorderStatusClient.h"

#include "core/Log.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pantau::recording {

namespace {
constexpr qint64 kMaxLineBytes = 8 * 1024 * 1024; // a status line of thousands of cameras fits
}

RecorderStatusClient::RecorderStatusClient(QString socketNameOrPath, QObject *parent)
    : QObject(parent), m_name(std::move(socketNameOrPath))
{
    m_retry.setInterval(kReconnectMs);
    connect(&m_retry, &QTimer::timeout, this, &RecorderStatusClient::connectNow);
    connect(&m_socket, &QLocalSocket::readyRead, this, &RecorderStatusClient::onReadyRead);
    connect(&m_socket, &QLocalSocket::connected, this,
            [this] { qCInfo(lcRecording) << "recorder status from" << m_name; });
    connect(&m_socket, &QLocalSocket::disconnected, this, [this] {
        m_status = {};
        m_stateByCamera.clear();
        Q_EMIT changed();
    });
}

RecorderStatusClient::~RecorderStatusClient()
{
    // The socket closes as it is destroyed: its disconnected() must not reach changed()'s receivers
    // (who then read this half-destroyed client).
    m_socket.disconnect(this);
}

void RecorderStatusClient::start()
{
    m_retry.start();
    connectNow();
}

void RecorderStatusClient::connectNow()
{
    if (m_socket.state() == QLocalSocket::UnconnectedState)
        m_socket.connectToServer(m_name, QIODevice::ReadOnly);
}

void RecorderStatusClient::onReadyRead()
{
    bool any = false;
    while (m_socket.canReadLine()) {
        const QJsonObject status = QJsonDocument::fromJson(m_socket.readLine()).object();
        if (status.value(QStringLiteral("format")).toString() != QLatin1String("pantau-recorder-status"))
            continue; // not a recorder, or a damaged line: keep the last good one
        m_status = status;
        m_stateByCamera.clear();
        for (const QJsonValue &c : status.value(QStringLiteral("cameras")).toArray()) {
            const QJsonObject o = c.toObject();
            m_stateByCamera.insert(o.value(QStringLiteral("id")).toString(),
                                   o.value(QStringLiteral("state")).toString());
        }
        any = true;
    }
    if (m_socket.bytesAvailable() > kMaxLineBytes)
        m_socket.abort(); // no end of line in sight: not a recorder
    if (any)
        Q_EMIT changed();
}

int RecorderStatusClient::camerasRecording() const
{
    return isConnected() ? m_status.value(QStringLiteral("recorder"))
                               .toObject()
                               .value(QStringLiteral("recording"))
                               .toInt()
                         : 0;
}

int RecorderStatusClient::camerasPlanned() const
{
    return isConnected() ? m_status.value(QStringLiteral("recorder"))
                               .toObject()
                               .value(QStringLiteral("cameras"))
                               .toInt()
                         : 0;
}

double RecorderStatusClient::daysThatFit() const
{
    return isConnected() ? m_status.value(QStringLiteral("recorder"))
                               .toObject()
                               .value(QStringLiteral("daysThatFit"))
                               .toDouble(-1)
                         : -1;
}

} // namespace pantau::recording
