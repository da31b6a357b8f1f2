#include "ui/wall/WorkingCopyBar.h"

#include "ui/common/Palette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace pantau {

WorkingCopyBar::WorkingCopyBar(QWidget *parent) : QFrame(parent)
{
    setObjectName("workingCopyBar");
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, Palette::attention().darker(260)); // amber, dark: a wall is dark
    pal.setColor(QPalette::WindowText, QColor(255, 236, 200));
    setPalette(pal);
    m_text = new QLabel;
    m_text->setObjectName("workingCopyText");
    m_text->setWordWrap(true); // a narrow window wraps the text; it never widens the window
    m_undo = new QPushButton;
    m_undo->setObjectName("undoWorkingCopy");
    m_save = new QPushButton;
    m_save->setObjectName("saveWorkingCopy");
    m_revert = new QPushButton;
    m_revert->setObjectName("revertWorkingCopy");
    for (QPushButton *b : {m_undo, m_save, m_revert})
        b->setFocusPolicy(Qt::NoFocus); // keys stay with the tiles (PTZ, Delete)
    auto *lay = new QHBoxLayout(this);
    lay->setContentsMargins(10, 3, 6, 3);
    lay->addWidget(m_text, 1);
    lay->addWidget(m_undo);
    lay->addWidget(m_revert);
    lay->addWidget(m_save);
    connect(m_undo, &QPushButton::clicked, this, &WorkingCopyBar::undoRequested);
    connect(m_save, &QPushButton::clicked, this, &WorkingCopyBar::saveRequested);
    connect(m_revert, &QPushButton::clicked, this, &WorkingCopyBar::revertRequested);
    retranslate();
}

void WorkingCopyBar::setLayoutName(const QString &name)
{
    m_layoutName = name;
    retranslate();
}

void WorkingCopyBar::setCanUndo(bool canUndo)
{
    m_undo->setEnabled(canUndo);
}

void WorkingCopyBar::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(e);
}

void WorkingCopyBar::retranslate()
{
    m_text->setText(tr("Changed: this window no longer shows the saved layout “%1”. "
                       "Save the change to the layout, or revert to it.")
                        .arg(m_layoutName));
    m_undo->setText(tr("Undo"));
    m_undo->setToolTip(tr("Undo the last change (Ctrl+Z)"));
    m_save->setText(tr("Save to layout"));
    m_save->setToolTip(
        tr("The layout “%1” shows this on every screen and after a restart").arg(m_layoutName));
    m_revert->setText(tr("Revert"));
    m_revert->setToolTip(tr("Show the saved layout again (Ctrl+Z brings the change back)"));
}

} // namespace pantau
