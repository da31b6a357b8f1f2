#include "core/playback/RecorderChoice.h"

namespace pantau::playback {

RecorderAddress RecorderChoices::parse(const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {{}, tr("Type the recorder's address, for example 10.20.0.5 or http://10.20.0.5:7480.")};
    const bool hasScheme = text.contains(QLatin1String("://"));
    const QUrl url = QUrl(hasScheme ? text : QStringLiteral("http://") + text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {{},
                tr("\"%1\" is not a recorder address. Type for example 10.20.0.5 or http://10.20.0.5:7480.")
                    .arg(text)};
    if (url.scheme() != QLatin1String("http"))
        return {{},
                tr("The recorder answers plain HTTP: the address starts with http://, not %1://.")
                    .arg(url.scheme())};
    if (!url.userInfo().isEmpty())
        return {{}, tr("Leave the password out of the address: type it in the password field.")};
    if ((!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery() || url.hasFragment())
        return {{},
                tr("Type only the recorder's host and port, without a path (for example "
                   "http://10.20.0.5:7480).")};
    if (text.endsWith(QLatin1Char(':')) || url.port() == 0)
        return {{}, tr("The port must be a number from 1 to 65535.")};
    QUrl clean;
    clean.setScheme(QStringLiteral("http"));
    clean.setHost(url.host());
    clean.setPort(url.port(kDefaultPort));
    return {clean, {}};
}

RecorderChoice RecorderChoices::choose(const QString &commandLineUrl, const QString &demoUrl,
                                       const QString &settingsUrl)
{
    if (!commandLineUrl.isEmpty())
        return {QUrl(commandLineUrl), RecorderChoice::Origin::CommandLine};
    if (!demoUrl.isEmpty())
        return {QUrl(demoUrl), RecorderChoice::Origin::Demo};
    if (const RecorderAddress chosen = parse(settingsUrl);
        !settingsUrl.trimmed().isEmpty() && chosen.isValid())
        return {chosen.url, RecorderChoice::Origin::Settings};
    return {thisPc(), RecorderChoice::Origin::ThisPc};
}

} // namespace pantau::playback
