#include "core/credentials/KeychainCredentialStore.h"

#include "core/Log.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>
#include <QUuid>

#include <qt6keychain/keychain.h>

#include <memory>

namespace pantau {

namespace {
QString backendName()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("Windows Credential Manager");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("macOS Keychain");
#else
    const QString desktop = qEnvironmentVariable("XDG_CURRENT_DESKTOP");
    return desktop.contains(QLatin1String("KDE"), Qt::CaseInsensitive) ? QStringLiteral("KWallet")
                                                                       : QStringLiteral("Secret Service");
#endif
}

QString describe(const QKeychain::Job *job)
{
    return KeychainCredentialStore::tr("The desktop secret store failed: %1").arg(job->errorString());
}

// Jobs have no parent and delete themselves when they finish: destroying a job while its backend
// is still working on it is not safe. The answer reaches `context` only while it exists.
void start(QKeychain::Job *job, const QString &key, QObject *context,
           std::function<void(QKeychain::Job *)> finished)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never QtKeychain's plain-text settings-file fallback
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, std::move(finished));
    job->start();
}
} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service, QObject *parent)
    : CredentialStore(parent), m_service(std::move(service))
{
}

QString KeychainCredentialStore::kind() const
{
    return tr("desktop secret store (%1)").arg(backendName());
}

void KeychainCredentialStore::readEntry(const QString &key, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    start(job, key, this, [this, done = std::move(done)](QKeychain::Job *finished) {
        switch (finished->error()) {
        case QKeychain::NoError:
            m_available = true;
            done(static_cast<QKeychain::ReadPasswordJob *>(finished)->textData(), QString());
            return;
        case QKeychain::EntryNotFound:
            m_available = true;
            done(std::nullopt, QString());
            return;
        default:
            m_available = m_available && finished->error() != QKeychain::NoBackendAvailable;
            qCWarning(lcCredentials) << "reading" << finished->key() << "failed:" << finished->errorString();
            done(std::nullopt, describe(finished));
        }
    });
}

void KeychainCredentialStore::writeEntry(const QString &key, const QString &password, DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(password);
    start(job, key, this, [this, done = std::move(done)](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError) {
            m_available = true;
            done(true, QString());
            return;
        }
        m_available = m_available && finished->error() != QKeychain::NoBackendAvailable;
        qCWarning(lcCredentials) << "writing" << finished->key() << "failed:" << finished->errorString();
        done(false, describe(finished));
    });
}

void KeychainCredentialStore::removeEntry(const QString &key, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    start(job, key, this, [this, done = std::move(done)](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound) {
            m_available = true;
            done(true, QString());
            return;
        }
        m_available = m_available && finished->error() != QKeychain::NoBackendAvailable;
        qCWarning(lcCredentials) << "removing" << finished->key() << "failed:" << finished->errorString();
        done(false, describe(finished));
    });
}

bool KeychainCredentialStore::probe(int timeoutMs, QString *error)
{
    // One answer of the store; shared with the callback, which may come after the probe gave up.
    struct Answer
    {
        bool arrived = false;
        bool ok = false;
        std::optional<QString> password;
        QString error;
        QEventLoop *loop = nullptr;
        void arrive()
        {
            arrived = true;
            if (loop)
                loop->quit();
        }
    };
    const QDeadlineTimer deadline(std::max(1, timeoutMs));
    auto wait = [&deadline](Answer &answer) {
        if (answer.arrived)
            return true;
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        answer.loop = &loop;
        timer.start(std::max<qint64>(0, deadline.remainingTime()));
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        answer.loop = nullptr;
        return answer.arrived;
    };
    auto fail = [&](const QString &why) {
        m_available = false;
        qCInfo(lcCredentials) << "desktop secret store not usable:" << why;
        if (error)
            *error = why;
        return false;
    };
    const QString timedOut = tr("The desktop secret store did not answer within %1 ms.").arg(timeoutMs);

    const QString key = QStringLiteral("probe/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString value = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto written = std::make_shared<Answer>();
    writeEntry(key, value, [written](bool ok, QString why) {
        written->ok = ok;
        written->error = why;
        written->arrive();
    });
    if (!wait(*written)) {
        m_probeTimedOut = true;
        return fail(timedOut);
    }
    if (!written->ok)
        return fail(written->error);

    auto readBack = std::make_shared<Answer>();
    readEntry(key, [readBack](std::optional<QString> password, QString why) {
        readBack->password = password;
        readBack->error = why;
        readBack->arrive();
    });
    if (!wait(*readBack)) {
        m_probeTimedOut = true;
        return fail(timedOut);
    }
    if (readBack->password != value)
        return fail(readBack->error.isEmpty() ? tr("The desktop secret store did not return what was stored.")
                                              : readBack->error);

    auto removed = std::make_shared<Answer>();
    removeEntry(key, [removed](bool ok, QString why) {
        removed->ok = ok;
        removed->error = why;
        removed->arrive();
    });
    if (!wait(*removed) || !removed->ok)
        qCWarning(lcCredentials) << "the probe entry" << key << "may remain in the secret store"
                                 << removed->error;
    m_available = true;
    return true;
}

} // namespace pantau
