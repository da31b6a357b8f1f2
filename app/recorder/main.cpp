// pantau-recorder: records the site's cameras around the clock, headless (links core only).
#include "app/recorder/RecorderCommandLine.h"
#include "app/recorder/RecorderProgram.h"
#include "core/i18n/LanguageManager.h"
#include "core/media/GstInit.h"
#include "core/media/MallocArenas.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace pantau;
using namespace pantau::recording;

namespace {
int g_signalPipe[2] = {-1, -1};

// SIGTERM (systemd stop) and SIGINT end the open segments cleanly: the handler only writes a byte
// that the event loop reads (the one thing a signal handler may safely do).
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &byte, 1);
}
} // namespace

int main(int argc, char **argv)
{
    media::limitMallocArenas();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Pantau"));
    QCoreApplication::setApplicationName(QStringLiteral("pantau-recorder"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PANTAU_VERSION));

    const QStringList args = QCoreApplication::arguments();
    LanguageManager language;
    RecorderCommandLine cl = RecorderCommandLine::parse(args);
    language.setLanguage(!cl.language.isEmpty() ? cl.language
                                                : LanguageManager::languageForLocale(QLocale::system()));
    cl = RecorderCommandLine::parse(args); // again, now with translated messages
    if (!cl.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(cl.error));
        return 2;
    }
    if (cl.version) {
        std::printf("pantau-recorder %s\n", PANTAU_VERSION);
        return 0;
    }
    if (cl.help) {
        std::printf("%s", qPrintable(RecorderCommandLine::helpText(QStringLiteral("pantau-recorder"))));
        return 0;
    }
    if (cl.setPassword)
        return RecorderProgram::setPassword(cl);
    if (!media::initGStreamer())
        return 1;

    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) != 0)
        return 1;
    QSocketNotifier signalNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, [&] {
        char byte = 0;
        [[maybe_unused]] const ssize_t n = ::read(g_signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = &onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);

    RecorderProgram program(cl);
    if (!program.start())
        return 1;
    const int code = QCoreApplication::exec();
    program.shutdown();
    return code;
}
