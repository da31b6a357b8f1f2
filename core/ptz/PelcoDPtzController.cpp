#include "core/ptz/PelcoDPtzController.h"

#include <QUrlQuery>

namespace pantau::ptz {

PelcoDPtzController::PelcoDPtzController(const PelcoDConfig &config, QObject *parent) : PtzController(parent)
{
    m_port.setConfig(config);
    connect(&m_port, &PelcoDSerialPort::errorOccurred, this, &PtzController::failed);
}

std::optional<PelcoDConfig> PelcoDPtzController::configFromUrl(const QUrl &url, QString *error)
{
    if (url.scheme() != QLatin1String("pelcod"))
        return std::nullopt;
    PelcoDConfig c;
    c.portName = url.path();
    const QUrlQuery q(url);
    bool ok = true;
    if (q.hasQueryItem(QStringLiteral("address")))
        c.address = q.queryItemValue(QStringLiteral("address")).toInt(&ok);
    if (ok && q.hasQueryItem(QStringLiteral("baud")))
        c.baudRate = q.queryItemValue(QStringLiteral("baud")).toInt(&ok);
    if (!ok || c.portName.isEmpty() || c.address < 1 || c.address > 255 ||
        !PelcoDSerialPort::supportedBaudRates().contains(c.baudRate)) {
        if (error)
            *error = tr("The Pelco-D address must look like pelcod:/dev/ttyUSB0?address=1&baud=2400 "
                        "(address 1 to 255, baud 2400, 4800 or 9600).");
        return std::nullopt;
    }
    return c;
}

bool PelcoDPtzController::open()
{
    if (!m_port.open()) {
        Q_EMIT failed(m_port.errorString());
        return false;
    }
    listPresets();
    Q_EMIT ready();
    return true;
}

PtzCapabilities PelcoDPtzController::capabilities() const
{
    PtzCapabilities c;
    c.continuous = true;
    c.presets = true;
    c.renamePresets = true;
    c.home = true;
    c.maxPresets = kListedPresets;
    return c;
}

void PelcoDPtzController::continuousMove(const PtzVector &velocity, int timeoutMs)
{
    Q_UNUSED(timeoutMs) // Pelco-D has no timeout: PtzDriver's watchdog sends the stop
    m_port.continuousMove(velocity.pan, velocity.tilt, velocity.zoom);
}

void PelcoDPtzController::stop()
{
    m_port.stop();
}

void PelcoDPtzController::goToPreset(const QString &token)
{
    m_port.goToPreset(token.toInt());
}

void PelcoDPtzController::savePreset(const QString &name, const QString &token)
{
    int number = token.toInt();
    if (number <= 0) { // a new one: the first number without a name of ours
        for (int n = 2; n <= kListedPresets && number <= 0; ++n) // 1 is home
            if (!m_names.contains(n))
                number = n;
    }
    if (number <= 0) {
        Q_EMIT failed(tr("All %1 preset numbers are in use.").arg(kListedPresets));
        return;
    }
    if (token.isEmpty() && !m_port.setPreset(number))
        return;
    m_names.insert(number, name);
    listPresets();
}

void PelcoDPtzController::removePreset(const QString &token)
{
    const int number = token.toInt();
    if (number > 0 && m_port.clearPreset(number)) {
        m_names.remove(number);
        listPresets();
    }
}

void PelcoDPtzController::goHome()
{
    m_port.goHome();
}

void PelcoDPtzController::setHome()
{
    m_port.setPreset(m_port.config().homePreset); // home is a preset in Pelco-D
}

void PelcoDPtzController::listPresets()
{
    QVector<PtzPreset> list;
    for (int n = 1; n <= kListedPresets; ++n) {
        const QString fallback =
            n == m_port.config().homePreset ? tr("Home (preset %1)").arg(n) : tr("Preset %1").arg(n);
        list.push_back(PtzPreset{QString::number(n), m_names.value(n, fallback)});
    }
    setPresets(list);
}

} // namespace pantau::ptz
