#pragma once
// The strip above a wall window's tiles while the window shows a changed working copy of its
// layout: says so ("changed in this window, not saved") and offers Undo, "Save to layout" and
// "Revert". It only shows and asks; WallWindow acts on its signals. GUI thread only.
#include <QFrame>

class QLabel;
class QPushButton;

namespace pantau {

class WorkingCopyBar : public QFrame
{
    Q_OBJECT
public:
    explicit WorkingCopyBar(QWidget *parent = nullptr);
    void setLayoutName(const QString &name);
    void setCanUndo(bool canUndo);

Q_SIGNALS:
    void undoRequested();
    void saveRequested();
    void revertRequested();

protected:
    void changeEvent(QEvent *) override;

private:
    void retranslate();

    QString m_layoutName;
    QLabel *m_text;
    QPushButton *m_undo;
    QPushButton *m_save;
    QPushButton *m_revert;
};

} // namespace pantau
