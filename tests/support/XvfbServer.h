#pragma once
// A private X server (Xvfb) for the tests that need real OpenGL: the offscreen platform has no
// GPU renderer to test. Xvfb picks a free display number itself (-displayfd) and listens on no
// TCP port; its OpenGL is Mesa's software rasteriser, which runs the same shaders a GPU would.
// Stopped (SIGTERM, then reaped) when this object goes, and by the kernel when the test process
// dies without running destructors (a CTest timeout).
//
// Threads: main thread, before the Qt application exists.
#include <QString>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <string>

#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

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
        const char *argv[] = {"Xvfb",      "-displayfd", fd.c_str(), "-screen",    "0",   "1920x1080x24",
                              "-nolisten", "tcp",        "-noreset", "+extension", "GLX", nullptr};
        int execError[2]; // the child reports a failed exec through it (closed on a successful one)
        if (::pipe2(execError, O_CLOEXEC) != 0) {
            ::close(fds[0]);
            ::close(fds[1]);
            *error = QStringLiteral("pipe failed");
            return {};
        }
        const pid_t parent = ::getpid();
        m_pid = ::fork();
        if (m_pid == 0) {
            // Xvfb goes with the test process, even when CTest kills it at a timeout.
            ::prctl(PR_SET_PDEATHSIG, SIGTERM);
            if (::getppid() != parent)
                ::_exit(127);
            ::execvp("Xvfb", const_cast<char **>(argv));
            const int e = errno;
            (void)!::write(execError[1], &e, sizeof e);
            ::_exit(127);
        }
        ::close(fds[1]);
        ::close(execError[1]);
        int childErrno = 0;
        const bool execFailed =
            m_pid > 0 && ::read(execError[0], &childErrno, sizeof childErrno) == sizeof childErrno;
        ::close(execError[0]);
        if (m_pid < 0 || execFailed) {
            ::close(fds[0]);
            if (execFailed)
                ::waitpid(m_pid, nullptr, 0);
            m_pid = -1;
            *error = QStringLiteral("Xvfb could not be started (%1); packaging/install-deps.sh installs it")
                         .arg(QString::fromLocal8Bit(std::strerror(execFailed ? childErrno : errno)));
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
