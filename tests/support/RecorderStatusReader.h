#pragma once
// Test helpers over a running pantau-recorder: its status lines, read from its local socket, and
// the segment files it wrote for a camera. Test (main) thread only.
#include "Wait.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QStringList>

namespace pantau::test {

// The newest status line of the recorder whose socket is at `path`.
struct RecorderStatusReader
{
    QLocalSocket socket;
    QJsonObject latest;
    explicit RecorderStatusReader(const QString &path, int connectBoundMs = 15000)
    {
        QObject::connect(&socket, &QLocalSocket::readyRead, [this] {
            while (socket.canReadLine())
                latest = QJsonDocument::fromJson(socket.readLine()).object();
        });
        // A killed recorder leaves its socket file behind: try again until the new one listens.
        waitUntil(
            [&] {
                if (socket.state() == QLocalSocket::UnconnectedState)
                    socket.connectToServer(path);
                return socket.state() == QLocalSocket::ConnectedState;
            },
            connectBoundMs);
    }
    QString stateOf(const QString &cameraId) const
    {
        for (const QJsonValue &c : latest.value("cameras").toArray())
            if (c.toObject().value("id").toString() == cameraId)
                return c.toObject().value("state").toString();
        return {};
    }
    QString warning() const { return latest.value("recorder").toObject().value("warning").toString(); }
};

// ARCHIVE/<camera>/<day>/*.mp4, days and files in name (time) order.
inline QStringList segmentFilesIn(const QString &archive, const QString &cameraId)
{
    QStringList files;
    QDir cam(archive + "/" + cameraId);
    for (const QString &day : cam.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        for (const QString &f : QDir(cam.filePath(day)).entryList({"*.mp4"}, QDir::Files, QDir::Name))
            files << cam.filePath(day) + "/" + f;
    return files;
}

} // namespace pantau::test
