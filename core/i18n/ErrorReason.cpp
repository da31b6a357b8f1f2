#include "core/i18n/ErrorReason.h"

#include <QCoreApplication>

namespace pantau {

namespace {
struct ErrorReasonTr
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
        return ErrorReasonTr::tr("the connection was refused");
    case QNetworkReply::RemoteHostClosedError:
        return ErrorReasonTr::tr("the camera closed the connection");
    case QNetworkReply::HostNotFoundError:
        return ErrorReasonTr::tr("the address was not found");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return ErrorReasonTr::tr("the connection timed out");
    case QNetworkReply::SslHandshakeFailedError:
        return ErrorReasonTr::tr("the secure connection failed");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return ErrorReasonTr::tr("the network is not available");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return ErrorReasonTr::tr("the proxy server failed");
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
        return ErrorReasonTr::tr("the camera does not speak the expected protocol");
    default:
        return ErrorReasonTr::tr("network error %1").arg(int(error));
    }
}

QString ErrorReason::json(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::NoError:
        return {};
    case QJsonParseError::UnterminatedObject:
        return ErrorReasonTr::tr("an object is not closed");
    case QJsonParseError::UnterminatedArray:
        return ErrorReasonTr::tr("a list is not closed");
    case QJsonParseError::UnterminatedString:
        return ErrorReasonTr::tr("a text is not closed");
    case QJsonParseError::MissingNameSeparator:
    case QJsonParseError::MissingValueSeparator:
    case QJsonParseError::MissingObject:
        return ErrorReasonTr::tr("a separator is missing");
    case QJsonParseError::IllegalValue:
    case QJsonParseError::IllegalNumber:
    case QJsonParseError::TerminationByNumber:
        return ErrorReasonTr::tr("a value is not valid");
    case QJsonParseError::IllegalEscapeSequence:
    case QJsonParseError::IllegalUTF8String:
        return ErrorReasonTr::tr("a text contains invalid characters");
    case QJsonParseError::GarbageAtEnd:
        return ErrorReasonTr::tr("there is extra content after the end");
    case QJsonParseError::DeepNesting:
    case QJsonParseError::DocumentTooLarge:
        return ErrorReasonTr::tr("the document is too large or too deeply nested");
    }
    return ErrorReasonTr::tr("not valid JSON");
}

} // namespace pantau
