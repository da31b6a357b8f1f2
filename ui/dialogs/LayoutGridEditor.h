#pragma once
// Paints a layout's grid and lets the supervisor select a rectangle of cells with the mouse
// (press and drag), which the dialog then merges into one tile or splits. Each tile shows its number
// and the camera it holds. GUI thread only.
#include "core/layout/Layout.h"

#include <QHash>

#include <QWidget>

namespace pantau {

class LayoutGridEditor : public QWidget
{
    Q_OBJECT
public:
    explicit LayoutGridEditor(QWidget *parent = nullptr);
    void setLayoutModel(const Layout &layout);
    void setCameraNames(const QHash<QString, QString> &nameById); // unknown ids show as they are
    QRect selection() const { return m_selection; }               // in cells; empty when nothing is selected
    void setSelection(const QRect &cells);
    QSize sizeHint() const override { return {480, 300}; }

Q_SIGNALS:
    void selectionChanged(const QRect &cells);

protected:
    void paintEvent(QPaintEvent *) override;
    void mousePressEvent(QMouseEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;

private:
    QPoint cellAt(const QPoint &pos) const;
    QRectF cellRect(const QRect &cells) const;

    Layout m_layout;
    QHash<QString, QString> m_names;
    QPoint m_anchor;
    QRect m_selection;
};

} // namespace pantau
