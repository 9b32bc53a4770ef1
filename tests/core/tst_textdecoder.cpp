#include "text/TextDecoder.h"

#include <QTest>

using namespace glossator;

class TestTextDecoder : public QObject {
    Q_OBJECT

private slots:
    void utf8WithoutBom()
    {
        const DecodedText decoded = TextDecoder::decode(QByteArray("Gr\xC3\xBC\xC3\x9F"
                                                                   "e\r\nzwei\rdrei\n"));
        QCOMPARE(decoded.text, QStringLiteral("Grüße\nzwei\ndrei\n"));
        QCOMPARE(decoded.encoding, QStringLiteral("UTF-8"));
        QVERIFY(!decoded.hadByteOrderMark);
        QCOMPARE(decoded.firstInvalidByte, qsizetype(-1));
    }

    void utf16BigEndianWithBom()
    {
        QByteArray bytes("\xFE\xFF", 2);
        for (const char16_t unit : u"\u65E5\u672C") {
            if (unit == 0)
                break;
            bytes.append(char(unit >> 8)).append(char(unit & 0xFF));
        }
        const DecodedText decoded = TextDecoder::decode(bytes);
        QCOMPARE(decoded.text, QStringLiteral("日本"));
        QCOMPARE(decoded.encoding, QStringLiteral("UTF-16BE"));
        QVERIFY(decoded.hadByteOrderMark);
    }

    void invalidUtf8NamesTheByte()
    {
        // An overlong encoding of '/' at offset 3 must not pass as UTF-8.
        const DecodedText decoded = TextDecoder::decode(QByteArray("abc\xC0\xAF"
                                                                   "def"));
        QCOMPARE(decoded.firstInvalidByte, qsizetype(3));
        QCOMPARE(decoded.encoding, QStringLiteral("windows-1252"));
        QVERIFY(decoded.text.startsWith(QStringLiteral("abc")));
    }

    void truncatedSequenceAtEnd()
    {
        const DecodedText decoded = TextDecoder::decode(QByteArray("ok \xE6\x97"));
        QCOMPARE(decoded.firstInvalidByte, qsizetype(3));
    }

    void binaryDetection()
    {
        QVERIFY(TextDecoder::looksBinary(QByteArray("PK\x03\x04\x00\x00", 6)));
        QVERIFY(!TextDecoder::looksBinary(QByteArray("plain text\n\twith a tab\n")));
        QVERIFY(!TextDecoder::looksBinary(QByteArray("\xFF\xFE"
                                                     "a\x00",
                                                     4)));
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
