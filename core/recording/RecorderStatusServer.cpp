#include "core/recording/RecorderStatusServer.h"

#include "core/Log.h"

#include <QJsonDocument>
#include <QLocalSocket>

namespace pantau::recording {

namespace {
constexpr int kMinIntervalMs = 1000;
constexpr qint64 kMaxPendingBytes = 1024 * 1024; // a client that does not read is dropped
} // namespace

RecorderStatusServer::RecorderStatusServer(StatusSource source, QObject *parent)
    : QObject(parent), m_source(std::move(source))
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *s = m_server.nextPendingConnection()) {
            m_clients.push_back(s);
            connect(s, &QLocalSocket::disconnected, s, &QObject::deleteLater);
            connect(s, &QLocalSocket::readyRead, s, [s] { s->readAll(); });
            sendTo(s);
        }
    });
    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, [this] {
        if (m_dirty)
            broadcast();
    });
}

RecorderStatusServer::~RecorderStatusServer() = default;

bool RecorderStatusServer::listen(const QString &nameOrPath, QString *error)
{
    QLocalServer::removeServer(nameOrPath); // a stale socket of a killed recorder
    if (!m_server.listen(nameOrPath)) {
        if (error)
            *error = m_server.errorString();
        return false;
    }
    qCInfo(lcRecording) << "status on" << m_server.fullServerName();
    return true;
}

void RecorderStatusServer::statusChanged()
{
    if (m_throttle.isActive()) {
        m_dirty = true;
        return;
    }
    broadcast();
}

void RecorderStatusServer::broadcast()
{
    m_dirty = false;
    m_throttle.start(kMinIntervalMs);
    m_clients.removeAll(nullptr);
    for (const QPointer<QLocalSocket> &s : std::as_const(m_clients))
        sendTo(s);
}

void RecorderStatusServer::sendTo(QLocalSocket *socket)
{
    if (!socket || socket->state() != QLocalSocket::ConnectedState)
        return;
    if (socket->bytesToWrite() > kMaxPendingBytes) {
        socket->abort();
        return;
    }
    socket->write(QJsonDocument(m_source()).toJson(QJsonDocument::Compact) + '\n');
}

} // namespace pantau::recording
