// Catch2 main for every Pantau test binary: headless Qt (offscreen unless the test's CTest entry
// names another platform configuration), GStreamer initialised (except where
// PANTAU_TEST_NO_GSTREAMER: binaries that link no GStreamer), English UI by default. Catch's
// implementation is compiled once, in CatchSession.cpp; this file only includes Qt.
#include "CatchSession.h"

#ifndef PANTAU_TEST_NO_GSTREAMER
#include "core/media/GstInit.h"
#endif

#include <QtGlobal>
#ifdef PANTAU_TEST_XVFB
#include "XvfbServer.h"

#include <cstdio>
#include <cstring>
#endif
#if defined(PANTAU_TEST_WIDGETS)
#include <QApplication>
using TestApplication = QApplication;
#elif defined(PANTAU_TEST_GUI)
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
#ifdef PANTAU_TEST_XVFB
    // Real OpenGL on a private X server; listing the tests (CTest's discovery) needs none.
    // PANTAU_TEST_DISPLAY=:0 runs them on that display instead (a machine with a real GPU).
    bool listing = false;
    for (int i = 1; i < argc; ++i)
        listing = listing || std::strncmp(argv[i], "--list", 6) == 0;
    pantau::test::XvfbServer xvfb;
    if (!listing) {
        QByteArray display = qgetenv("PANTAU_TEST_DISPLAY");
        if (display.isEmpty()) {
            QString error;
            display = xvfb.start(&error).toLocal8Bit();
            if (display.isEmpty()) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 2;
            }
        }
        qputenv("DISPLAY", display);
        qputenv("QT_QPA_PLATFORM", "xcb");
    }
#endif
#ifdef PANTAU_TEST_QPA
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", PANTAU_TEST_QPA);
#endif
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    TestApplication::setApplicationName(QStringLiteral("pantau-tests"));
#ifndef PANTAU_TEST_NO_GSTREAMER
    if (!pantau::media::initGStreamer())
        return 2;
#endif
    return pantau::test::runCatchSession(argc, argv);
}
