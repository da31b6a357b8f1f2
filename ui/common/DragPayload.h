#pragma once
// What a drag inside Pantau carries, typed, with its MIME encoding written once: the cameras
// dragged (from the console's camera tree: one or more; from a wall tile: its camera) and, for a
// tile, the wall and tile it came from. A value type; built and read on the GUI thread (drags).
#include <QString>
#include <QStringList>

#include <optional>

QT_BEGIN_NAMESPACE
class QMimeData;
QT_END_NAMESPACE

namespace pantau {

struct DragPayload
{
    // Camera ids, one per line ("cam-1\ncam-2"): what every drop target understands.
    static constexpr const char *kCameraMime = "application/x-pantau-camera";
    // A tile moved within or between walls: "wallUid\ntileIndex\ncameraId".
    static constexpr const char *kTileMime = "application/x-pantau-tile";

    QStringList cameraIds;
    bool fromTile = false; // a tile's drag: it also names the wall and tile it left
    QString fromWallUid;
    int fromTileIndex = -1;

    static DragPayload cameras(const QStringList &cameraIds);
    static DragPayload tile(const QString &wallUid, int tileIndex, const QString &cameraId);

    QString firstCameraId() const { return cameraIds.value(0); }

    // Whether a drop target should accept the data.
    static bool canDecode(const QMimeData *mime);
    // New data for a QDrag (which takes ownership) or a model's mimeData().
    QMimeData *toMimeData() const;
    // nullopt: neither type, or a tile entry that does not parse (no fallback to its camera).
    static std::optional<DragPayload> fromMimeData(const QMimeData *mime);

    friend bool operator==(const DragPayload &, const DragPayload &) = default;
};

} // namespace pantau
