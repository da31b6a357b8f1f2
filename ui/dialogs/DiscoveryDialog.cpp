#include "ui/dialogs/DiscoveryDialog.h"

#include "core/Log.h"
#include "core/inventory/OnboardingQueue.h"
#include "core/onvif/OnvifOnboarding.h"
#include "core/site/Site.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pantau {

namespace {
// "192.168.1.64", "192.168.1.64:3702", "[fe80::1]:3702" -> a probe target.
std::optional<onvif::ProbeTarget> parseTarget(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    onvif::ProbeTarget target;
    QString host = t;
    if (t.startsWith(QLatin1Char('['))) {
        const int close = t.indexOf(QLatin1Char(']'));
        if (close < 0)
            return std::nullopt;
        host = t.mid(1, close - 1);
        if (t.mid(close + 1).startsWith(QLatin1Char(':')))
            target.port = quint16(t.mid(close + 2).toUInt());
    } else if (t.count(QLatin1Char(':')) == 1) {
        host = t.section(QLatin1Char(':'), 0, 0);
        target.port = quint16(t.section(QLatin1Char(':'), 1).toUInt());
    }
    target.address = QHostAddress(host);
    if (target.address.isNull() || target.port == 0)
        return std::nullopt;
    return target;
}
} // namespace

DiscoveryDialog::DiscoveryDialog(QNetworkAccessManager *network, OnboardingQueue *onboarding,
                                 QVector<Camera> existing, QWidget *parent)
    : QDialog(parent), m_network(network), m_queue(onboarding), m_existing(std::move(existing))
{
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    m_addressLabel = new QLabel;
    m_address = new QLineEdit;
    m_searchButton = new QPushButton;
    m_probeButton = new QPushButton;
    m_table = new QTableWidget(0, ColumnCount);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);
    m_credentialsLabel = new QLabel;
    m_username = new QLineEdit(QStringLiteral("admin"));
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_areaLabel = new QLabel;
    m_area = new QLineEdit;
    m_addButton = new QPushButton;
    m_closeButton = new QPushButton;
    m_summary = new QLabel;
    m_progress = new QProgressBar;
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(8);
    m_progress->setTextVisible(false);
    m_progress->hide();

    auto *probeRow = new QHBoxLayout;
    probeRow->addWidget(m_searchButton);
    probeRow->addSpacing(16);
    probeRow->addWidget(m_addressLabel);
    probeRow->addWidget(m_address, 1);
    probeRow->addWidget(m_probeButton);
    auto *grid = new QGridLayout;
    grid->addWidget(m_credentialsLabel, 0, 0);
    auto *cred = new QHBoxLayout;
    cred->addWidget(m_username);
    cred->addWidget(m_password);
    grid->addLayout(cred, 0, 1);
    grid->addWidget(m_areaLabel, 1, 0);
    grid->addWidget(m_area, 1, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_closeButton);
    auto *root = new QVBoxLayout(this);
    root->addWidget(m_intro);
    root->addLayout(probeRow);
    root->addWidget(m_progress);
    root->addWidget(m_table, 1);
    root->addLayout(grid);
    root->addLayout(buttons);

    connect(m_searchButton, &QPushButton::clicked, this, [this] { search(true); });
    connect(m_probeButton, &QPushButton::clicked, this, [this] { search(false); });
    connect(m_address, &QLineEdit::returnPressed, this, [this] { search(false); });
    connect(m_addButton, &QPushButton::clicked, this, &DiscoveryDialog::addSelected);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(&m_discovery, &onvif::WsDiscovery::deviceFound, this, &DiscoveryDialog::addOrUpdateRow);
    connect(&m_discovery, &onvif::WsDiscovery::deviceUpdated, this, &DiscoveryDialog::addOrUpdateRow);
    connect(&m_discovery, &onvif::WsDiscovery::finished, this, [this] {
        m_progress->setVisible(!m_onboarding.isEmpty());
        updateSummary();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] { updateSummary(); });
    retranslate();
    resize(900, 520);
}

bool DiscoveryDialog::isBusy() const
{
    return m_discovery.isRunning() || !m_onboarding.isEmpty();
}

bool DiscoveryDialog::alreadyInSite(const QUrl &deviceUrl) const
{
    for (const Camera &c : m_existing)
        if (!c.onvifUrl.isEmpty() && c.onvifUrl.host() == deviceUrl.host() &&
            c.onvifUrl.port(80) == deviceUrl.port(80))
            return true;
    return false;
}

void DiscoveryDialog::search(bool multicast)
{
    QVector<onvif::ProbeTarget> targets;
    if (!m_address->text().trimmed().isEmpty()) {
        const auto target = parseTarget(m_address->text());
        if (!target) {
            m_summary->setText(
                tr("\"%1\" is not an IP address (optionally with :port).").arg(m_address->text().trimmed()));
            return;
        }
        targets.push_back(*target);
    }
    if (targets.isEmpty() && !multicast)
        return;
    m_searched = true;
    m_multicastSearches += multicast;
    m_progress->show();
    m_summary->setText(tr("Searching…"));
    m_discovery.probe(targets, multicast, m_probeTimeoutMs);
}

void DiscoveryDialog::addOrUpdateRow(const onvif::DiscoveredDevice &device)
{
    int row = -1;
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].endpointReference == device.endpointReference)
            row = i;
    const QSignalBlocker block(m_table);
    if (row < 0) {
        row = m_rows.size();
        m_rows.push_back(device);
        m_table->insertRow(row);
        for (int c = 0; c < ColumnCount; ++c)
            m_table->setItem(row, c, new QTableWidgetItem);
        const bool known = alreadyInSite(device.deviceUrl());
        QTableWidgetItem *check = m_table->item(row, CheckColumn);
        check->setFlags(known ? Qt::ItemIsSelectable
                              : (Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        check->setCheckState(known ? Qt::Unchecked : Qt::Checked);
        m_table->item(row, StatusColumn)->setData(Qt::UserRole, known ? 1 : 0);
        if (m_area->text().isEmpty() && !device.location().isEmpty())
            m_area->setText(device.location());
    } else {
        m_rows[row] = device;
    }
    const QUrl url = device.deviceUrl();
    m_table->item(row, NameColumn)->setText(device.name().isEmpty() ? url.host() : device.name());
    m_table->item(row, ModelColumn)->setText(device.hardware());
    m_table->item(row, AddressColumn)
        ->setText(url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host());
    m_table->item(row, AddressColumn)->setToolTip(url.toString());
    m_table->item(row, PlaceColumn)->setText(device.location());
    if (m_table->item(row, StatusColumn)->data(Qt::UserRole).toInt() == 1)
        m_table->item(row, StatusColumn)->setText(tr("Already added"));
    else if (m_table->item(row, StatusColumn)->text().isEmpty())
        m_table->item(row, StatusColumn)->setText(tr("New"));
    updateSummary();
}

void DiscoveryDialog::addSelected()
{
    QVector<int> rows;
    for (int row = 0; row < m_rows.size(); ++row) {
        QTableWidgetItem *check = m_table->item(row, CheckColumn);
        if (check->checkState() != Qt::Checked || m_onboarding.contains(row))
            continue;
        check->setCheckState(Qt::Unchecked);
        m_table->item(row, StatusColumn)->setText(tr("Waiting…"));
        rows.push_back(row);
    }
    if (rows.isEmpty()) {
        m_summary->setText(tr("Tick the cameras to add first."));
        return;
    }
    m_added = m_failed = 0;
    m_progress->show();
    m_onboarding += rows; // all of them first: a job that fails at once must not end the batch
    for (int row : rows)
        onboard(row);
}

void DiscoveryDialog::onboard(int row)
{
    const QString username = m_username->text().trimmed(), password = m_password->text();
    auto *job = new onvif::OnvifOnboarding(m_network, m_rows[row].deviceUrl(), username, password, this);
    job->setTimeoutMs(m_onboardingTimeoutMs);
    QTableWidgetItem *status = m_table->item(row, StatusColumn);
    connect(job, &onvif::OnvifOnboarding::progress, this, [status](int step, int steps, const QString &what) {
        status->setText(QStringLiteral("%1/%2 %3").arg(step).arg(steps).arg(what));
    });
    auto finish = [this, job, row] {
        job->deleteLater();
        m_onboarding.removeOne(row);
        if (m_onboarding.isEmpty()) {
            m_progress->hide();
            updateSummary();
            Q_EMIT onboardingFinished(m_added, m_failed);
        }
    };
    connect(job, &onvif::OnvifOnboarding::finished, this,
            [this, row, status, username, password, finish](const onvif::OnvifDeviceInfo &info) {
                Camera c = onvif::OnvifOnboarding::toCamera(info, username, password);
                const QString name = m_table->item(row, NameColumn)->text();
                if (!name.isEmpty())
                    c.name = name;
                c.area = m_area->text().split(QLatin1Char('/'), Qt::SkipEmptyParts);
                for (QString &a : c.area)
                    a = a.trimmed();
                c.area.removeAll(QString());
                c.id = newId(QStringLiteral("cam"));
                const onvif::OnvifProfile *main = info.main();
                const onvif::OnvifProfile *sub = info.sub();
                status->setText(sub ? tr("Added: main %1×%2 %3, sub %4×%5")
                                          .arg(main->width)
                                          .arg(main->height)
                                          .arg(main->encoding)
                                          .arg(sub->width)
                                          .arg(sub->height)
                                    : tr("Added: main %1×%2 %3, no sub stream")
                                          .arg(main->width)
                                          .arg(main->height)
                                          .arg(main->encoding));
                status->setForeground(QColor(30, 130, 60));
                status->setData(Qt::UserRole, 1);
                m_existing.push_back(c);
                ++m_added;
                Q_EMIT cameraReady(c);
                finish();
            });
    connect(job, &onvif::OnvifOnboarding::failed, this,
            [this, row, status, finish](const onvif::OnvifError &e) {
                status->setText(e.text());
                status->setForeground(QColor(190, 50, 40));
                m_table->item(row, CheckColumn)->setCheckState(Qt::Checked); // ready to try again
                ++m_failed;
                finish();
            });
    m_queue->enqueue(job);
}

void DiscoveryDialog::updateSummary()
{
    if (!m_onboarding.isEmpty()) {
        m_summary->setText(tr("Adding cameras… %1 added, %2 failed").arg(m_added).arg(m_failed));
        return;
    }
    int ticked = 0;
    for (int row = 0; row < m_table->rowCount(); ++row)
        ticked += m_table->item(row, CheckColumn)->checkState() == Qt::Checked;
    if (m_added + m_failed > 0)
        m_summary->setText(tr("%1 added, %2 failed. %Ln camera(s) found.", nullptr, m_rows.size())
                               .arg(m_added)
                               .arg(m_failed));
    else if (m_discovery.isRunning())
        m_summary->setText(tr("Searching… %Ln camera(s) found so far.", nullptr, m_rows.size()));
    else if (!m_searched)
        m_summary->setText(tr("Nothing has been sent yet."));
    else
        m_summary->setText(tr("%Ln camera(s) found", nullptr, m_rows.size()) + QStringLiteral(" · ") +
                           tr("%Ln ticked", nullptr, ticked));
    m_addButton->setEnabled(ticked > 0 && m_onboarding.isEmpty());
}

void DiscoveryDialog::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(e);
}

void DiscoveryDialog::retranslate()
{
    setWindowTitle(tr("Find cameras on the network"));
    m_intro->setText(
        tr("A search sends a multicast probe (WS-Discovery) on the local network; the ONVIF cameras on "
           "it answer. Cameras on another network (a fibre ring, a VLAN) do not hear it: type their "
           "address to ask them directly."));
    m_searchButton->setText(tr("Search this network"));
    m_addressLabel->setText(tr("Or probe an address:"));
    m_address->setPlaceholderText(tr("e.g. 10.20.30.40"));
    m_probeButton->setText(tr("Probe"));
    m_table->setHorizontalHeaderLabels(
        {QString(), tr("Name"), tr("Model"), tr("Address"), tr("Place"), tr("Status")});
    m_credentialsLabel->setText(tr("Username and password for the ticked cameras:"));
    m_username->setPlaceholderText(tr("username"));
    m_password->setPlaceholderText(tr("password"));
    m_areaLabel->setText(tr("Put them in the area:"));
    m_area->setPlaceholderText(tr("e.g. Musi Banyuasin / Sekayu / Balai Agung"));
    m_addButton->setText(tr("Add ticked cameras"));
    m_closeButton->setText(tr("Close"));
    updateSummary();
}

} // namespace pantau
