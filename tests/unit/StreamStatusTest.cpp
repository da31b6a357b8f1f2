#include <catch2/catch.hpp>

#include "core/media/StreamStatus.h"

using namespace pantau;

TEST_CASE("Every stream state has a line of text, with the retry countdown when one is scheduled",
          "[unit][media]")
{
    for (StreamState s :
         {StreamState::Invalid, StreamState::Connecting, StreamState::Playing, StreamState::Reconnecting,
          StreamState::AuthFailed, StreamState::Offline, StreamState::Error})
        CHECK_FALSE(StreamStatus{s, -1, "x"}.text().isEmpty());
    CHECK(StreamStatus{StreamState::Offline, 7, {}}.text().contains("7"));
    CHECK(StreamStatus{StreamState::Error, -1, "no decoder"}.text().contains("no decoder"));
}
