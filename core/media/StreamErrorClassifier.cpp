#include "core/media/StreamErrorClassifier.h"

namespace pantau::media {

StreamErrorClass StreamErrorClassifier::classify(ErrorDomain domain, int code, const QString &message)
{
    using namespace errorcode;
    StreamState state = StreamState::Offline;
    if (domain == ErrorDomain::Resource && code == ResourceNotAuthorized)
        state = StreamState::AuthFailed;
    else if ((domain == ErrorDomain::Core && code == CoreMissingPlugin) ||
             (domain == ErrorDomain::Stream && (code == StreamCodecNotFound || code == StreamWrongType)))
        state = StreamState::Error;
    else if (domain == ErrorDomain::Resource && code == ResourceNotFound)
        state = StreamState::Error;
    return {state, message, explain(domain, code)};
}

QString StreamErrorClassifier::explain(ErrorDomain domain, int code)
{
    using namespace errorcode;
    switch (domain) {
    case ErrorDomain::Resource:
        switch (code) {
        case ResourceNotAuthorized:
            return tr("the camera refused the username or password");
        case ResourceNotFound:
            return tr("the camera has no stream at this address");
        case ResourceOpenRead:
        case ResourceOpenReadWrite:
        case ResourceBusy:
            return tr("the camera cannot be reached");
        case ResourceRead:
            return tr("the connection to the camera broke off");
        case ResourceSettings:
            return tr("the camera refused the stream settings");
        default:
            return tr("the connection to the camera failed");
        }
    case ErrorDomain::Core:
        if (code == CoreMissingPlugin)
            return tr("a GStreamer plug-in this stream needs is not installed");
        if (code == CoreNegotiation)
            return tr("the video format could not be agreed");
        return tr("the video player failed");
    case ErrorDomain::Stream:
        switch (code) {
        case StreamCodecNotFound:
            return tr("no decoder is installed for this video format");
        case StreamWrongType:
        case StreamTypeNotFound:
            return tr("the stream is not video Pantau can play");
        case StreamDecode:
            return tr("the video could not be decoded");
        default:
            return tr("the stream failed");
        }
    case ErrorDomain::Library:
    case ErrorDomain::Other:
        break;
    }
    return tr("the video player failed");
}

} // namespace pantau::media
