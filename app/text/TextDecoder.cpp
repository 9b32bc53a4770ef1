#include "TextDecoder.h"

#include <QStringDecoder>

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>
#include <type_traits>
#include <uchardet.h>

namespace glossator {

namespace {

constexpr char westernEncoding[] = "windows-1252";

// uchardet has made up its mind long before this; the rest of a large file would only cost time.
constexpr qsizetype detectionWindow = qsizetype(1) << 20;

// How many characters a candidate's reading must change against Windows-1252's before the
// detector is believed on text that reads plausibly either way: on a few accented letters its
// statistics are noise (it calls "Renée" IBM852 or ISO-8859-3), on a page of them they are not.
constexpr qsizetype enoughEvidence = 16;

const unsigned char* unsignedData(QByteArrayView bytes)
{
    return reinterpret_cast<const unsigned char*>(bytes.data());
}

bool eightAsciiBytes(const unsigned char* data)
{
    quint64 word = 0;
    std::memcpy(&word, data, sizeof word);
    return (word & 0x8080808080808080ull) == 0;
}

// Offset of the first byte that breaks UTF-8, or -1 when the whole buffer is valid.
qsizetype firstInvalidUtf8Byte(QByteArrayView bytes)
{
    const unsigned char* data = unsignedData(bytes);
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        // Most of any article is ASCII: check it a word at a time.
        if (i + 8 <= size && eightAsciiBytes(data + i)) {
            i += 8;
            continue;
        }
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned int codePoint = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            codePoint = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            codePoint = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            codePoint = lead & 0x07;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (data[i + k] & 0x3F);
        }
        const bool overlong = (length == 2 && codePoint < 0x80) || (length == 3 && codePoint < 0x800) ||
                              (length == 4 && codePoint < 0x10000);
        const bool surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
        if (overlong || surrogate || codePoint > 0x10FFFF)
            return i;
        i += length;
    }
    return -1;
}

// Legacy text usually shows itself in its first lines; finding that out there spares a large
// file a complete UTF-8 decoding that would be thrown away. A sequence cut off by the end of the
// look is no evidence unless the file ends there too.
bool notUtf8AtTheStart(QByteArrayView bytes)
{
    const QByteArrayView start = bytes.first(std::min<qsizetype>(bytes.size(), 1 << 16));
    const qsizetype invalid = firstInvalidUtf8Byte(start);
    return invalid >= 0 && (start.size() == bytes.size() || invalid + 4 <= start.size());
}

DecodedText decodeWith(QStringDecoder::Encoding encoding, const QByteArray& bytes, qsizetype skip)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    DecodedText result;
    result.text = decoder.decode(QByteArrayView(bytes).sliced(skip));
    result.encoding = QString::fromLatin1(QStringConverter::nameForEncoding(encoding));
    result.hadByteOrderMark = skip > 0;
    result.replacedInvalidBytes = decoder.hasError();
    return result;
}

enum class ByteOrder { None, LittleEndian, BigEndian };

// UTF-16 without a byte order mark, recognised only where it cannot be mistaken: characters below
// U+0100 (spaces, digits, line ends, Latin letters) put a zero in every other byte, and the units
// the bytes spell are text, with no NUL, no unpaired surrogate and hardly a control character.
// UTF-16 made almost only of CJK characters has no such zeros and is left alone.
ByteOrder utf16WithoutBom(QByteArrayView bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return ByteOrder::None;
    const unsigned char* data = unsignedData(bytes);
    const qsizetype units = std::min<qsizetype>(bytes.size(), 1 << 16) / 2;
    qsizetype zerosAt[2] = {0, 0};
    for (qsizetype i = 0; i < units * 2; ++i) {
        if (data[i] == 0)
            ++zerosAt[i % 2];
    }
    const bool little = zerosAt[1] >= zerosAt[0];
    const qsizetype zeroHighBytes = little ? zerosAt[1] : zerosAt[0];
    const qsizetype zeroLowBytes = little ? zerosAt[0] : zerosAt[1];
    if (zeroHighBytes * 10 < units * 3 || zeroLowBytes * 50 > units)
        return ByteOrder::None;
    qsizetype controls = 0;
    bool expectLowSurrogate = false;
    for (qsizetype u = 0; u < units; ++u) {
        const unsigned char first = data[2 * u];
        const unsigned char second = data[2 * u + 1];
        const char16_t unit = little ? char16_t(first | second << 8) : char16_t(first << 8 | second);
        if (unit == 0 || unit == 0xFFFE || unit == 0xFFFF || QChar::isLowSurrogate(unit) != expectLowSurrogate)
            return ByteOrder::None;
        expectLowSurrogate = QChar::isHighSurrogate(unit);
        if (unit < 0x20 && unit != u'\t' && unit != u'\n' && unit != u'\r' && unit != u'\f')
            ++controls;
    }
    if (controls * 100 > units)
        return ByteOrder::None;
    return little ? ByteOrder::LittleEndian : ByteOrder::BigEndian;
}

struct Reading {
    QString text;
    bool errors = false;
};

// The bytes read with one of Qt's (ICU) converters, or nothing when Qt has no such converter.
std::optional<Reading> readAs(const char* encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding);
    if (!decoder.isValid())
        return std::nullopt;
    Reading reading;
    reading.text = decoder.decode(bytes);
    // A newline never continues a multi-byte character, so it turns one cut off at the end of
    // the file into a visible error instead of letting the converter drop it unseen.
    reading.text += decoder.decode(QByteArrayView("\n", 1));
    if (reading.text.endsWith(QLatin1Char('\n')))
        reading.text.chop(1);
    reading.errors = decoder.hasError();
    // ICU marks bad bytes with U+001A in some encodings and U+FFFD in others; U+FFFD is what the
    // UTF-8 path gives and what a reader recognises.
    if (reading.errors && !bytes.contains('\x1A'))
        reading.text.replace(QChar(0x1A), QChar::ReplacementCharacter);
    return reading;
}

// The part of the file the encoding is chosen on: from a little before the first byte above 0x7F
// (ASCII tells a detector nothing, and everything before that byte is ASCII, so any cut there is
// a character boundary) to the end of a line about a megabyte on. Every encoding considered here
// keeps 0x0A out of multi-byte characters, so a line end is a character boundary too.
QByteArrayView detectionSample(QByteArrayView bytes)
{
    const unsigned char* data = unsignedData(bytes);
    const qsizetype size = bytes.size();
    qsizetype firstHigh = 0;
    while (firstHigh + 8 <= size && eightAsciiBytes(data + firstHigh))
        firstHigh += 8;
    while (firstHigh < size && data[firstHigh] < 0x80)
        ++firstHigh;
    if (firstHigh == size)
        firstHigh = 0;
    const qsizetype start = std::max<qsizetype>(0, firstHigh - 1024);
    qsizetype end = std::min(size, start + detectionWindow);
    if (end < size) {
        const qsizetype lineEnd = bytes.first(end).lastIndexOf('\n');
        if (lineEnd > firstHigh)
            end = lineEnd + 1;
    }
    return bytes.sliced(start, end - start);
}

// uchardet's answer in upper case, or an empty string when it has none.
QByteArray detectCharset(QByteArrayView sample)
{
    const std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> detector(uchardet_new(),
                                                                                                  &uchardet_delete);
    if (!detector || uchardet_handle_data(detector.get(), sample.data(), std::size_t(sample.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    const char* charset = uchardet_get_charset(detector.get());
    return charset ? QByteArray(charset).toUpper() : QByteArray();
}

// Marks of ordinary Western typography, at home next to a word though rarely inside one.
bool isTypographic(char16_t c)
{
    switch (c) {
    case 0x00A1: // ¡
    case 0x00BF: // ¿
    case 0x00AB: // «
    case 0x00BB: // »
    case 0x2039: // ‹
    case 0x203A: // ›
    case 0x2018: // ‘
    case 0x201A: // ‚
    case 0x201C: // “
    case 0x201D: // ”
    case 0x201E: // „
    case 0x2013: // –
    case 0x2014: // —
    case 0x2026: // …
    case 0x2022: // •
    case 0x00B7: // ·
    case 0x00B0: // °
    case 0x00A7: // §
    case 0x00A9: // ©
    case 0x00AE: // ®
    case 0x2122: // ™
    case 0x20AC: // €
    case 0x00A3: // £
    case 0x00A5: // ¥
    case 0x00A2: // ¢
        return true;
    default:
        return false;
    }
}

bool isAsciiLetter(QChar c)
{
    return c.unicode() < 0x80 && c.isLetter();
}

// Signs of a wrong reading: C1 controls and replacement characters; symbols glued to letters
// (Polish "łódź" read as Windows-1252 is "³ódŸ"); typographic marks inside a word; letters of
// another script inside a Latin word (Western text read as Thai, Greek or Japanese); and runs of
// three or more accented Latin letters, which Western languages hardly have and Cyrillic, Greek
// or CJK text read as Windows-1252 is made of ("Ïðèâåò" for "Привет").
qsizetype implausibleCharacters(QStringView text)
{
    qsizetype count = 0;
    qsizetype accentedRun = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        const bool accentedLatin = u >= 0x80 && c.isLetter() && c.script() == QChar::Script_Latin;
        accentedRun = accentedLatin ? accentedRun + 1 : 0;
        if (accentedRun == 3)
            ++count;
        if (u < 0x80 || accentedLatin)
            continue;
        if (u <= 0x9F || u == 0xFFFD) {
            ++count;
            continue;
        }
        const QChar before = i > 0 ? text[i - 1] : QChar(u' ');
        const QChar after = i + 1 < text.size() ? text[i + 1] : QChar(u' ');
        if (c.isLetter()) {
            const QChar::Script script = c.script();
            const bool foreign = script != QChar::Script_Common && script != QChar::Script_Inherited;
            if (foreign && (isAsciiLetter(before) || isAsciiLetter(after)))
                ++count;
            continue;
        }
        // ’ and ´ stand for apostrophes inside words ("it’s"); marks follow letters by nature.
        if (c.isSpace() || c.isMark() || c.category() == QChar::Number_DecimalDigit || u == 0x2019 || u == 0x00B4)
            continue;
        if (isTypographic(u) ? before.isLetter() && after.isLetter() : before.isLetter() || after.isLetter())
            ++count;
    }
    return count;
}

// How much two readings of the same bytes disagree: the characters that differ when the two are
// of one length (single-byte encodings), else the non-ASCII characters of the first.
qsizetype differences(QStringView reading, QStringView western)
{
    qsizetype count = 0;
    if (reading.size() == western.size()) {
        for (qsizetype i = 0; i < reading.size(); ++i) {
            if (reading[i] != western[i])
                ++count;
        }
        return count;
    }
    for (const QChar c : reading) {
        if (c.unicode() >= 0x80)
            ++count;
    }
    return count;
}

struct Choice {
    QByteArray converter; // what Qt's converter is opened with
    QString name;         // what the user is told
};

Choice westernChoice()
{
    return {QByteArray(westernEncoding), QString::fromLatin1(westernEncoding)};
}

// The registered spelling where uchardet's upper case differs from it.
QString displayName(const QByteArray& detected)
{
    if (detected == "SHIFT_JIS")
        return QStringLiteral("Shift_JIS");
    if (detected == "BIG5")
        return QStringLiteral("Big5");
    if (detected.startsWith("WINDOWS-"))
        return QStringLiteral("windows-") + QString::fromLatin1(detected.mid(8));
    return QString::fromLatin1(detected);
}

// uchardet says UHC for Korean text that needs only EUC-KR, the name such a file is known by;
// UHC's additions are the only double-byte characters with a byte below 0xA1.
bool withinEucKr(QByteArrayView bytes)
{
    const unsigned char* data = unsignedData(bytes);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (data[i] < 0x80)
            continue;
        if (data[i] < 0xA1 || data[i] == 0xFF || i + 1 >= bytes.size() || data[i + 1] < 0xA1 || data[i + 1] == 0xFF)
            return false;
        ++i;
    }
    return true;
}

// The detector's answer checked against the bytes. Windows-1252 is the default, because it was
// always read and decodes every byte; the detector's answer replaces it when its reading shows
// fewer signs of being wrong, or as few and enough differences to trust the detector's statistics.
Choice chooseEncoding(QByteArrayView sample, const QByteArray& detectedAnyCase)
{
    const QByteArray detected = detectedAnyCase.toUpper();
    // ISO-8859-1 is read as its superset, as browsers do. A UTF answer contradicts the failed
    // UTF-8 check (or the missing byte order mark) and is no answer.
    if (detected.isEmpty() || detected == "ASCII" || detected == "ISO-8859-1" || detected == "WINDOWS-1252" ||
        detected.startsWith("UTF-") || detected.startsWith("X-ISO-10646"))
        return westernChoice();
    Choice candidate{detected, displayName(detected)};
    if (detected == "UHC" || detected == "EUC-KR") {
        candidate = withinEucKr(sample) ? Choice{QByteArrayLiteral("EUC-KR"), QStringLiteral("EUC-KR")}
                                        : Choice{QByteArrayLiteral("windows-949"), QStringLiteral("windows-949")};
    }
    const std::optional<Reading> reading = readAs(candidate.converter.constData(), sample);
    const std::optional<Reading> western = readAs(westernEncoding, sample);
    if (!reading || !western || reading->text == western->text)
        return westernChoice();
    // The reading with fewer signs of being wrong wins. This is what catches the detector's
    // confusions: Western text taken for a CJK encoding breaks its rules (replacement characters)
    // or puts ideographs inside Latin words, while real CJK, Cyrillic or Greek text read as
    // Windows-1252 is full of C1 controls, symbols glued to letters and runs of accented letters.
    const qsizetype odd = implausibleCharacters(reading->text);
    const qsizetype westernOdd = implausibleCharacters(western->text);
    if (odd != westernOdd)
        return odd < westernOdd ? candidate : westernChoice();
    return differences(reading->text, western->text) >= enoughEvidence ? candidate : westernChoice();
}

// Bytes that are not UTF-8, read in the encoding chosen for them; line ends are left as they are.
DecodedText readLegacy(const QByteArray& bytes, const QByteArray& detected)
{
    const Choice choice = chooseEncoding(detectionSample(bytes), detected);
    DecodedText result;
    if (std::optional<Reading> reading = readAs(choice.converter.constData(), bytes)) {
        result.text = std::move(reading->text);
        result.encoding = choice.name;
        result.replacedInvalidBytes = reading->errors;
        // Converters reserve room for two UTF-16 units per byte; most of it is never used.
        if (result.text.capacity() > result.text.size() + result.text.size() / 4)
            result.text.squeeze();
    } else {
        // A Qt without ICU knows no legacy encoding; UTF-8 with replacement characters at least
        // keeps the ASCII.
        result = decodeWith(QStringDecoder::Utf8, bytes, 0);
        result.replacedInvalidBytes = true;
    }
    result.firstInvalidByte = firstInvalidUtf8Byte(bytes);
    return result;
}

} // namespace

bool TextDecoder::looksBinary(const QByteArray& bytes)
{
    // UTF-16 text is full of zero bytes, so only judge text that is not UTF-16.
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF") || utf16WithoutBom(bytes) != ByteOrder::None)
        return false;
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 8192);
    int controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const unsigned char c = static_cast<unsigned char>(bytes.at(i));
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ++controls;
    }
    return sample > 0 && controls * 10 > sample;
}

QString TextDecoder::normaliseLineEnds(QString text)
{
    // Most files have no CR at all, and one fast scan proves it without touching the text.
    const qsizetype firstCr = text.indexOf(QLatin1Char('\r'));
    if (firstCr < 0)
        return text;
    QChar* data = text.data();
    const qsizetype size = text.size();
    qsizetype out = firstCr;
    for (qsizetype in = firstCr; in < size; ++in) {
        if (data[in] != u'\r') {
            data[out++] = data[in];
            continue;
        }
        data[out++] = u'\n';
        if (in + 1 < size && data[in + 1] == u'\n')
            ++in;
    }
    text.truncate(out);
    return text;
}

DecodedText TextDecoder::decodeLegacy(const QByteArray& bytes, const QByteArray& detected)
{
    DecodedText result = readLegacy(bytes, detected);
    result.text = normaliseLineEnds(std::move(result.text));
    return result;
}

std::optional<TextDecoder::Plan> TextDecoder::plan(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return Plan{QStringConverter::Utf8, 3, -1};
    if (bytes.startsWith("\xFF\xFE"))
        return Plan{QStringConverter::Utf16LE, 2, -1};
    if (bytes.startsWith("\xFE\xFF"))
        return Plan{QStringConverter::Utf16BE, 2, -1};
    if (const ByteOrder order = utf16WithoutBom(bytes); order != ByteOrder::None)
        return Plan{order == ByteOrder::LittleEndian ? QStringConverter::Utf16LE : QStringConverter::Utf16BE, 0,
                    bytes.indexOf('\0')};
    if (notUtf8AtTheStart(bytes) || !QByteArrayView(bytes).isValidUtf8())
        return std::nullopt;
    return Plan{QStringConverter::Utf8, 0, -1};
}

DecodedText TextDecoder::decode(const QByteArray& bytes)
{
    DecodedText result;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        result = decodeWith(QStringDecoder::Utf8, bytes, 3);
    } else if (bytes.startsWith("\xFF\xFE")) {
        result = decodeWith(QStringDecoder::Utf16LE, bytes, 2);
    } else if (bytes.startsWith("\xFE\xFF")) {
        result = decodeWith(QStringDecoder::Utf16BE, bytes, 2);
    } else if (const ByteOrder order = utf16WithoutBom(bytes); order != ByteOrder::None) {
        result =
            decodeWith(order == ByteOrder::LittleEndian ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE, bytes, 0);
        result.firstInvalidByte = bytes.indexOf('\0');
    } else if (notUtf8AtTheStart(bytes)) {
        result = readLegacy(bytes, detectCharset(detectionSample(bytes)));
    } else {
        // Qt's decoder rejects exactly what firstInvalidUtf8Byte() does (overlong forms,
        // surrogates, code points past U+10FFFF, cut-off sequences) and checks ASCII faster, so
        // the common case costs one pass; only a failure pays for finding the offending byte.
        result = decodeWith(QStringDecoder::Utf8, bytes, 0);
        if (result.replacedInvalidBytes)
            result = readLegacy(bytes, detectCharset(detectionSample(bytes)));
    }
    result.text = normaliseLineEnds(std::move(result.text));
    return result;
}

} // namespace glossator
