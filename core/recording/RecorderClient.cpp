#include "core/recording/RecorderClient.h"

#include "core/recording/RecorderAuth.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QUrlQuery>

namespace pantau::recording {

RecorderClient::RecorderClient(QUrl baseUrl, QString password, QObject *parent)
    : QObject(parent), m_baseUrl(std::move(baseUrl)), m_password(std::move(password))
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

RecorderClient::~RecorderClient()
{
    // Pending replies are aborted without calling back.
    const QList<QNetworkReply *> replies = m_network.findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
    }
}

void RecorderClient::setRecorder(QUrl baseUrl, QString password)
{
    m_baseUrl = std::move(baseUrl);
    m_password = std::move(password);
    ++m_generation;
    m_gate.reset();
    // Waiting requests go to the new recorder, with the new password; the first one asks.
    for (Waiting &w : m_waiting) {
        w.url.setScheme(m_baseUrl.scheme());
        w.url.setHost(m_baseUrl.host());
        w.url.setPort(m_baseUrl.port());
    }
    sendNextWaiting();
}

void RecorderClient::sendNextWaiting()
{
    if (m_waiting.empty())
        return;
    Waiting w = std::move(m_waiting.front());
    m_waiting.pop_front();
    request(w.verb, w.url, std::move(w.done));
}

QString RecorderClient::recorderName() const
{
    const QString host = m_baseUrl.host().contains(QLatin1Char(':'))
                             ? QStringLiteral("[%1]").arg(m_baseUrl.host())
                             : m_baseUrl.host();
    return m_baseUrl.port() > 0 ? QStringLiteral("%1:%2").arg(host).arg(m_baseUrl.port()) : host;
}

QByteArray RecorderClient::authorizationHeader() const
{
    return m_password.isEmpty() ? QByteArray()
                                : RecorderAuth::basicHeader(QString::fromLatin1(kUser), m_password);
}

QUrl RecorderClient::apiUrl(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QUrl url = m_baseUrl;
    url.setUserInfo({});
    url.setPath(QStringLiteral("/api/v1") + path, QUrl::TolerantMode); // keeps a camera id's %2F as it is
    if (!query.isEmpty()) {
        QUrlQuery q;
        q.setQueryItems(query);
        url.setQuery(q);
    }
    return url;
}

QUrl RecorderClient::cameraUrl(const QString &cameraId, const QString &what, qint64 fromUtcMs, qint64 toUtcMs,
                               QList<QPair<QString, QString>> extraQuery) const
{
    QList<QPair<QString, QString>> query = {{QStringLiteral("from"), QString::number(fromUtcMs)},
                                            {QStringLiteral("to"), QString::number(toUtcMs)}};
    query += extraQuery;
    return apiUrl(
        QStringLiteral("/cameras/%1/%2").arg(QString::fromLatin1(QUrl::toPercentEncoding(cameraId)), what),
        query);
}

QUrl RecorderClient::footageUrl(qint64 segmentId) const
{
    return apiUrl(QStringLiteral("/footage/%1.mp4").arg(segmentId));
}

RecorderError RecorderClient::badReply() const
{
    return {RecorderError::Kind::BadReply,
            tr("The recorder at %1 sent a reply Pantau cannot read.").arg(recorderName())};
}

RecorderError RecorderClient::errorFor(QNetworkReply *reply) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 401)
        return {RecorderError::Kind::WrongPassword,
                tr("The recorder at %1 refused the password.").arg(recorderName())};
    if (status == 429)
        return {
            RecorderError::Kind::TooManyAttempts,
            tr("The recorder at %1 refuses logins for a while after wrong passwords.").arg(recorderName())};
    if (status == 0) // no HTTP reply at all: refused, unreachable, timed out
        return {RecorderError::Kind::Unreachable,
                tr("The recorder at %1 cannot be reached.").arg(recorderName())};
    return badReply();
}

void RecorderClient::request(const QByteArray &verb, const QUrl &url, Done done)
{
    switch (m_gate.onRequest()) {
    case PasswordGate::Action::Send:
        send(verb, url, std::move(done));
        return;
    case PasswordGate::Action::Wait:
        m_waiting.push_back({verb, url, std::move(done)});
        return;
    case PasswordGate::Action::Refuse:
        QMetaObject::invokeMethod(
            this, [done = std::move(done), error = m_refused] { done({}, error); }, Qt::QueuedConnection);
        return;
    }
}

void RecorderClient::send(const QByteArray &verb, const QUrl &url, Done done)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (!m_password.isEmpty())
        request.setRawHeader("Authorization", authorizationHeader());
    QNetworkReply *reply = nullptr;
    if (verb == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded"));
        reply = m_network.post(request, QByteArray());
    } else {
        reply = m_network.sendCustomRequest(request, verb);
    }
    // A 401 must not make Qt ask for credentials again (it has none to offer): the reply ends.
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, generation = m_generation, done = std::move(done)] {
                reply->deleteLater();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                RecorderError error;
                QJsonObject object;
                if (status != 200) {
                    error = errorFor(reply);
                } else {
                    QJsonParseError parseError;
                    const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll(), &parseError);
                    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
                        error = badReply();
                    else
                        object = doc.object();
                }
                PasswordGate::Release release = PasswordGate::Release::None;
                if (generation == m_generation) {
                    if (status == 401)
                        m_refused = error;
                    release = m_gate.onAnswer(status);
                }
                const QPointer<RecorderClient> self(this);
                done(object, error);
                if (!self || release == PasswordGate::Release::None)
                    return;
                std::deque<Waiting> waiting;
                waiting.swap(m_waiting);
                for (Waiting &w : waiting) {
                    if (!self)
                        return;
                    if (release == PasswordGate::Release::SendAll)
                        this->request(w.verb, w.url, std::move(w.done));
                    else
                        w.done({}, error);
                }
            });
}

void RecorderClient::status(std::function<void(const QJsonObject &, const RecorderError &)> done)
{
    request("GET", apiUrl(QStringLiteral("/status")),
            [this, done = std::move(done)](const QJsonObject &o, const RecorderError &e) {
                if (!e &&
                    o.value(QStringLiteral("format")).toString() != QLatin1String("pantau-recorder-status")) {
                    done({}, badReply());
                    return;
                }
                done(o, e);
            });
}

void RecorderClient::ranges(const QString &cameraId, qint64 fromUtcMs, qint64 toUtcMs,
                            std::function<void(const QVector<TimeRange> &, const RecorderError &)> done)
{
    const QUrl url = cameraUrl(cameraId, QStringLiteral("ranges"), fromUtcMs, toUtcMs);
    request("GET", url, [this, done = std::move(done)](const QJsonObject &o, const RecorderError &e) {
        if (e) {
            done({}, e);
            return;
        }
        const QJsonValue list = o.value(QStringLiteral("ranges"));
        if (!list.isArray()) {
            done({}, badReply());
            return;
        }
        QVector<TimeRange> ranges;
        for (const QJsonValue &v : list.toArray()) {
            const QJsonObject r = v.toObject();
            ranges.push_back({qint64(r.value(QStringLiteral("startUtcMs")).toDouble()),
                              qint64(r.value(QStringLiteral("endUtcMs")).toDouble())});
        }
        done(ranges, {});
    });
}

void RecorderClient::segments(const QString &cameraId, qint64 fromUtcMs, qint64 toUtcMs,
                              std::function<void(const QVector<RemoteSegment> &, const RecorderError &)> done)
{
    const QUrl url = cameraUrl(cameraId, QStringLiteral("segments"), fromUtcMs, toUtcMs);
    request("GET", url, [this, done = std::move(done)](const QJsonObject &o, const RecorderError &e) {
        if (e) {
            done({}, e);
            return;
        }
        const QJsonValue list = o.value(QStringLiteral("segments"));
        if (!list.isArray()) {
            done({}, badReply());
            return;
        }
        QVector<RemoteSegment> rows;
        for (const QJsonValue &v : list.toArray()) {
            const QJsonObject r = v.toObject();
            RemoteSegment s;
            s.id = qint64(r.value(QStringLiteral("id")).toDouble());
            s.cameraId = r.value(QStringLiteral("cameraId")).toString();
            s.url = m_baseUrl.resolved(QUrl(r.value(QStringLiteral("url")).toString()));
            s.url.setUserInfo({});
            s.startUtcMs = qint64(r.value(QStringLiteral("startUtcMs")).toDouble());
            s.endUtcMs = qint64(r.value(QStringLiteral("endUtcMs")).toDouble());
            s.bytes = qint64(r.value(QStringLiteral("bytes")).toDouble());
            s.codec = r.value(QStringLiteral("codec")).toString();
            s.resolution =
                QSize(r.value(QStringLiteral("width")).toInt(), r.value(QStringLiteral("height")).toInt());
            s.state = r.value(QStringLiteral("state")).toString();
            s.locked = r.value(QStringLiteral("locked")).toBool();
            if (s.id <= 0) {
                done({}, badReply());
                return;
            }
            rows.push_back(s);
        }
        done(rows, {});
    });
}

void RecorderClient::lock(const QString &cameraId, qint64 fromUtcMs, qint64 toUtcMs, bool locked,
                          std::function<void(int, const RecorderError &)> done)
{
    const QUrl url =
        cameraUrl(cameraId, QStringLiteral("locks"), fromUtcMs, toUtcMs,
                  {{QStringLiteral("locked"), locked ? QStringLiteral("1") : QStringLiteral("0")}});
    request("POST", url, [this, done = std::move(done)](const QJsonObject &o, const RecorderError &e) {
        if (e) {
            done(-1, e);
            return;
        }
        const QJsonValue count = o.value(QStringLiteral("segments"));
        if (!count.isDouble()) {
            done(-1, badReply());
            return;
        }
        done(count.toInt(), {});
    });
}

} // namespace pantau::recording
