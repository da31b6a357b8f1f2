#pragma once
// Figures about this process for the benchmark and the soak (Linux /proc).
#include <QFile>

namespace pantau::test {

// Resident memory in MiB, 0 when /proc is not there.
inline double rssMb()
{
    QFile f("/proc/self/status");
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.simplified().split(' ').value(1).toDouble() / 1024.0;
    return 0;
}

} // namespace pantau::test
