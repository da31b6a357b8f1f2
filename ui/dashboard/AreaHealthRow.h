#pragma once
// One kecamatan (or "all cameras") in the dashboard's list: its name, how many cameras are
// online out of how many, what is wrong with the others, and a coloured health bar. A checkable
// button: clicking it shows that kecamatan's cameras. Painted; GUI thread only.
#include "core/health/CameraHealth.h"

#include <QAbstractButton>

namespace pantau {

class AreaHealthRow : public QAbstractButton
{
    Q_OBJECT
public:
    // `key`: the kecamatan as in CameraHealth ("" = no kecamatan); `isAll` for the whole site.
    AreaHealthRow(QString key, bool isAll, QWidget *parent = nullptr);

    QString key() const { return m_key; }
    bool isAll() const { return m_isAll; }
    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setCounts(const HealthCounts &counts);
    HealthCounts counts() const { return m_counts; }
    // The second line, e.g. "3 offline · 1 in trouble" (exposed for tests).
    QString detailText() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *) override;
    void enterEvent(QEnterEvent *) override;
    void leaveEvent(QEvent *) override;
    void changeEvent(QEvent *) override;

private:
    QString m_key;
    bool m_isAll;
    QString m_title;
    HealthCounts m_counts;
    bool m_hover = false;
};

} // namespace pantau
