#include "ui/common/DragPayload.h"

#include <QMimeData>

namespace pantau {

DragPayload DragPayload::cameras(const QStringList &cameraIds)
{
    DragPayload p;
    p.cameraIds = cameraIds;
    return p;
}

DragPayload DragPayload::tile(const QString &wallUid, int tileIndex, const QString &cameraId)
{
    DragPayload p;
    p.cameraIds = {cameraId};
    p.fromTile = true;
    p.fromWallUid = wallUid;
    p.fromTileIndex = tileIndex;
    return p;
}

bool DragPayload::canDecode(const QMimeData *mime)
{
    return mime && (mime->hasFormat(kCameraMime) || mime->hasFormat(kTileMime));
}

QMimeData *DragPayload::toMimeData() const
{
    auto *mime = new QMimeData;
    if (fromTile)
        mime->setData(
            kTileMime,
            QStringLiteral("%1\n%2\n%3").arg(fromWallUid).arg(fromTileIndex).arg(firstCameraId()).toUtf8());
    mime->setData(kCameraMime, cameraIds.join('\n').toUtf8());
    return mime;
}

std::optional<DragPayload> DragPayload::fromMimeData(const QMimeData *mime)
{
    if (!mime)
        return std::nullopt;
    if (mime->hasFormat(kTileMime)) {
        const QStringList parts = QString::fromUtf8(mime->data(kTileMime)).split('\n');
        if (parts.size() != 3)
            return std::nullopt;
        return tile(parts[0], parts[1].toInt(), parts[2]);
    }
    if (mime->hasFormat(kCameraMime))
        return cameras(QString::fromUtf8(mime->data(kCameraMime)).split('\n'));
    return std::nullopt;
}

} // namespace pantau
