#pragma once
// Pantau's command line. Parsed in two steps: the language first (so the help itself is in the
// UI language), then everything else with translated descriptions. Main thread, before windows.
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pantau {

struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    bool demo = false;
    bool wall = false;
    bool dashboard = false;        // the overview dashboard alone (the Bupati's PC)
    bool softwareDecoding = false; // never use the GPU's video decoders
    bool help = false;
    bool version = false;
    QString siteFile;
    QString renderer; // the wall's video renderer: auto, cpu, opengl, or empty (saved setting, then auto)
    QString language; // "id", "en" or empty (saved setting, then the system locale)
    // Where playback and export find footage: a recorder's "http://HOST:PORT" (default this PC's,
    // http://127.0.0.1:7480) and a file holding its password (empty: none, a recorder on loopback).
    QString recorderUrl;
    QString recorderPasswordFile;
    QString error; // translated; non-empty when the arguments are wrong

    static QString languageArgument(const QStringList &arguments); // value of --language, if any
    static CommandLine parse(const QStringList &arguments);
    static QString helpText(const QString &programName);
};

} // namespace pantau
