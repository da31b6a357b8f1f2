// The order of the dashboard's kecamatan rows: worst first (share failing, then how many), or by
// name; kecamatan of two kabupaten are two areas.
#include <catch2/catch.hpp>

#include "core/health/AreaOrder.h"

using namespace pantau;

namespace {
HealthCounts counts(int total, int online, int offline, int trouble = 0)
{
    HealthCounts c;
    c.total = total;
    c.online = online;
    c.offline = offline;
    c.trouble = trouble;
    c.checking = total - online - offline - trouble;
    return c;
}
AreaKey lmj(const QString &kecamatan)
{
    return {"Lumajang", kecamatan};
}
} // namespace

TEST_CASE("Worst first puts the largest share of failing cameras first", "[health][order]")
{
    // Senduro 1 of 2 failing (50 %), Tempeh 10 of 48 (21 %), Klakah 0 of 45.
    const QVector<AreaFigures> areas = {{lmj("Klakah"), counts(45, 45, 0)},
                                        {lmj("Tempeh"), counts(48, 38, 10)},
                                        {lmj("Senduro"), counts(2, 1, 1)}};
    CHECK(orderAreas(areas, AreaOrder::WorstFirst) ==
          QVector<AreaKey>{lmj("Senduro"), lmj("Tempeh"), lmj("Klakah")});
}

TEST_CASE("Worst first counts cameras in trouble as failing, not cameras being checked", "[health][order]")
{
    // Padang: 3 of 10 in trouble; Kunir: 2 of 10 offline and 8 still being checked.
    const QVector<AreaFigures> areas = {{lmj("Kunir"), counts(10, 0, 2)},
                                        {lmj("Padang"), counts(10, 7, 0, 3)}};
    CHECK(orderAreas(areas, AreaOrder::WorstFirst) == QVector<AreaKey>{lmj("Padang"), lmj("Kunir")});
}

TEST_CASE("Worst first breaks an equal share by the number failing, then by name", "[health][order]")
{
    // Gucialit and Tekung 50 % of 2, Pronojiwo 50 % of 8 (more failing), Jatiroto 0 of 0.
    const QVector<AreaFigures> areas = {{lmj("Tekung"), counts(2, 1, 1)},
                                        {lmj("Jatiroto"), counts(0, 0, 0)},
                                        {lmj("Gucialit"), counts(2, 1, 1)},
                                        {lmj("Pronojiwo"), counts(8, 4, 4)}};
    CHECK(orderAreas(areas, AreaOrder::WorstFirst) ==
          QVector<AreaKey>{lmj("Pronojiwo"), lmj("Gucialit"), lmj("Tekung"), lmj("Jatiroto")});
}

TEST_CASE("By name orders kecamatan, then kabupaten, with no kecamatan last", "[health][order]")
{
    const AreaKey sidoarjo{"Sidoarjo", "Sukodono"};
    const QVector<AreaFigures> areas = {{lmj(""), counts(1, 0, 1)},
                                        {sidoarjo, counts(5, 0, 5)},
                                        {lmj("Tempeh"), counts(5, 5, 0)},
                                        {lmj("Sukodono"), counts(5, 5, 0)},
                                        {lmj("Candipuro"), counts(5, 4, 1)}};
    CHECK(orderAreas(areas, AreaOrder::ByName) ==
          QVector<AreaKey>{lmj("Candipuro"), lmj("Sukodono"), sidoarjo, lmj("Tempeh"), lmj("")});
}
