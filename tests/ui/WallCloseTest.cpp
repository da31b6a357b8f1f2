// A `--wall` PC asks before its wall is closed (an accidental close blanks the command centre).
#include <catch2/catch.hpp>

#include "Wait.h"
#include "WallFixture.h"
#include "ui/wall/WallManager.h"
#include "ui/wall/WallWindow.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

using namespace pantau;
using namespace pantau::test;

TEST_CASE("A wall that asks before closing stays open when the answer is No", "[ui][wall]")
{
    WallFixture fx;
    fx.addLayout("2x2", {"cam0"}, "four");
    WallManager walls(fx.context());
    int asked = 0;
    bool answer = false;
    walls.setCloseQuestion([&](QWidget *) {
        ++asked;
        return answer;
    });
    walls.open(false);
    REQUIRE(walls.windows().size() == 1);
    WallWindow *window = walls.windows().first();
    REQUIRE(window->isVisible());

    CHECK_FALSE(window->close()); // the close event was ignored
    CHECK(asked == 1);
    CHECK(window->isVisible());

    answer = true;
    CHECK(window->close());
    CHECK(asked == 2);
    CHECK_FALSE(window->isVisible());
}

TEST_CASE("The wall's close question is in the interface language and says No by default", "[ui][wall]")
{
    bool sawDefaultNo = false;
    QString text;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        poll.stop();
        text = box->text();
        sawDefaultNo = box->defaultButton() == static_cast<QAbstractButton *>(box->button(QMessageBox::No));
        box->defaultButton()->click(); // what Enter does
    });
    poll.start();
    QTimer bound; // never hang: close whatever is modal after the bound
    bound.setSingleShot(true);
    QObject::connect(&bound, &QTimer::timeout, [] {
        if (QWidget *w = QApplication::activeModalWidget())
            w->close();
    });
    bound.start(kReactionBoundMs);
    CHECK_FALSE(WallWindow::askToCloseWall(nullptr));
    CHECK(sawDefaultNo);
    CHECK(text == "Close the video wall? The command centre's screens will go blank.");
}
