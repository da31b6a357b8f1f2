#pragma once
// One kecamatan (or "all cameras") in the dashboard's list: its name, how many cameras are
// online out of how many, what is wrong with the others, and a coloured health bar. A checkable
// button: clicking it shows that kecamatan's cameras. A kecamatan row is one line over a thin bar
// (so that many fit on a screen; what is wrong is shown when it fits, and in the tooltip); the
// "all" row is two lines, its name and figure never squeezed. Painted; GUI thread only.
#include "core/health/CameraHealth.h"

#include <QAbstractButton>

namespace pantau {

class AreaHealthRow : public QAbstractButton
{
    Q_OBJECT
public:
    // `key`: the area as in CameraHealth (kecamatan "" = no kecamatan); `isAll` for the whole site.
    AreaHealthRow(AreaKey key, bool isAll, QWidget *parent = nullptr);

    AreaKey key() const { return m_key; }
    bool isAll() const { return m_isAll; }
    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setCounts(const HealthCounts &counts);
    HealthCounts counts() const { return m_counts; }
    // The second line, e.g. "3 offline · 1 in trouble" (exposed for tests).
    QString detailText() const;
    // The title as painted at the row's width ("…" when it had to be cut; exposed for tests).
    QString paintedTitle() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *) override;
    void enterEvent(QEnterEvent *) override;
    void leaveEvent(QEvent *) override;
    void changeEvent(QEvent *) override;

private:
    struct Fonts
    {
        QFont title, figure, detail;
    };
    Fonts fonts() const;
    QString figureText() const;
    QString fittingDetail(const QFontMetrics &metrics, int widthPx) const; // detailText() or its failures
    QRect innerRect() const;

    AreaKey m_key;
    bool m_isAll;
    QString m_title;
    HealthCounts m_counts;
    bool m_hover = false;
};

} // namespace pantau
