#include "core/analytics/StoredAnalyticsSettings.h"

#include "core/analytics/AnalyticsSettingsJson.h"

namespace pantau::analytics {

namespace {
CameraAnalyticsSettings defaults()
{
    CameraAnalyticsSettings s;
    s.motionEnabled = false;
    return s;
}
} // namespace

StoredAnalyticsSettings::Read StoredAnalyticsSettings::read(const Camera &camera)
{
    if (camera.analytics.isUndefined() || camera.analytics.isNull())
        return {defaults(), {}};
    if (!camera.analytics.isObject())
        return {defaults(), QStringLiteral("\"analytics\" is not an object")};
    QString error;
    if (const auto settings = AnalyticsSettingsJson::fromJson(camera.analytics.toObject(), &error))
        return {*settings, {}};
    return {defaults(), error};
}

Camera StoredAnalyticsSettings::withSettings(Camera camera, const CameraAnalyticsSettings &settings)
{
    camera.analytics = AnalyticsSettingsJson::toJson(settings);
    return camera;
}

CameraAnalyticsSettings StoredAnalyticsSettings::effective(const CameraAnalyticsSettings &stored)
{
    CameraAnalyticsSettings s = stored;
    s.motionEnabled = stored.motionEnabled && !stored.motion.zones.isEmpty();
    return s;
}

} // namespace pantau::analytics
