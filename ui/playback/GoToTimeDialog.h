#pragma once
// "Ke waktu…": a date and a time (to the second) in the site's time zone, for an exact seek.
// The playback bar opens it (window-modal) and seeks on accept. GUI thread only.
#include <QDialog>
#include <QTimeZone>

class QDateEdit;
class QTimeEdit;

namespace pantau::playback {

class GoToTimeDialog : public QDialog
{
    Q_OBJECT
public:
    GoToTimeDialog(qint64 utcMs, const QTimeZone &zone, QWidget *parent = nullptr);

    qint64 utcMs() const;
    void setUtcMs(qint64 utcMs);
    QDateEdit *dateEdit() const { return m_date; }
    QTimeEdit *timeEdit() const { return m_time; }

private:
    QTimeZone m_zone;
    QDateEdit *m_date;
    QTimeEdit *m_time;
};

} // namespace pantau::playback
