#pragma once
// The operator console with its wall over a WallFixture's site, as app/ wires them, and small
// helpers for driving it from a test: keys, modal dialogs (answered from a timer while the
// console's exec() waits), buttons by their text, the site file's bytes.
#include "Wait.h"
#include "WallFixture.h"
#include "core/i18n/LanguageManager.h"
#include "core/inventory/CameraRegistry.h"
#include "core/inventory/OnboardingQueue.h"
#include "ui/console/ConsoleWindow.h"
#include "ui/wall/WallManager.h"

#include <QApplication>
#include <QFile>
#include <QKeyEvent>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTimer>

#include <functional>
#include <memory>

namespace pantau::test {
// The console, its wall and what they are built on, over a WallFixture's site.
struct Console
{
    WallFixture &fx;
    WallManager walls{fx.context()};
    LanguageManager language;
    QNetworkAccessManager network;
    OnboardingQueue queue;
    CameraRegistry registry{fx.store.get(), nullptr, &queue, &network};
    ConsoleWindow window{fx.store.get(),    fx.pool.get(), &walls,    &language,
                         fx.settings.get(), &network,      &registry, &queue};

    explicit Console(WallFixture &f) : fx(f) {}
};

inline void pressKey(QWidget *target, int key)
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier);
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier);
    QApplication::sendEvent(target, &release);
}

// Acts on the next modal dialog of type T once its exec() shows it (the caller then blocks in
// exec() until `act` closes it). Gives up, closing whatever is modal, after `boundMs`.
template <typename T> void onNextModal(std::function<void(T *)> act, int boundMs = kReactionBoundMs)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    auto waited = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, act, waited, boundMs] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        } else if ((*waited += 10) > boundMs) {
            timer->stop();
            timer->deleteLater();
            if (QWidget *other = QApplication::activeModalWidget())
                other->close();
        }
    });
    timer->start();
}

inline QPushButton *buttonWithText(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace pantau::test
