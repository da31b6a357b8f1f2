#include "ui/playback/RecorderDialog.h"

#include "core/playback/RecorderChoice.h"
#include "core/recording/RecorderClient.h"
#include "ui/common/Palette.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace pantau {

using playback::RecorderChoices;

RecorderDialog::RecorderDialog(const QUrl &url, const QString &password, const QString &passwordStore,
                               const QString &lockedBecause, QWidget *parent)
    : QDialog(parent), m_chosenUrl(url)
{
    setWindowTitle(tr("Footage recorder"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Playback and evidence export read footage from this recorder: this PC's "
                                "own, or the recorder PC of the site."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_address = new QLineEdit(url.toString(), this);
    m_address->setPlaceholderText(tr("for example http://10.20.0.5:7480"));
    form->addRow(tr("Recorder address:"), m_address);
    m_password = new QLineEdit(password, this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("none (a recorder on this PC)"));
    form->addRow(tr("Password:"), m_password);
    layout->addLayout(form);
    auto *where = new QLabel(tr("The password set on the recorder with pantau-recorder --set-password. "
                                "Pantau keeps it in: %1.")
                                 .arg(passwordStore),
                             this);
    where->setWordWrap(true);
    where->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(where);

    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test connection"), this);
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    layout->addLayout(testRow);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Room for a two-line answer from the start: the dialog never has to grow to show it.
    m_result->setMinimumHeight(2 * m_result->fontMetrics().lineSpacing());
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_result);

    if (!lockedBecause.isEmpty()) {
        auto *note = new QLabel(lockedBecause, this);
        note->setWordWrap(true);
        layout->addWidget(note);
        m_address->setReadOnly(true);
        m_password->setReadOnly(true);
    }

    m_buttons = new QDialogButtonBox(
        lockedBecause.isEmpty() ? QDialogButtonBox::Save | QDialogButtonBox::Cancel : QDialogButtonBox::Close,
        this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecorderDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_test, &QPushButton::clicked, this, &RecorderDialog::test);
    resize(520, sizeHint().height());
}

RecorderDialog::~RecorderDialog() = default;

QString RecorderDialog::password() const
{
    return m_password->text();
}

void RecorderDialog::showResult(const QString &text, bool ok)
{
    m_result->setText(text);
    QPalette palette = m_result->palette();
    palette.setColor(QPalette::WindowText, ok ? palette.color(QPalette::Text) : Palette::failure());
    m_result->setPalette(palette);
}

void RecorderDialog::test()
{
    const playback::RecorderAddress address = RecorderChoices::parse(m_address->text());
    if (!address.isValid()) {
        showResult(address.error, false);
        Q_EMIT testFinished(false);
        return;
    }
    m_client = std::make_unique<recording::RecorderClient>(address.url, m_password->text());
    m_client->setTimeoutMs(m_testTimeoutMs);
    m_test->setEnabled(false);
    showResult(tr("Asking the recorder at %1…").arg(m_client->recorderName()), true);
    m_client->status([this](const QJsonObject &status, const recording::RecorderError &error) {
        // Runs from the client's own reply: the client goes once this has returned.
        recording::RecorderClient *done = m_client.release();
        done->deleteLater();
        m_test->setEnabled(true);
        if (error) {
            showResult(error.message, false);
            Q_EMIT testFinished(false);
            return;
        }
        const QJsonObject recorder = status.value(QStringLiteral("recorder")).toObject();
        const int cameras = recorder.value(QStringLiteral("cameras")).toInt();
        const int recording = recorder.value(QStringLiteral("recording")).toInt();
        showResult(tr("Connected: the recorder at %1 records %2 of its %3 cameras.")
                       .arg(done->recorderName(), QLocale().toString(recording), QLocale().toString(cameras)),
                   true);
        Q_EMIT testFinished(true);
    });
}

void RecorderDialog::save()
{
    const playback::RecorderAddress address = RecorderChoices::parse(m_address->text());
    if (!address.isValid()) {
        showResult(address.error, false);
        m_address->setFocus();
        return;
    }
    m_chosenUrl = address.url;
    accept();
}

} // namespace pantau
