#include "core/recording/RandomAccessIndex.h"

#include <QFile>
#include <QtEndian>

namespace pantau::recording {

namespace {
constexpr int kMfroBytes = 16; // size, "mfro", version/flags, the mfra's size
}

qint64 RandomAccessIndex::tailOffset(const QByteArray &tail, qint64 fileSize)
{
    if (tail.size() < kMfroBytes)
        return -1;
    const char *mfro = tail.constData() + tail.size() - kMfroBytes;
    if (qFromBigEndian<quint32>(mfro) != quint32(kMfroBytes) || QByteArray(mfro + 4, 4) != "mfro")
        return -1;
    const quint32 mfraSize = qFromBigEndian<quint32>(mfro + 12);
    if (mfraSize < quint32(8 + kMfroBytes) || qint64(mfraSize) > fileSize)
        return -1;
    return fileSize - qint64(mfraSize);
}

bool RandomAccessIndex::isIndexHead(const QByteArray &mfraHead)
{
    return mfraHead.size() >= 8 && mfraHead.mid(4, 4) == "mfra";
}

bool RandomAccessIndex::drop(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const qint64 size = file.size();
    if (size < kMfroBytes || !file.seek(size - kMfroBytes))
        return false;
    const qint64 at = tailOffset(file.read(kMfroBytes), size);
    if (at < 0 || !file.seek(at))
        return false;
    const QByteArray head = file.read(8);
    if (!isIndexHead(head) || qFromBigEndian<quint32>(head.constData()) != quint32(size - at))
        return false;
    if (!file.resize(at)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace pantau::recording
