// Evidence locks kept beside the footage: the lock file's round trip, removal, and a damaged file.
#include "core/recording/EvidenceLockFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace pantau::recording;

TEST_CASE("An evidence lock file gives back the starts written to it", "[recording][locks]")
{
    QTemporaryDir dir;
    const QSet<qint64> starts{1'789'999'980'000LL, 1'790'000'040'000LL};
    REQUIRE(EvidenceLockFile::write(dir.path(), starts));
    const auto read = EvidenceLockFile::read(dir.path());
    REQUIRE(read);
    CHECK(*read == starts);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{"locks.json"}); // no temporary left
}

TEST_CASE("A camera folder without a lock file has no locks", "[recording][locks]")
{
    QTemporaryDir dir;
    const auto read = EvidenceLockFile::read(dir.path());
    REQUIRE(read);
    CHECK(read->isEmpty());
}

TEST_CASE("Writing no locks removes the lock file", "[recording][locks]")
{
    QTemporaryDir dir;
    REQUIRE(EvidenceLockFile::write(dir.path(), {42}));
    REQUIRE(EvidenceLockFile::write(dir.path(), {}));
    CHECK_FALSE(QFile::exists(dir.filePath("locks.json")));
}

TEST_CASE("A damaged lock file is reported, and kept", "[recording][locks]")
{
    QTemporaryDir dir;
    {
        QFile f(dir.filePath("locks.json"));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("{\"format\":\"pantau-evidence-locks\",\"version\":1,\"lockedSegmentStarts\":[\"x\"]");
    }
    CHECK_FALSE(EvidenceLockFile::read(dir.path()));
    CHECK(QFile::exists(dir.filePath("locks.json")));
}

TEST_CASE("Locks are not written into a camera folder that does not exist", "[recording][locks]")
{
    QTemporaryDir dir;
    CHECK_FALSE(EvidenceLockFile::write(dir.filePath("gone"), {42}));
    CHECK_FALSE(QFile::exists(dir.filePath("gone")));
}
