#pragma once

#include <QByteArray>
#include <QString>

namespace glossator {

// Bytes of an article file turned into text with its encoding named, line ends made "\n".
struct DecodedText {
    QString text;
    QString encoding; // e.g. "UTF-8", "UTF-16LE", "windows-1252"
    bool hadByteOrderMark = false;
    bool replacedInvalidBytes = false;
    qsizetype firstInvalidByte = -1; // offset of the first byte that was not valid in the encoding
};

class TextDecoder {
public:
    static DecodedText decode(const QByteArray& bytes);
    // True when the bytes look like a binary file rather than text of any encoding.
    static bool looksBinary(const QByteArray& bytes);
    static QString normaliseLineEnds(QString text);
};

} // namespace glossator
