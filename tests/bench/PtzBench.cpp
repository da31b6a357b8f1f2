// pantau-ptz-bench: round trip of PTZ commands to an ONVIF camera on loopback (the test device),
// against the round trip of an unauthenticated GetSystemDateAndTime on the same device in the
// same run (HTTP + SOAP without the PTZ work). Only ContinuousMove acknowledgements are moves and
// only Stop acknowledgements are stops; failed or unanswered commands are counted, not timed.
// Prints one JSON object.
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
constexpr int kAnswerBoundMs = 5000; // a loopback device answers long before

// -1 when there is nothing to take a percentile of: never a figure that looks measured.
double percentile(QVector<double> v, double p)
{
    if (v.isEmpty())
        return -1;
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

    // Each round waits for the acknowledgement of the command it sent, by name: other commands the
    // controller sends on its own (GetPresets after connecting, GetStatus) are neither a move nor
    // a stop, and are only counted. A failure or no answer within the bound is a failed command,
    // reported and kept out of the figures.
    QVector<double> moveMs, stopMs, baselineMs;
    QString awaited;
    int failedCommands = 0;
    QJsonObject otherCommands;
    QObject::connect(&ptz, &ptz::PtzController::commandAcknowledged, [&](const QString &command, double ms) {
        if (command != awaited) {
            otherCommands[command] = otherCommands[command].toInt() + 1;
            return;
        }
        (command == "Stop" ? stopMs : moveMs).push_back(ms);
        awaited.clear();
        loop.quit();
    });
    QObject::connect(&ptz, &ptz::PtzController::failed, [&](const QString &) {
        if (awaited.isEmpty())
            return;
        ++failedCommands;
        awaited.clear();
        loop.quit();
    });
    auto awaitAnswer = [&] {
        QTimer bound;
        bound.setSingleShot(true);
        QObject::connect(&bound, &QTimer::timeout, &loop, [&] {
            ++failedCommands;
            awaited.clear();
            loop.quit();
        });
        bound.start(kAnswerBoundMs);
        if (!awaited.isEmpty()) // not answered inside the call
            loop.exec();
    };
    onvif::SoapClient baseline(&network);
    for (int i = 0; i < rounds; ++i) {
        awaited = "ContinuousMove";
        ptz.continuousMove({0.5, 0.2, 0.0}, 1500);
        awaitAnswer();
        awaited = "Stop";
        ptz.stop();
        awaitAnswer();
        QElapsedTimer t;
        t.start();
        bool answered = false;
        baseline.call(device.deviceServiceUrl(),
                      "http://www.onvif.org/ver10/device/wsdl/GetSystemDateAndTime",
                      "<GetSystemDateAndTime xmlns=\"http://www.onvif.org/ver10/device/wsdl\"/>", false,
                      [&](const onvif::SoapResponse &r) {
                          if (r.error.isError())
                              ++failedCommands;
                          else
                              baselineMs.push_back(t.nsecsElapsed() / 1e6);
                          answered = true;
                          loop.quit();
                      });
        if (!answered)
            loop.exec();
    }
    const double base = percentile(baselineMs, 0.5);
    QJsonObject o{{"rounds", rounds},
                  {"move_ms_p50", percentile(moveMs, 0.5)},
                  {"move_ms_p99", percentile(moveMs, 0.99)},
                  {"stop_ms_p50", percentile(stopMs, 0.5)},
                  {"stop_ms_p99", percentile(stopMs, 0.99)},
                  {"baseline_ms_p50", base},
                  {"move_ratio", base > 0 && !moveMs.isEmpty() ? percentile(moveMs, 0.5) / base : -1.0},
                  {"moves_acknowledged", int(moveMs.size())},
                  {"stops_acknowledged", int(stopMs.size())},
                  {"failed_commands", failedCommands},
                  {"other_commands_acknowledged", otherCommands}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return 0;
}
