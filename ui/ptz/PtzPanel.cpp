#include "ui/ptz/PtzPanel.h"

#include <QEvent>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace pantau {

PtzPanel::PtzPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("PtzPanel"));
    setStyleSheet(QStringLiteral(
        "#PtzPanel { background: rgba(20, 24, 30, 235); border: 1px solid #556; border-radius: 6px; }"
        "QLabel { color: #eee; } QListWidget { background: #1d2229; color: #eee; }"));
    setFixedWidth(240);
    m_title = new QLabel;
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_hint = new QLabel;
    m_hint->setWordWrap(true);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #ff8a80"));
    m_presets = new QListWidget;
    m_go = new QPushButton;
    m_save = new QPushButton;
    m_rename = new QPushButton;
    m_remove = new QPushButton;
    m_home = new QPushButton;
    m_setHome = new QPushButton;
    auto *grid = new QGridLayout;
    grid->addWidget(m_go, 0, 0);
    grid->addWidget(m_save, 0, 1);
    grid->addWidget(m_rename, 1, 0);
    grid->addWidget(m_remove, 1, 1);
    grid->addWidget(m_home, 2, 0);
    grid->addWidget(m_setHome, 2, 1);
    auto *lay = new QVBoxLayout(this);
    lay->addWidget(m_title);
    lay->addWidget(m_hint);
    lay->addWidget(m_presets, 1);
    lay->addLayout(grid);
    lay->addWidget(m_message);

    connect(m_presets, &QListWidget::itemDoubleClicked, this, &PtzPanel::goToSelected);
    connect(m_presets, &QListWidget::currentRowChanged, this, &PtzPanel::updateButtons);
    connect(m_go, &QPushButton::clicked, this, &PtzPanel::goToSelected);
    connect(m_save, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("Save preset position"), tr("Name of the position:"),
                                  QLineEdit::Normal, tr("Position %1").arg(m_presets->count() + 1), &ok);
        if (ok && !name.trimmed().isEmpty())
            saveNew(name.trimmed());
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (!m_presets->currentItem())
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename preset position"), tr("New name:"),
                                                   QLineEdit::Normal, m_presets->currentItem()->text(), &ok);
        if (ok && !name.trimmed().isEmpty())
            renameSelected(name.trimmed());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (!m_presets->currentItem())
            return;
        if (QMessageBox::question(
                this, tr("Delete preset position"),
                tr("Delete the preset position \"%1\"?").arg(m_presets->currentItem()->text())) ==
            QMessageBox::Yes)
            removeSelected();
    });
    connect(m_home, &QPushButton::clicked, this, [this] {
        if (m_controller)
            m_controller->goHome();
    });
    connect(m_setHome, &QPushButton::clicked, this, [this] {
        if (m_controller)
            m_controller->setHome();
    });
    retranslate();
    updateButtons();
}

void PtzPanel::setCamera(const QString &cameraName, ptz::PtzController *controller)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_cameraName = cameraName;
    m_controller = controller;
    m_message->clear();
    m_presets->clear();
    if (controller) {
        m_connections << connect(controller, &ptz::PtzController::presetsChanged, this,
                                 &PtzPanel::showPresets);
        m_connections << connect(controller, &ptz::PtzController::failed, this,
                                 [this](const QString &why) { m_message->setText(why); });
        m_connections << connect(controller, &ptz::PtzController::ready, this, &PtzPanel::updateButtons);
        m_connections << connect(controller, &ptz::PtzController::commandAcknowledged, this,
                                 [this] { m_message->clear(); });
        showPresets(controller->presets());
    }
    retranslate();
    updateButtons();
}

void PtzPanel::showPresets(const QVector<ptz::PtzPreset> &presets)
{
    const QString current = selectedToken();
    m_presets->clear();
    for (const ptz::PtzPreset &p : presets) {
        auto *item = new QListWidgetItem(p.name.isEmpty() ? p.token : p.name);
        item->setData(Qt::UserRole, p.token);
        m_presets->addItem(item);
        if (p.token == current)
            m_presets->setCurrentItem(item);
    }
    updateButtons();
}

QString PtzPanel::selectedToken() const
{
    const QListWidgetItem *item = m_presets->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void PtzPanel::goToSelected()
{
    if (m_controller && !selectedToken().isEmpty())
        m_controller->goToPreset(selectedToken());
}

void PtzPanel::saveNew(const QString &name)
{
    if (m_controller)
        m_controller->savePreset(name, QString());
}

void PtzPanel::renameSelected(const QString &name)
{
    if (m_controller && !selectedToken().isEmpty())
        m_controller->savePreset(name, selectedToken());
}

void PtzPanel::removeSelected()
{
    if (m_controller && !selectedToken().isEmpty())
        m_controller->removePreset(selectedToken());
}

void PtzPanel::updateButtons()
{
    const bool ready = m_controller && m_controller->isReady();
    const ptz::PtzCapabilities caps = m_controller ? m_controller->capabilities() : ptz::PtzCapabilities{};
    const bool selected = !selectedToken().isEmpty();
    m_go->setEnabled(ready && selected);
    m_save->setEnabled(ready && caps.presets);
    m_rename->setEnabled(ready && selected && caps.renamePresets);
    m_remove->setEnabled(ready && selected);
    m_home->setEnabled(ready && caps.home);
    m_setHome->setEnabled(ready && caps.home);
}

void PtzPanel::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(e);
}

void PtzPanel::retranslate()
{
    m_title->setText(tr("PTZ: %1").arg(m_cameraName));
    m_hint->setText(
        tr("Drag from the centre of the tile to move, wheel to zoom, click to centre. Arrow keys and "
           "+/- also work."));
    m_go->setText(tr("Go to preset"));
    m_save->setText(tr("Save position…"));
    m_rename->setText(tr("Rename…"));
    m_remove->setText(tr("Delete"));
    m_home->setText(tr("Home position"));
    m_setHome->setText(tr("Set as home"));
}

} // namespace pantau
