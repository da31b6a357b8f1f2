#pragma once
// The evidence export dialog: the layout's cameras to choose from (several), the range (set from
// the timeline's marks, editable to the second), the output folder, "kunci rekaman" (lock the
// range on its recorder against retention), and the queue: one row per job with its progress bar,
// its state and a cancel button. It fills an ExportQueue, which outlives it; closing the dialog
// does not stop the queue. Threads: GUI thread only.
#include "core/camera/Camera.h"
#include "core/playback/ExportQueue.h"

#include <QDialog>
#include <QHash>
#include <QVector>

#include <functional>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace pantau::ui {

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // Where a camera's footage is (this PC or its recorder); nullptr when nowhere.
    using SourceFor = std::function<playback::ArchiveSource *(const QString &cameraId)>;

    ExportDialog(QVector<Camera> cameras, playback::ExportQueue *queue, SourceFor sourceFor,
                 QWidget *parent = nullptr);

    // From the timeline's in and out marks.
    void setRange(qint64 inUtcMs, qint64 outUtcMs);
    void setSelectedCameras(const QStringList &cameraIds);
    void setOutputFolder(const QString &folder);
    void setOperatorName(const QString &name) { m_operator = name; }

    QStringList selectedCameras() const;
    qint64 inUtcMs() const;
    qint64 outUtcMs() const;

    // Queues one job per chosen camera; false (and says why in the dialog) when the choice is
    // incomplete: no camera, an empty range, no folder.
    bool startExport();

private:
    struct Row
    {
        int row = 0;
        QProgressBar *progress = nullptr;
        QPushButton *cancel = nullptr;
    };
    void chooseFolder();
    void setStatus(int jobId, const QString &text);
    void onFinished(int jobId, const playback::ExportResult &result);

    QVector<Camera> m_cameras;
    playback::ExportQueue *m_queue;
    SourceFor m_sourceFor;
    QString m_operator;
    QListWidget *m_cameraList;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLineEdit *m_folder;
    QCheckBox *m_lock;
    QLabel *m_message;
    QPushButton *m_export;
    QTableWidget *m_jobs;
    QHash<int, Row> m_rows;
};

} // namespace pantau::ui
