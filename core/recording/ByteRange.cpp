#include "core/recording/ByteRange.h"

namespace pantau::recording {

namespace {

bool parseNumber(const QByteArray &s, qint64 *value)
{
    if (s.isEmpty() || s.size() > 18)
        return false;
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    *value = s.toLongLong();
    return true;
}

ByteRange whole(qint64 size)
{
    return ByteRange{ByteRange::Kind::Whole, 0, size - 1};
}

ByteRange unsatisfiable()
{
    return ByteRange{ByteRange::Kind::Unsatisfiable, 0, -1};
}

} // namespace

QByteArray ByteRange::contentRange(qint64 size) const
{
    if (kind == Kind::Unsatisfiable)
        return "bytes */" + QByteArray::number(size);
    return "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/' +
           QByteArray::number(size);
}

ByteRange ByteRange::parse(const QByteArray &rangeHeader, qint64 size)
{
    const QByteArray header = rangeHeader.trimmed();
    if (header.isEmpty())
        return whole(size);
    const qsizetype eq = header.indexOf('=');
    if (eq < 0 || header.left(eq).trimmed().toLower() != "bytes")
        return whole(size); // another unit
    const QByteArray spec = header.mid(eq + 1).trimmed();
    if (spec.contains(','))
        return whole(size); // several ranges: the whole file is a valid answer
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return whole(size);
    const QByteArray a = spec.left(dash).trimmed();
    const QByteArray b = spec.mid(dash + 1).trimmed();
    if (a.isEmpty()) { // the last n bytes
        qint64 suffix = 0;
        if (!parseNumber(b, &suffix))
            return whole(size);
        if (suffix == 0 || size == 0)
            return unsatisfiable();
        return ByteRange{Kind::Partial, qMax<qint64>(0, size - suffix), size - 1};
    }
    qint64 first = 0;
    if (!parseNumber(a, &first))
        return whole(size);
    qint64 last = size - 1;
    if (!b.isEmpty()) {
        if (!parseNumber(b, &last) || last < first)
            return whole(size); // malformed or reversed: ignored
    }
    if (first >= size)
        return unsatisfiable();
    return ByteRange{Kind::Partial, first, qMin(last, size - 1)};
}

} // namespace pantau::recording
