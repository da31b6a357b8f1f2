#pragma once
// pantau-recorder's command line, parsed in two steps like pantau's: the language first (so the
// help is in the interface language), then everything else. Main thread, at start.
#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace pantau::recording {

struct RecorderCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(RecorderCommandLine)
public:
    QString siteFile;     // default: the wall's site file of this user
    QString archive;      // default: <user data>/Pantau/archive
    QString credentials;  // default: the wall's credentials.json of this user
    QString host;         // this recorder's name in the site; default: the machine's host name
    QString statusSocket; // default: "pantau-recorder" in the runtime folder
    QString language;     // "id", "en" or empty (the system locale)
    // --listen ADDRESS:PORT: serve footage and status over HTTP (RecorderHttpServer); port -1: off.
    QHostAddress listenAddress;
    int listenPort = -1;
    QString passwordFile;           // default: defaultPasswordFile()
    bool passwordFileGiven = false; // --password-file named it: it must then hold a password
    bool setPassword = false;       // --set-password: store a new password's hash and exit
    int segmentSeconds = 60;
    qint64 diskBudgetBytes = 0; // 0: the whole disk, less the reserve
    bool help = false;
    bool version = false;
    QString error; // translated; non-empty when the arguments are wrong

    static RecorderCommandLine parse(const QStringList &arguments);
    static QString helpText(const QString &programName);
    static QString defaultSiteFile();
    static QString defaultArchive();
    static QString defaultCredentials();
    static QString defaultPasswordFile();
    // "0.0.0.0:7480", "[::1]:7480", "*:7480" (every address, IPv4 and IPv6). Addresses only, no
    // host names. false when it is not one.
    static bool parseListen(const QString &text, QHostAddress *address, quint16 *port);
    // "127.0.0.1:7480", "[::1]:7480" as the log and the status name it.
    static QString listenName(const QHostAddress &address, quint16 port);
};

} // namespace pantau::recording
