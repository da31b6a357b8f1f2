#include "core/onvif/OnvifError.h"

#include <QCoreApplication>

namespace pantau::onvif {

namespace {
struct Tr
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
        base = Tr::tr("The camera did not answer within %L1 s.").arg(timeoutMs / 1000.0, 0, 'f', 1);
        break;
    case Kind::AuthFailed:
        base = Tr::tr("Authentication failed: check the username and password.");
        break;
    case Kind::Network:
        base = Tr::tr("The camera cannot be reached.");
        break;
    case Kind::Http:
        base = Tr::tr("The camera answered with an HTTP error.");
        break;
    case Kind::Fault:
        base = Tr::tr("The camera refused the request.");
        break;
    case Kind::Malformed:
        base = Tr::tr("The camera's reply is not valid ONVIF.");
        break;
    case Kind::TooLarge:
        base = Tr::tr("The camera's reply is too large and was rejected.");
        break;
    case Kind::Unsafe:
        base = Tr::tr(
            "The camera's reply contains a document type declaration, which Pantau refuses for safety.");
        break;
    case Kind::NotSupported:
        base = Tr::tr("The camera does not offer this ONVIF service.");
        break;
    case Kind::InvalidInput:
        base = Tr::tr("The address is not a valid camera address.");
        break;
    }
    return detail.isEmpty() ? base : Tr::tr("%1 (%2)").arg(base, detail);
}

} // namespace pantau::onvif
