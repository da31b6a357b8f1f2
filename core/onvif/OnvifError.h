#pragma once
// Why an ONVIF or WS-Discovery exchange failed, with a translated text for the operator.
// Plain value type (any thread; text() translates in the current UI language).
#include <QString>

namespace pantau::onvif {

struct OnvifError
{
    enum class Kind {
        None,
        Timeout,      // no complete answer within the bound
        AuthFailed,   // 401, ter:NotAuthorized, or digest rejected
        Network,      // connection refused, host unreachable, ...
        Http,         // an HTTP status without a SOAP fault
        Fault,        // a SOAP fault other than authentication
        Malformed,    // not XML, not SOAP, or missing what the standard requires
        TooLarge,     // reply above the size cap
        Unsafe,       // document type declaration / entities: refused
        NotSupported, // the device does not offer the service or operation
        InvalidInput, // the address the user typed is not usable
    };
    Kind kind = Kind::None;
    QString detail;    // fault reason, HTTP status, a translated network reason: shown after the explanation
    QString technical; // Qt's own (English) text, for the log only: never shown to the operator
    int timeoutMs = 0;

    bool isError() const { return kind != Kind::None; }
    QString text() const;

    static OnvifError make(Kind kind, const QString &detail = {})
    {
        OnvifError e;
        e.kind = kind;
        e.detail = detail;
        return e;
    }
};

} // namespace pantau::onvif
