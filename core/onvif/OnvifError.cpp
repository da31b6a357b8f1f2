#include "core/onvif/OnvifError.h"

#include <QCoreApplication>

namespace pantau::onvif {

namespace {
struct OnvifErrorTr
{
    Q_DECLARE_TR_FUNCTIONS(OnvifError)
};
} // namespace

QString OnvifError::text() const
{
    QString base;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Timeout:
        base = OnvifErrorTr::tr("The camera did not answer within %L1 s.").arg(timeoutMs / 1000.0, 0, 'f', 1);
        break;
    case Kind::AuthFailed:
        base = OnvifErrorTr::tr("Authentication failed: check the username and password.");
        break;
    case Kind::Network:
        base = OnvifErrorTr::tr("The camera cannot be reached.");
        break;
    case Kind::Http:
        base = OnvifErrorTr::tr("The camera answered with an HTTP error.");
        break;
    case Kind::Fault:
        base = OnvifErrorTr::tr("The camera refused the request.");
        break;
    case Kind::Malformed:
        base = OnvifErrorTr::tr("The camera's reply is not valid ONVIF.");
        break;
    case Kind::TooLarge:
        base = OnvifErrorTr::tr("The camera's reply is too large and was rejected.");
        break;
    case Kind::Unsafe:
        base = OnvifErrorTr::tr(
            "The camera's reply contains a document type declaration, which Pantau refuses for safety.");
        break;
    case Kind::NotSupported:
        base = OnvifErrorTr::tr("The camera does not offer this ONVIF service.");
        break;
    case Kind::InvalidInput:
        base = OnvifErrorTr::tr("The address is not a valid camera address.");
        break;
    }
    return detail.isEmpty() ? base : OnvifErrorTr::tr("%1 (%2)").arg(base, detail);
}

} // namespace pantau::onvif
