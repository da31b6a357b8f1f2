#pragma once
// A camera's analytics settings (CameraAnalyticsSettings) as a JSON object, for the site file:
// zones and masks as arrays of [x, y] points (normalised), the sensitivity, the minimum object
// size, the method, the schedule as text ("22:00-05:00"). Strict: fromJson() refuses a value of
// the wrong type or out of range and says which. Pure; any thread.
#include "core/analytics/AnalyticsService.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace pantau::analytics {

class AnalyticsSettingsJson
{
public:
    static QJsonObject toJson(const CameraAnalyticsSettings &settings);
    static std::optional<CameraAnalyticsSettings> fromJson(const QJsonObject &json, QString *error = nullptr);
};

} // namespace pantau::analytics
