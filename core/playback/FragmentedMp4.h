#pragma once
// The video track of a fragmented MP4 file as the recorder writes it (mp4mux with
// fragment-duration: ftyp, moov with an empty sample table and mvex, then moof + mdat pairs, and
// mfra after a clean close), read from its bytes without decoding: the sample entry (avc1/hvc1
// with its decoder configuration) and every sample's place in the file, decode time, composition
// offset, duration and sync flag, from the moofs. A file cut by a crash reads up to its last
// complete sample. Files of another shape (a sample table in the moov, several video tracks, no
// fragments) are refused: the caller reads those another way. Pure: no I/O, any thread.
#include <QByteArray>
#include <QString>
#include <QVector>

#include <optional>

namespace pantau::playback {

struct Mp4Sample
{
    qint64 fileOffset = 0;
    qint64 fragmentOffset = 0; // where its fragment's moof starts
    quint32 size = 0;
    qint64 decodeTime = 0; // in the track's timescale
    qint32 compositionOffset = 0;
    quint32 duration = 0;
    bool keyframe = false;
};

struct FragmentedMp4
{
    quint32 timescale = 0;   // of the track
    QByteArray sampleEntry;  // the whole stsd entry box ("avc1"/"avc3"/"hvc1"/"hev1" ...)
    quint32 widthFixed = 0;  // tkhd, 16.16
    quint32 heightFixed = 0; // tkhd, 16.16
    QVector<Mp4Sample> samples;
    qint64 firstFragmentOffset = 0; // where the first moof starts: the bytes before are ftyp + moov

    // The sample's presentation time (decode time plus composition offset, never below 0) in
    // nanoseconds from the file's time 0, as qtdemux gives it.
    qint64 presentationNs(const Mp4Sample &sample) const;
    // The keyframe at or before `timeNs` (the first keyframe when all are later); -1 when the file
    // has none.
    int keyframeAtOrBefore(qint64 timeNs) const;
    // Where a reader that wants the picture at `timeMs` can start instead of at the first
    // fragment: the moof of the fragment holding the keyframe at or before it. Nothing when that
    // is the first fragment (or there is no keyframe): the whole file is as short.
    std::optional<qint64> fragmentStartFor(qint64 timeMs) const;

    // `data` is the whole file (or what has been written of it). Nothing when it is not a
    // fragmented MP4 with one video track; `why` says what did not fit (for the log).
    static std::optional<FragmentedMp4> parse(const uchar *data, qint64 size, QString *why = nullptr);
};

} // namespace pantau::playback
