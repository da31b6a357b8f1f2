#include "core/i18n/ErrorReason.h"

#include <QCoreApplication>

namespace pantau {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ErrorReason)
};
} // namespace

QString ErrorReason::network(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::ConnectionRefusedError:
        return Tr::tr("the connection was refused");
    case QNetworkReply::RemoteHostClosedError:
        return Tr::tr("the camera closed the connection");
    case QNetworkReply::HostNotFoundError:
        return Tr::tr("the address was not found");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return Tr::tr("the connection timed out");
    case QNetworkReply::SslHandshakeFailedError:
        return Tr::tr("the secure connection failed");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return Tr::tr("the network is not available");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return Tr::tr("the proxy server failed");
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
        return Tr::tr("the camera does not speak the expected protocol");
    default:
        return Tr::tr("network error %1").arg(int(error));
    }
}

QString ErrorReason::json(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::NoError:
        return {};
    case QJsonParseError::UnterminatedObject:
        return Tr::tr("an object is not closed");
    case QJsonParseError::UnterminatedArray:
        return Tr::tr("a list is not closed");
    case QJsonParseError::UnterminatedString:
        return Tr::tr("a text is not closed");
    case QJsonParseError::MissingNameSeparator:
    case QJsonParseError::MissingValueSeparator:
    case QJsonParseError::MissingObject:
        return Tr::tr("a separator is missing");
    case QJsonParseError::IllegalValue:
    case QJsonParseError::IllegalNumber:
    case QJsonParseError::TerminationByNumber:
        return Tr::tr("a value is not valid");
    case QJsonParseError::IllegalEscapeSequence:
    case QJsonParseError::IllegalUTF8String:
        return Tr::tr("a text contains invalid characters");
    case QJsonParseError::GarbageAtEnd:
        return Tr::tr("there is extra content after the end");
    case QJsonParseError::DeepNesting:
    case QJsonParseError::DocumentTooLarge:
        return Tr::tr("the document is too large or too deeply nested");
    }
    return Tr::tr("not valid JSON");
}

} // namespace pantau
