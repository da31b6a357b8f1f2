#include "ui/playback/ExportDialog.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pantau::ui {

namespace {

enum Column { CameraColumn, ProgressColumn, StateColumn, CancelColumn, ColumnCount };

} // namespace

ExportDialog::ExportDialog(QVector<Camera> cameras, playback::ExportQueue *queue, SourceFor sourceFor,
                           QWidget *parent)
    : QDialog(parent), m_cameras(std::move(cameras)), m_queue(queue), m_sourceFor(std::move(sourceFor))
{
    setWindowTitle(tr("Export evidence"));
    m_operator = qEnvironmentVariable("USER");

    m_cameraList = new QListWidget(this);
    m_cameraList->setObjectName("cameraList");
    for (const Camera &c : m_cameras) {
        auto *item = new QListWidgetItem(c.name.isEmpty() ? c.id : c.name, m_cameraList);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_from = new QDateTimeEdit(this);
    m_from->setObjectName("fromEdit");
    m_to = new QDateTimeEdit(this);
    m_to->setObjectName("toEdit");
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setDisplayFormat(QStringLiteral("dd-MM-yyyy HH:mm:ss"));
        e->setCalendarPopup(true);
    }
    m_folder = new QLineEdit(this);
    m_folder->setObjectName("folderEdit");
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    m_lock = new QCheckBox(tr("Lock the recording (retention keeps it)"), this);
    m_lock->setObjectName("lockCheck");
    m_lock->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Cameras"), m_cameraList);
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    form->addRow(tr("Folder"), folderRow);
    form->addRow(QString(), m_lock);

    m_message = new QLabel(this);
    m_message->setObjectName("messageLabel");
    m_message->setWordWrap(true);
    m_export = new QPushButton(tr("Export"), this);
    m_export->setObjectName("exportButton");
    m_export->setDefault(true);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);

    m_jobs = new QTableWidget(0, ColumnCount, this);
    m_jobs->setObjectName("jobTable");
    m_jobs->setHorizontalHeaderLabels({tr("Camera"), tr("Progress"), tr("State"), QString()});
    m_jobs->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::Stretch);
    m_jobs->verticalHeader()->hide();
    m_jobs->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(new QLabel(tr("Queue"), this));
    layout->addWidget(m_jobs, 1);
    layout->addWidget(buttons);

    connect(m_queue, &playback::ExportQueue::jobStarted, this,
            [this](int id) { setStatus(id, tr("Exporting…")); });
    connect(m_queue, &playback::ExportQueue::jobProgress, this, [this](int id, double fraction) {
        if (m_rows.contains(id))
            m_rows[id].progress->setValue(int(fraction * 100));
    });
    connect(m_queue, &playback::ExportQueue::jobLockFailed, this,
            [this](int id, const QString &message) { setStatus(id, tr("Not locked: %1").arg(message)); });
    connect(m_queue, &playback::ExportQueue::jobFinished, this, &ExportDialog::onFinished);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    setRange(now - 60'000, now);
    resize(640, 560);
}

void ExportDialog::setRange(qint64 inUtcMs, qint64 outUtcMs)
{
    // Whole seconds, as the edits show them: the in-point down, the out-point up.
    const qint64 inS = inUtcMs >= 0 ? inUtcMs / 1000 : (inUtcMs - 999) / 1000;
    const qint64 outS = outUtcMs >= 0 ? (outUtcMs + 999) / 1000 : outUtcMs / 1000;
    m_from->setDateTime(QDateTime::fromSecsSinceEpoch(inS));
    m_to->setDateTime(QDateTime::fromSecsSinceEpoch(outS));
}

void ExportDialog::setSelectedCameras(const QStringList &cameraIds)
{
    for (int i = 0; i < m_cameraList->count(); ++i) {
        QListWidgetItem *item = m_cameraList->item(i);
        item->setCheckState(cameraIds.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                    : Qt::Unchecked);
    }
}

void ExportDialog::setOutputFolder(const QString &folder)
{
    m_folder->setText(folder);
}

QStringList ExportDialog::selectedCameras() const
{
    QStringList ids;
    for (int i = 0; i < m_cameraList->count(); ++i)
        if (m_cameraList->item(i)->checkState() == Qt::Checked)
            ids << m_cameraList->item(i)->data(Qt::UserRole).toString();
    return ids;
}

qint64 ExportDialog::inUtcMs() const
{
    return m_from->dateTime().toMSecsSinceEpoch();
}

qint64 ExportDialog::outUtcMs() const
{
    return m_to->dateTime().toMSecsSinceEpoch();
}

void ExportDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export folder"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

bool ExportDialog::startExport()
{
    const QStringList ids = selectedCameras();
    if (ids.isEmpty()) {
        m_message->setText(tr("Choose at least one camera."));
        return false;
    }
    if (outUtcMs() <= inUtcMs()) {
        m_message->setText(tr("The end must be after the start."));
        return false;
    }
    if (m_folder->text().trimmed().isEmpty()) {
        m_message->setText(tr("Choose the folder to export to."));
        return false;
    }
    m_message->clear();
    for (const QString &id : ids) {
        const auto camera =
            std::find_if(m_cameras.begin(), m_cameras.end(), [&](const Camera &c) { return c.id == id; });
        playback::ExportJob job;
        job.request.camera = *camera;
        job.request.inUtcMs = inUtcMs();
        job.request.outUtcMs = outUtcMs();
        job.request.outputDir = m_folder->text().trimmed();
        job.request.exportedBy = m_operator;
        job.source = m_sourceFor ? m_sourceFor(id) : nullptr;
        job.request.recorder = job.source ? job.source->displayName() : QString();
        job.lockOnRecorder = m_lock->isChecked();

        const int row = m_jobs->rowCount();
        m_jobs->insertRow(row);
        m_jobs->setItem(row, CameraColumn, new QTableWidgetItem(camera->name.isEmpty() ? id : camera->name));
        m_jobs->setItem(row, StateColumn, new QTableWidgetItem(tr("Waiting")));
        Row r;
        r.row = row;
        r.progress = new QProgressBar(m_jobs);
        r.progress->setRange(0, 100);
        r.progress->setValue(0);
        m_jobs->setCellWidget(row, ProgressColumn, r.progress);
        r.cancel = new QPushButton(tr("Cancel"), m_jobs);
        m_jobs->setCellWidget(row, CancelColumn, r.cancel);
        if (!job.source) {
            m_jobs->item(row, StateColumn)->setText(tr("No recording is known for this camera."));
            r.cancel->setEnabled(false);
            continue;
        }
        // The row is known before the job can report: the first job starts inside enqueue().
        const int jobId = m_queue->enqueue(job);
        r.cancel->setObjectName(QStringLiteral("cancelJob%1").arg(jobId));
        connect(r.cancel, &QPushButton::clicked, this, [this, jobId] { m_queue->cancel(jobId); });
        m_rows.insert(jobId, r);
        if (m_queue->runningId() == jobId)
            setStatus(jobId, tr("Exporting…"));
    }
    return true;
}

void ExportDialog::setStatus(int jobId, const QString &text)
{
    if (!m_rows.contains(jobId))
        return;
    if (QTableWidgetItem *item = m_jobs->item(m_rows[jobId].row, StateColumn))
        item->setText(text);
}

void ExportDialog::onFinished(int jobId, const playback::ExportResult &result)
{
    if (!m_rows.contains(jobId))
        return;
    Row &r = m_rows[jobId];
    r.cancel->setEnabled(false);
    switch (result.status) {
    case playback::ExportResult::Status::Done:
        r.progress->setValue(100);
        setStatus(jobId, tr("Done: %1").arg(QFileInfo(result.mp4Path).fileName()));
        break;
    case playback::ExportResult::Status::Cancelled:
        setStatus(jobId, tr("Cancelled"));
        break;
    case playback::ExportResult::Status::Failed:
        setStatus(jobId, tr("Failed: %1").arg(result.error));
        break;
    }
}

} // namespace pantau::ui
