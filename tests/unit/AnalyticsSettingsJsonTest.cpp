// analytics::AnalyticsSettingsJson: a camera's analytics settings in the site file, read back the
// same, and refused (with the reason) when a value is wrong.
#include "core/analytics/AnalyticsSettingsJson.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using pantau::analytics::AnalyticsSettingsJson;
using pantau::analytics::CameraAnalyticsSettings;
using pantau::analytics::MotionSettings;

TEST_CASE("A camera's analytics settings read back from JSON unchanged")
{
    CameraAnalyticsSettings settings;
    settings.tamperEnabled = false;
    settings.motion.method = MotionSettings::Method::Mog2;
    settings.motion.sensitivity = 72;
    settings.motion.minObjectFraction = 0.01;
    settings.motion.zones.append(QPolygonF({QPointF(0.1, 0.1), QPointF(0.9, 0.1), QPointF(0.5, 0.8)}));
    settings.motion.masks.append(QPolygonF(QRectF(0.0, 0.0, 0.2, 0.2)));
    REQUIRE(settings.schedule.parse(QStringLiteral("22:00-05:00")));
    QString error;
    const auto back = AnalyticsSettingsJson::fromJson(AnalyticsSettingsJson::toJson(settings), &error);
    INFO(error.toStdString());
    REQUIRE(back);
    CHECK(*back == settings);
}

TEST_CASE("Empty JSON gives the default analytics settings")
{
    const auto settings = AnalyticsSettingsJson::fromJson(QJsonObject());
    REQUIRE(settings);
    CHECK(*settings == CameraAnalyticsSettings());
}

TEST_CASE("Analytics settings with a zone point outside the picture are refused with the reason")
{
    QJsonObject json;
    json[QStringLiteral("zones")] =
        QJsonArray{QJsonArray{QJsonArray{0.1, 0.1}, QJsonArray{1.5, 0.1}, QJsonArray{0.5, 0.5}}};
    QString error;
    CHECK_FALSE(AnalyticsSettingsJson::fromJson(json, &error));
    CHECK(error.contains(QStringLiteral("zones")));
}

TEST_CASE("Analytics settings with a sensitivity out of range are refused")
{
    QJsonObject json;
    json[QStringLiteral("sensitivity")] = 250;
    CHECK_FALSE(AnalyticsSettingsJson::fromJson(json));
}
