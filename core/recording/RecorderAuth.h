#pragma once
// The recorder's password check for its HTTP server (HTTP Basic over the site's LAN). The recorder
// keeps only a salted PBKDF2-HMAC-SHA256 hash of the password, in a one-line password file that
// `pantau-recorder --set-password` writes:
//     pbkdf2-sha256:<iterations>:<salt, base64>:<derived key, base64>
// The user name is not checked (clients send "pantau"); the password is compared in constant
// time. A header that verified once is remembered (by its SHA-256, in memory) so the many Range
// requests of a playback do not each pay for PBKDF2. Threads: owner thread only.
#include <QByteArray>
#include <QSet>
#include <QString>

#include <optional>

namespace pantau::recording {

class RecorderAuth
{
public:
    static constexpr int kDefaultIterations = 100000;
    static constexpr int kSaltBytes = 16;
    static constexpr int kKeyBytes = 32;
    static constexpr int kMinPasswordLength = 8;

    // A new record for `password` with a random salt.
    static QByteArray makeRecord(const QString &password, int iterations = kDefaultIterations);
    // nullopt (and `error`, not translated: for the log) when the record is not one makeRecord() writes.
    static std::optional<RecorderAuth> fromRecord(const QByteArray &record, QString *error = nullptr);
    static std::optional<RecorderAuth> fromFile(const QString &path, QString *error = nullptr);
    // Writes the record (mode 0600, atomically). false and `error` (not translated) on failure.
    static bool writeFile(const QString &path, const QByteArray &record, QString *error = nullptr);

    // Whether an Authorization header's value carries the password.
    bool check(const QByteArray &authorizationHeader);
    bool checkPassword(const QString &password) const;

    // The WWW-Authenticate value of a 401.
    static QByteArray challenge();
    // The Authorization value a client sends.
    static QByteArray basicHeader(const QString &user, const QString &password);
    // (user, password) of a "Basic ..." header; nullopt when it is not one.
    static std::optional<std::pair<QString, QString>> parseBasic(const QByteArray &authorizationHeader);
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

private:
    RecorderAuth() = default;
    static QByteArray derive(const QString &password, const QByteArray &salt, int iterations);

    int m_iterations = 0;
    QByteArray m_salt;
    QByteArray m_key;
    QSet<QByteArray> m_verified; // SHA-256 of headers that verified; bounded
};

} // namespace pantau::recording
