#include "core/analytics/AnalyticsSettingsJson.h"

#include <QJsonArray>

namespace pantau::analytics {

namespace {
QJsonArray polygonsToJson(const QList<QPolygonF> &polygons)
{
    QJsonArray out;
    for (const QPolygonF &polygon : polygons) {
        QJsonArray points;
        for (const QPointF &p : polygon)
            points.append(QJsonArray{p.x(), p.y()});
        out.append(points);
    }
    return out;
}

bool polygonsFromJson(const QJsonValue &value, QList<QPolygonF> &out)
{
    if (value.isUndefined())
        return true;
    if (!value.isArray())
        return false;
    for (const QJsonValue &polygonValue : value.toArray()) {
        if (!polygonValue.isArray())
            return false;
        QPolygonF polygon;
        for (const QJsonValue &pointValue : polygonValue.toArray()) {
            const QJsonArray point = pointValue.toArray();
            if (point.size() != 2 || !point[0].isDouble() || !point[1].isDouble())
                return false;
            const double x = point[0].toDouble(), y = point[1].toDouble();
            if (x < 0 || x > 1 || y < 0 || y > 1)
                return false;
            polygon.append(QPointF(x, y));
        }
        if (polygon.size() < 3)
            return false;
        out.append(polygon);
    }
    return true;
}
} // namespace

QJsonObject AnalyticsSettingsJson::toJson(const CameraAnalyticsSettings &s)
{
    QJsonObject o;
    o[QStringLiteral("motion")] = s.motionEnabled;
    o[QStringLiteral("tamper")] = s.tamperEnabled;
    o[QStringLiteral("method")] =
        s.motion.method == MotionSettings::Method::Mog2 ? QStringLiteral("mog2") : QStringLiteral("average");
    o[QStringLiteral("sensitivity")] = s.motion.sensitivity;
    o[QStringLiteral("minObjectFraction")] = s.motion.minObjectFraction;
    o[QStringLiteral("zones")] = polygonsToJson(s.motion.zones);
    o[QStringLiteral("masks")] = polygonsToJson(s.motion.masks);
    o[QStringLiteral("schedule")] = s.schedule.toText();
    return o;
}

std::optional<CameraAnalyticsSettings> AnalyticsSettingsJson::fromJson(const QJsonObject &o, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<CameraAnalyticsSettings> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    CameraAnalyticsSettings s;
    for (const auto &[key, target] : {std::pair{QStringLiteral("motion"), &s.motionEnabled},
                                      std::pair{QStringLiteral("tamper"), &s.tamperEnabled}}) {
        const QJsonValue v = o.value(key);
        if (!v.isUndefined() && !v.isBool())
            return fail(QStringLiteral("\"%1\" is not true or false").arg(key));
        *target = v.toBool(*target);
    }
    const QString method = o.value(QStringLiteral("method")).toString(QStringLiteral("average"));
    if (method == QStringLiteral("mog2"))
        s.motion.method = MotionSettings::Method::Mog2;
    else if (method != QStringLiteral("average"))
        return fail(QStringLiteral("unknown method \"%1\"").arg(method));
    const QJsonValue sensitivity = o.value(QStringLiteral("sensitivity"));
    if (!sensitivity.isUndefined()) {
        if (!sensitivity.isDouble() || sensitivity.toDouble() < 1 || sensitivity.toDouble() > 100)
            return fail(QStringLiteral("\"sensitivity\" is not a number from 1 to 100"));
        s.motion.sensitivity = sensitivity.toInt();
    }
    const QJsonValue minObject = o.value(QStringLiteral("minObjectFraction"));
    if (!minObject.isUndefined()) {
        if (!minObject.isDouble() || minObject.toDouble() < 0 || minObject.toDouble() > 1)
            return fail(QStringLiteral("\"minObjectFraction\" is not a number from 0 to 1"));
        s.motion.minObjectFraction = minObject.toDouble();
    }
    if (!polygonsFromJson(o.value(QStringLiteral("zones")), s.motion.zones))
        return fail(QStringLiteral("\"zones\" is not a list of polygons of at least 3 points in 0..1"));
    if (!polygonsFromJson(o.value(QStringLiteral("masks")), s.motion.masks))
        return fail(QStringLiteral("\"masks\" is not a list of polygons of at least 3 points in 0..1"));
    const QJsonValue schedule = o.value(QStringLiteral("schedule"));
    if (!schedule.isUndefined() && (!schedule.isString() || !s.schedule.parse(schedule.toString())))
        return fail(QStringLiteral("\"schedule\" is not like \"22:00-05:00\""));
    return s;
}

} // namespace pantau::analytics
