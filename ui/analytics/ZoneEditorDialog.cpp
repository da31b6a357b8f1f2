#include "ui/analytics/ZoneEditorDialog.h"

#include "core/Log.h"
#include "core/analytics/StoredAnalyticsSettings.h"
#include "core/site/SiteStore.h"
#include "ui/analytics/ZoneCanvas.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QTimer>
#include <QVBoxLayout>

namespace pantau {

using analytics::CameraAnalyticsSettings;
using analytics::StoredAnalyticsSettings;

ZoneEditorDialog::ZoneEditorDialog(const QString &cameraId, SiteStore *store,
                                   analytics::AnalyticsService *service, QWidget *parent)
    : QDialog(parent), m_cameraId(cameraId), m_store(store), m_service(service)
{
    const std::optional<Camera> camera = m_store->findCamera(cameraId);
    setWindowTitle(tr("Motion zones: %1").arg(camera ? camera->name : cameraId));
    m_wasAnalysed = m_service->cameras().contains(cameraId);
    m_before = m_service->settings(cameraId);

    m_canvas = new ZoneCanvas;
    m_watched = new QRadioButton(tr("Watched zone"));
    m_ignored = new QRadioButton(tr("Ignored area"));
    m_watched->setChecked(true);
    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_watched);
    kinds->addButton(m_ignored);
    m_removeShape = new QPushButton(tr("Delete polygon"));
    auto *shapeBox = new QGroupBox(tr("Polygon"));
    auto *shapeLay = new QVBoxLayout(shapeBox);
    shapeLay->addWidget(m_watched);
    shapeLay->addWidget(m_ignored);
    shapeLay->addWidget(m_removeShape);

    m_motion = new QCheckBox(tr("Detect motion"));
    m_sensitivity = new QSlider(Qt::Horizontal);
    m_sensitivity->setRange(1, 100);
    m_sensitivityValue = new QLabel;
    m_sensitivityValue->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("100")));
    auto *sensitivityRow = new QHBoxLayout;
    sensitivityRow->addWidget(m_sensitivity, 1);
    sensitivityRow->addWidget(m_sensitivityValue);
    m_minObjectPercent = new QDoubleSpinBox;
    m_minObjectPercent->setRange(0.0, 25.0);
    m_minObjectPercent->setDecimals(2);
    m_minObjectPercent->setSingleStep(0.1);
    m_minObjectPercent->setSuffix(QStringLiteral(" %"));
    m_minObjectPercent->setToolTip(tr("The smallest moving object that counts, as a share of the picture."));
    m_schedule = new QLineEdit;
    m_schedule->setPlaceholderText(tr("always (e.g. 22:00-05:00)"));
    auto *form = new QFormLayout;
    form->addRow(m_motion);
    form->addRow(tr("Sensitivity"), sensitivityRow);
    form->addRow(tr("Minimum object size"), m_minObjectPercent);
    form->addRow(tr("Schedule"), m_schedule);
    auto *settingsBox = new QGroupBox(tr("Detection"));
    settingsBox->setLayout(form);

    auto *hint =
        new QLabel(tr("Click to add points; double-click or Enter closes the polygon. Drag a point "
                      "to move it, click an edge to add one. Right-click or Delete removes a point; "
                      "right-click inside a polygon removes it. Red: what the detector sees moving."));
    hint->setWordWrap(true);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));

    auto *side = new QVBoxLayout;
    side->addWidget(shapeBox);
    side->addWidget(settingsBox);
    side->addWidget(hint);
    side->addStretch(1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_canvas, 1);
    body->addLayout(side);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ZoneEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ZoneEditorDialog::reject);
    auto *root = new QVBoxLayout(this);
    root->addLayout(body, 1);
    root->addWidget(m_message);
    root->addWidget(m_buttons);

    StoredAnalyticsSettings::Read stored;
    if (camera)
        stored = StoredAnalyticsSettings::read(*camera);
    if (!stored.error.isEmpty()) {
        qCWarning(lcAnalytics) << "zone editor of" << cameraId
                               << ": stored settings unreadable:" << stored.error;
        m_message->setText(
            tr("The saved motion settings of this camera could not be read (%1); saving replaces them.")
                .arg(stored.error));
    }
    // Opening the editor is asking for motion: a camera with none drawn yet starts with it on.
    if (!stored.settings.motionEnabled && stored.settings.motion.zones.isEmpty())
        stored.settings.motionEnabled = true;
    load(stored.settings);

    connect(m_canvas, &ZoneCanvas::shapesChanged, this, &ZoneEditorDialog::preview);
    connect(m_canvas, &ZoneCanvas::selectionChanged, this, [this] {
        (m_canvas->drawIgnored() ? m_ignored : m_watched)->setChecked(true);
        updateHints();
    });
    connect(m_ignored, &QRadioButton::toggled, this, [this](bool on) { m_canvas->setDrawIgnored(on); });
    connect(m_removeShape, &QPushButton::clicked, m_canvas, &ZoneCanvas::removeSelectedShape);
    connect(m_motion, &QCheckBox::toggled, this, &ZoneEditorDialog::preview);
    connect(m_sensitivity, &QSlider::valueChanged, this, &ZoneEditorDialog::preview);
    connect(m_minObjectPercent, &QDoubleSpinBox::valueChanged, this, &ZoneEditorDialog::preview);
    connect(m_schedule, &QLineEdit::textChanged, this, &ZoneEditorDialog::preview);

    m_refresh = new QTimer(this);
    m_refresh->setInterval(kRefreshMs);
    connect(m_refresh, &QTimer::timeout, this, &ZoneEditorDialog::refresh);
    m_refresh->start();
    refresh();
    preview();
    m_canvas->setFocus();
    resize(1000, 560);
}

ZoneEditorDialog::~ZoneEditorDialog() = default;

void ZoneEditorDialog::load(const CameraAnalyticsSettings &settings)
{
    m_loaded = settings;
    QList<ZoneShape> shapes;
    for (const QPolygonF &zone : settings.motion.zones)
        shapes.append({zone, false});
    for (const QPolygonF &mask : settings.motion.masks)
        shapes.append({mask, true});
    m_canvas->setShapes(shapes);
    m_motion->setChecked(settings.motionEnabled);
    m_sensitivity->setValue(settings.motion.sensitivity);
    m_minObjectPercent->setValue(settings.motion.minObjectFraction * 100.0);
    m_schedule->setText(settings.schedule.isAlways() ? QString() : settings.schedule.toText());
}

CameraAnalyticsSettings ZoneEditorDialog::editedSettings() const
{
    CameraAnalyticsSettings s = m_loaded;
    s.motionEnabled = m_motion->isChecked();
    s.motion.zones.clear();
    s.motion.masks.clear();
    for (const ZoneShape &shape : m_canvas->shapes())
        (shape.ignored ? s.motion.masks : s.motion.zones).append(shape.points);
    s.motion.sensitivity = m_sensitivity->value();
    s.motion.minObjectFraction = m_minObjectPercent->value() / 100.0;
    analytics::AnalyticsSchedule schedule;
    if (schedule.parse(m_schedule->text().trimmed()))
        s.schedule = schedule;
    return s;
}

void ZoneEditorDialog::preview()
{
    updateHints();
    // As Save would keep them: motion (and its overlay) once a zone is drawn. Detecting over the
    // whole picture before then would put events in the list that no zone asked for.
    const CameraAnalyticsSettings s = StoredAnalyticsSettings::effective(editedSettings());
    if (!m_service->cameras().contains(m_cameraId))
        m_service->setCamera(m_cameraId, s);
    else
        m_service->updateSettings(m_cameraId, s);
}

void ZoneEditorDialog::updateHints()
{
    m_sensitivityValue->setText(QString::number(m_sensitivity->value()));
    m_removeShape->setEnabled(m_canvas->selectedShape() >= 0);
    analytics::AnalyticsSchedule schedule;
    const bool scheduleOk = schedule.parse(m_schedule->text().trimmed());
    m_schedule->setStyleSheet(scheduleOk ? QString() : QStringLiteral("color: #c0392b;"));
    m_schedule->setToolTip(scheduleOk ? QString()
                                      : tr("Write times like 22:00-05:00, or leave empty for always."));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(scheduleOk);
}

void ZoneEditorDialog::refresh()
{
    m_canvas->setPicture(m_service->latestPicture(m_cameraId));
    // The last mask stays in the service after motion is turned off: show it only while it is on.
    const bool motion = m_service->settings(m_cameraId).motionEnabled;
    m_canvas->setMotionMask(motion ? m_service->motionMask(m_cameraId) : QImage());
}

void ZoneEditorDialog::accept()
{
    const std::optional<Camera> camera = m_store->findCamera(m_cameraId);
    if (!camera) { // deleted meanwhile: nothing to save into
        reject();
        return;
    }
    const CameraAnalyticsSettings edited = editedSettings();
    m_store->upsertCamera(StoredAnalyticsSettings::withSettings(*camera, edited));
    QString error;
    if (!m_store->flushPendingSave(&error) && !error.isEmpty()) {
        m_message->setText(tr("The zones could not be saved: %1").arg(error));
        return;
    }
    m_service->updateSettings(m_cameraId, StoredAnalyticsSettings::effective(edited));
    m_refresh->stop();
    qCInfo(lcAnalytics) << "zones of" << m_cameraId << "saved:" << edited.motion.zones.size() << "zones,"
                        << edited.motion.masks.size() << "masks";
    QDialog::accept();
}

void ZoneEditorDialog::reject()
{
    m_refresh->stop();
    if (m_wasAnalysed)
        m_service->updateSettings(m_cameraId, m_before);
    else
        m_service->removeCamera(m_cameraId);
    QDialog::reject();
}

} // namespace pantau
