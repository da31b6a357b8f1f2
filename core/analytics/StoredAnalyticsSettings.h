#pragma once
// A camera's analytics settings as the site keeps them (Camera::analytics, the site file's
// "analytics" object, read strictly by AnalyticsSettingsJson): what the zone editor shows and
// saves, and what the detectors run with. No object: the defaults with motion off. An object the
// reader refuses: the same defaults and the reason; the camera keeps its video and the object
// stays in the site as written until someone saves new settings. Pure; any thread.
#include "core/analytics/AnalyticsService.h"
#include "core/camera/Camera.h"

namespace pantau::analytics {

class StoredAnalyticsSettings
{
public:
    struct Read
    {
        CameraAnalyticsSettings settings;
        QString error; // why the stored object was not used; empty: it was, or there is none
    };
    // The settings the operator edits (motion as stored, whether or not zones are drawn).
    static Read read(const Camera &camera);
    // The camera with these settings written into it (replacing whatever was there).
    static Camera withSettings(Camera camera, const CameraAnalyticsSettings &settings);
    // What the detectors run with: motion only where it is on and at least one zone is drawn
    // (an operator who never drew a zone never gets motion events from the whole picture).
    static CameraAnalyticsSettings effective(const CameraAnalyticsSettings &stored);
    static CameraAnalyticsSettings effective(const Camera &camera)
    {
        return effective(read(camera).settings);
    }
};

} // namespace pantau::analytics
