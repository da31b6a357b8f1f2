// No English inside Indonesian messages: Qt's network and JSON errors and GStreamer's errors reach
// the operator as Pantau's own translated reason; the technical text stays in the log.
#include <catch2/catch.hpp>

#include "core/i18n/ErrorReason.h"
#include "core/i18n/LanguageManager.h"
#include "core/media/StreamErrorClassifier.h"
#include "core/onvif/OnvifError.h"
#include "core/onvif/SoapEnvelope.h"
#include "core/site/SiteFile.h"

using namespace pantau;
using pantau::media::ErrorDomain;
using pantau::media::StreamErrorClassifier;
namespace errorcode = pantau::media::errorcode;

TEST_CASE("A refused connection reads as Pantau's own reason in Indonesian and in English", "[unit][i18n]")
{
    LanguageManager language;
    REQUIRE(language.setLanguage("id"));
    CHECK(ErrorReason::network(QNetworkReply::ConnectionRefusedError) == "sambungan ditolak");
    const onvif::OnvifError e = onvif::OnvifError::make(
        onvif::OnvifError::Kind::Network, ErrorReason::network(QNetworkReply::ConnectionRefusedError));
    CHECK(e.text() == "Kamera tidak dapat dijangkau. (sambungan ditolak)");
    REQUIRE(language.setLanguage("en"));
    CHECK(ErrorReason::network(QNetworkReply::ConnectionRefusedError) == "the connection was refused");
}

TEST_CASE("Each common network error has its own Indonesian reason", "[unit][i18n]")
{
    LanguageManager language;
    REQUIRE(language.setLanguage("id"));
    CHECK(ErrorReason::network(QNetworkReply::NoError).isEmpty());
    CHECK(ErrorReason::network(QNetworkReply::HostNotFoundError) == "alamat tidak ditemukan");
    CHECK(ErrorReason::network(QNetworkReply::RemoteHostClosedError) == "kamera menutup sambungan");
    CHECK(ErrorReason::network(QNetworkReply::TimeoutError) == "waktu sambungan habis");
    CHECK(ErrorReason::network(QNetworkReply::UnknownNetworkError) == "jaringan tidak tersedia");
    CHECK(ErrorReason::network(QNetworkReply::ContentNotFoundError) == "kesalahan jaringan 203");
}

TEST_CASE("Each JSON parse error has an Indonesian reason, never Qt's English text", "[unit][i18n]")
{
    LanguageManager language;
    REQUIRE(language.setLanguage("id"));
    const QList<QJsonParseError::ParseError> all = {
        QJsonParseError::UnterminatedObject, QJsonParseError::MissingNameSeparator,
        QJsonParseError::UnterminatedArray,  QJsonParseError::MissingValueSeparator,
        QJsonParseError::IllegalValue,       QJsonParseError::TerminationByNumber,
        QJsonParseError::IllegalNumber,      QJsonParseError::IllegalEscapeSequence,
        QJsonParseError::IllegalUTF8String,  QJsonParseError::UnterminatedString,
        QJsonParseError::MissingObject,      QJsonParseError::DeepNesting,
        QJsonParseError::DocumentTooLarge,   QJsonParseError::GarbageAtEnd};
    for (QJsonParseError::ParseError code : all) {
        QJsonParseError qt;
        qt.error = code;
        INFO(qt.errorString().toStdString());
        const QString reason = ErrorReason::json(code);
        CHECK_FALSE(reason.isEmpty());
        CHECK(reason != qt.errorString());
        CHECK_FALSE(reason.contains("unterminated"));
    }
    CHECK(ErrorReason::json(QJsonParseError::UnterminatedObject) == "ada objek yang tidak ditutup");
}

TEST_CASE("A truncated site file is reported in Indonesian with the byte as a number", "[unit][i18n][site]")
{
    LanguageManager language;
    REQUIRE(language.setLanguage("id"));
    QByteArray bytes = "{\"version\": 1, \"name\": \"" + QByteArray(5000, 'a');
    QString error;
    CHECK_FALSE(SiteFile::parse(bytes, &error));
    CHECK(error.startsWith("Berkas rusak (ada teks yang tidak ditutup pada bita ke-5."));
    CHECK_FALSE(error.contains("unterminated"));
}

TEST_CASE("A reply that is not XML reads as Pantau's reason and the XML reader's text is kept apart",
          "[unit][i18n][onvif]")
{
    LanguageManager language;
    REQUIRE(language.setLanguage("id"));
    const onvif::SoapResponse r = onvif::readSoapResponse("<Envelope><Body>", 200, 1 << 20);
    REQUIRE(r.error.kind == onvif::OnvifError::Kind::Malformed);
    CHECK(r.error.text() == "Jawaban kamera bukan ONVIF yang sah. (XML tidak tersusun dengan benar)");
    CHECK_FALSE(r.error.technical.isEmpty());
}

TEST_CASE("GStreamer errors read as Pantau's own reason and GStreamer's message stays for the log",
          "[unit][i18n][media]")
{
    LanguageManager language;
    REQUIRE(language.setLanguage("id"));
    const auto notFound = StreamErrorClassifier::classify(ErrorDomain::Resource, errorcode::ResourceNotFound,
                                                          "Not Found (404)");
    CHECK(notFound.explanation == "kamera tidak memiliki aliran di alamat ini");
    CHECK(notFound.reason == "Not Found (404)");
    CHECK(StreamErrorClassifier::explain(ErrorDomain::Resource, errorcode::ResourceOpenReadWrite) ==
          "kamera tidak dapat dijangkau");
    CHECK(StreamErrorClassifier::explain(ErrorDomain::Core, errorcode::CoreMissingPlugin) ==
          "plug-in GStreamer yang dibutuhkan aliran ini belum terpasang");
    CHECK(StreamErrorClassifier::explain(ErrorDomain::Stream, errorcode::StreamCodecNotFound) ==
          "belum ada dekoder untuk format video ini");
    CHECK(StreamErrorClassifier::explain(ErrorDomain::Library, 1) == "pemutar video gagal");
    // The tile's line: the state and Pantau's reason, no English.
    StreamStatus status{StreamState::Error, 30, notFound.explanation, notFound.reason};
    CHECK(status.text() ==
          "Kesalahan: kamera tidak memiliki aliran di alamat ini — menghubungkan ulang dalam 30 dtk");
    REQUIRE(language.setLanguage("en"));
    CHECK(StreamErrorClassifier::explain(ErrorDomain::Resource, errorcode::ResourceNotFound) ==
          "the camera has no stream at this address");
}
