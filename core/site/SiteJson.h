#pragma once
// JSON codecs for the site file. Readers are strict: a wrong type or a missing field is an error
// with a translated reason, never a half-read site.
#include "core/site/Site.h"

#include <QJsonObject>
#include <QSet>

#include <optional>

namespace pantau::json {

QJsonObject toJson(const Camera &camera);
QJsonObject toJson(const Layout &layout);
QJsonObject toJson(const Site &site);

std::optional<Camera> cameraFromJson(const QJsonValue &value, QString *error);
std::optional<Layout> layoutFromJson(const QJsonValue &value, QString *error);
// A camera entry cameraFromJson() refused, kept as it was written with the reason: listed and
// shown (not played), written back unchanged. Its id is the entry's own unless it has none or an
// earlier camera has it (usedIds); then one for this run, never written, outside reservedIds too.
Camera invalidCamera(const QJsonValue &value, const QString &reason, int index, const QSet<QString> &usedIds,
                     const QSet<QString> &reservedIds);
// Strict for the file's frame (format, version, layouts, wall); a camera entry that cannot be
// read is kept as an invalid camera (invalidCamera()), not a reason to refuse the site.
std::optional<Site> siteFromJson(const QJsonValue &value, QString *error);

} // namespace pantau::json
