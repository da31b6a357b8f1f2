#include "ui/dialogs/LayoutEditorDialog.h"

#include "ui/dialogs/LayoutGridEditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pantau {

LayoutEditorDialog::LayoutEditorDialog(const Layout &initial, QWidget *parent)
    : QDialog(parent), m_keeper(initial)
{
    m_name = new QLineEdit;
    m_rows = new QSpinBox;
    m_columns = new QSpinBox;
    for (QSpinBox *s : {m_rows, m_columns})
        s->setRange(1, Layout::kMaxSide);
    m_preset = new QComboBox;
    for (const QString &id : layouts::presetIds())
        m_preset->addItem(QString(id).replace('x', QStringLiteral("×")), id);
    m_merge = new QPushButton;
    m_split = new QPushButton;
    m_grid = new LayoutGridEditor;
    m_name->setObjectName("name");
    m_rows->setObjectName("rows");
    m_columns->setObjectName("columns");
    m_preset->setObjectName("preset");
    m_merge->setObjectName("merge");
    m_split->setObjectName("split");
    m_nameLabel = new QLabel;
    m_sizeLabel = new QLabel;
    m_presetLabel = new QLabel;
    m_hint = new QLabel;
    m_hint->setWordWrap(true);
    m_leftOut = new QLabel;
    m_leftOut->setObjectName("leftOut");
    m_leftOut->setWordWrap(true);
    m_leftOut->setStyleSheet(QStringLiteral("color: #b06000"));
    m_leftOut->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);

    auto *form = new QGridLayout;
    form->addWidget(m_nameLabel, 0, 0);
    form->addWidget(m_name, 0, 1, 1, 4);
    form->addWidget(m_sizeLabel, 1, 0);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_rows);
    sizeRow->addWidget(new QLabel(QStringLiteral("×")));
    sizeRow->addWidget(m_columns);
    sizeRow->addStretch();
    form->addLayout(sizeRow, 1, 1, 1, 4);
    form->addWidget(m_presetLabel, 2, 0);
    form->addWidget(m_preset, 2, 1, 1, 4);
    auto *edit = new QHBoxLayout;
    edit->addWidget(m_merge);
    edit->addWidget(m_split);
    edit->addStretch();
    auto *lay = new QVBoxLayout(this);
    lay->addLayout(form);
    lay->addWidget(m_hint);
    lay->addWidget(m_grid, 1);
    lay->addWidget(m_leftOut);
    lay->addLayout(edit);
    lay->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto onSize = [this] { setModel(m_keeper.resize(m_layout, m_rows->value(), m_columns->value()).layout); };
    connect(m_rows, &QSpinBox::valueChanged, this, onSize);
    connect(m_columns, &QSpinBox::valueChanged, this, onSize);
    // A preset applies when the supervisor chooses it (activated: never when the list follows).
    connect(m_preset, &QComboBox::activated, this, &LayoutEditorDialog::choosePreset);
    connect(m_merge, &QPushButton::clicked, this, &LayoutEditorDialog::mergeSelection);
    connect(m_split, &QPushButton::clicked, this, [this] {
        const QRect sel = m_grid->selection();
        setModel(m_keeper.split(m_layout, m_layout.tileAt(sel.y(), sel.x())).layout);
    });
    connect(m_grid, &LayoutGridEditor::selectionChanged, this, &LayoutEditorDialog::updateButtons);
    connect(m_name, &QLineEdit::textChanged, this, &LayoutEditorDialog::updateButtons);

    m_name->setText(initial.name);
    setModel(initial.rows > 0 ? initial : layouts::grid(2, 2));
    m_layout.id = initial.id;
    retranslate();
    resize(560, 520);
}

Layout LayoutEditorDialog::result() const
{
    Layout l = m_layout;
    l.name = m_name->text().trimmed();
    return l;
}

void LayoutEditorDialog::setCameraNames(const QHash<QString, QString> &nameById)
{
    m_names = nameById;
    m_grid->setCameraNames(nameById);
    updateButtons();
}

QString LayoutEditorDialog::namesOf(const QStringList &cameraIds) const
{
    QStringList names;
    for (const QString &id : cameraIds)
        names << m_names.value(id, id);
    return names.join(QStringLiteral(", "));
}

void LayoutEditorDialog::choosePreset(int index)
{
    const QString id = m_preset->itemData(index).toString();
    if (const std::optional<LayoutCameraKeeper::Result> r = m_keeper.preset(m_layout, id))
        setModel(r->layout); // cameras in reading order; what does not fit is listed, not lost
}

void LayoutEditorDialog::mergeSelection()
{
    const LayoutCameraKeeper::Result r = m_keeper.merge(m_layout, m_grid->selection());
    QStringList dropped; // cameras on the wall now that the merge leaves without a tile
    for (const QString &id : r.leftOut)
        if (m_layout.cameraIds().contains(id))
            dropped << id;
    if (!dropped.isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Merge cells"),
                        tr("No free tile is left for %Ln camera(s): %1. Merge anyway? The layout will "
                           "no longer show them.",
                           nullptr, int(dropped.size()))
                            .arg(namesOf(dropped)),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setDefaultButton(QMessageBox::No);
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    setModel(r.layout);
}

void LayoutEditorDialog::accept()
{
    const QStringList leftOut = m_keeper.leftOut(m_layout);
    if (!leftOut.isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Save layout"),
                        tr("%Ln camera(s) of this layout have no tile now: %1. Save anyway?", nullptr,
                           int(leftOut.size()))
                            .arg(namesOf(leftOut)),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setDefaultButton(QMessageBox::No);
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    QDialog::accept();
}

void LayoutEditorDialog::syncPreset()
{
    const QSignalBlocker block(m_preset);
    const QString id = layouts::presetIdOf(m_layout);
    const bool hasCustom = m_preset->count() > 0 && m_preset->itemData(0).toString().isEmpty();
    if (!id.isEmpty()) {
        if (hasCustom)
            m_preset->removeItem(0);
        m_preset->setCurrentIndex(m_preset->findData(id));
        return;
    }
    // A grid of its own (a custom size, merged cells): said as the first entry of the list.
    const QString text = tr("This layout (%1 × %2)").arg(m_layout.rows).arg(m_layout.columns);
    if (hasCustom)
        m_preset->setItemText(0, text);
    else
        m_preset->insertItem(0, text, QString());
    m_preset->setCurrentIndex(0);
}

void LayoutEditorDialog::setModel(const Layout &layout)
{
    const QString id = m_layout.id;
    m_layout = layout;
    m_layout.id = id;
    const QSignalBlocker b1(m_rows), b2(m_columns);
    m_rows->setValue(layout.rows);
    m_columns->setValue(layout.columns);
    m_grid->setLayoutModel(m_layout);
    m_grid->setSelection({});
    syncPreset();
    updateButtons();
}

void LayoutEditorDialog::updateButtons()
{
    const QRect sel = m_grid->selection();
    const int tile = sel.isEmpty() ? -1 : m_layout.tileAt(sel.y(), sel.x());
    m_merge->setEnabled(sel.width() * sel.height() > 1 && !(tile >= 0 && m_layout.tiles[tile].cells == sel));
    m_split->setEnabled(tile >= 0 && m_layout.tiles[tile].cells == sel && sel.width() * sel.height() > 1);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_name->text().trimmed().isEmpty() && m_layout.isValid());
    const QStringList leftOut = m_keeper.leftOut(m_layout);
    m_leftOut->setText(tr("No tile for: %1. They come back when a tile is free (split, a larger grid).")
                           .arg(namesOf(leftOut)));
    m_leftOut->setVisible(!leftOut.isEmpty());
}

void LayoutEditorDialog::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(e);
}

void LayoutEditorDialog::retranslate()
{
    setWindowTitle(tr("Layout editor"));
    m_nameLabel->setText(tr("Name:"));
    m_sizeLabel->setText(tr("Rows × columns:"));
    m_presetLabel->setText(tr("Start from:"));
    m_preset->setToolTip(tr("Choosing a grid applies it; the cameras keep their tiles in reading order"));
    m_merge->setText(tr("Merge cells"));
    m_split->setText(tr("Split tile"));
    m_hint->setText(tr("Drag across cells to select them, then merge them into one large tile. "
                       "Click a large tile to select it for splitting."));
    syncPreset();
    updateButtons();
    m_name->setPlaceholderText(tr("e.g. Crossroads Sekayu"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace pantau
