#pragma once
// A camera found by id, as a function: how a StreamPool or a PtzService reads the live site
// (SiteStore::cameraLookup()) without depending on it. nullopt: no such camera. Called on the
// thread of whoever holds it (the GUI thread for the pool and the PTZ service).
#include "core/camera/Camera.h"

#include <functional>
#include <optional>

namespace pantau {

using CameraLookup = std::function<std::optional<Camera>(const QString &cameraId)>;

} // namespace pantau
