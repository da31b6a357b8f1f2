#include "core/inventory/CsvReader.h"

namespace pantau {

namespace {
bool isBlank(const QByteArray &field)
{
    for (char ch : field)
        if (ch != ' ' && ch != '\t')
            return false;
    return true;
}
} // namespace

CsvReader::CsvReader(const QByteArray &bytes, char separator, int maxFieldBytes, int maxFields)
    : m_bytes(bytes), m_separator(separator), m_maxFieldBytes(maxFieldBytes), m_maxFields(maxFields)
{
}

char CsvReader::detectSeparator(const QByteArray &bytes)
{
    qsizetype commas = 0, semicolons = 0;
    for (char ch : bytes) {
        if (ch == '\n' || ch == '\r')
            break;
        commas += ch == ',';
        semicolons += ch == ';';
    }
    return semicolons > commas ? ';' : ',';
}

void CsvReader::endField(CsvRecord &record, QByteArray &field)
{
    if (record.fieldCount < m_maxFields)
        record.fields.push_back(field);
    ++record.fieldCount;
    if (!isBlank(field))
        record.usedFieldCount = record.fieldCount;
    field.clear();
}

bool CsvReader::next(CsvRecord &record)
{
    record = CsvRecord();
    const qsizetype size = m_bytes.size();
    if (m_pos >= size)
        return false;
    record.line = m_line;
    const char *data = m_bytes.constData();
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote } state = State::FieldStart;
    QByteArray field;

    auto append = [&](char ch) {
        if (field.size() < m_maxFieldBytes) {
            field.append(ch);
        } else if (record.error == CsvRecord::Error::None) {
            record.error = CsvRecord::Error::FieldTooLong;
            record.errorField = record.fieldCount;
        }
    };
    // A line break at m_pos (CR, LF or CRLF): consumes it and counts the line.
    auto takeLineBreak = [&]() -> bool {
        if (data[m_pos] == '\r') {
            m_pos += (m_pos + 1 < size && data[m_pos + 1] == '\n') ? 2 : 1;
        } else if (data[m_pos] == '\n') {
            ++m_pos;
        } else {
            return false;
        }
        ++m_line;
        return true;
    };

    auto quoteAfterSpaces = [&]() -> qsizetype {
        qsizetype at = m_pos;
        while (at < size && (data[at] == ' ' || data[at] == '\t'))
            ++at;
        return at < size && data[at] == '"' ? at : -1;
    };

    while (m_pos < size) {
        const char ch = data[m_pos];
        switch (state) {
        case State::FieldStart:
            // Spaces before an opening quote are layout, not data: `a, "b, c"` has two fields.
            if (const qsizetype quote = quoteAfterSpaces(); quote >= 0) {
                m_pos = quote + 1;
                state = State::Quoted;
                continue;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted:
        case State::AfterQuote:
            if (ch == m_separator) {
                endField(record, field);
                state = State::FieldStart;
                ++m_pos;
                continue;
            }
            if (takeLineBreak()) {
                endField(record, field);
                return true;
            }
            if (state == State::AfterQuote && (ch == ' ' || ch == '\t')) {
                ++m_pos; // spaces after a closing quote are layout too
                continue;
            }
            if (state == State::AfterQuote && record.error == CsvRecord::Error::None) {
                record.error = CsvRecord::Error::TextAfterQuote;
                record.errorField = record.fieldCount;
            }
            // A quote inside an unquoted field is kept as it is (hand-written files do that).
            append(ch);
            ++m_pos;
            continue;
        case State::Quoted:
            if (ch == '"') {
                if (m_pos + 1 < size && data[m_pos + 1] == '"') {
                    append('"');
                    m_pos += 2;
                } else {
                    state = State::AfterQuote;
                    ++m_pos;
                }
                continue;
            }
            if (takeLineBreak()) {
                append('\n'); // a line break inside a cell, whatever the file's line ends
                continue;
            }
            append(ch);
            ++m_pos;
            continue;
        }
    }
    if (state == State::Quoted) {
        record.error = CsvRecord::Error::UnterminatedQuote;
        record.errorField = record.fieldCount;
    }
    endField(record, field);
    return true;
}

} // namespace pantau
