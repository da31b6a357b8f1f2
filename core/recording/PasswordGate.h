#pragma once
// Whether a request to a recorder may go out now, decided from what the recorder said of the
// password so far. A wall window asks a recorder many things at once (ranges and segments of
// every tile); with a wrong password each would count as a failed login, and the recorder blocks
// the PC after five (AuthFailureLimiter): the operator would read "refuses logins for a while"
// instead of "refused the password", and a corrected password would wait out the block. So until
// the recorder has accepted the password, one request goes out and the others wait for its
// answer; once it refused, nothing goes out until the password changes (reset()). When the
// recorder gave no answer, or blocks this PC for now, the waiting requests get the same answer
// at once (every tile says "cannot be reached" together) and the next request asks again.
// A pure rule: RecorderClient keeps the waiting requests and acts on what it says.
// Threads: one at a time (RecorderClient's owner thread).

namespace pantau::recording {

class PasswordGate
{
public:
    enum class State { Unknown, Asking, Accepted, Refused };
    enum class Action { Send, Wait, Refuse };
    // What the caller does with the waiting requests after an answer: nothing, send them all, or
    // fail them all with this answer's error.
    enum class Release { None, SendAll, FailAll };

    // A new request: send it, keep it until the answer in flight, or refuse it at once.
    Action onRequest();
    // The recorder answered a request sent with Send: `httpStatus` 0 when no HTTP answer came
    // (unreachable, timed out). 401 refuses the password; 429 (blocked for now) and no answer
    // say nothing of it, and the next request asks again; any other status accepts it.
    Release onAnswer(int httpStatus);
    // Another recorder or password: nothing is known of it.
    void reset() { m_state = State::Unknown; }

    State state() const { return m_state; }

private:
    State m_state = State::Unknown;
};

} // namespace pantau::recording
