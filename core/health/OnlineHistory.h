#pragma once
// The number of cameras online over the last 24 hours: one sample per minute (the latest count
// within a minute wins), older samples dropped, saved atomically as a small JSON file so a restart
// keeps the day. A file that cannot be read starts an empty history (and says so in the log).
// Plain value type; the owner calls it from one thread (the GUI thread in Pantau).
#include <QString>
#include <QVector>

namespace pantau {

class OnlineHistory
{
public:
    static constexpr qint64 kDefaultIntervalMs = 60'000;
    static constexpr qint64 kDefaultWindowMs = 24 * 3600'000LL;

    struct Sample
    {
        qint64 timeMs = 0; // milliseconds since the Unix epoch (UTC), start of the interval
        int online = 0;
        int total = 0;
        friend bool operator==(const Sample &, const Sample &) = default;
    };

    explicit OnlineHistory(qint64 intervalMs = kDefaultIntervalMs, qint64 windowMs = kDefaultWindowMs);

    // Records the counts at `nowMs` (epoch ms): a new sample per interval, the same interval's
    // sample replaced; samples older than the window are dropped.
    void record(qint64 nowMs, int online, int total);
    // Drops samples older than the window before `nowMs`.
    void prune(qint64 nowMs);
    const QVector<Sample> &samples() const { return m_samples; }
    qint64 intervalMs() const { return m_intervalMs; }
    qint64 windowMs() const { return m_windowMs; }

    // Atomic (QSaveFile). false with a reason when it could not be written.
    bool save(const QString &path, QString *error = nullptr) const;
    // Replaces the samples with the file's (pruned to the window before `nowMs`). A missing file
    // is an empty history; a corrupt one too, and returns false with the reason.
    bool load(const QString &path, qint64 nowMs, QString *error = nullptr);

    QByteArray toJson() const;
    bool fromJson(const QByteArray &json, QString *error);

    // history file beside a site file: /dir/site.json -> /dir/site-online-history.json
    static QString pathForSite(const QString &sitePath);

private:
    qint64 m_intervalMs;
    qint64 m_windowMs;
    QVector<Sample> m_samples; // oldest first, at most one per interval
};

} // namespace pantau
