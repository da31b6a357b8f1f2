#pragma once
// A private X server (Xvfb) for the tests that need real OpenGL: the offscreen platform has no
// GPU renderer to test. Xvfb picks a free display number itself (-displayfd) and listens on no
// TCP port; its OpenGL is Mesa's software rasteriser, which runs the same shaders a GPU would.
// Stopped (SIGTERM, then reaped) when this object goes.
//
// Threads: main thread, before the Qt application exists.
#include <QString>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <cstdlib>
#include <string>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace pantau::test {

class XvfbServer
{
public:
    XvfbServer() = default;
    XvfbServer(const XvfbServer &) = delete;
    XvfbServer &operator=(const XvfbServer &) = delete;
    ~XvfbServer()
    {
        if (m_pid > 0) {
            ::kill(m_pid, SIGTERM);
            int status = 0;
            ::waitpid(m_pid, &status, 0);
        }
    }

    // Starts Xvfb and returns its display (":N"), or an empty string with `error` set.
    QString start(QString *error, int timeoutMs = 15000)
    {
        int fds[2];
        if (::pipe(fds) != 0) {
            *error = QStringLiteral("pipe failed");
            return {};
        }
        ::fcntl(fds[0], F_SETFD, FD_CLOEXEC); // the child keeps only the write end
        const std::string fd = std::to_string(fds[1]);
        const char *argv[] = {"Xvfb", "-displayfd", fd.c_str(), "-screen", "0", "1920x1080x24", "-nolisten", "tcp",
                              "-noreset", "+extension", "GLX", nullptr};
        const int rc = ::posix_spawnp(&m_pid, "Xvfb", nullptr, nullptr, const_cast<char **>(argv), environ);
        ::close(fds[1]);
        if (rc != 0) {
            ::close(fds[0]);
            m_pid = -1;
            *error = QStringLiteral("Xvfb could not be started (%1); packaging/install-deps.sh installs it")
                         .arg(QString::fromLocal8Bit(std::strerror(rc)));
            return {};
        }
        // Xvfb writes the display number and a newline once it accepts clients.
        std::string number;
        pollfd p{fds[0], POLLIN, 0};
        while (number.find('\n') == std::string::npos) {
            if (::poll(&p, 1, timeoutMs) <= 0)
                break;
            char buf[16];
            const ssize_t n = ::read(fds[0], buf, sizeof buf);
            if (n <= 0)
                break;
            number.append(buf, std::size_t(n));
        }
        ::close(fds[0]);
        if (number.find('\n') == std::string::npos) {
            *error = QStringLiteral("Xvfb did not report a display");
            return {};
        }
        return QStringLiteral(":") + QString::fromStdString(number).trimmed();
    }

private:
    pid_t m_pid = -1;
};

} // namespace pantau::test
