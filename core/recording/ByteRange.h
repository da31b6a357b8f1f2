#pragma once
// The part of a file an HTTP request asks for, from its Range header (RFC 9110 14): one range
// "bytes=first-last", "bytes=first-" or "bytes=-suffixLength". Pure (any thread). As the RFC
// allows, a header the server does not understand (another unit, several ranges, a malformed or
// reversed range) is ignored: the whole file is sent. A range that starts past the end, or a
// zero-length suffix, cannot be satisfied: 416.
#include <QByteArray>
#include <QtGlobal>

namespace pantau::recording {

struct ByteRange
{
    enum class Kind { Whole, Partial, Unsatisfiable };
    Kind kind = Kind::Whole;
    qint64 first = 0; // inclusive; for Whole: 0
    qint64 last = -1; // inclusive; for Whole: size - 1

    qint64 length() const { return last - first + 1; }
    // "bytes 0-99/1234" for a Partial reply, "bytes */1234" for a 416.
    QByteArray contentRange(qint64 size) const;

    // `rangeHeader` is the header's value (empty when there is none); `size` the file's size.
    static ByteRange parse(const QByteArray &rangeHeader, qint64 size);
};

} // namespace pantau::recording
