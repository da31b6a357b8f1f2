#pragma once
// Splits CSV bytes (RFC 4180) into records of raw fields: quoted fields, "" escapes, separators
// and line breaks inside quotes, CRLF / LF / CR line ends. Bytes, not text: every special
// character is ASCII, which never occurs inside a UTF-8 sequence, so decoding is the caller's.
// Bounded: a field keeps at most maxFieldBytes, a record at most maxFields fields, and every call
// to next() advances, so any input ends. A plain value; any thread, one thread per reader.
#include <QByteArray>
#include <QList>

namespace pantau {

struct CsvRecord
{
    enum class Error { None, UnterminatedQuote, TextAfterQuote, FieldTooLong };

    int line = 0;              // 1-based physical line where the record starts
    QList<QByteArray> fields;  // the first maxFields fields; quotes removed, "" unescaped
    int fieldCount = 0;        // all fields of the record, kept or not
    int usedFieldCount = 0;    // fields up to and including the last one that is not blank
    Error error = Error::None; // the first thing wrong with the record
    int errorField = -1;       // 0-based field the error is in
    bool isBlank() const { return usedFieldCount == 0 && error == Error::None; }
};

class CsvReader
{
public:
    CsvReader(const QByteArray &bytes, char separator, int maxFieldBytes, int maxFields);

    // Reads the next record; false when the input is used up.
    bool next(CsvRecord &record);
    // Lines consumed so far (the line the next record starts on).
    int line() const { return m_line; }

    // ';' when the first line holds more ';' than ',' (Excel in Indonesian and other locales
    // whose decimal mark is a comma), else ','.
    static char detectSeparator(const QByteArray &bytes);

private:
    void endField(CsvRecord &record, QByteArray &field);

    QByteArray m_bytes;
    qsizetype m_pos = 0;
    int m_line = 1;
    char m_separator;
    int m_maxFieldBytes;
    int m_maxFields;
};

} // namespace pantau
