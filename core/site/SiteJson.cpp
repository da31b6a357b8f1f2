#include "core/site/SiteJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <cmath>
#include <limits>

namespace pantau::json {

namespace {
struct SiteJsonTr
{
    Q_DECLARE_TR_FUNCTIONS(SiteFile)
};

constexpr auto kFormatTag = "pantau-site";

// Small strict readers: each returns false and sets `error` when the field has the wrong type.
bool readString(const QJsonObject &o, const char *key, QString &out, QString *error, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() && !required)
        return true;
    if (!v.isString()) {
        if (error)
            *error = SiteJsonTr::tr("Field \"%1\" must be text.").arg(QLatin1String(key));
        return false;
    }
    out = v.toString();
    return true;
}

bool readInt(const QJsonObject &o, const char *key, int &out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    const double d = v.toDouble();
    // Range first: converting a double outside int's range is undefined behaviour (the fuzzer
    // found 5.6e53 in a layout's "rows").
    if (!v.isDouble() ||
        !(d >= double(std::numeric_limits<int>::min()) && d <= double(std::numeric_limits<int>::max())) ||
        d != std::trunc(d)) {
        if (error)
            *error = SiteJsonTr::tr("Field \"%1\" must be a whole number.").arg(QLatin1String(key));
        return false;
    }
    out = v.toInt();
    return true;
}

bool readStringList(const QJsonObject &o, const char *key, QStringList &out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isArray()) {
        if (error)
            *error = SiteJsonTr::tr("Field \"%1\" must be a list of text.").arg(QLatin1String(key));
        return false;
    }
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString()) {
            if (error)
                *error = SiteJsonTr::tr("Field \"%1\" must be a list of text.").arg(QLatin1String(key));
            return false;
        }
        out.push_back(item.toString());
    }
    return true;
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.push_back(s);
    return a;
}
} // namespace

QJsonObject toJson(const Camera &c)
{
    if (!c.isValid()) // never read: written back exactly as it was found
        return c.asWritten.toObject();
    QJsonObject o{{"id", c.id}, {"name", c.name}, {"enabled", c.enabled}};
    if (!c.area.isEmpty())
        o["area"] = toArray(c.area);
    if (!c.owner.isEmpty())
        o["owner"] = c.owner;
    // Never a password in clear: one typed into a URL is dropped here.
    if (!c.mainStreamUrl.isEmpty())
        o["mainStream"] = c.mainStreamUrl.toString(QUrl::RemovePassword);
    if (!c.subStreamUrl.isEmpty())
        o["subStream"] = c.subStreamUrl.toString(QUrl::RemovePassword);
    if (!c.username.isEmpty())
        o["username"] = c.username; // the password is kept out of the site file on purpose
    if (!c.tags.isEmpty())
        o["tags"] = toArray(c.tags);
    if (c.hasLocation)
        o["location"] = QJsonObject{{"latitude", c.latitude}, {"longitude", c.longitude}};
    if (!c.onvifUrl.isEmpty())
        o["onvif"] = c.onvifUrl.toString(QUrl::RemoveUserInfo);
    if (!c.onvifProfileToken.isEmpty())
        o["onvifProfile"] = c.onvifProfileToken;
    if (c.ptz)
        o["ptz"] = true;
    if (!c.ptzUrl.isEmpty())
        o["ptzControl"] = c.ptzUrl.toString();
    if (c.recording != RecordingPlan{}) {
        QJsonObject r{{"enabled", c.recording.enabled},
                      {"stream", c.recording.stream == StreamKind::Sub ? "sub" : "main"},
                      {"maxAgeDays", c.recording.maxAgeDays}};
        if (!c.recording.recorder.isEmpty())
            r["recorder"] = c.recording.recorder;
        o["recording"] = r;
    }
    if (!c.analytics.isNull() && !c.analytics.isUndefined()) // as written; read by StoredAnalyticsSettings
        o["analytics"] = c.analytics;
    return o;
}

QJsonObject toJson(const Layout &l)
{
    QJsonArray tiles;
    for (const TileSlot &t : l.tiles) {
        QJsonObject to{{"row", t.cells.y()},
                       {"column", t.cells.x()},
                       {"rowSpan", t.cells.height()},
                       {"columnSpan", t.cells.width()}};
        if (!t.cameraId.isEmpty())
            to["camera"] = t.cameraId;
        tiles.push_back(to);
    }
    return {{"id", l.id}, {"name", l.name}, {"rows", l.rows}, {"columns", l.columns}, {"tiles", tiles}};
}

QJsonObject toJson(const Site &s)
{
    QJsonArray cameras, layouts, wall;
    for (const Camera &c : s.cameras)
        cameras.push_back(c.isValid() ? QJsonValue(toJson(c)) : c.asWritten);
    for (const Layout &l : s.layouts)
        layouts.push_back(toJson(l));
    for (const WallScreen &w : s.wall)
        wall.push_back(QJsonObject{{"screen", w.screenName}, {"layout", w.layoutId}});
    return {{"format", kFormatTag}, {"version", Site::kFormatVersion},
            {"name", s.name},       {"cameras", cameras},
            {"layouts", layouts},   {"wall", wall}};
}

std::optional<Camera> cameraFromJson(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        if (error)
            *error = SiteJsonTr::tr("A camera entry is not an object.");
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    Camera c;
    QString main, sub, onvif, ptzControl;
    if (!readString(o, "id", c.id, error, true) || !readString(o, "name", c.name, error, true) ||
        !readString(o, "ptzControl", ptzControl, error, false) ||
        !readString(o, "onvif", onvif, error, false) ||
        !readString(o, "onvifProfile", c.onvifProfileToken, error, false) ||
        !readStringList(o, "area", c.area, error) || !readString(o, "owner", c.owner, error, false) ||
        !readString(o, "mainStream", main, error, false) || !readString(o, "subStream", sub, error, false) ||
        !readString(o, "username", c.username, error, false) || !readStringList(o, "tags", c.tags, error))
        return std::nullopt;
    if (c.id.isEmpty()) {
        if (error)
            *error = SiteJsonTr::tr("A camera has an empty id.");
        return std::nullopt;
    }
    if (o.contains("enabled")) {
        if (!o.value("enabled").isBool()) {
            if (error)
                *error = SiteJsonTr::tr("Field \"%1\" must be true or false.").arg("enabled");
            return std::nullopt;
        }
        c.enabled = o.value("enabled").toBool();
    }
    if (o.contains("ptz")) {
        if (!o.value("ptz").isBool()) {
            if (error)
                *error = SiteJsonTr::tr("Field \"%1\" must be true or false.").arg("ptz");
            return std::nullopt;
        }
        c.ptz = o.value("ptz").toBool();
    }
    if (o.contains("location")) {
        const QJsonObject loc = o.value("location").toObject();
        const QJsonValue lat = loc.value("latitude"), lon = loc.value("longitude");
        if (!lat.isDouble() || !lon.isDouble() || std::abs(lat.toDouble()) > 90.0 ||
            std::abs(lon.toDouble()) > 180.0) {
            if (error)
                *error = SiteJsonTr::tr("Camera \"%1\" has an invalid location.").arg(c.name);
            return std::nullopt;
        }
        c.hasLocation = true;
        c.latitude = lat.toDouble();
        c.longitude = lon.toDouble();
    }
    if (o.contains("recording")) {
        const QJsonValue rv = o.value("recording");
        const QJsonObject r = rv.toObject();
        QString stream = QStringLiteral("main");
        const QJsonValue enabled = r.value("enabled"), days = r.value("maxAgeDays");
        if (!rv.isObject() || !readString(r, "stream", stream, nullptr, false) ||
            !readString(r, "recorder", c.recording.recorder, nullptr, false) ||
            (r.contains("enabled") && !enabled.isBool()) ||
            (stream != QLatin1String("main") && stream != QLatin1String("sub")) ||
            (r.contains("maxAgeDays") &&
             (!days.isDouble() || days.toDouble() != std::floor(days.toDouble()) || days.toDouble() < 1 ||
              days.toDouble() > RecordingPlan::kMaxAgeDaysLimit))) {
            if (error)
                *error = SiteJsonTr::tr("Camera \"%1\" has an invalid recording plan.").arg(c.name);
            return std::nullopt;
        }
        c.recording.enabled = enabled.toBool(false);
        c.recording.stream = stream == QLatin1String("sub") ? StreamKind::Sub : StreamKind::Main;
        if (r.contains("maxAgeDays"))
            c.recording.maxAgeDays = int(days.toDouble());
    }
    // Any value, unread here: a bad one costs the camera its motion settings, never its video.
    c.analytics = o.contains("analytics") ? o.value("analytics") : QJsonValue(); // none: null, as unset
    c.ptzUrl = QUrl(ptzControl, QUrl::StrictMode);
    if (!ptzControl.isEmpty() && (!c.ptzUrl.isValid() || c.ptzUrl.scheme() != QLatin1String("pelcod"))) {
        if (error)
            *error = SiteJsonTr::tr("Camera \"%1\" has an invalid PTZ control address.").arg(c.name);
        return std::nullopt;
    }
    c.onvifUrl = QUrl(onvif, QUrl::StrictMode);
    if (!onvif.isEmpty() &&
        (!c.onvifUrl.isValid() || !c.onvifUrl.scheme().startsWith(QLatin1String("http")))) {
        if (error)
            *error = SiteJsonTr::tr("Camera \"%1\" has an invalid ONVIF address.").arg(c.name);
        return std::nullopt;
    }
    c.mainStreamUrl = QUrl(main, QUrl::StrictMode);
    c.subStreamUrl = QUrl(sub, QUrl::StrictMode);
    if ((!main.isEmpty() && !c.mainStreamUrl.isValid()) || (!sub.isEmpty() && !c.subStreamUrl.isValid())) {
        if (error)
            *error = SiteJsonTr::tr("Camera \"%1\" has an invalid stream address.").arg(c.name);
        return std::nullopt;
    }
    return c;
}

Camera invalidCamera(const QJsonValue &value, const QString &reason, int index, const QSet<QString> &usedIds,
                     const QSet<QString> &reservedIds)
{
    Camera c;
    c.invalidReason = reason;
    c.asWritten = value;
    const QJsonObject o = value.toObject();
    c.id = o.value("id").toString();
    if (c.id.isEmpty() || usedIds.contains(c.id)) {
        // No id of its own to show it by: one for this run only (never written).
        c.id = QStringLiteral("invalid-entry-%1").arg(index + 1);
        while (usedIds.contains(c.id) || reservedIds.contains(c.id))
            c.id += QLatin1Char('_');
    }
    c.name = o.value("name").toString();
    if (c.name.trimmed().isEmpty())
        c.name = SiteJsonTr::tr("Camera entry %1").arg(index + 1);
    QStringList area;
    if (readStringList(o, "area", area, nullptr))
        c.area = area;
    return c;
}

std::optional<Layout> layoutFromJson(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        if (error)
            *error = SiteJsonTr::tr("A layout entry is not an object.");
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    Layout l;
    if (!readString(o, "id", l.id, error, true) || !readString(o, "name", l.name, error, true) ||
        !readInt(o, "rows", l.rows, error) || !readInt(o, "columns", l.columns, error))
        return std::nullopt;
    if (!o.value("tiles").isArray()) {
        if (error)
            *error = SiteJsonTr::tr("Field \"%1\" must be a list.").arg("tiles");
        return std::nullopt;
    }
    if (l.rows < 1 || l.columns < 1 || l.rows > Layout::kMaxSide || l.columns > Layout::kMaxSide) {
        if (error)
            *error = SiteJsonTr::tr("Layout \"%1\": the grid must have 1 to %2 rows and columns.")
                         .arg(l.name)
                         .arg(Layout::kMaxSide);
        return std::nullopt;
    }
    for (const QJsonValue &tv : o.value("tiles").toArray()) {
        if (!tv.isObject()) {
            if (error)
                *error = SiteJsonTr::tr("Layout \"%1\" has a tile that is not an object.").arg(l.name);
            return std::nullopt;
        }
        const QJsonObject to = tv.toObject();
        int row = 0, col = 0, rs = 0, cs = 0;
        TileSlot t;
        if (!readInt(to, "row", row, error) || !readInt(to, "column", col, error) ||
            !readInt(to, "rowSpan", rs, error) || !readInt(to, "columnSpan", cs, error) ||
            !readString(to, "camera", t.cameraId, error, false))
            return std::nullopt;
        t.cells = QRect(col, row, cs, rs);
        l.tiles.push_back(t);
    }
    QString why;
    if (!l.isValid(&why)) {
        if (error)
            *error = SiteJsonTr::tr("Layout \"%1\": %2").arg(l.name, why);
        return std::nullopt;
    }
    return l;
}

std::optional<Site> siteFromJson(const QJsonValue &value, QString *error)
{
    if (!value.isObject() || value.toObject().value("format").toString() != QLatin1String(kFormatTag)) {
        if (error)
            *error = SiteJsonTr::tr("This is not a Pantau site file.");
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    int version = 0;
    if (!readInt(o, "version", version, error))
        return std::nullopt;
    if (version > Site::kFormatVersion || version < 1) {
        if (error)
            *error =
                SiteJsonTr::tr("The site file has format version %1; this Pantau reads up to version %2.")
                    .arg(version)
                    .arg(Site::kFormatVersion);
        return std::nullopt;
    }
    Site s;
    if (!readString(o, "name", s.name, error, false))
        return std::nullopt;
    for (const char *key : {"cameras", "layouts", "wall"}) {
        if (!o.value(QLatin1String(key)).isArray() && !o.value(QLatin1String(key)).isUndefined()) {
            if (error)
                *error = SiteJsonTr::tr("Field \"%1\" must be a list.").arg(QLatin1String(key));
            return std::nullopt;
        }
    }
    // One bad camera entry does not cost the site its other cameras: it is kept as written, with
    // its reason, and shown as invalid.
    const QJsonArray cameraEntries = o.value("cameras").toArray();
    QSet<QString> ids;
    for (const QJsonValue &v : cameraEntries) {
        const QString id = v.toObject().value("id").toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids.insert(id);
    }
    QSet<QString> used;
    for (int i = 0; i < cameraEntries.size(); ++i) {
        const QJsonValue &v = cameraEntries[i];
        QString why;
        std::optional<Camera> c = cameraFromJson(v, &why);
        if (c && used.contains(c->id)) {
            why = SiteJsonTr::tr("Two cameras share the id \"%1\".").arg(c->id);
            c.reset();
        }
        if (!c)
            c = invalidCamera(v, why, i, used, ids);
        used.insert(c->id);
        s.cameras.push_back(*c);
    }
    for (const QJsonValue &v : o.value("layouts").toArray()) {
        auto l = layoutFromJson(v, error);
        if (!l)
            return std::nullopt;
        s.layouts.push_back(*l);
    }
    for (const QJsonValue &v : o.value("wall").toArray()) {
        if (!v.isObject()) {
            if (error)
                *error = SiteJsonTr::tr("A wall entry is not an object.");
            return std::nullopt;
        }
        const QJsonObject wo = v.toObject();
        WallScreen w;
        if (!readString(wo, "screen", w.screenName, error, true) ||
            !readString(wo, "layout", w.layoutId, error, true))
            return std::nullopt;
        s.wall.push_back(w);
    }
    return s;
}

} // namespace pantau::json
