#pragma once
// A private desktop secret store for one test: its own D-Bus session bus (dbus-daemon) and a
// gnome-keyring whose "login" collection lives in a temporary folder and is unlocked with a test
// password. Nothing touches the user's bus or keyrings. The keyring leaves when its bus goes;
// the bus is stopped when this object goes. DBUS_SESSION_BUS_ADDRESS of this process is set to
// the private bus while the object lives: start it before any D-Bus connection of the process is
// made (GLib and Qt keep one session connection per process).
//
// Threads: main thread only.
#include "Wait.h"

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

#include <gio/gio.h>

namespace pantau::test {

class PrivateSecretService
{
public:
    PrivateSecretService() = default;
    PrivateSecretService(const PrivateSecretService &) = delete;
    PrivateSecretService &operator=(const PrivateSecretService &) = delete;
    ~PrivateSecretService()
    {
        if (m_bus.state() != QProcess::NotRunning) {
            m_bus.terminate();
            m_bus.waitForFinished(kStartBoundMs);
        }
        if (m_glibConnection)
            g_object_unref(m_glibConnection);
        if (m_hadAddress)
            qputenv("DBUS_SESSION_BUS_ADDRESS", m_oldAddress);
        else
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    }

    // True when this machine has the programs: without them the test is skipped, not failed.
    static bool installed(QString *why)
    {
        for (const char *program : {"dbus-daemon", "gnome-keyring-daemon"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(program)).isEmpty()) {
                *why = QStringLiteral("%1 is not installed (packaging/install-deps.sh installs it)")
                           .arg(QLatin1String(program));
                return false;
            }
        }
        return true;
    }

    // Starts the bus, then the keyring on it; false with `why` when either did not come up.
    bool start(QString *why)
    {
        if (!m_home.isValid()) {
            *why = QStringLiteral("no temporary folder");
            return false;
        }
        m_bus.setProgram(QStringLiteral("dbus-daemon"));
        m_bus.setArguments({"--session", "--nofork", "--print-address=1"});
        m_bus.setProcessChannelMode(QProcess::SeparateChannels);
        m_bus.start();
        if (!m_bus.waitForStarted(kStartBoundMs)) {
            *why = QStringLiteral("dbus-daemon did not start: ") + m_bus.errorString();
            return false;
        }
        QByteArray address;
        while (!address.contains('\n') && m_bus.waitForReadyRead(kStartBoundMs))
            address += m_bus.readAllStandardOutput();
        address = address.trimmed();
        if (address.isEmpty()) {
            *why = QStringLiteral("dbus-daemon printed no address: ") +
                   QString::fromLocal8Bit(m_bus.readAllStandardError());
            return false;
        }
        m_hadAddress = qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
        m_oldAddress = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        // GLib's shared session connection (libsecret's, under QtKeychain) ends the whole process
        // when its bus closes: made here, on the private bus, and told not to, for when it goes.
        // GLib keeps that connection only while someone holds it: this object does, until it goes.
        m_glibConnection = g_bus_get_sync(G_BUS_TYPE_SESSION, nullptr, nullptr);
        if (m_glibConnection)
            g_dbus_connection_set_exit_on_close(m_glibConnection, FALSE);

        // The keyring daemon forks and its first process exits once the unlocked "login"
        // collection is on the bus. (An empty password leaves no login collection: a test one.)
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromLocal8Bit(address));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath("data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath("config"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path()); // owner-only, as it must be
        env.remove(QStringLiteral("DISPLAY"));
        QProcess keyring;
        keyring.setProcessEnvironment(env);
        keyring.setProgram(QStringLiteral("gnome-keyring-daemon"));
        keyring.setArguments({"--unlock", "--components=secrets"});
        keyring.start();
        if (!keyring.waitForStarted(kStartBoundMs)) {
            *why = QStringLiteral("gnome-keyring-daemon did not start: ") + keyring.errorString();
            return false;
        }
        keyring.write("pantau-test");
        keyring.closeWriteChannel();
        if (!keyring.waitForFinished(kStartBoundMs) || keyring.exitStatus() != QProcess::NormalExit ||
            keyring.exitCode() != 0) {
            *why = QStringLiteral("gnome-keyring-daemon --unlock failed: ") +
                   QString::fromLocal8Bit(keyring.readAllStandardError());
            return false;
        }
        // Its first process may exit a moment before the login collection is on the bus.
        if (!m_glibConnection || !waitUntil([this] { return defaultCollectionUnlocked(); }, kStartBoundMs)) {
            *why = QStringLiteral("the keyring's default collection did not appear unlocked");
            return false;
        }
        return true;
    }

private:
    static constexpr int kStartBoundMs = 10000;
    static constexpr int kCallTimeoutMs = 1000;

    // The Secret Service's "default" alias names a collection, and that collection is unlocked.
    bool defaultCollectionUnlocked() const
    {
        GVariant *alias = g_dbus_connection_call_sync(
            m_glibConnection, "org.freedesktop.secrets", "/org/freedesktop/secrets",
            "org.freedesktop.Secret.Service", "ReadAlias", g_variant_new("(s)", "default"),
            G_VARIANT_TYPE("(o)"), G_DBUS_CALL_FLAGS_NO_AUTO_START, kCallTimeoutMs, nullptr, nullptr);
        if (!alias)
            return false;
        const gchar *path = nullptr;
        g_variant_get(alias, "(&o)", &path);
        const QByteArray collection(path);
        g_variant_unref(alias);
        if (collection == "/")
            return false;
        GVariant *locked = g_dbus_connection_call_sync(
            m_glibConnection, "org.freedesktop.secrets", collection.constData(),
            "org.freedesktop.DBus.Properties", "Get",
            g_variant_new("(ss)", "org.freedesktop.Secret.Collection", "Locked"), G_VARIANT_TYPE("(v)"),
            G_DBUS_CALL_FLAGS_NO_AUTO_START, kCallTimeoutMs, nullptr, nullptr);
        if (!locked)
            return false;
        GVariant *value = nullptr;
        g_variant_get(locked, "(v)", &value);
        const bool isLocked =
            !value || !g_variant_is_of_type(value, G_VARIANT_TYPE_BOOLEAN) || g_variant_get_boolean(value);
        if (value)
            g_variant_unref(value);
        g_variant_unref(locked);
        return !isLocked;
    }

    QTemporaryDir m_home;
    QProcess m_bus;
    GDBusConnection *m_glibConnection = nullptr;
    bool m_hadAddress = false;
    QByteArray m_oldAddress;
};

} // namespace pantau::test
