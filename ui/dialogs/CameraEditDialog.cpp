#include "ui/dialogs/CameraEditDialog.h"

#include "core/inventory/OnboardingQueue.h"
#include "core/onvif/OnvifOnboarding.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pantau {

namespace {
bool isStreamUrl(const QUrl &u)
{
    static const QStringList schemes = {"rtsp", "rtsps", "http", "https", "file"};
    return u.isValid() && schemes.contains(u.scheme()) &&
           (u.scheme() == QLatin1String("file") || !u.host().isEmpty());
}
} // namespace

CameraEditDialog::CameraEditDialog(const Camera &initial, QNetworkAccessManager *network,
                                   OnboardingQueue *onboarding, QWidget *parent)
    : QDialog(parent), m_initial(initial), m_network(network), m_queue(onboarding)
{
    auto line = [](const QString &text) {
        auto *e = new QLineEdit(text);
        e->setMaxLength(500);
        return e;
    };
    m_name = line(initial.name);
    const QStringList area = initial.area;
    m_kabupaten = line(area.value(0));
    m_kecamatan = line(area.value(1));
    m_desa = line(area.value(2));
    m_titik = line(area.value(3));
    m_owner = line(initial.owner);
    m_main = line(initial.mainStreamUrl.toString(QUrl::RemovePassword));
    m_sub = line(initial.subStreamUrl.toString(QUrl::RemovePassword));
    m_onvif = line(initial.onvifUrl.toString());
    m_username = line(initial.username);
    m_password = line(initial.password);
    m_password->setEchoMode(QLineEdit::Password);
    m_tags = line(initial.tags.join(QStringLiteral(", ")));
    m_ptzControl = line(initial.ptzUrl.toString());
    m_readOnvif = new QPushButton;
    m_ptz = new QCheckBox;
    m_ptz->setChecked(initial.ptz);
    m_enabled = new QCheckBox;
    m_enabled->setChecked(initial.enabled);
    m_hasLocation = new QCheckBox;
    m_hasLocation->setChecked(initial.hasLocation);
    m_latitude = new QDoubleSpinBox;
    m_latitude->setRange(-90, 90);
    m_latitude->setDecimals(6);
    m_latitude->setValue(initial.latitude);
    m_longitude = new QDoubleSpinBox;
    m_longitude->setRange(-180, 180);
    m_longitude->setDecimals(6);
    m_longitude->setValue(initial.longitude);
    auto syncLocation = [this] {
        m_latitude->setEnabled(m_hasLocation->isChecked());
        m_longitude->setEnabled(m_hasLocation->isChecked());
    };
    connect(m_hasLocation, &QCheckBox::toggled, this, syncLocation);
    syncLocation();
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c0392b"));

    m_form = new QFormLayout;
    auto addRow = [this](auto *field) {
        auto *label = new QLabel;
        m_labels.push_back(label);
        m_form->addRow(label, field);
    };
    auto *onvifRow = new QHBoxLayout;
    onvifRow->addWidget(m_onvif, 1);
    onvifRow->addWidget(m_readOnvif);
    auto *locRow = new QHBoxLayout;
    locRow->addWidget(m_hasLocation);
    locRow->addWidget(m_latitude);
    locRow->addWidget(m_longitude);
    // Labels are set in retranslate(); rows keep their order.
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_kabupaten),
                       static_cast<QWidget *>(m_kecamatan), static_cast<QWidget *>(m_desa),
                       static_cast<QWidget *>(m_titik), static_cast<QWidget *>(m_owner)})
        addRow(w);
    addRow(onvifRow);
    for (QWidget *w :
         {static_cast<QWidget *>(m_username), static_cast<QWidget *>(m_password),
          static_cast<QWidget *>(m_main), static_cast<QWidget *>(m_sub), static_cast<QWidget *>(m_tags)})
        addRow(w);
    addRow(locRow);
    addRow(m_ptz);
    addRow(m_ptzControl);
    addRow(m_enabled);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CameraEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CameraEditDialog::reject);
    connect(m_readOnvif, &QPushButton::clicked, this, &CameraEditDialog::readFromCamera);

    auto *root = new QVBoxLayout(this);
    root->addLayout(m_form);
    root->addWidget(m_message);
    root->addWidget(m_buttons);
    retranslate();
    resize(560, sizeHint().height());
}

CameraEditDialog::~CameraEditDialog() = default;

Camera CameraEditDialog::camera() const
{
    Camera c = m_initial;
    c.invalidReason.clear(); // saved from the dialog: read and written as any other camera now
    c.asWritten = QJsonValue();
    c.name = m_name->text().trimmed();
    c.area.clear();
    for (QLineEdit *e : {m_kabupaten, m_kecamatan, m_desa, m_titik})
        if (!e->text().trimmed().isEmpty())
            c.area << e->text().trimmed();
    c.owner = m_owner->text().trimmed();
    c.mainStreamUrl = QUrl(m_main->text().trimmed(), QUrl::StrictMode);
    c.subStreamUrl = QUrl(m_sub->text().trimmed(), QUrl::StrictMode);
    // Credentials typed into a URL move to the fields (they never stay in the site file).
    for (QUrl *u : {&c.mainStreamUrl, &c.subStreamUrl}) {
        if (!u->userName().isEmpty() && m_username->text().isEmpty())
            c.username = u->userName();
        *u = u->adjusted(QUrl::RemoveUserInfo);
    }
    c.onvifUrl = onvif::OnvifOnboarding::deviceUrlFromUserInput(m_onvif->text());
    if (!m_username->text().isEmpty() || c.username.isEmpty())
        c.username = m_username->text().trimmed();
    c.password = m_password->text();
    c.tags.clear();
    for (const QString &t : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            c.tags << t.trimmed();
    c.ptz = m_ptz->isChecked();
    c.ptzUrl = QUrl(m_ptzControl->text().trimmed(), QUrl::StrictMode);
    c.enabled = m_enabled->isChecked();
    c.hasLocation = m_hasLocation->isChecked();
    c.latitude = c.hasLocation ? m_latitude->value() : 0.0;
    c.longitude = c.hasLocation ? m_longitude->value() : 0.0;
    return c;
}

QString CameraEditDialog::validationError() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the camera a name.");
    const QUrl main(m_main->text().trimmed(), QUrl::StrictMode);
    if (m_main->text().trimmed().isEmpty())
        return tr("Enter the main stream address, or read it from the camera through ONVIF.");
    if (!isStreamUrl(main))
        return tr("The main stream address is not a valid RTSP or HTTP address.");
    const QUrl sub(m_sub->text().trimmed(), QUrl::StrictMode);
    if (!m_sub->text().trimmed().isEmpty() && !isStreamUrl(sub))
        return tr("The sub stream address is not a valid RTSP or HTTP address.");
    const QString ptzControl = m_ptzControl->text().trimmed();
    if (!ptzControl.isEmpty() && !ptzControl.startsWith(QLatin1String("pelcod:")))
        return tr("The PTZ serial address must look like pelcod:/dev/ttyUSB0?address=1&baud=2400.");
    if (!m_onvif->text().trimmed().isEmpty() &&
        onvif::OnvifOnboarding::deviceUrlFromUserInput(m_onvif->text()).isEmpty())
        return tr("The ONVIF address is not valid.");
    return {};
}

void CameraEditDialog::accept()
{
    const QString why = validationError();
    if (!why.isEmpty()) {
        m_message->setText(why);
        return;
    }
    QDialog::accept();
}

void CameraEditDialog::readFromCamera()
{
    const QUrl url = onvif::OnvifOnboarding::deviceUrlFromUserInput(m_onvif->text());
    if (url.isEmpty()) {
        m_message->setText(tr("Enter the camera's address (for example 192.168.1.64) first."));
        return;
    }
    delete m_onboarding;
    m_onboarding =
        new onvif::OnvifOnboarding(m_network, url, m_username->text().trimmed(), m_password->text(), this);
    m_readOnvif->setEnabled(false);
    m_message->setStyleSheet(QString());
    connect(m_onboarding, &onvif::OnvifOnboarding::progress, this,
            [this](int step, int steps, const QString &what) {
                m_message->setText(tr("%1 (%2 of %3)…").arg(what).arg(step).arg(steps));
            });
    connect(
        m_onboarding, &onvif::OnvifOnboarding::finished, this, [this](const onvif::OnvifDeviceInfo &info) {
            m_readOnvif->setEnabled(true);
            const Camera c = onvif::OnvifOnboarding::toCamera(info, m_username->text(), m_password->text());
            m_onvif->setText(info.deviceUrl.toString());
            m_main->setText(c.mainStreamUrl.toString());
            m_sub->setText(c.subStreamUrl.toString());
            m_ptz->setChecked(c.ptz);
            if (m_name->text().trimmed().isEmpty())
                m_name->setText(c.name);
            m_initial.onvifProfileToken = c.onvifProfileToken;
            const onvif::OnvifProfile *main = info.main();
            const onvif::OnvifProfile *sub = info.sub();
            m_message->setText(
                tr("Found %1 %2: main stream %3×%4 %5%6.")
                    .arg(info.manufacturer, info.model)
                    .arg(main->width)
                    .arg(main->height)
                    .arg(main->encoding)
                    .arg(sub ? tr(", sub stream %1×%2").arg(sub->width).arg(sub->height) : QString()));
        });
    connect(m_onboarding, &onvif::OnvifOnboarding::failed, this, [this](const onvif::OnvifError &e) {
        m_readOnvif->setEnabled(true);
        m_message->setStyleSheet(QStringLiteral("color: #c0392b"));
        m_message->setText(e.text());
    });
    m_queue->enqueue(m_onboarding);
    if (m_queue->isWaiting(m_onboarding)) // the queue is full: other cameras are being read
        m_message->setText(tr("Waiting for the cameras being read to finish…"));
}

void CameraEditDialog::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(e);
}

void CameraEditDialog::retranslate()
{
    setWindowTitle(m_initial.id.isEmpty() ? tr("Add camera") : tr("Edit camera"));
    const QStringList labels = {
        tr("Name:"),     tr("Kabupaten:"),   tr("Kecamatan:"),       tr("Desa / kelurahan:"),
        tr("Point:"),    tr("Owner:"),       tr("ONVIF address:"),   tr("Username:"),
        tr("Password:"), tr("Main stream:"), tr("Sub stream:"),      tr("Tags:"),
        tr("Location:"), QString(),          tr("PTZ over serial:"), QString()};
    for (int row = 0; row < m_labels.size() && row < labels.size(); ++row)
        m_labels[row]->setText(labels[row]);
    m_main->setPlaceholderText(tr("rtsp://192.168.1.64:554/Streaming/Channels/101"));
    m_sub->setPlaceholderText(tr("optional: a smaller stream for small tiles"));
    m_onvif->setPlaceholderText(tr("192.168.1.64 or http://host/onvif/device_service"));
    m_owner->setPlaceholderText(tr("Diskominfo, Dishub, Polres…"));
    m_tags->setPlaceholderText(tr("separated by commas"));
    m_ptzControl->setPlaceholderText(tr("only for Pelco-D: pelcod:/dev/ttyUSB0?address=1&baud=2400"));
    m_password->setToolTip(tr("Kept in the credential store, never in the site file."));
    m_readOnvif->setText(tr("Read from camera"));
    m_ptz->setText(tr("Camera can pan, tilt and zoom (PTZ)"));
    m_enabled->setText(tr("Enabled"));
    m_hasLocation->setText(tr("Known coordinates"));
    m_latitude->setPrefix(tr("lat "));
    m_longitude->setPrefix(tr("long "));
}

} // namespace pantau
