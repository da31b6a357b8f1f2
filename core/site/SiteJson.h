#pragma once
// JSON codecs for the site file. Readers are strict: a wrong type or a missing field is an error
// with a translated reason, never a half-read site.
#include "core/site/Site.h"

#include <QJsonObject>

#include <optional>

namespace pantau::json {

QJsonObject toJson(const Camera &camera);
QJsonObject toJson(const Layout &layout);
QJsonObject toJson(const Site &site);

std::optional<Camera> cameraFromJson(const QJsonValue &value, QString *error);
std::optional<Layout> layoutFromJson(const QJsonValue &value, QString *error);
std::optional<Site> siteFromJson(const QJsonValue &value, QString *error);

} // namespace pantau::json
