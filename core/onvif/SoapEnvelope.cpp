#include "core/onvif/SoapEnvelope.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTimeZone>

namespace pantau::onvif {

namespace {
struct SoapEnvelopeTr
{
    Q_DECLARE_TR_FUNCTIONS(SoapEnvelope)
};
} // namespace

QString passwordDigest(const QByteArray &nonce, const QString &created, const QString &password)
{
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    sha1.addData(nonce);
    sha1.addData(created.toUtf8());
    sha1.addData(password.toUtf8());
    return QString::fromLatin1(sha1.result().toBase64());
}

std::optional<qint64> clockOffsetMs(const XmlElement &response)
{
    const XmlElement *utc = response.find({u"SystemDateAndTime", u"UTCDateTime"});
    if (!utc)
        return std::nullopt;
    auto number = [utc](std::initializer_list<QStringView> path) { return utc->textAt(path).toInt(); };
    const QDate date(number({u"Date", u"Year"}), number({u"Date", u"Month"}), number({u"Date", u"Day"}));
    const QTime time(number({u"Time", u"Hour"}), number({u"Time", u"Minute"}), number({u"Time", u"Second"}));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime::currentDateTimeUtc().msecsTo(QDateTime(date, time, QTimeZone::utc()));
}

QString xsdDateTime(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

UsernameToken makeUsernameToken(const QString &username, const QString &password, qint64 clockOffsetMs)
{
    UsernameToken t;
    t.username = username;
    t.nonce.resize(16);
    QRandomGenerator::system()->generate(t.nonce.begin(), t.nonce.end());
    t.created = xsdDateTime(QDateTime::currentDateTimeUtc().addMSecs(clockOffsetMs));
    t.passwordDigest = passwordDigest(t.nonce, t.created, password);
    return t;
}

QByteArray soapEnvelope(const QString &bodyXml, const std::optional<UsernameToken> &token)
{
    QString header;
    if (token) {
        header =
            QStringLiteral("<s:Header><wsse:Security s:mustUnderstand=\"1\" "
                           "xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/"
                           "oasis-200401-wss-wssecurity-secext-1.0.xsd\" "
                           "xmlns:wsu=\"http://docs.oasis-open.org/wss/2004/01/"
                           "oasis-200401-wss-wssecurity-utility-1.0.xsd\">"
                           "<wsse:UsernameToken><wsse:Username>%1</wsse:Username>"
                           "<wsse:Password Type=\"http://docs.oasis-open.org/wss/2004/01/"
                           "oasis-200401-wss-username-token-profile-1.0#PasswordDigest\">%2</wsse:Password>"
                           "<wsse:Nonce EncodingType=\"http://docs.oasis-open.org/wss/2004/01/"
                           "oasis-200401-wss-soap-message-security-1.0#Base64Binary\">%3</wsse:Nonce>"
                           "<wsu:Created>%4</wsu:Created></wsse:UsernameToken></wsse:Security></s:Header>")
                .arg(xmlEscape(token->username), token->passwordDigest,
                     QString::fromLatin1(token->nonce.toBase64()), token->created);
    }
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
               "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\">%1<s:Body>%2</s:Body>"
               "</s:Envelope>")
        .arg(header, bodyXml)
        .toUtf8();
}

namespace {
// Fault codes are QNames ("ter:NotAuthorized"); compare their local part.
QString localPart(const QString &qname)
{
    const int colon = qname.lastIndexOf(QLatin1Char(':'));
    return colon < 0 ? qname : qname.mid(colon + 1);
}

OnvifError faultError(const XmlElement &fault)
{
    QStringList codes;
    QString reason;
    if (const XmlElement *code = fault.child(u"Code")) { // SOAP 1.2, subcodes nest
        for (const XmlElement *c = code; c; c = c->child(u"Subcode"))
            codes << localPart(c->textAt({u"Value"}));
        if (const XmlElement *r = fault.child(u"Reason"))
            reason = r->textAt({u"Text"});
    } else { // SOAP 1.1
        codes << localPart(fault.textAt({u"faultcode"}));
        reason = fault.textAt({u"faultstring"});
    }
    for (const QString &c : codes) {
        if (c == QLatin1String("NotAuthorized") || c == QLatin1String("FailedAuthentication") ||
            c == QLatin1String("InvalidSecurityToken") || c == QLatin1String("InvalidSecurity"))
            return OnvifError::make(OnvifError::Kind::AuthFailed);
        if (c == QLatin1String("ActionNotSupported") || c == QLatin1String("ActionNotImplemented"))
            return OnvifError::make(OnvifError::Kind::NotSupported, reason);
    }
    codes.removeAll(QString());
    const QString detail = reason.isEmpty() ? codes.join(QLatin1Char('/')) : reason.left(200);
    return OnvifError::make(OnvifError::Kind::Fault, detail);
}
} // namespace

SoapResponse readSoapResponse(const QByteArray &bytes, int httpStatus, qint64 maxBytes)
{
    SoapResponse out;
    if (bytes.trimmed().isEmpty()) {
        if (httpStatus == 401)
            out.error = OnvifError::make(OnvifError::Kind::AuthFailed);
        else if (httpStatus != 200)
            out.error = OnvifError::make(OnvifError::Kind::Http, QStringLiteral("HTTP %1").arg(httpStatus));
        else
            out.error = OnvifError::make(OnvifError::Kind::Malformed, SoapEnvelopeTr::tr("empty reply"));
        return out;
    }
    XmlLimits limits;
    limits.maxBytes = maxBytes;
    XmlParseResult parsed = parseXml(bytes, limits);
    const bool soapLooking = parsed.root && parsed.root->name == QLatin1String("Envelope");
    if (!soapLooking && httpStatus != 200 && httpStatus != 0) {
        out.error = httpStatus == 401
                        ? OnvifError::make(OnvifError::Kind::AuthFailed)
                        : OnvifError::make(OnvifError::Kind::Http, QStringLiteral("HTTP %1").arg(httpStatus));
        return out;
    }
    switch (parsed.problem) {
    case XmlProblem::None:
        break;
    case XmlProblem::TooLarge:
        out.error = OnvifError::make(OnvifError::Kind::TooLarge);
        return out;
    case XmlProblem::DocumentType:
        out.error = OnvifError::make(OnvifError::Kind::Unsafe);
        return out;
    case XmlProblem::Malformed:
    case XmlProblem::TooDeep:
    case XmlProblem::TooManyElements:
        out.error = OnvifError::make(OnvifError::Kind::Malformed, SoapEnvelopeTr::tr("not well-formed XML"));
        out.error.technical = parsed.detail.left(200); // the XML reader's English text
        return out;
    }
    const XmlElement *body = soapLooking ? parsed.root->child(u"Body") : nullptr;
    if (!body || body->children.isEmpty()) {
        out.error = OnvifError::make(OnvifError::Kind::Malformed, SoapEnvelopeTr::tr("no SOAP body"));
        return out;
    }
    const XmlElement &first = body->children.first();
    if (first.name == QLatin1String("Fault")) {
        out.error = faultError(first);
        return out;
    }
    out.body = first;
    return out;
}

} // namespace pantau::onvif
