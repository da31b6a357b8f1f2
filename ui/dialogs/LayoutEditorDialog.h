#pragma once
// Layout editor: name, rows x columns, a preset (applied when chosen; the list shows the grid being
// edited), and merge / split of cells so tiles can span any rectangle. Produces a valid Layout.
// Cameras are kept across every change of shape (LayoutCameraKeeper decides where): a merge that
// would leave cameras without a tile asks first, and Save asks when some have none. GUI thread only.
#include "core/layout/Layout.h"
#include "core/layout/LayoutCameraKeeper.h"

#include <QHash>

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
    // Camera names by id, for the grid and the questions (unknown ids show as they are).
    void setCameraNames(const QHash<QString, QString> &nameById);

public Q_SLOTS:
    void accept() override; // asks first when cameras of the layout were left without a tile

protected:
    void changeEvent(QEvent *) override;

private:
    void setModel(const Layout &layout);
    void retranslate();
    void updateButtons();
    void syncPreset(); // the preset list shows the grid being edited
    void choosePreset(int index);
    void mergeSelection();
    QString namesOf(const QStringList &cameraIds) const;

    Layout m_layout;
    LayoutCameraKeeper m_keeper;
    QHash<QString, QString> m_names;
    QLineEdit *m_name;
    QSpinBox *m_rows;
    QSpinBox *m_columns;
    QComboBox *m_preset;
    QPushButton *m_merge;
    QPushButton *m_split;
    LayoutGridEditor *m_grid;
    QLabel *m_nameLabel, *m_sizeLabel, *m_presetLabel, *m_hint;
    QLabel *m_leftOut; // cameras the layout had that have no tile now
    QDialogButtonBox *m_buttons;
};

} // namespace pantau
