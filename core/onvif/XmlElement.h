#pragma once
// A small, safe XML tree for the replies of cameras (SOAP, WS-Discovery). Built with
// QXmlStreamReader, which never fetches external entities; on top of that a document type
// declaration is refused outright, and size, depth and element count are capped, so a hostile or
// broken camera cannot make Pantau read a local file, expand entities or eat memory.
// Elements are matched by local name: vendors use every prefix imaginable for the same namespace.
// Plain value type (any thread).
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <initializer_list>
#include <optional>

namespace pantau::onvif {

struct XmlElement
{
    QString namespaceUri;
    QString name; // local name
    QString text; // concatenated character data directly inside this element, trimmed
    QVector<QPair<QString, QString>> attributes; // local name -> value
    QVector<XmlElement> children;

    const XmlElement *child(QStringView localName) const;
    QVector<const XmlElement *> childrenNamed(QStringView localName) const;
    // Follows a path of local names from this element ("Resolution", "Width").
    const XmlElement *find(std::initializer_list<QStringView> path) const;
    QString textAt(std::initializer_list<QStringView> path) const;
    // Depth-first search for the first descendant with this local name (this element excluded).
    const XmlElement *descendant(QStringView localName) const;
    QString attribute(QStringView localName) const;
};

struct XmlLimits
{
    qint64 maxBytes = 1024 * 1024;
    int maxDepth = 64;
    int maxElements = 50000;
};

enum class XmlProblem { None, TooLarge, DocumentType, Malformed, TooDeep, TooManyElements };

struct XmlParseResult
{
    std::optional<XmlElement> root;
    XmlProblem problem = XmlProblem::None;
    QString detail; // parser message for logs and error texts (English, from Qt)
};

XmlParseResult parseXml(const QByteArray &bytes, const XmlLimits &limits = {});

// Escapes text for use inside XML element content or attribute values.
QString xmlEscape(const QString &text);

} // namespace pantau::onvif
