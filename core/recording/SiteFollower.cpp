#include "core/recording/SiteFollower.h"

#include "core/Log.h"
#include "core/site/SiteFile.h"

#include <QFile>
#include <QFileInfo>

namespace pantau::recording {

SiteFollower::SiteFollower(QString path, int settleMs, QObject *parent)
    : QObject(parent), m_path(QFileInfo(path).absoluteFilePath())
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMs);
    connect(&m_settle, &QTimer::timeout, this, &SiteFollower::read);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_settle.start(); });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_settle.start(); });
}

void SiteFollower::start()
{
    rewatch();
    read();
}

void SiteFollower::rewatch()
{
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!m_watcher.directories().contains(dir))
        m_watcher.addPath(dir);
    if (QFileInfo::exists(m_path) && !m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
}

void SiteFollower::read()
{
    rewatch();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcRecording) << "cannot read the site file" << m_path << file.errorString();
        Q_EMIT readFailed(tr("Cannot read the site file %1: %2").arg(m_path, file.errorString()));
        return;
    }
    if (file.size() > SiteFile::kMaxBytes) {
        Q_EMIT readFailed(tr("The site file %1 is too large.").arg(m_path));
        return;
    }
    const QByteArray bytes = file.readAll();
    if (m_hasSite && bytes == m_lastBytes)
        return; // touched, not changed
    QString error;
    std::optional<Site> site = SiteFile::parse(bytes, &error);
    if (!site) {
        qCWarning(lcRecording).noquote() << "the site file" << m_path << "cannot be used:" << error
                                         << (m_hasSite ? "- keeping the last good site" : "");
        Q_EMIT readFailed(tr("The site file %1 cannot be used: %2").arg(m_path, error));
        return;
    }
    m_lastBytes = bytes;
    m_site = std::move(*site);
    m_hasSite = true;
    Q_EMIT siteChanged(m_site);
}

} // namespace pantau::recording
