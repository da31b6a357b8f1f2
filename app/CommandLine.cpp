#include "app/CommandLine.h"

#include "core/i18n/LanguageManager.h"
#include "ui/wall/VideoRenderer.h"

#include <QUrl>

namespace pantau {

QString CommandLine::languageArgument(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a.startsWith(QLatin1String("--language=")))
            return a.section('=', 1);
        if (a == QLatin1String("--language") && i + 1 < arguments.size())
            return arguments[i + 1];
    }
    return {};
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine cl;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString a = arguments[i];
        auto value = [&](const QString &name) -> QString {
            if (a.startsWith(name + '='))
                return a.section('=', 1);
            if (i + 1 < arguments.size())
                return arguments[++i];
            cl.error = tr("Option %1 needs a value.").arg(name);
            return {};
        };
        if (a == QLatin1String("--demo"))
            cl.demo = true;
        else if (a == QLatin1String("--wall"))
            cl.wall = true;
        else if (a == QLatin1String("--dashboard"))
            cl.dashboard = true;
        else if (a == QLatin1String("--software-decoding"))
            cl.softwareDecoding = true;
        else if (a == QLatin1String("-h") || a == QLatin1String("--help"))
            cl.help = true;
        else if (a == QLatin1String("-v") || a == QLatin1String("--version"))
            cl.version = true;
        else if (a == QLatin1String("--site") || a.startsWith(QLatin1String("--site=")))
            cl.siteFile = value(QStringLiteral("--site"));
        else if (a == QLatin1String("--language") || a.startsWith(QLatin1String("--language="))) {
            cl.language = value(QStringLiteral("--language"));
            if (!cl.language.isEmpty() && !LanguageManager::availableLanguages().contains(cl.language))
                cl.error = tr("Unknown language \"%1\"; use id or en.").arg(cl.language);
        } else if (a == QLatin1String("--renderer") || a.startsWith(QLatin1String("--renderer="))) {
            cl.renderer = value(QStringLiteral("--renderer"));
            if (!isVideoRendererRequest(cl.renderer))
                cl.error = tr("Unknown renderer \"%1\"; use auto, cpu or opengl.").arg(cl.renderer);
        } else if (a == QLatin1String("--recorder") || a.startsWith(QLatin1String("--recorder="))) {
            cl.recorderUrl = value(QStringLiteral("--recorder"));
            const QUrl url(cl.recorderUrl);
            if (!cl.recorderUrl.isEmpty() && (url.scheme() != QLatin1String("http") || url.host().isEmpty()))
                cl.error = tr("--recorder needs the recorder's address, for example http://10.0.0.5:7480.");
        } else if (a == QLatin1String("--recorder-password-file") ||
                   a.startsWith(QLatin1String("--recorder-password-file="))) {
            cl.recorderPasswordFile = value(QStringLiteral("--recorder-password-file"));
        } else if (a.startsWith(QLatin1String("-platform")) || a.startsWith(QLatin1String("-qwindow"))) {
            ++i; // Qt's own options with a value, already handled by QApplication
        } else
            cl.error = tr("Unknown option \"%1\". See --help.").arg(a);
        if (!cl.error.isEmpty())
            break;
    }
    return cl;
}

QString CommandLine::helpText(const QString &programName)
{
    const QList<QPair<QString, QString>> options = {
        {QStringLiteral("--demo"),
         tr("Start the embedded demo site: nine live synthetic cameras, no hardware needed.")},
        {QStringLiteral("--wall"),
         tr("Open the saved video wall full screen on every screen (for the wall PC).")},
        {QStringLiteral("--dashboard"),
         tr("Open the overview dashboard alone (for the Bupati's PC or a large screen).")},
        {QStringLiteral("--software-decoding"),
         tr("Decode video on the processor only, even where the graphics card could decode it.")},
        {QStringLiteral("--renderer R"),
         tr("Who draws the video: auto (the graphics card when it has hardware OpenGL), cpu or opengl.")},
        {QStringLiteral("--site ") + tr("FILE"),
         tr("Use %1 as the site file instead of the default one.").arg(tr("FILE"))},
        {QStringLiteral("--recorder URL"),
         tr("Play back and export footage from the recorder at URL (default: this PC's, "
            "http://127.0.0.1:7480).")},
        {QStringLiteral("--recorder-password-file ") + tr("FILE"),
         tr("Read the recorder's password from %1 (its first line).").arg(tr("FILE"))},
        {QStringLiteral("--language id|en"), tr("Interface language: id (Indonesian) or en (English).")},
        {QStringLiteral("-v, --version"), tr("Print the version and exit.")},
        {QStringLiteral("-h, --help"), tr("Show this help and exit.")},
    };
    QString text = tr("Usage: %1 [options]").arg(programName) + QStringLiteral("\n") +
                   tr("Pantau — video wall for CCTV command centres.") + QStringLiteral("\n\n") +
                   tr("Options:") + QStringLiteral("\n");
    for (const auto &[name, description] : options)
        text += QStringLiteral("  %1%2\n").arg(name, -20).arg(description);
    return text;
}

} // namespace pantau
