#include "core/inventory/CameraCsv.h"

#include "core/Log.h"
#include "core/inventory/CsvReader.h"
#include "core/site/Site.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>

#include <array>
#include <cmath>
#include <cstdint>

namespace pantau {

namespace {
struct CameraCsvTr
{
    Q_DECLARE_TR_FUNCTIONS(CameraCsv)
};

enum Column {
    Id,
    Name,
    Kabupaten,
    Kecamatan,
    Desa,
    Titik,
    Owner,
    Latitude,
    Longitude,
    MainStream,
    SubStream,
    Onvif,
    Username,
    Password,
    Ptz,
    Tags,
    Enabled,
    OnvifProfile,
    ColumnCount
};
constexpr std::array<const char *, ColumnCount> kColumnNames = {
    "id",       "name",     "kabupaten", "kecamatan",   "desa",       "titik",
    "owner",    "latitude", "longitude", "main_stream", "sub_stream", "onvif",
    "username", "password", "ptz",       "tags",        "enabled",    "onvif_profile"};

constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";

bool isValidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char lead = p[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        std::uint32_t cp = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            cp = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            cp = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            cp = lead & 0x07;
        } else {
            return false;
        }
        if (i + length > n)
            return false;
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        static constexpr std::uint32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < kSmallest[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false; // overlong, out of range or a surrogate
        i += length;
    }
    return true;
}

// Line breaks and tabs are allowed: spreadsheet cells have them (Alt+Enter in Excel).
bool hasControlCharacters(const QString &text)
{
    for (QChar ch : text) {
        const char16_t u = ch.unicode();
        if ((u < 0x20 || u == 0x7F) && u != '\n' && u != '\t')
            return true;
    }
    return false;
}

// "Main Stream", "main-stream" and "MAIN_STREAM" all name the main_stream column.
QString normalisedColumnName(const QByteArray &raw)
{
    QString name = QString::fromUtf8(raw).trimmed().toLower();
    name.replace(QLatin1Char(' '), QLatin1Char('_'));
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return name;
}

int columnFor(const QString &name)
{
    for (int c = 0; c < ColumnCount; ++c)
        if (name == QLatin1String(kColumnNames[c]))
            return c;
    return -1;
}

std::optional<bool> parseBool(const QString &value, bool empty)
{
    const QString v = value.toLower();
    if (v.isEmpty())
        return empty;
    // Indonesian Excel writes TRUE / FALSE as BENAR / SALAH.
    for (const char *yes : {"true", "1", "ya", "yes", "benar"})
        if (v == QLatin1String(yes))
            return true;
    for (const char *no : {"false", "0", "tidak", "no", "salah"})
        if (v == QLatin1String(no))
            return false;
    return std::nullopt;
}

// A coordinate in degrees; a decimal comma ("-8,1335", Indonesian Excel) is accepted too.
std::optional<double> parseDegrees(QString value)
{
    if (!value.contains(QLatin1Char('.')) && value.count(QLatin1Char(',')) == 1)
        value.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double d = value.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

// rtsp, rtsps, http, https with a host, or a file URL with a path; `httpOnly` for ONVIF.
std::optional<QUrl> parseUrl(const QString &text, bool httpOnly)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return std::nullopt;
    const QString scheme = url.scheme();
    const bool http = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    if (httpOnly && !http)
        return std::nullopt;
    if (scheme == QLatin1String("file"))
        return url.path().isEmpty() ? std::nullopt : std::optional<QUrl>(url);
    if (!http && scheme != QLatin1String("rtsp") && scheme != QLatin1String("rtsps"))
        return std::nullopt;
    if (url.host().isEmpty())
        return std::nullopt;
    return url;
}

// Credentials typed into a URL move to the username / password columns when those are empty,
// and never stay in the URL (the site file and exports keep no password).
void takeUserInfo(QUrl &url, Camera &camera)
{
    const QString user = url.userName(QUrl::FullyDecoded), password = url.password(QUrl::FullyDecoded);
    if (camera.username.isEmpty()) {
        camera.username = user;
        if (camera.password.isEmpty())
            camera.password = password;
    } else if (camera.username == user && camera.password.isEmpty()) {
        camera.password = password;
    }
    url.setUserInfo(QString()); // also an empty one: "rtsp://@host" exports as "rtsp://host"
}

// The form export writes, read back: QUrl keeps some characters as typed (a '#' inside the
// fragment) that its encoded form escapes, and the two do not compare equal.
QUrl canonical(const QUrl &url)
{
    return QUrl(url.toString(QUrl::FullyEncoded), QUrl::StrictMode);
}

int lineOfOffset(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

// Collects problems, listing at most kMaxListedProblems of them.
class ProblemList
{
public:
    explicit ProblemList(QVector<CsvProblem> &out) : m_out(out) {}
    void add(int line, const QString &reason)
    {
        if (m_out.size() < cameracsv::kMaxListedProblems)
            m_out.push_back({line, reason});
        else
            ++m_unlisted;
    }
    void finish()
    {
        if (m_unlisted > 0)
            m_out.push_back({0, CameraCsvTr::tr("%Ln more problem(s) not listed.", nullptr, m_unlisted)});
    }

private:
    QVector<CsvProblem> &m_out;
    int m_unlisted = 0;
};

struct Header
{
    int line = 0;
    QStringList names;                 // normalised, as in the file
    std::array<int, ColumnCount> at{}; // field index of each column, -1 when absent
    bool has(Column c) const { return at[c] >= 0; }
    QString label(int field) const
    {
        const QString name = names.value(field);
        return name.isEmpty() ? QString::number(field + 1) : name;
    }
};

// Validates one data row into a camera; false with `reasons` filled when anything is wrong.
// `takenIds` maps every id seen so far to its line (0 for the cameras already in the site).
class RowReader
{
public:
    RowReader(const Header &header, QHash<QString, int> &takenIds) : m_header(header), m_takenIds(takenIds) {}

    bool read(const CsvRecord &record, Camera &camera, QStringList &reasons)
    {
        if (!recordIsSound(record, reasons))
            return false;
        std::array<QString, ColumnCount> v;
        for (int c = 0; c < ColumnCount; ++c) {
            const int at = m_header.at[c];
            if (at < 0 || at >= record.fields.size())
                continue;
            if (!isValidUtf8(record.fields[at])) {
                reasons << CameraCsvTr::tr("the text is not valid UTF-8 (save the file as \"CSV UTF-8\")");
                return false;
            }
            v[c] = QString::fromUtf8(record.fields[at]);
            if (c != Password)
                v[c] = v[c].trimmed();
            if (hasControlCharacters(v[c]))
                reasons << CameraCsvTr::tr("the \"%1\" column contains control characters")
                               .arg(QLatin1String(kColumnNames[c]));
        }
        if (!reasons.isEmpty())
            return false;

        readId(record.line, v[Id], camera, reasons);
        camera.name = v[Name];
        if (camera.name.isEmpty())
            reasons << CameraCsvTr::tr("the name is empty");
        for (int c : {Kabupaten, Kecamatan, Desa, Titik})
            if (!v[c].isEmpty())
                camera.area << v[c];
        camera.owner = v[Owner];
        readLocation(v[Latitude], v[Longitude], camera, reasons);
        camera.username = v[Username];
        camera.password = v[Password];
        readUrls(v[MainStream], v[SubStream], v[Onvif], camera, reasons);
        camera.onvifProfileToken = v[OnvifProfile];
        for (const QString &tag : v[Tags].split(QLatin1Char('|'), Qt::SkipEmptyParts))
            if (!tag.trimmed().isEmpty())
                camera.tags << tag.trimmed();
        readBool(Ptz, v[Ptz], false, camera.ptz, reasons);
        readBool(Enabled, v[Enabled], true, camera.enabled, reasons);
        if (!reasons.isEmpty())
            return false;
        if (camera.id.isEmpty()) {
            do
                camera.id = newId(QStringLiteral("cam"));
            while (m_takenIds.contains(camera.id));
            m_takenIds.insert(camera.id, record.line);
        }
        return true;
    }

private:
    bool recordIsSound(const CsvRecord &record, QStringList &reasons) const
    {
        switch (record.error) {
        case CsvRecord::Error::UnterminatedQuote:
            reasons << CameraCsvTr::tr(
                "a quoted field is never closed, so the rest of the file was not read");
            return false;
        case CsvRecord::Error::TextAfterQuote:
            reasons << CameraCsvTr::tr("there is text after the closing quote in the \"%1\" column")
                           .arg(m_header.label(record.errorField));
            return false;
        case CsvRecord::Error::FieldTooLong:
            reasons << CameraCsvTr::tr("the \"%1\" column is longer than %2 bytes")
                           .arg(m_header.label(record.errorField))
                           .arg(cameracsv::kMaxFieldBytes);
            return false;
        case CsvRecord::Error::None:
            break;
        }
        if (record.usedFieldCount > m_header.names.size()) {
            reasons << CameraCsvTr::tr("the row has %1 fields but the header has %2 columns")
                           .arg(record.fieldCount)
                           .arg(m_header.names.size());
            return false;
        }
        return true;
    }

    void readId(int line, const QString &id, Camera &camera, QStringList &reasons)
    {
        if (id.isEmpty())
            return; // one is made up once the row is known to be good
        for (QChar ch : id) {
            if (ch.isSpace() || ch.unicode() < 0x20 || ch.unicode() == 0x7F) {
                reasons
                    << CameraCsvTr::tr("the id \"%1\" must not contain spaces or control characters").arg(id);
                return;
            }
        }
        const auto taken = m_takenIds.constFind(id);
        if (taken != m_takenIds.constEnd()) {
            if (*taken == 0)
                reasons << CameraCsvTr::tr("a camera with id \"%1\" already exists").arg(id);
            else
                reasons << CameraCsvTr::tr("the id \"%1\" is already used on line %2").arg(id).arg(*taken);
            return;
        }
        m_takenIds.insert(id, line);
        camera.id = id;
    }

    static void readLocation(const QString &lat, const QString &lon, Camera &camera, QStringList &reasons)
    {
        if (lat.isEmpty() && lon.isEmpty())
            return;
        if (lat.isEmpty() || lon.isEmpty()) {
            reasons << CameraCsvTr::tr("give both latitude and longitude, or neither");
            return;
        }
        const std::optional<double> latitude = parseDegrees(lat), longitude = parseDegrees(lon);
        if (!latitude)
            reasons << CameraCsvTr::tr("latitude \"%1\" is not a number").arg(lat);
        else if (std::abs(*latitude) > 90.0)
            reasons << CameraCsvTr::tr("latitude must be between -90 and 90");
        if (!longitude)
            reasons << CameraCsvTr::tr("longitude \"%1\" is not a number").arg(lon);
        else if (std::abs(*longitude) > 180.0)
            reasons << CameraCsvTr::tr("longitude must be between -180 and 180");
        if (latitude && longitude) {
            camera.hasLocation = true;
            camera.latitude = *latitude;
            camera.longitude = *longitude;
        }
    }

    static void readUrls(const QString &main, const QString &sub, const QString &onvif, Camera &camera,
                         QStringList &reasons)
    {
        if (main.isEmpty() && onvif.isEmpty())
            reasons << CameraCsvTr::tr(
                "there is no main stream address (main_stream) and no ONVIF address (onvif)");
        if (!main.isEmpty()) {
            if (auto url = parseUrl(main, false)) {
                takeUserInfo(*url, camera);
                camera.mainStreamUrl = canonical(*url);
            } else {
                reasons << CameraCsvTr::tr("the main stream address is not a valid RTSP or HTTP URL");
            }
        }
        if (!sub.isEmpty()) {
            if (auto url = parseUrl(sub, false)) {
                takeUserInfo(*url, camera);
                camera.subStreamUrl = canonical(*url);
            } else {
                reasons << CameraCsvTr::tr("the sub stream address is not a valid RTSP or HTTP URL");
            }
        }
        if (!onvif.isEmpty()) {
            if (auto url = parseUrl(onvif, true)) {
                takeUserInfo(*url, camera);
                camera.onvifUrl = canonical(*url);
            } else {
                reasons << CameraCsvTr::tr("the ONVIF address is not a valid HTTP URL");
            }
        }
    }

    static void readBool(Column column, const QString &value, bool empty, bool &out, QStringList &reasons)
    {
        if (const std::optional<bool> b = parseBool(value, empty))
            out = *b;
        else
            reasons << CameraCsvTr::tr(
                           "\"%1\" is not a valid value for %2 (use ya/tidak, yes/no, true/false or 1/0)")
                           .arg(value, QLatin1String(kColumnNames[column]));
    }

    const Header &m_header;
    QHash<QString, int> &m_takenIds;
};

// Reads the header row; on failure returns nothing and sets `fatal` (the file is unusable).
std::optional<Header> readHeader(CsvReader &reader, ProblemList &problems, CsvProblem &fatal)
{
    CsvRecord record;
    do {
        if (!reader.next(record)) {
            fatal = {0, CameraCsvTr::tr("The file is empty.")};
            return std::nullopt;
        }
    } while (record.isBlank());
    Header header;
    header.line = record.line;
    header.at.fill(-1);
    if (record.error != CsvRecord::Error::None) {
        fatal = {record.line, CameraCsvTr::tr("the header row is not valid CSV (check its quotes)")};
        return std::nullopt;
    }
    if (record.fieldCount > cameracsv::kMaxColumns) {
        fatal = {record.line,
                 CameraCsvTr::tr("the header has more than %1 columns").arg(cameracsv::kMaxColumns)};
        return std::nullopt;
    }
    for (int i = 0; i < record.fields.size(); ++i) {
        if (!isValidUtf8(record.fields[i])) {
            fatal = {record.line,
                     CameraCsvTr::tr("the text is not valid UTF-8 (save the file as \"CSV UTF-8\")")};
            return std::nullopt;
        }
        const QString name = normalisedColumnName(record.fields[i]);
        header.names << name;
        if (name.isEmpty())
            continue; // a trailing separator, as spreadsheets write
        const int column = columnFor(name);
        if (column < 0) {
            problems.add(record.line,
                         CameraCsvTr::tr("the column \"%1\" is not known and is ignored").arg(name));
        } else if (header.at[column] >= 0) {
            fatal = {record.line, CameraCsvTr::tr("the column \"%1\" appears twice in the header").arg(name)};
            return std::nullopt;
        } else {
            header.at[column] = i;
        }
    }
    if (!header.has(Name)) {
        fatal = {
            record.line,
            CameraCsvTr::tr("the first row must be the header naming the columns, and it has no \"name\" "
                            "column")};
        return std::nullopt;
    }
    if (!header.has(MainStream) && !header.has(Onvif)) {
        fatal = {record.line,
                 CameraCsvTr::tr("the header has neither a \"main_stream\" nor an \"onvif\" column")};
        return std::nullopt;
    }
    return header;
}

// Something wrong with the file as a whole, found before parsing it.
std::optional<CsvProblem> fileProblem(const QByteArray &bytes)
{
    if (bytes.size() > cameracsv::kMaxFileBytes)
        return CsvProblem{0, CameraCsvTr::tr("The file is larger than %1 MiB; split it into smaller files.")
                                 .arg(cameracsv::kMaxFileBytes / (1024 * 1024))};
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return CsvProblem{
            0, CameraCsvTr::tr("The file is in UTF-16; save it as \"CSV UTF-8\" and import it again.")};
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return CsvProblem{
            lineOfOffset(bytes, nul),
            CameraCsvTr::tr("the file contains binary data (NUL bytes); it is not a CSV text file")};
    return std::nullopt;
}

QByteArray csvField(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    const bool quote = bytes.contains(',') || bytes.contains(';') || bytes.contains('"') ||
                       bytes.contains('\n') || bytes.contains('\r') ||
                       (!bytes.isEmpty() && (bytes.front() == ' ' || bytes.back() == ' '));
    if (!quote)
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

QString urlText(const QUrl &url)
{
    return url.isEmpty() ? QString() : url.toString(QUrl::RemoveUserInfo | QUrl::FullyEncoded);
}
} // namespace

QString CsvProblem::text() const
{
    return line > 0 ? CameraCsvTr::tr("Line %1: %2").arg(line).arg(reason) : reason;
}

QString CsvImportResult::summary() const
{
    if (rejected)
        return CameraCsvTr::tr("Nothing can be imported: %1").arg(problems.value(0).text());
    if (badRowCount == 0)
        return CameraCsvTr::tr("%Ln camera(s) ready to import.", nullptr, int(cameras.size()));
    return CameraCsvTr::tr("%Ln camera(s) ready to import", nullptr, int(cameras.size())) +
           QStringLiteral("; ") +
           CameraCsvTr::tr("%Ln row(s) with problems will be left out.", nullptr, badRowCount);
}

QStringList cameracsv::columns()
{
    QStringList names;
    for (const char *name : kColumnNames)
        names << QLatin1String(name);
    return names;
}

std::optional<QByteArray> cameracsv::readFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error =
                CameraCsvTr::tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return std::nullopt;
    }
    // Read one byte past the cap rather than trust size(): pipes and devices report 0.
    const QByteArray bytes = f.read(kMaxFileBytes + 1);
    if (bytes.size() > kMaxFileBytes) {
        if (error)
            *error = CameraCsvTr::tr("%1 is larger than %2 MiB; split it into smaller files.")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(kMaxFileBytes / (1024 * 1024));
        return std::nullopt;
    }
    if (f.error() != QFileDevice::NoError) {
        if (error)
            *error =
                CameraCsvTr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return std::nullopt;
    }
    return bytes;
}

CsvImportResult importCameras(const QByteArray &input, const QVector<Camera> &existing)
{
    CsvImportResult result;
    auto reject = [&result](const CsvProblem &why) {
        result.rejected = true;
        result.cameras.clear();
        result.problems = {why};
        qCInfo(lcInventory) << "CSV import refused:" << why.text();
        return result;
    };
    if (const std::optional<CsvProblem> why = fileProblem(input))
        return reject(*why);

    QByteArray bytes = input;
    if (bytes.startsWith(kUtf8Bom))
        bytes.remove(0, 3);
    // Excel's optional first line "sep=;" names the separator.
    char separator = CsvReader::detectSeparator(bytes);
    const bool sepLine = bytes.size() >= 5 && bytes.left(4).toLower() == "sep=" &&
                         (bytes.size() == 5 || bytes[5] == '\n' || bytes[5] == '\r');
    if (sepLine && (bytes[4] == ',' || bytes[4] == ';' || bytes[4] == '\t'))
        separator = bytes[4];
    CsvReader reader(bytes, separator, cameracsv::kMaxFieldBytes, cameracsv::kMaxColumns + 1);
    CsvRecord record;
    if (sepLine)
        reader.next(record);

    ProblemList problems(result.problems);
    CsvProblem fatal;
    const std::optional<Header> header = readHeader(reader, problems, fatal);
    if (!header)
        return reject(fatal);

    QHash<QString, int> takenIds;
    for (const Camera &c : existing)
        takenIds.insert(c.id, 0);
    RowReader rows(*header, takenIds);
    while (reader.next(record)) {
        if (record.isBlank())
            continue; // empty lines and the ";;;;" rows spreadsheets leave at the end
        if (++result.rowCount > cameracsv::kMaxRows)
            return reject(
                {0, CameraCsvTr::tr("The file has more than %1 camera rows; split it into smaller files.")
                        .arg(cameracsv::kMaxRows)});
        Camera camera;
        QStringList reasons;
        if (rows.read(record, camera, reasons)) {
            result.cameras.push_back(camera);
        } else {
            ++result.badRowCount;
            for (const QString &reason : reasons)
                problems.add(record.line, reason);
        }
    }
    problems.finish();
    qCInfo(lcInventory) << "CSV import:" << result.rowCount << "rows," << result.cameras.size() << "good,"
                        << result.badRowCount << "with problems";
    return result;
}

QByteArray exportCameras(const QVector<Camera> &cameras)
{
    QByteArray out(kUtf8Bom);
    auto writeRow = [&out](const std::array<QString, ColumnCount> &fields) {
        for (int c = 0; c < ColumnCount; ++c) {
            if (c > 0)
                out += ',';
            out += csvField(fields[c]);
        }
        out += "\r\n";
    };
    std::array<QString, ColumnCount> row;
    for (int c = 0; c < ColumnCount; ++c)
        row[c] = QLatin1String(kColumnNames[c]);
    writeRow(row);
    const auto yesNo = [](bool b) { return b ? QStringLiteral("true") : QStringLiteral("false"); };
    for (const Camera &c : cameras) {
        row = {};
        row[Id] = c.id;
        row[Name] = c.name;
        row[Kabupaten] = c.area.value(0);
        row[Kecamatan] = c.area.value(1);
        row[Desa] = c.area.value(2);
        row[Titik] = c.area.mid(3).join(QStringLiteral(" / ")); // deeper areas fold into titik
        row[Owner] = c.owner;
        if (c.hasLocation) {
            row[Latitude] = QString::number(c.latitude, 'g', QLocale::FloatingPointShortest);
            row[Longitude] = QString::number(c.longitude, 'g', QLocale::FloatingPointShortest);
        }
        row[MainStream] = urlText(c.mainStreamUrl);
        row[SubStream] = urlText(c.subStreamUrl);
        row[Onvif] = urlText(c.onvifUrl);
        row[Username] = c.username; // the password column stays empty on purpose
        row[Ptz] = yesNo(c.ptz);
        row[Tags] = c.tags.join(QLatin1Char('|'));
        row[Enabled] = yesNo(c.enabled);
        row[OnvifProfile] = c.onvifProfileToken;
        writeRow(row);
    }
    return out;
}

} // namespace pantau
