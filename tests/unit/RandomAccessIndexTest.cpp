// RandomAccessIndex: the mfra that mp4mux appends is found by the mfro that ends the file and cut
// off; a file without one (cut by a crash, still being written) is left as it is.
#include "core/recording/RandomAccessIndex.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>

#include <catch2/catch.hpp>

using namespace pantau::recording;

namespace {

QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian<quint32>(v, b.data());
    return b;
}

QByteArray box(const char *type, const QByteArray &body)
{
    return be32(quint32(8 + body.size())) + QByteArray(type, 4) + body;
}

// mfra { tfra (any body), mfro (the mfra's size) }
QByteArray mfra()
{
    const QByteArray tfra = box("tfra", QByteArray(24, '\x07'));
    const int size = 8 + tfra.size() + 16;
    return box("mfra", tfra + box("mfro", be32(0) + be32(quint32(size))));
}

const QByteArray kFragments =
    box("ftyp", "isom") + box("moov", "m") + box("moof", "f") + box("mdat", "media");

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_CASE("RandomAccessIndex finds the mfra that the mfro at the end of a file names", "[unit][recording]")
{
    const QByteArray file = kFragments + mfra();
    CHECK(RandomAccessIndex::tailOffset(file.right(16), file.size()) == kFragments.size());
    CHECK(RandomAccessIndex::isIndexHead(file.mid(kFragments.size(), 8)));
    CHECK(RandomAccessIndex::tailOffset(kFragments.right(16), kFragments.size()) == -1);
    CHECK_FALSE(RandomAccessIndex::isIndexHead(kFragments.mid(0, 8)));
}

TEST_CASE("RandomAccessIndex cuts a finished segment's mfra off and leaves the fragments",
          "[unit][recording]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("segment.mp4");
    REQUIRE(write(path, kFragments + mfra()));
    CHECK(RandomAccessIndex::drop(path));
    CHECK(read(path) == kFragments);
    CHECK_FALSE(RandomAccessIndex::drop(path)); // nothing more to take
    CHECK(read(path) == kFragments);
}

TEST_CASE("RandomAccessIndex leaves a file without an index as it is", "[unit][recording]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("cut.mp4");
    // Cut by a crash in its last fragment, and one whose last bytes only look like an mfro.
    const QByteArray cut = kFragments + box("moof", "partial").left(10);
    REQUIRE(write(path, cut));
    CHECK_FALSE(RandomAccessIndex::drop(path));
    CHECK(read(path) == cut);
    const QByteArray fake = kFragments + box("mfro", be32(0) + be32(9999));
    REQUIRE(write(path, fake));
    CHECK_FALSE(RandomAccessIndex::drop(path));
    CHECK(read(path) == fake);
}
