#pragma once
// Which recorder this PC plays footage from, and how an address an operator types reads. Pure:
// Application asks it at start-up and when the operator saves the recorder dialog, then acts.
// The rules:
//  - the command line (--recorder) wins, then the demo's own recorder (pantau --demo records its
//    cameras itself), then the recorder the operator chose (setting recorder/url), then this PC's
//    recorder (http://127.0.0.1:7480);
//  - an address is HOST, HOST:PORT or http://HOST:PORT (IPv6 in brackets); the port defaults to
//    the recorder's 7480; a path, a query, https or any other scheme is refused with a reason in
//    the interface language, since the recorder answers plain HTTP at its root only.
// Value types; any thread.
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace pantau::playback {

struct RecorderAddress
{
    QUrl url;      // http://HOST:PORT when valid
    QString error; // translated; empty when valid
    bool isValid() const { return error.isEmpty(); }
};

struct RecorderChoice
{
    enum class Origin { CommandLine, Demo, Settings, ThisPc };
    QUrl url;
    Origin origin = Origin::ThisPc;
    // The operator may change it in the recorder dialog (not when the command line or the demo
    // decides).
    bool isOperatorsChoice() const { return origin == Origin::Settings || origin == Origin::ThisPc; }
};

class RecorderChoices
{
    Q_DECLARE_TR_FUNCTIONS(RecorderChoices)
public:
    static constexpr int kDefaultPort = 7480;
    static QUrl thisPc() { return QUrl(QStringLiteral("http://127.0.0.1:7480")); }

    static RecorderAddress parse(const QString &typed);
    // Empty strings are "not given"; an invalid settings address falls through to this PC's.
    static RecorderChoice choose(const QString &commandLineUrl, const QString &demoUrl,
                                 const QString &settingsUrl);
};

} // namespace pantau::playback
