#include "core/recording/PasswordGate.h"

namespace pantau::recording {

PasswordGate::Action PasswordGate::onRequest()
{
    switch (m_state) {
    case State::Unknown:
        m_state = State::Asking;
        return Action::Send;
    case State::Asking:
        return Action::Wait;
    case State::Accepted:
        return Action::Send;
    case State::Refused:
        return Action::Refuse;
    }
    return Action::Send;
}

PasswordGate::Release PasswordGate::onAnswer(int httpStatus)
{
    if (m_state == State::Accepted || m_state == State::Refused) {
        // An answer to a request sent before the state was known: a 401 still refuses (the
        // password may have changed on the recorder), anything else changes nothing.
        if (httpStatus == 401)
            m_state = State::Refused;
        return Release::None;
    }
    if (m_state != State::Asking) // not the asking request's answer (the caller ignores those)
        return Release::None;
    if (httpStatus == 401) {
        m_state = State::Refused;
        return Release::FailAll;
    }
    if (httpStatus == 0 || httpStatus == 429) {
        m_state = State::Unknown; // the next request asks again
        return Release::FailAll;
    }
    m_state = State::Accepted;
    return Release::SendAll;
}

} // namespace pantau::recording
