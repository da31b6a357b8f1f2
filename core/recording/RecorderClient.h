#pragma once
// A wall PC's side of a recorder's HTTP interface (RecorderHttpServer; README "Serving footage to
// other PCs"): the status document, a camera's recorded ranges and segments, evidence locks, and
// the URLs of footage files for GStreamer. Failures come back as a RecorderError with a message
// for the operator in the interface language ("Perekam di 10.0.0.5:7480 tidak dapat dihubungi").
// Owns its QNetworkAccessManager (no proxy: recorders are on the site's LAN). Callbacks run on
// the owner thread, never after the client is destroyed. Threads: owner thread only.
#include "core/recording/PasswordGate.h"
#include "core/recording/SegmentIndex.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <deque>
#include <functional>

class QNetworkReply;

namespace pantau::recording {

struct RecorderError
{
    enum class Kind { None, Unreachable, WrongPassword, TooManyAttempts, BadReply };
    Kind kind = Kind::None;
    QString message; // translated, for the operator
    explicit operator bool() const { return kind != Kind::None; }
};

// A segment row as the recorder lists it.
struct RemoteSegment
{
    qint64 id = 0;
    QString cameraId;
    QUrl url; // absolute, without credentials
    qint64 startUtcMs = 0;
    qint64 endUtcMs = 0;
    qint64 bytes = 0;
    QString codec;
    QSize resolution;
    QString state; // "complete", "writing"
    bool locked = false;
};

class RecorderClient : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kUser = "pantau";
    static constexpr int kDefaultTimeoutMs = 10'000;

    // `baseUrl`: "http://HOST:PORT" of the recorder. An empty password sends no credentials
    // (a recorder on loopback without a password).
    RecorderClient(QUrl baseUrl, QString password, QObject *parent = nullptr);
    ~RecorderClient() override;

    // "HOST:PORT" as messages name the recorder.
    QString recorderName() const;
    QUrl baseUrl() const { return m_baseUrl; }
    // Another recorder, or the same with another password (the operator's recorder dialog). Requests
    // under way finish with what they were sent with.
    void setRecorder(QUrl baseUrl, QString password);
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    void status(std::function<void(const QJsonObject &status, const RecorderError &error)> done);
    void ranges(const QString &cameraId, qint64 fromUtcMs, qint64 toUtcMs,
                std::function<void(const QVector<TimeRange> &ranges, const RecorderError &error)> done);
    void
    segments(const QString &cameraId, qint64 fromUtcMs, qint64 toUtcMs,
             std::function<void(const QVector<RemoteSegment> &segments, const RecorderError &error)> done);
    // Evidence lock (locked = true) or unlock of the camera's segments overlapping [from, to];
    // `count` is how many segments changed.
    void lock(const QString &cameraId, qint64 fromUtcMs, qint64 toUtcMs, bool locked,
              std::function<void(int count, const RecorderError &error)> done);

    // The footage file of a segment, for GStreamer's souphttpsrc (give it user-id kUser and
    // user-pw the password) or any HTTP reader with authorizationHeader().
    QUrl footageUrl(qint64 segmentId) const;
    QByteArray authorizationHeader() const;

    // The message for a failed request to this recorder (also for callers reading footage).
    RecorderError errorFor(QNetworkReply *reply) const;
    RecorderError badReply() const;

private:
    QUrl apiUrl(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;
    // /cameras/ID/WHAT?from=..&to=..(&extra): the per-camera requests' address.
    QUrl cameraUrl(const QString &cameraId, const QString &what, qint64 fromUtcMs, qint64 toUtcMs,
                   QList<QPair<QString, QString>> extraQuery = {}) const;
    using Done = std::function<void(const QJsonObject &, const RecorderError &)>;
    // Through the PasswordGate: sent, kept until the password is known, or refused at once.
    void request(const QByteArray &verb, const QUrl &url, Done done);
    void send(const QByteArray &verb, const QUrl &url, Done done);
    void sendNextWaiting(); // the first waiting request asks about the (new) password

    struct Waiting
    {
        QByteArray verb;
        QUrl url;
        Done done;
    };

    QUrl m_baseUrl;
    QString m_password;
    int m_timeoutMs = kDefaultTimeoutMs;
    QNetworkAccessManager m_network;
    PasswordGate m_gate;
    std::deque<Waiting> m_waiting; // requests waiting for the gate's asking request
    RecorderError m_refused;       // the refusal's message while the gate refuses
    quint64 m_generation = 0;      // setRecorder() count: answers of an older one leave the gate be
};

} // namespace pantau::recording
