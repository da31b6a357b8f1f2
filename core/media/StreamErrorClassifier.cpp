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
    return {state, message};
}

} // namespace pantau::media
