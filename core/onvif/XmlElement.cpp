#include "core/onvif/XmlElement.h"

#include <QXmlStreamReader>

namespace pantau::onvif {

const XmlElement *XmlElement::child(QStringView localName) const
{
    for (const XmlElement &c : children)
        if (c.name == localName)
            return &c;
    return nullptr;
}

QVector<const XmlElement *> XmlElement::childrenNamed(QStringView localName) const
{
    QVector<const XmlElement *> out;
    for (const XmlElement &c : children)
        if (c.name == localName)
            out.push_back(&c);
    return out;
}

const XmlElement *XmlElement::find(std::initializer_list<QStringView> path) const
{
    const XmlElement *e = this;
    for (QStringView part : path) {
        e = e->child(part);
        if (!e)
            return nullptr;
    }
    return e;
}

QString XmlElement::textAt(std::initializer_list<QStringView> path) const
{
    const XmlElement *e = find(path);
    return e ? e->text : QString();
}

const XmlElement *XmlElement::descendant(QStringView localName) const
{
    for (const XmlElement &c : children) {
        if (c.name == localName)
            return &c;
        if (const XmlElement *d = c.descendant(localName))
            return d;
    }
    return nullptr;
}

QString XmlElement::attribute(QStringView localName) const
{
    for (const auto &a : attributes)
        if (a.first == localName)
            return a.second;
    return {};
}

XmlParseResult parseXml(const QByteArray &bytes, const XmlLimits &limits)
{
    XmlParseResult result;
    if (bytes.size() > limits.maxBytes) {
        result.problem = XmlProblem::TooLarge;
        return result;
    }
    QXmlStreamReader reader(bytes);
    QVector<XmlElement> stack; // open elements; the finished root ends up in result.root
    int elements = 0;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
            result.problem = XmlProblem::DocumentType;
            return result;
        case QXmlStreamReader::EntityReference:
            // Only reported for entities a DTD declared; there is no DTD, so this is junk.
            result.problem = XmlProblem::DocumentType;
            return result;
        case QXmlStreamReader::StartElement: {
            if (stack.size() >= limits.maxDepth) {
                result.problem = XmlProblem::TooDeep;
                return result;
            }
            if (++elements > limits.maxElements) {
                result.problem = XmlProblem::TooManyElements;
                return result;
            }
            XmlElement e;
            e.namespaceUri = reader.namespaceUri().toString();
            e.name = reader.name().toString();
            for (const QXmlStreamAttribute &a : reader.attributes())
                e.attributes.push_back({a.name().toString(), a.value().toString()});
            stack.push_back(std::move(e));
            break;
        }
        case QXmlStreamReader::Characters:
            if (!stack.isEmpty())
                stack.last().text += reader.text();
            break;
        case QXmlStreamReader::EndElement: {
            XmlElement done = std::move(stack.last());
            stack.removeLast();
            done.text = done.text.trimmed();
            if (stack.isEmpty())
                result.root = std::move(done);
            else
                stack.last().children.push_back(std::move(done));
            break;
        }
        default:
            break;
        }
    }
    if (reader.hasError() || !result.root) {
        result.root.reset();
        result.problem = XmlProblem::Malformed;
        result.detail = reader.hasError() ? reader.errorString() : QStringLiteral("no root element");
    }
    return result;
}

QString xmlEscape(const QString &text)
{
    QString out = text.toHtmlEscaped(); // & < > "
    out.replace(QLatin1Char('\''), QLatin1String("&apos;"));
    return out;
}

} // namespace pantau::onvif
