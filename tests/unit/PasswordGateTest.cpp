// recording::PasswordGate: one request asks a recorder about a password before the others go;
// a refused password sends nothing more until it changes.
#include "core/recording/PasswordGate.h"

#include <catch2/catch.hpp>

using pantau::recording::PasswordGate;
using Action = PasswordGate::Action;
using Release = PasswordGate::Release;
using State = PasswordGate::State;

TEST_CASE("PasswordGate: the first request asks, the others wait, and an accepted password sends them all",
          "[unit][recording]")
{
    PasswordGate gate;
    CHECK(gate.onRequest() == Action::Send);
    CHECK(gate.onRequest() == Action::Wait);
    CHECK(gate.onRequest() == Action::Wait);
    CHECK(gate.onAnswer(200) == Release::SendAll);
    CHECK(gate.state() == State::Accepted);
    CHECK(gate.onRequest() == Action::Send);
    CHECK(gate.onAnswer(404) == Release::None); // an unknown camera says nothing of the password
    CHECK(gate.state() == State::Accepted);
}

TEST_CASE("PasswordGate: a refused password refuses the waiting requests and sends nothing until it changes",
          "[unit][recording]")
{
    PasswordGate gate;
    CHECK(gate.onRequest() == Action::Send);
    CHECK(gate.onRequest() == Action::Wait);
    CHECK(gate.onAnswer(401) == Release::FailAll);
    CHECK(gate.onRequest() == Action::Refuse);
    CHECK(gate.onRequest() == Action::Refuse);
    gate.reset(); // the operator typed another password
    CHECK(gate.onRequest() == Action::Send);
    CHECK(gate.onAnswer(200) == Release::SendAll);
}

TEST_CASE("PasswordGate: no answer or a block fails the waiting requests at once, and the next request asks",
          "[unit][recording]")
{
    PasswordGate gate;
    CHECK(gate.onRequest() == Action::Send);
    CHECK(gate.onRequest() == Action::Wait);
    CHECK(gate.onAnswer(0) == Release::FailAll); // unreachable: every tile says so together
    CHECK(gate.state() == State::Unknown);
    CHECK(gate.onRequest() == Action::Send);
    CHECK(gate.onRequest() == Action::Wait);
    CHECK(gate.onAnswer(429) == Release::FailAll);
    CHECK(gate.onRequest() == Action::Send);
    CHECK(gate.onAnswer(200) == Release::SendAll);
}

TEST_CASE("PasswordGate: a 401 after acceptance refuses from then on", "[unit][recording]")
{
    PasswordGate gate;
    CHECK(gate.onRequest() == Action::Send);
    CHECK(gate.onAnswer(200) == Release::SendAll);
    CHECK(gate.onRequest() == Action::Send);
    CHECK(gate.onAnswer(401) == Release::None);
    CHECK(gate.onRequest() == Action::Refuse);
}
