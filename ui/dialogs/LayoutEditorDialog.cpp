#include "ui/dialogs/LayoutEditorDialog.h"

#include "ui/dialogs/LayoutGridEditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pantau {

LayoutEditorDialog::LayoutEditorDialog(const Layout &initial, QWidget *parent) : QDialog(parent)
{
    m_name = new QLineEdit;
    m_rows = new QSpinBox;
    m_columns = new QSpinBox;
    for (QSpinBox *s : {m_rows, m_columns})
        s->setRange(1, Layout::kMaxSide);
    m_preset = new QComboBox;
    for (const QString &id : layouts::presetIds())
        m_preset->addItem(id, id);
    m_applyPreset = new QPushButton;
    m_merge = new QPushButton;
    m_split = new QPushButton;
    m_grid = new LayoutGridEditor;
    m_name->setObjectName("name");
    m_rows->setObjectName("rows");
    m_columns->setObjectName("columns");
    m_preset->setObjectName("preset");
    m_applyPreset->setObjectName("applyPreset");
    m_merge->setObjectName("merge");
    m_split->setObjectName("split");
    m_nameLabel = new QLabel;
    m_sizeLabel = new QLabel;
    m_presetLabel = new QLabel;
    m_hint = new QLabel;
    m_hint->setWordWrap(true);
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
    form->addWidget(m_preset, 2, 1, 1, 3);
    form->addWidget(m_applyPreset, 2, 4);
    auto *edit = new QHBoxLayout;
    edit->addWidget(m_merge);
    edit->addWidget(m_split);
    edit->addStretch();
    auto *lay = new QVBoxLayout(this);
    lay->addLayout(form);
    lay->addWidget(m_hint);
    lay->addWidget(m_grid, 1);
    lay->addLayout(edit);
    lay->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto onSize = [this] { setModel(layouts::resized(m_layout, m_rows->value(), m_columns->value())); };
    connect(m_rows, &QSpinBox::valueChanged, this, onSize);
    connect(m_columns, &QSpinBox::valueChanged, this, onSize);
    connect(m_applyPreset, &QPushButton::clicked, this, [this] {
        if (auto p = layouts::preset(m_preset->currentData().toString())) {
            // Keep the cameras in reading order across the change of shape.
            Layout next = layouts::filledWith(*p, m_layout.cameraIds());
            setModel(next);
        }
    });
    connect(m_merge, &QPushButton::clicked, this,
            [this] { setModel(layouts::merged(m_layout, m_grid->selection())); });
    connect(m_split, &QPushButton::clicked, this, [this] {
        const QRect sel = m_grid->selection();
        setModel(layouts::split(m_layout, m_layout.tileAt(sel.y(), sel.x())));
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
    m_applyPreset->setText(tr("Apply"));
    m_merge->setText(tr("Merge cells"));
    m_split->setText(tr("Split tile"));
    m_hint->setText(tr("Drag across cells to select them, then merge them into one large tile. "
                       "Click a large tile to select it for splitting."));
    m_name->setPlaceholderText(tr("e.g. Crossroads Sekayu"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace pantau
