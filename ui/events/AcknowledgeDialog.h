#pragma once
// Asks who answers an event and what was done ("Tanggapi"): the operator's name (remembered by the
// events panel), a note, and the time it will carry. GUI thread only.
#include "core/events/Event.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QDialogButtonBox;

namespace pantau {

class AcknowledgeDialog : public QDialog
{
    Q_OBJECT
public:
    // `what` describes the event (camera, kind, time) in one line.
    AcknowledgeDialog(const QString &what, const QString &who, qint64 atUtcMs, QWidget *parent = nullptr);

    QString who() const;
    QString note() const;
    QLineEdit *whoEdit() const { return m_who; }
    QPlainTextEdit *noteEdit() const { return m_note; }

private:
    void updateOk();

    QLineEdit *m_who;
    QPlainTextEdit *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace pantau
