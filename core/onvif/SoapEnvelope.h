#pragma once
// SOAP 1.2 envelopes for ONVIF requests, with the WS-Security UsernameToken (PasswordDigest) that
// ONVIF devices expect, and the reading of replies and faults (SOAP 1.2 and 1.1).
// Pure functions (any thread).
#include "core/onvif/OnvifError.h"
#include "core/onvif/XmlElement.h"

#include <QDateTime>

#include <optional>

namespace pantau::onvif {

namespace ns {
inline constexpr auto kDevice = "http://www.onvif.org/ver10/device/wsdl";
inline constexpr auto kMedia = "http://www.onvif.org/ver10/media/wsdl";
inline constexpr auto kMedia2 = "http://www.onvif.org/ver20/media/wsdl";
inline constexpr auto kPtz = "http://www.onvif.org/ver20/ptz/wsdl";
inline constexpr auto kSchema = "http://www.onvif.org/ver10/schema";
} // namespace ns

struct UsernameToken
{
    QString username;
    QString passwordDigest; // Base64(SHA-1(nonce + created + password))
    QByteArray nonce;       // raw bytes; sent Base64-encoded
    QString created;        // xsd:dateTime in UTC, in the device's clock
};

// Digest as WS-Security UsernameToken Profile 1.0 defines it.
QString passwordDigest(const QByteArray &nonce, const QString &created, const QString &password);
// A fresh token: 16 random bytes of nonce, `created` = now + the device's clock offset.
UsernameToken makeUsernameToken(const QString &username, const QString &password, qint64 clockOffsetMs);
QString xsdDateTime(const QDateTime &utc);

// `bodyXml` is the request element with its own xmlns (e.g. <GetProfiles xmlns="..."/>).
QByteArray soapEnvelope(const QString &bodyXml, const std::optional<UsernameToken> &token);

struct SoapResponse
{
    OnvifError error;
    XmlElement body; // the first element inside soap:Body when there is no error
};
// The camera's clock minus ours, from a GetSystemDateAndTimeResponse body; nullopt when the reply
// has no valid UTCDateTime. Used for the digest's Created time.
std::optional<qint64> clockOffsetMs(const XmlElement &getSystemDateAndTimeResponse);

// Reads a reply body. `httpStatus` 0 means no HTTP status was received.
SoapResponse readSoapResponse(const QByteArray &bytes, int httpStatus, qint64 maxBytes);

} // namespace pantau::onvif
