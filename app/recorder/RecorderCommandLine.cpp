#include "app/recorder/RecorderCommandLine.h"

#include "core/i18n/LanguageManager.h"

#include <QDir>
#include <QHostInfo>
#include <QStandardPaths>

namespace pantau::recording {

namespace {
QString userData()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/Pantau");
}
} // namespace

QString RecorderCommandLine::defaultSiteFile()
{
    return userData() + QStringLiteral("/pantau/site.json"); // where the wall keeps it
}

QString RecorderCommandLine::defaultArchive()
{
    return userData() + QStringLiteral("/archive");
}

QString RecorderCommandLine::defaultCredentials()
{
    return userData() + QStringLiteral("/pantau/credentials.json");
}

QString RecorderCommandLine::defaultPasswordFile()
{
    return userData() + QStringLiteral("/recorder-password");
}

bool RecorderCommandLine::parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    else if (host.contains(QLatin1Char(':')))
        return false; // an IPv6 address needs its brackets
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535)
        return false;
    QHostAddress parsed;
    if (host == QLatin1String("*"))
        parsed = QHostAddress(QHostAddress::Any);
    else if (!parsed.setAddress(host))
        return false;
    *address = parsed;
    *port = quint16(number);
    return true;
}

QString RecorderCommandLine::listenName(const QHostAddress &address, quint16 port)
{
    if (address == QHostAddress(QHostAddress::Any))
        return QStringLiteral("*:%1").arg(port);
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

RecorderCommandLine RecorderCommandLine::parse(const QStringList &arguments)
{
    RecorderCommandLine cl;
    cl.siteFile = defaultSiteFile();
    cl.archive = defaultArchive();
    cl.credentials = defaultCredentials();
    cl.host = QHostInfo::localHostName();
    cl.statusSocket = QStringLiteral("pantau-recorder");
    cl.passwordFile = defaultPasswordFile();
    for (int i = 1; i < arguments.size(); ++i) {
        QString arg = arguments[i];
        QString value;
        bool hasInlineValue = false;
        if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('='))) {
            value = arg.section(QLatin1Char('='), 1);
            arg = arg.section(QLatin1Char('='), 0, 0);
            hasInlineValue = true;
        }
        auto takeValue = [&]() -> bool {
            if (hasInlineValue)
                return true;
            if (i + 1 >= arguments.size()) {
                cl.error = tr("Option %1 needs a value.").arg(arg);
                return false;
            }
            value = arguments[++i];
            return true;
        };
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            cl.help = true;
        } else if (arg == QLatin1String("-v") || arg == QLatin1String("--version")) {
            cl.version = true;
        } else if (arg == QLatin1String("--site")) {
            if (!takeValue())
                return cl;
            cl.siteFile = QDir::current().absoluteFilePath(value);
        } else if (arg == QLatin1String("--archive")) {
            if (!takeValue())
                return cl;
            cl.archive = QDir::current().absoluteFilePath(value);
        } else if (arg == QLatin1String("--credentials")) {
            if (!takeValue())
                return cl;
            cl.credentials = QDir::current().absoluteFilePath(value);
        } else if (arg == QLatin1String("--host")) {
            if (!takeValue())
                return cl;
            cl.host = value;
        } else if (arg == QLatin1String("--status-socket")) {
            if (!takeValue())
                return cl;
            cl.statusSocket = value;
        } else if (arg == QLatin1String("--listen")) {
            if (!takeValue())
                return cl;
            quint16 port = 0;
            if (!parseListen(value, &cl.listenAddress, &port)) {
                cl.error = tr("--listen needs ADDRESS:PORT, for example 0.0.0.0:7480 or [::1]:7480.");
                return cl;
            }
            cl.listenPort = port;
        } else if (arg == QLatin1String("--password-file")) {
            if (!takeValue())
                return cl;
            cl.passwordFile = QDir::current().absoluteFilePath(value);
            cl.passwordFileGiven = true;
        } else if (arg == QLatin1String("--set-password")) {
            cl.setPassword = true;
        } else if (arg == QLatin1String("--segment-seconds")) {
            if (!takeValue())
                return cl;
            bool ok = false;
            cl.segmentSeconds = value.toInt(&ok);
            if (!ok || cl.segmentSeconds < 2 || cl.segmentSeconds > 3600) {
                cl.error = tr("--segment-seconds must be a whole number from 2 to 3600.");
                return cl;
            }
        } else if (arg == QLatin1String("--disk-budget-gb")) {
            if (!takeValue())
                return cl;
            bool ok = false;
            const double gb = value.toDouble(&ok);
            if (!ok || gb <= 0 || gb > 1e6) {
                cl.error = tr("--disk-budget-gb must be a positive number of gigabytes.");
                return cl;
            }
            cl.diskBudgetBytes = qint64(gb * 1024 * 1024 * 1024);
        } else if (arg == QLatin1String("--language")) {
            if (!takeValue())
                return cl;
            if (!LanguageManager::availableLanguages().contains(value)) {
                cl.error = tr("Unknown language \"%1\"; use id or en.").arg(value);
                return cl;
            }
            cl.language = value;
        } else {
            cl.error = tr("Unknown option \"%1\". See --help.").arg(arguments[i]);
            return cl;
        }
    }
    return cl;
}

QString RecorderCommandLine::helpText(const QString &programName)
{
    // Placeholders in the interface language: "--site BERKAS" in Indonesian.
    const QString file = tr("FILE"), dir = tr("DIR"), name = tr("NAME");
    const QList<QPair<QString, QString>> options = {
        {QStringLiteral("--site ") + file,
         tr("The site file to follow (default: this user's Pantau site, %1).").arg(defaultSiteFile())},
        {QStringLiteral("--archive ") + dir,
         tr("Where footage and its index are kept (default: %1).").arg(defaultArchive())},
        {QStringLiteral("--credentials ") + file,
         tr("The camera passwords file (default: this user's Pantau passwords, %1).")
             .arg(defaultCredentials())},
        {QStringLiteral("--host ") + name,
         tr("This recorder's name in the site: it records the cameras given to %1 and those given to no "
            "recorder (default: this computer's name).")
             .arg(name)},
        {QStringLiteral("--segment-seconds N"), tr("Length of each footage file in seconds (default: 60).")},
        {QStringLiteral("--disk-budget-gb N"),
         tr("Use at most N GB for footage (default: the whole disk, less a reserve kept free).")},
        {QStringLiteral("--status-socket ") + name,
         tr("Local socket where the recorder publishes its status (default: pantau-recorder).")},
        {QStringLiteral("--listen ADDRESS:PORT"),
         tr("Serve footage and status to other PCs over HTTP on this address and port, for example "
            "0.0.0.0:7480 (default: off). Any address other than loopback needs a password.")},
        {QStringLiteral("--password-file FILE"),
         tr("The file holding the hash of the recorder's password (default: %1).")
             .arg(defaultPasswordFile())},
        {QStringLiteral("--set-password"),
         tr("Read a new password from standard input, store its hash in the password file, and exit.")},
        {QStringLiteral("--language id|en"), tr("Interface language: id (Indonesian) or en (English).")},
        {QStringLiteral("-v, --version"), tr("Print the version and exit.")},
        {QStringLiteral("-h, --help"), tr("Show this help and exit.")},
    };
    QString text = tr("Usage: %1 [options]").arg(programName) + QStringLiteral("\n") +
                   tr("Pantau recorder — records the site's cameras around the clock, without a screen.") +
                   QStringLiteral("\n\n") + tr("Options:") + QStringLiteral("\n");
    for (const auto &[name, description] : options)
        text += QStringLiteral("  %1%2\n").arg(name, -22).arg(description);
    return text;
}

} // namespace pantau::recording
