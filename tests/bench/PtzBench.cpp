// pantau-ptz-bench: round trip of PTZ commands to an ONVIF camera on loopback (the test device),
// against the round trip of an unauthenticated GetSystemDateAndTime on the same device in the
// same run (HTTP + SOAP without the PTZ work). Prints one JSON object.
#include "OnvifTestDevice.h"
#include "core/onvif/SoapClient.h"
#include "core/ptz/OnvifPtzController.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace pantau;

namespace {
double percentile(QVector<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min<qsizetype>(v.size() - 1, qsizetype(p * (v.size() - 1) + 0.5))];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int rounds = 200;
    const QStringList args = app.arguments();
    if (const int i = args.indexOf("--rounds"); i >= 0 && i + 1 < args.size())
        rounds = args[i + 1].toInt();

    test::OnvifTestDeviceConfig config;
    config.ptz = true;
    test::OnvifTestDevice device(config);
    if (!device.start())
        return 1;
    QNetworkAccessManager network;
    ptz::OnvifPtzController ptz(&network, device.deviceServiceUrl(), device.effectiveProfiles().first().token,
                                "admin", "rahasia");
    ptz.connectToDevice();
    QEventLoop loop;
    QObject::connect(&ptz, &ptz::PtzController::ready, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!ptz.isReady())
        return 2;

    QVector<double> moveMs, stopMs, baselineMs;
    int pending = 0;
    QObject::connect(&ptz, &ptz::PtzController::commandAcknowledged, [&](const QString &command, double ms) {
        (command == "Stop" ? stopMs : moveMs).push_back(ms);
        if (--pending == 0)
            loop.quit();
    });
    onvif::SoapClient baseline(&network);
    for (int i = 0; i < rounds; ++i) {
        pending = 1;
        ptz.continuousMove({0.5, 0.2, 0.0}, 1500);
        loop.exec();
        pending = 1;
        ptz.stop();
        loop.exec();
        QElapsedTimer t;
        t.start();
        baseline.call(device.deviceServiceUrl(),
                      "http://www.onvif.org/ver10/device/wsdl/GetSystemDateAndTime",
                      "<GetSystemDateAndTime xmlns=\"http://www.onvif.org/ver10/device/wsdl\"/>", false,
                      [&](const onvif::SoapResponse &) {
                          baselineMs.push_back(t.nsecsElapsed() / 1e6);
                          loop.quit();
                      });
        loop.exec();
    }
    const double base = percentile(baselineMs, 0.5);
    QJsonObject o{{"rounds", rounds},
                  {"move_ms_p50", percentile(moveMs, 0.5)},
                  {"move_ms_p99", percentile(moveMs, 0.99)},
                  {"stop_ms_p50", percentile(stopMs, 0.5)},
                  {"stop_ms_p99", percentile(stopMs, 0.99)},
                  {"baseline_ms_p50", base},
                  {"move_ratio", base > 0 ? percentile(moveMs, 0.5) / base : 0.0}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return 0;
}
