#pragma once
// The front of a plain (not fragmented) MP4 file with its index first ("faststart"): ftyp, moov
// with one video track and the movie's tags, and the mdat header; the media follow it as the
// samples' bytes, one after another in the given order. Made for the evidence export's direct
// remux (EvidenceExporter): the index is known before a byte of media is written, so the file is
// written once, front to back, and hashed as it is written. Pure: no I/O, any thread.
#include <QByteArray>
#include <QString>
#include <QVector>

namespace pantau::playback {

struct Mp4HeaderSample
{
    quint32 size = 0;
    qint64 dtsNs = 0; // on the file's timeline; strictly increasing
    qint64 ptsNs = 0;
    qint64 durationNs = 0;
    bool keyframe = false;
    int sampleEntry = 0; // index into Mp4HeaderInput::sampleEntries
};

struct Mp4HeaderInput
{
    QVector<QByteArray> sampleEntries; // whole stsd entry boxes (avc1, hvc1 ...)
    quint32 widthFixed = 0;            // 16.16
    quint32 heightFixed = 0;
    QVector<Mp4HeaderSample> samples; // in decode order
    qint64 creationUtcMs = 0;         // mvhd/tkhd/mdhd creation and modification times
    QString title;                    // ©nam
    QString comment;                  // ©cmt
    QString dateTime;                 // ©day, ISO 8601
};

struct Mp4Header
{
    static constexpr quint32 kTimescale = 90000; // of the track
    // ... unless a step between two frames (a long gap in the footage) would not fit the 32 bits
    // of a sample's duration in it (13 h): then milliseconds (49 days).
    static constexpr quint32 kLongGapTimescale = 1000;
    static constexpr quint32 kMovieTimescale = 1000;
    static quint32 timescaleFor(const QVector<Mp4HeaderSample> &samples);

    // ftyp + moov + the mdat header (whose size covers every sample's bytes).
    static QByteArray build(const Mp4HeaderInput &input);
    // The samples' bytes in all.
    static qint64 mediaBytes(const QVector<Mp4HeaderSample> &samples);
};

} // namespace pantau::playback
