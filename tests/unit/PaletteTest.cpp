// One colour per meaning (Palette): the wall and the tree (stream states) and the dashboard
// (health buckets) show the same state in the same colour.
#include <catch2/catch.hpp>

#include "ui/common/Palette.h"

#include <QSet>

using namespace pantau;

TEST_CASE("Palette: a stream state and its dashboard bucket share one colour", "[unit][palette]")
{
    CHECK(Palette::forStreamState(StreamState::Playing) == Palette::forHealthBucket(HealthBucket::Online));
    CHECK(Palette::forStreamState(StreamState::Offline) == Palette::forHealthBucket(HealthBucket::Offline));
    CHECK(Palette::forStreamState(StreamState::Reconnecting) ==
          Palette::forHealthBucket(HealthBucket::Trouble));
    CHECK(Palette::forStreamState(StreamState::Invalid) == Palette::forHealthBucket(HealthBucket::Checking));
}

TEST_CASE("Palette: every stream state has one of the four state colours", "[unit][palette]")
{
    const QList<QColor> four = {Palette::live(), Palette::attention(), Palette::failure(),
                                Palette::unknown()};
    CHECK(QSet<QRgb>{four[0].rgb(), four[1].rgb(), four[2].rgb(), four[3].rgb()}.size() == 4);
    for (StreamState s :
         {StreamState::Invalid, StreamState::Connecting, StreamState::Playing, StreamState::Reconnecting,
          StreamState::AuthFailed, StreamState::Offline, StreamState::Error})
        CHECK(four.contains(Palette::forStreamState(s)));
}

TEST_CASE("Palette: a style sheet gets the colour as #rrggbb", "[unit][palette]")
{
    CHECK(Palette::css(QColor(20, 23, 28)) == "#14171c");
    CHECK(QColor(Palette::css(Palette::dashboardPanel())) == Palette::dashboardPanel());
}
