#include "TextDecoder.h"

#include <QStringDecoder>

namespace glossator {

namespace {

// Offset of the first byte that breaks UTF-8, or -1 when the whole buffer is valid.
qsizetype firstInvalidUtf8Byte(const QByteArray& bytes)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
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

} // namespace

bool TextDecoder::looksBinary(const QByteArray& bytes)
{
    // UTF-16 text is full of zero bytes, so only judge text without a UTF-16 byte order mark.
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
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
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
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
    } else {
        const qsizetype invalid = firstInvalidUtf8Byte(bytes);
        if (invalid < 0) {
            result = decodeWith(QStringDecoder::Utf8, bytes, 0);
        } else {
            // Not UTF-8: the commonest legacy encoding of copied web pages decodes every byte.
            QStringDecoder legacy("windows-1252", QStringDecoder::Flag::Stateless);
            if (legacy.isValid()) {
                result.text = legacy.decode(bytes);
                result.encoding = QStringLiteral("windows-1252");
                result.replacedInvalidBytes = legacy.hasError();
            } else {
                result = decodeWith(QStringDecoder::Utf8, bytes, 0);
                result.replacedInvalidBytes = true;
            }
            result.firstInvalidByte = invalid;
        }
    }
    result.text = normaliseLineEnds(std::move(result.text));
    return result;
}

} // namespace glossator
