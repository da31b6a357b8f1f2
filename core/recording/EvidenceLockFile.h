#pragma once
// Evidence locks kept beside the footage, so that they survive an index rebuild: one small JSON
// file per camera folder, <root>/<cameraId>/locks.json, listing the start (UTC ms) of every locked
// segment of that camera (a segment's file is named after its start). Written atomically
// (QSaveFile: a crash leaves the old list or the new one, never half of one); removed when no
// segment of the camera is locked any more.
//
// Plain functions on files: any thread, but one writer per camera folder at a time (the index's
// owner thread).
#include <QSet>
#include <QString>

#include <optional>

namespace pantau::recording {

namespace EvidenceLockFile {

inline constexpr const char *kFileName = "locks.json";

// The locked starts listed in `cameraFolder`'s lock file; empty when there is none, nullopt when
// it exists but cannot be read or parsed (it is then left as it is).
std::optional<QSet<qint64>> read(const QString &cameraFolder);

// Replaces the lock file of `cameraFolder` with `lockedStarts` (removes it when empty). false
// when the folder does not exist or the file cannot be written.
bool write(const QString &cameraFolder, const QSet<qint64> &lockedStarts);

} // namespace EvidenceLockFile

} // namespace pantau::recording
