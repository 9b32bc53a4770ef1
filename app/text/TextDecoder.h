#pragma once

#include <QByteArray>
#include <QString>
#include <QStringConverter>

#include <optional>

namespace glossator {

// Bytes of an article file turned into text with its encoding named, line ends made "\n".
struct DecodedText {
    QString text;
    QString encoding; // e.g. "UTF-8", "UTF-16LE", "windows-1252", "Shift_JIS", "EUC-KR", "GB18030"
    bool hadByteOrderMark = false;
    bool replacedInvalidBytes = false; // some bytes were not valid in the encoding read: each became U+FFFD
    // When the file was read as something other than UTF-8 although it has no byte order mark: the
    // offset of the first byte that ruled UTF-8 out (an invalid sequence, or a zero byte of UTF-16
    // text). -1 otherwise.
    qsizetype firstInvalidByte = -1;
};

// UTF-8 (with or without a byte order mark) and UTF-16 with a byte order mark are read as such;
// UTF-16 without one when its zero bytes say so unambiguously. Anything else is a legacy encoding:
// uchardet names a candidate, which is cross-checked against the bytes, and Windows-1252 is read
// when it names nothing that can be decoded or its reading would be garbage.
class TextDecoder {
public:
    static DecodedText decode(const QByteArray& bytes);

    // How decode() would read the bytes, when that is one of Qt's own encodings that can be decoded
    // piece by piece (UTF-8 that is valid throughout, UTF-16): the encoding, the bytes of the byte
    // order mark to skip, and firstInvalidByte as decode() would set it. Nothing for a legacy
    // encoding, which only decode() reads.
    struct Plan {
        QStringConverter::Encoding encoding = QStringConverter::Utf8;
        qsizetype skip = 0;
        qsizetype firstInvalidByte = -1;
    };
    static std::optional<Plan> plan(const QByteArray& bytes);
    // True when the bytes look like a binary file rather than text of any encoding.
    static bool looksBinary(const QByteArray& bytes);
    static QString normaliseLineEnds(QString text);

    // Exposed for tests: how bytes that are not UTF-8 are read when the detector names `detected`
    // (uchardet's spelling, such as "SHIFT_JIS"; empty when it has no answer).
    static DecodedText decodeLegacy(const QByteArray& bytes, const QByteArray& detected);
};

} // namespace glossator
