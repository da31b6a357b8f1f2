#pragma once
// "Sumber rekaman…" from the console's View menu: which recorder this PC plays back and exports
// footage from (its address) and that recorder's password, with a connection test that asks the
// recorder for its status and words the answer for the operator. The dialog shows and asks;
// app/ stores what it returns (the address in Settings, the password in the CredentialStore) and
// points the archive at it. When the command line or the demo decides, the fields are read-only
// and a note says why; the test still works. Owns the RecorderClient of a test under way.
// GUI thread only.
#include <QDialog>
#include <QUrl>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pantau {

namespace recording {
class RecorderClient;
}

class RecorderDialog : public QDialog
{
    Q_OBJECT
public:
    // `passwordStore`: where the password is kept, as CredentialStore::kind() says it.
    // `lockedBecause`: translated; empty when the operator may change the recorder.
    RecorderDialog(const QUrl &url, const QString &password, const QString &passwordStore,
                   const QString &lockedBecause, QWidget *parent = nullptr);
    ~RecorderDialog() override;

    // What the operator chose (valid once the dialog was accepted).
    QUrl url() const { return m_chosenUrl; }
    QString password() const;

    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *testButton() const { return m_test; }
    QLabel *resultLabel() const { return m_result; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    bool isTesting() const { return m_client != nullptr; }
    void setTestTimeoutMs(int timeoutMs) { m_testTimeoutMs = timeoutMs; }

Q_SIGNALS:
    void testFinished(bool ok); // the result label says what happened

private:
    void test();
    void save();
    void showResult(const QString &text, bool ok);

    QLineEdit *m_address;
    QLineEdit *m_password;
    QPushButton *m_test;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QUrl m_chosenUrl;
    int m_testTimeoutMs = 5'000;
    std::unique_ptr<recording::RecorderClient> m_client; // the test under way, if any
};

} // namespace pantau
