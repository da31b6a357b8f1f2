#pragma once
// One of the dashboard's headline figures: a large number in its colour over a caption
// ("Online"). GUI thread only.
#include <QLabel>
#include <QWidget>

namespace pantau {

class HeadlineFigure : public QWidget
{
    Q_OBJECT
public:
    HeadlineFigure(QColor colour, QWidget *parent = nullptr);
    void setValue(int value);
    int value() const { return m_value; }
    void setCaption(const QString &caption);
    void setNote(const QString &note); // a small line under the caption; empty hides it

private:
    int m_value = -1;
    QLabel *m_number;
    QLabel *m_caption;
    QLabel *m_note;
};

} // namespace pantau
