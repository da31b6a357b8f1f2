#pragma once
// Follows a site file that another program (the wall's Pantau, an administrator) writes: reads it
// at start and again shortly after every change, and hands over each site that parses. A file that
// does not parse (a hand edit in progress, a damaged copy) is reported and the last good site stays
// in force; the follower never writes, moves or repairs the file: that is the wall's job.
// Saves are atomic renames, so the folder is watched too (a renamed-over file loses its watch).
// Threads: owner thread only.
#include "core/site/Site.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace pantau::recording {

class SiteFollower : public QObject
{
    Q_OBJECT
public:
    explicit SiteFollower(QString path, int settleMs = 500, QObject *parent = nullptr);

    // Reads the file now; siteChanged() or readFailed() follows before it returns.
    void start();
    QString path() const { return m_path; }
    bool hasSite() const { return m_hasSite; }
    const Site &site() const { return m_site; }

Q_SIGNALS:
    void siteChanged(const pantau::Site &site);
    void readFailed(const QString &reason); // translated; the last good site stays

private:
    void read();
    void rewatch();

    QString m_path;
    QFileSystemWatcher m_watcher;
    QTimer m_settle; // single shot: a burst of change events reads once
    QByteArray m_lastBytes;
    Site m_site;
    bool m_hasSite = false;
};

} // namespace pantau::recording
