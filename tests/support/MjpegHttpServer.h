#pragma once
// A real HTTP server on 127.0.0.1 that serves an MJPEG camera (multipart/x-mixed-replace), the
// way cheap IP cameras do. Lives on the thread that creates it (the test's GUI thread).
#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace pantau::test {

class MjpegHttpServer : public QObject
{
public:
    explicit MjpegHttpServer(QColor color, QSize size = {320, 240})
    {
        QImage img(size, QImage::Format_RGB32);
        img.fill(color);
        QBuffer buf(&m_jpeg);
        buf.open(QIODevice::WriteOnly);
        img.save(&buf, "JPEG", 90);
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                serve(s);
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/video.mjpg").arg(port())); }
    bool hasJpeg() const { return !m_jpeg.isEmpty(); }

private:
    void serve(QTcpSocket *s)
    {
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        connect(s, &QTcpSocket::readyRead, s, [this, s] {
            m_request[s] += s->readAll();
            if (!m_request[s].contains("\r\n\r\n") || s->property("streaming").toBool())
                return;
            s->setProperty("streaming", true);
            s->write("HTTP/1.0 200 OK\r\nContent-Type: multipart/x-mixed-replace; boundary=pantauframe\r\n"
                     "Cache-Control: no-cache\r\n\r\n");
            auto *timer = new QTimer(s);
            connect(timer, &QTimer::timeout, s, [this, s] {
                s->write("--pantauframe\r\nContent-Type: image/jpeg\r\nContent-Length: " +
                         QByteArray::number(m_jpeg.size()) + "\r\n\r\n" + m_jpeg + "\r\n");
            });
            timer->start(40);
        });
    }

    QTcpServer m_server;
    QByteArray m_jpeg;
    QHash<QTcpSocket *, QByteArray> m_request;
};

} // namespace pantau::test
