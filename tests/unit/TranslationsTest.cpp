// Every user-visible string must be translated into Indonesian and English. This runs lupdate
// over the sources into a copy of the .ts files: a string added in code but missing from the
// files shows up as unfinished, and so does any string nobody translated.
#include <catch2/catch.hpp>

#include "core/i18n/LanguageManager.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace pantau;

namespace {
struct Problem
{
    QString context, source, why;
};

QList<Problem> problemsIn(const QString &tsPath)
{
    QList<Problem> problems;
    QFile f(tsPath);
    if (!f.open(QIODevice::ReadOnly))
        return {{"", tsPath, "cannot open"}};
    QXmlStreamReader xml(&f);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value("type").toString();
            QString text;
            bool emptyForm = false;
            // Plural forms sit in <numerusform> children; plain translations are text.
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    const QString form = xml.readElementText();
                    text += form;
                    emptyForm = emptyForm || form.trimmed().isEmpty();
                }
            }
            if (type == QLatin1String("unfinished"))
                problems.push_back({context, source, "unfinished"});
            else if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                problems.push_back({context, source, "no longer in the code"});
            else if (text.trimmed().isEmpty() || emptyForm)
                problems.push_back({context, source, "empty"});
        }
    }
    if (xml.hasError())
        problems.push_back({"", tsPath, xml.errorString()});
    return problems;
}

// Messages in a .ts file (plural messages count once).
int messageCount(const QString &tsPath)
{
    QFile f(tsPath);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    QXmlStreamReader xml(&f);
    int count = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("message"))
            ++count;
    }
    return xml.hasError() ? -1 : count;
}

// Strings come and go, but an lupdate that keeps far fewer messages than the committed .ts file
// holds did not look at the code (no sources, a wrong folder, a missing -I): then every check
// below would pass over an empty file. The bar follows the committed file (733 messages on
// 4 December 2026, where a fixed 438 from 3 December had become 54 % of it), so it never goes
// stale: at least 90 % of what the repository's file holds must still be found in the code.
int messagesAtLeast(int committed)
{
    return committed * 9 / 10;
}
} // namespace

TEST_CASE("Indonesian and English translations are complete and up to date with the code", "[unit][i18n]")
{
    QTemporaryDir tmp;
    const QDir src(QStringLiteral(PANTAU_SOURCE_DIR));
    QStringList tsCopies;
    QList<int> committedMessages;
    for (const char *lang : {"id", "en"}) {
        const QString name = QStringLiteral("pantau_%1.ts").arg(QLatin1String(lang));
        const QString copy = tmp.filePath(name);
        REQUIRE(QFile::copy(src.filePath("translations/" + name), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        tsCopies << copy;
        committedMessages << messageCount(copy);
        REQUIRE(committedMessages.last() > 0);
    }
    QProcess lupdate;
    // Includes name their layer from the repository root ("core/ptz/PtzDriver.h"): without -I .
    // lupdate cannot see the classes' namespaces and files every string under the wrong context.
    lupdate.setWorkingDirectory(src.path());
    lupdate.start(QStringLiteral(PANTAU_LUPDATE), QStringList{"-no-obsolete", "-locations", "none", "-silent",
                                                              "-I", ".", "core", "ui", "app", "-ts"} +
                                                      tsCopies);
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(lupdate.readAllStandardError().toStdString());
    REQUIRE(lupdate.exitCode() == 0);

    for (qsizetype i = 0; i < tsCopies.size(); ++i) {
        const QString &ts = tsCopies.at(i);
        const QList<Problem> problems = problemsIn(ts);
        std::string report;
        for (const Problem &p : problems)
            report += "  [" + p.context.toStdString() + "] \"" + p.source.toStdString() +
                      "\": " + p.why.toStdString() + "\n";
        INFO(QFileInfo(ts).fileName().toStdString()
             << " has " << problems.size() << " strings to fix (run the update_translations target):\n"
             << report);
        CHECK(problems.isEmpty());
        const int messages = messageCount(ts);
        const int atLeast = messagesAtLeast(committedMessages.at(i));
        INFO(QFileInfo(ts).fileName().toStdString()
             << " holds " << messages << " messages after lupdate; at least " << atLeast << " expected ("
             << committedMessages.at(i) << " in the committed file)");
        CHECK(messages >= atLeast);
    }
}

TEST_CASE("The language switches at runtime, Indonesian first for Indonesian locales", "[unit][i18n]")
{
    LanguageManager language;
    CHECK(LanguageManager::languageForLocale(QLocale(QLocale::Indonesian, QLocale::Indonesia)) == "id");
    CHECK(LanguageManager::languageForLocale(QLocale(QLocale::English, QLocale::UnitedStates)) == "en");
    REQUIRE(language.setLanguage("id"));
    CHECK(QCoreApplication::translate("StreamStatus", "Disconnected") == "Terputus");
    REQUIRE(language.setLanguage("en"));
    CHECK(QCoreApplication::translate("StreamStatus", "Disconnected") == "Disconnected");
    CHECK_FALSE(language.setLanguage("fr"));
    CHECK(language.language() == "en");
}
