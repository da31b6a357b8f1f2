#pragma once
// Layout editor: name, rows x columns, a preset to start from, and merge / split of cells so
// tiles can span any rectangle. Produces a valid Layout; cameras already placed are kept where
// their tile survives. GUI thread only.
#include "core/layout/Layout.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QLabel;
class QDialogButtonBox;

namespace pantau {

class LayoutGridEditor;

class LayoutEditorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LayoutEditorDialog(const Layout &initial, QWidget *parent = nullptr);
    Layout result() const;

protected:
    void changeEvent(QEvent *) override;

private:
    void setModel(const Layout &layout);
    void retranslate();
    void updateButtons();

    Layout m_layout;
    QLineEdit *m_name;
    QSpinBox *m_rows;
    QSpinBox *m_columns;
    QComboBox *m_preset;
    QPushButton *m_applyPreset;
    QPushButton *m_merge;
    QPushButton *m_split;
    LayoutGridEditor *m_grid;
    QLabel *m_nameLabel, *m_sizeLabel, *m_presetLabel, *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace pantau
