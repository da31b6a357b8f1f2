// How pantau ends, run as a process: SIGTERM (a session logging out, systemd, kill) quits it in
// order, exit code 0, its demo recorder stopped with it; killed outright (SIGKILL, a crash), the
// kernel still takes the demo recorder down (PR_SET_PDEATHSIG), so no recorder is left behind
// recording cameras that are gone.
#include "Wait.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <csignal>

using pantau::test::waitUntil;

namespace {

constexpr int kStartBoundMs = 90'000; // the first demo start encodes its clips
constexpr int kEndBoundMs = 30'000;

// The children of `pid` (Linux /proc), by their command name.
QList<qint64> childrenNamed(qint64 pid, const QByteArray &name)
{
    QList<qint64> found;
    QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
    if (!children.open(QIODevice::ReadOnly))
        return found;
    for (const QByteArray &child : children.readAll().split(' ')) {
        if (child.trimmed().isEmpty())
            continue;
        QFile comm(QStringLiteral("/proc/%1/comm").arg(QString::fromLatin1(child.trimmed())));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == name)
            found << child.trimmed().toLongLong();
    }
    return found;
}

// Gone, or a zombie waiting for whoever inherited it to reap it: no longer running.
bool hasEnded(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const int afterName = line.lastIndexOf(')');
    return afterName < 0 || line.mid(afterName + 2, 1) == "Z";
}

struct DemoPantau
{
    QTemporaryDir home;
    QProcess process;
    qint64 recorderPid = 0;

    void start()
    {
        REQUIRE(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("HOME", home.path());
        env.insert("XDG_CONFIG_HOME", home.filePath("config"));
        env.insert("XDG_DATA_HOME", home.filePath("data"));
        env.insert("XDG_CACHE_HOME", home.filePath("cache"));
        QDir().mkpath(home.filePath("run"));
        QFile::setPermissions(home.filePath("run"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        env.insert("XDG_RUNTIME_DIR", home.filePath("run"));
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("PANTAU_CREDENTIALS", "file");
        process.setProcessEnvironment(env);
        // To a file, not a pipe: a recorder left behind must not die of SIGPIPE when the test stops
        // reading, which would hide it.
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setStandardOutputFile(home.filePath("pantau.log"));
        process.start(QStringLiteral(PANTAU_BIN_DIR "/pantau"), {"--demo", "--language", "en"});
        REQUIRE(process.waitForStarted(5000));
        REQUIRE(waitUntil(
            [&] {
                const QList<qint64> recorders = childrenNamed(process.processId(), "pantau-recorder");
                recorderPid = recorders.value(0);
                return recorderPid > 0;
            },
            kStartBoundMs));
    }
    ~DemoPantau()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
        if (recorderPid > 0 && !hasEnded(recorderPid))
            ::kill(pid_t(recorderPid), SIGKILL);
    }
};

} // namespace

TEST_CASE("pantau --demo quits on SIGTERM with exit code 0 and stops its demo recorder", "[integration][cli]")
{
    DemoPantau pantau;
    pantau.start();
    ::kill(pid_t(pantau.process.processId()), SIGTERM);
    REQUIRE(pantau.process.waitForFinished(kEndBoundMs));
    QFile logFile(pantau.home.filePath("pantau.log"));
    REQUIRE(logFile.open(QIODevice::ReadOnly));
    const QString log = QString::fromUtf8(logFile.readAll());
    INFO(log.right(2000).toStdString());
    CHECK(pantau.process.exitStatus() == QProcess::NormalExit);
    CHECK(pantau.process.exitCode() == 0);
    CHECK(log.contains("received: quitting"));
    CHECK(waitUntil([&] { return hasEnded(pantau.recorderPid); }, kEndBoundMs));
}

TEST_CASE("pantau --demo killed outright takes its demo recorder with it", "[integration][cli]")
{
    DemoPantau pantau;
    pantau.start();
    ::kill(pid_t(pantau.process.processId()), SIGKILL);
    REQUIRE(pantau.process.waitForFinished(kEndBoundMs));
    CHECK(pantau.process.exitStatus() == QProcess::CrashExit);
    CHECK(waitUntil([&] { return hasEnded(pantau.recorderPid); }, kEndBoundMs));
}
