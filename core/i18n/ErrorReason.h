#pragma once
// The operator's words for a technical error: Qt's network and JSON error codes become a short
// reason in the UI language ("sambungan ditolak"), never Qt's English text, which goes to the log.
// Pure; any thread (the texts are translated when called, in the current UI language).
#include <QJsonParseError>
#include <QNetworkReply>
#include <QString>

namespace pantau {

class ErrorReason
{
public:
    // Why a network request failed, e.g. "the connection was refused".
    static QString network(QNetworkReply::NetworkError error);
    // What is wrong in a JSON document, e.g. "an object is not closed".
    static QString json(QJsonParseError::ParseError error);
};

} // namespace pantau
