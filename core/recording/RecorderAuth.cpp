#include "core/recording/RecorderAuth.h"

#include <QCryptographicHash>
#include <QFile>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSaveFile>

namespace pantau::recording {

namespace {
constexpr int kMaxRemembered = 64;
constexpr int kMaxIterations = 10'000'000;
} // namespace

QByteArray RecorderAuth::derive(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations,
                                              kKeyBytes);
}

QByteArray RecorderAuth::makeRecord(const QString &password, int iterations)
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), kSaltBytes / 4);
    return "pbkdf2-sha256:" + QByteArray::number(iterations) + ':' + salt.toBase64() + ':' +
           derive(password, salt, iterations).toBase64();
}

std::optional<RecorderAuth> RecorderAuth::fromRecord(const QByteArray &record, QString *error)
{
    const QList<QByteArray> parts = record.trimmed().split(':');
    bool ok = false;
    const int iterations = parts.size() == 4 ? parts[1].toInt(&ok) : 0;
    if (parts.size() != 4 || parts[0] != "pbkdf2-sha256" || !ok || iterations < 1 ||
        iterations > kMaxIterations) {
        if (error)
            *error = QStringLiteral("not a pbkdf2-sha256 password record");
        return std::nullopt;
    }
    const auto salt = QByteArray::fromBase64Encoding(parts[2], QByteArray::AbortOnBase64DecodingErrors);
    const auto key = QByteArray::fromBase64Encoding(parts[3], QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !key || salt.decoded.isEmpty() || key.decoded.size() != kKeyBytes) {
        if (error)
            *error = QStringLiteral("the password record's salt or key is damaged");
        return std::nullopt;
    }
    RecorderAuth auth;
    auth.m_iterations = iterations;
    auth.m_salt = *salt;
    auth.m_key = *key;
    return auth;
}

std::optional<RecorderAuth> RecorderAuth::fromFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return std::nullopt;
    }
    return fromRecord(f.read(4096), error);
}

bool RecorderAuth::writeFile(const QString &path, const QByteArray &record, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) ||
        !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || f.write(record + '\n') < 0 ||
        !f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

bool RecorderAuth::checkPassword(const QString &password) const
{
    return constantTimeEquals(derive(password, m_salt, m_iterations), m_key);
}

bool RecorderAuth::check(const QByteArray &authorizationHeader)
{
    const QByteArray digest = QCryptographicHash::hash(authorizationHeader, QCryptographicHash::Sha256);
    if (m_verified.contains(digest))
        return true;
    const auto credentials = parseBasic(authorizationHeader);
    if (!credentials || !checkPassword(credentials->second))
        return false;
    if (m_verified.size() >= kMaxRemembered)
        m_verified.clear();
    m_verified.insert(digest);
    return true;
}

QByteArray RecorderAuth::challenge()
{
    return "Basic realm=\"Pantau recorder\", charset=\"UTF-8\"";
}

QByteArray RecorderAuth::basicHeader(const QString &user, const QString &password)
{
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

std::optional<std::pair<QString, QString>> RecorderAuth::parseBasic(const QByteArray &authorizationHeader)
{
    const QByteArray header = authorizationHeader.trimmed();
    const qsizetype space = header.indexOf(' ');
    if (space < 0 || header.left(space).toLower() != "basic")
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(header.mid(space + 1).trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const qsizetype colon = decoded.decoded.indexOf(':');
    if (colon < 0)
        return std::nullopt;
    return std::make_pair(QString::fromUtf8(decoded.decoded.left(colon)),
                          QString::fromUtf8(decoded.decoded.mid(colon + 1)));
}

bool RecorderAuth::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // Time depends on the lengths only (the key's length is public: always kKeyBytes).
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    const qsizetype n = qMin(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace pantau::recording
