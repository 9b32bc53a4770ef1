#include "text/TextDecoder.h"

#include <QStringEncoder>
#include <QTest>

#include <algorithm>
#include <utility>

using namespace glossator;

namespace {

// Realistic text in the legacy encodings articles arrive in: a Japanese news paragraph with two
// comments (the second ends in half-width katakana, single bytes in Shift_JIS and SS2 pairs in
// EUC-JP), Korean, Simplified Chinese, French and German. The bytes were made by an encoder other
// than the converter under test (Python's codecs), so each decoding is checked against an
// independent reference.

QString japaneseText()
{
    return QStringLiteral("東京都は十日、来年度から都内の公立小学校で給食費を無償化する方針を明らかにした。対象はおよそ"
                          "六十万人で、年間の費用は約三百億円と見込まれている。\n"
                          "\n"
                          "山田太郎\n"
                          "ようやく実現しましたね。地方にも広がってほしいです。\n"
                          "\n"
                          "さくら\n"
                          "財源はどうするのでしょうか。説明が足りないと思います。ｶﾞｯｶﾘです。\n");
}

QByteArray japaneseShiftJis()
{
    static const char bytes[] =
        "\x93\x8C\x8B\x9E\x93s\x82\xCD\x8F\x5C\x93\xFA\x81"
        "A\x97\x88\x94N\x93x\x82\xA9\x82\xE7\x93s\x93\xE0\x82"
        "\xCC\x8C\xF6\x97\xA7\x8F\xAC\x8Aw\x8DZ\x82\xC5\x8B\x8B\x90H\x94\xEF\x82\xF0\x96\xB3\x8F\x9E\x89\xBB\x82"
        "\xB7\x82\xE9\x95\xFB\x90j\x82\xF0\x96\xBE\x82\xE7\x82\xA9\x82\xC9\x82\xB5\x82\xBD\x81"
        "B\x91\xCE\x8F"
        "\xDB\x82\xCD\x82\xA8\x82\xE6\x82\xBB\x98Z\x8F\x5C\x96\x9C\x90l\x82\xC5\x81"
        "A\x94N\x8A\xD4\x82\xCC\x94"
        "\xEF\x97p\x82\xCD\x96\xF1\x8EO\x95S\x89\xAD\x89~\x82\xC6\x8C\xA9\x8D\x9E\x82\xDC\x82\xEA\x82\xC4\x82"
        "\xA2\x82\xE9\x81"
        "B\n\n\x8ER\x93"
        "c\x91\xBE\x98Y\n\x82\xE6\x82\xA4\x82\xE2\x82\xAD\x8E\xC0\x8C\xBB\x82"
        "\xB5\x82\xDC\x82\xB5\x82\xBD\x82\xCB\x81"
        "B\x92n\x95\xFB\x82\xC9\x82\xE0\x8DL\x82\xAA\x82\xC1\x82\xC4"
        "\x82\xD9\x82\xB5\x82\xA2\x82\xC5\x82\xB7\x81"
        "B\n\n\x82\xB3\x82\xAD\x82\xE7\n\x8D\xE0\x8C\xB9\x82\xCD"
        "\x82\xC7\x82\xA4\x82\xB7\x82\xE9\x82\xCC\x82\xC5\x82\xB5\x82\xE5\x82\xA4\x82\xA9\x81"
        "B\x90\xE0\x96\xBE"
        "\x82\xAA\x91\xAB\x82\xE8\x82\xC8\x82\xA2\x82\xC6\x8Ev\x82\xA2\x82\xDC\x82\xB7\x81"
        "B\xB6\xDE\xAF\xB6"
        "\xD8\x82\xC5\x82\xB7\x81"
        "B\n";
    return QByteArray(bytes, sizeof bytes - 1);
}

QByteArray japaneseEucJp()
{
    static const char bytes[] =
        "\xC5\xEC\xB5\xFE\xC5\xD4\xA4\xCF\xBD\xBD\xC6\xFC\xA1\xA2\xCD\xE8\xC7\xAF\xC5\xD9\xA4\xAB\xA4\xE9\xC5"
        "\xD4\xC6\xE2\xA4\xCE\xB8\xF8\xCE\xA9\xBE\xAE\xB3\xD8\xB9\xBB\xA4\xC7\xB5\xEB\xBF\xA9\xC8\xF1\xA4\xF2"
        "\xCC\xB5\xBD\xFE\xB2\xBD\xA4\xB9\xA4\xEB\xCA\xFD\xBF\xCB\xA4\xF2\xCC\xC0\xA4\xE9\xA4\xAB\xA4\xCB\xA4"
        "\xB7\xA4\xBF\xA1\xA3\xC2\xD0\xBE\xDD\xA4\xCF\xA4\xAA\xA4\xE8\xA4\xBD\xCF\xBB\xBD\xBD\xCB\xFC\xBF\xCD"
        "\xA4\xC7\xA1\xA2\xC7\xAF\xB4\xD6\xA4\xCE\xC8\xF1\xCD\xD1\xA4\xCF\xCC\xF3\xBB\xB0\xC9\xB4\xB2\xAF\xB1"
        "\xDF\xA4\xC8\xB8\xAB\xB9\xFE\xA4\xDE\xA4\xEC\xA4\xC6\xA4\xA4\xA4\xEB\xA1\xA3\n\n\xBB\xB3\xC5\xC4\xC2"
        "\xC0\xCF\xBA\n\xA4\xE8\xA4\xA6\xA4\xE4\xA4\xAF\xBC\xC2\xB8\xBD\xA4\xB7\xA4\xDE\xA4\xB7\xA4\xBF\xA4\xCD"
        "\xA1\xA3\xC3\xCF\xCA\xFD\xA4\xCB\xA4\xE2\xB9\xAD\xA4\xAC\xA4\xC3\xA4\xC6\xA4\xDB\xA4\xB7\xA4\xA4\xA4"
        "\xC7\xA4\xB9\xA1\xA3\n\n\xA4\xB5\xA4\xAF\xA4\xE9\n\xBA\xE2\xB8\xBB\xA4\xCF\xA4\xC9\xA4\xA6\xA4\xB9\xA4"
        "\xEB\xA4\xCE\xA4\xC7\xA4\xB7\xA4\xE7\xA4\xA6\xA4\xAB\xA1\xA3\xC0\xE2\xCC\xC0\xA4\xAC\xC2\xAD\xA4\xEA"
        "\xA4\xCA\xA4\xA4\xA4\xC8\xBB\xD7\xA4\xA4\xA4\xDE\xA4\xB9\xA1\xA3\x8E\xB6\x8E\xDE\x8E\xAF\x8E\xB6\x8E"
        "\xD8\xA4\xC7\xA4\xB9\xA1\xA3\n";
    return QByteArray(bytes, sizeof bytes - 1);
}

QString koreanText()
{
    return QStringLiteral("서울시는 다음 달부터 지하철 심야 운행을 새벽 한 시까지 연장한다고 10일 밝혔다.\n"
                          "\n"
                          "김민수\n"
                          "정말 반가운 소식입니다. 야근하는 사람들에게 큰 도움이 될 것 같아요.\n"
                          "\n"
                          "바다\n"
                          "운행 인력은 충분한지 걱정됩니다.\n");
}

QByteArray koreanEucKr()
{
    static const char bytes[] =
        "\xBC\xAD\xBF\xEF\xBD\xC3\xB4\xC2 \xB4\xD9\xC0\xBD \xB4\xDE\xBA\xCE\xC5\xCD \xC1\xF6\xC7\xCF\xC3\xB6 "
        "\xBD\xC9\xBE\xDF \xBF\xEE\xC7\xE0\xC0\xBB \xBB\xF5\xBA\xAE \xC7\xD1 \xBD\xC3\xB1\xEE\xC1\xF6 \xBF\xAC"
        "\xC0\xE5\xC7\xD1\xB4\xD9\xB0\xED 10\xC0\xCF \xB9\xE0\xC7\xFB\xB4\xD9.\n\n\xB1\xE8\xB9\xCE\xBC\xF6\n\xC1"
        "\xA4\xB8\xBB \xB9\xDD\xB0\xA1\xBF\xEE \xBC\xD2\xBD\xC4\xC0\xD4\xB4\xCF\xB4\xD9. \xBE\xDF\xB1\xD9\xC7"
        "\xCF\xB4\xC2 \xBB\xE7\xB6\xF7\xB5\xE9\xBF\xA1\xB0\xD4 \xC5\xAB \xB5\xB5\xBF\xF2\xC0\xCC \xB5\xC9 \xB0"
        "\xCD \xB0\xB0\xBE\xC6\xBF\xE4.\n\n\xB9\xD9\xB4\xD9\n\xBF\xEE\xC7\xE0 \xC0\xCE\xB7\xC2\xC0\xBA \xC3\xE6"
        "\xBA\xD0\xC7\xD1\xC1\xF6 \xB0\xC6\xC1\xA4\xB5\xCB\xB4\xCF\xB4\xD9.\n";
    return QByteArray(bytes, sizeof bytes - 1);
}

QString chineseText()
{
    return QStringLiteral("北京市政府周三宣布，将在未来三年内新建五十座社区图书馆，方便居民就近阅读。\n"
                          "\n"
                          "李明\n"
                          "这是好事，希望开放时间能再长一些。\n"
                          "\n"
                          "小雨\n"
                          "我们小区附近一直没有图书馆，孩子借书要坐半小时公交车。\n");
}

QByteArray chineseGb18030()
{
    static const char bytes[] =
        "\xB1\xB1\xBE\xA9\xCA\xD0\xD5\xFE\xB8\xAE\xD6\xDC\xC8\xFD\xD0\xFB\xB2\xBC\xA3\xAC\xBD\xAB\xD4\xDA\xCE"
        "\xB4\xC0\xB4\xC8\xFD\xC4\xEA\xC4\xDA\xD0\xC2\xBD\xA8\xCE\xE5\xCA\xAE\xD7\xF9\xC9\xE7\xC7\xF8\xCD\xBC"
        "\xCA\xE9\xB9\xDD\xA3\xAC\xB7\xBD\xB1\xE3\xBE\xD3\xC3\xF1\xBE\xCD\xBD\xFC\xD4\xC4\xB6\xC1\xA1\xA3\n\n"
        "\xC0\xEE\xC3\xF7\n\xD5\xE2\xCA\xC7\xBA\xC3\xCA\xC2\xA3\xAC\xCF\xA3\xCD\xFB\xBF\xAA\xB7\xC5\xCA\xB1\xBC"
        "\xE4\xC4\xDC\xD4\xD9\xB3\xA4\xD2\xBB\xD0\xA9\xA1\xA3\n\n\xD0\xA1\xD3\xEA\n\xCE\xD2\xC3\xC7\xD0\xA1\xC7"
        "\xF8\xB8\xBD\xBD\xFC\xD2\xBB\xD6\xB1\xC3\xBB\xD3\xD0\xCD\xBC\xCA\xE9\xB9\xDD\xA3\xAC\xBA\xA2\xD7\xD3"
        "\xBD\xE8\xCA\xE9\xD2\xAA\xD7\xF8\xB0\xEB\xD0\xA1\xCA\xB1\xB9\xAB\xBD\xBB\xB3\xB5\xA1\xA3\n";
    return QByteArray(bytes, sizeof bytes - 1);
}

QString frenchText()
{
    return QStringLiteral("Le conseil municipal a voté mardi la rénovation du marché couvert, fermé depuis l’été "
                          "dernier : « une très bonne nouvelle », selon les commerçants. Coût : 2 M€.\n"
                          "\n"
                          "Hélène\n"
                          "Enfin ! Ça fait trop longtemps que les cœurs de quartier attendent.\n");
}

QByteArray frenchWindows1252()
{
    static const char bytes[] =
        "Le conseil municipal a vot\xE9 mardi la r\xE9novation du march\xE9 couvert, ferm\xE9 depuis l\x92\xE9"
        "t\xE9 dernier : \xAB une tr\xE8s bonne nouvelle \xBB, selon les commer\xE7"
        "ants. Co\xFBt : 2 M\x80."
        "\n\nH\xE9l\xE8ne\nEnfin ! \xC7"
        "a fait trop longtemps que les c\x9Curs de quartier attendent.\n";
    return QByteArray(bytes, sizeof bytes - 1);
}

QString germanText()
{
    return QStringLiteral(
        "Der Stadtrat hat am Dienstag beschlossen, die Brücke über die Weser bis zum Frühjahr zu sanieren – Radfahrer "
        "müssen einen Umweg über die Südstraße nehmen.\n"
        "\n"
        "Jürgen Weiß\n"
        "„Schön, dass endlich etwas passiert“, schreibt er. Die Schäden sind ja nicht zu übersehen.\n");
}

QByteArray germanWindows1252()
{
    static const char bytes[] = "Der Stadtrat hat am Dienstag beschlossen, die Br\xFC"
                                "cke \xFC"
                                "ber die Weser bis zum Fr\xFChjahr zu"
                                " sanieren \x96 Radfahrer m\xFCssen einen Umweg \xFC"
                                "ber die S\xFC"
                                "dstra\xDF"
                                "e nehmen.\n\nJ\xFCrge"
                                "n Wei\xDF\n\x84Sch\xF6n, dass endlich etwas passiert\x93, schreibt er. Die Sch\xE4"
                                "den sind ja nich"
                                "t zu \xFC"
                                "bersehen.\n";
    return QByteArray(bytes, sizeof bytes - 1);
}

// 0x0A is part of no multi-byte character in any of these encodings, so other line ends can be
// made by replacing bytes.
QByteArray withLineEnds(QByteArray bytes, const QByteArray& lineEnd)
{
    return bytes.replace('\n', lineEnd);
}

QByteArray encoded(const char* encoding, const QString& text)
{
    QStringEncoder encoder(encoding);
    const QByteArray bytes = encoder.isValid() ? encoder.encode(text) : QByteArray();
    if (!encoder.isValid() || encoder.hasError())
        qFatal("the fixture cannot be written in %s", encoding);
    return bytes;
}

qsizetype firstHighByte(const QByteArray& bytes)
{
    const auto high =
        std::find_if(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    return high == bytes.end() ? -1 : qsizetype(high - bytes.begin());
}

} // namespace

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

    void invalidByteFoundAfterAnyLengthOfAscii()
    {
        // The scan steps over ASCII eight bytes at a time: the bad byte must be found wherever it
        // falls in or after such a step, also after a valid multi-byte character.
        for (int ascii = 0; ascii < 20; ++ascii) {
            const QByteArray prefix(ascii, 'a');
            QCOMPARE(TextDecoder::decode(prefix + "\xC0\xAF").firstInvalidByte, qsizetype(ascii));
            QCOMPARE(TextDecoder::decode(prefix + "\xC3\xA9" + prefix + "\xFF").firstInvalidByte,
                     qsizetype(2 * ascii + 2));
            QCOMPARE(TextDecoder::decode(prefix + "\xED\xA0\x80").firstInvalidByte, qsizetype(ascii)); // a surrogate
        }
    }

    void utf8IsJudgedOnTheWholeFile()
    {
        // A character that straddles the end of the first 64 KiB is no reason to doubt UTF-8 ...
        QByteArray straddling((1 << 16) - 1, 'a');
        straddling += "\xC3\xA9t\xC3\xA9\n";
        const DecodedText utf8 = TextDecoder::decode(straddling);
        QCOMPARE(utf8.encoding, QStringLiteral("UTF-8"));
        QVERIFY(utf8.text.endsWith(QStringLiteral("aété\n")));
        // ... and a bad byte far into the file is found as surely as one at its start.
        QByteArray late(70000, 'a');
        late += "\nCaf\xE9 owners say the new rules are fair.\n";
        const DecodedText legacy = TextDecoder::decode(late);
        QCOMPARE(legacy.encoding, QStringLiteral("windows-1252"));
        QCOMPARE(legacy.firstInvalidByte, qsizetype(70004));
        QVERIFY(legacy.text.endsWith(QStringLiteral("Café owners say the new rules are fair.\n")));
    }

    void validUtf8IsNeverSecondGuessed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("ASCII") << QByteArray("3 Comments\nmika\nFirst\n")
                               << QStringLiteral("3 Comments\nmika\nFirst\n");
        QTest::newRow("Japanese") << japaneseText().toUtf8() << japaneseText();
        // What Windows-1252 text wrongly converted to UTF-8 looks like: still valid UTF-8, kept as it is.
        QTest::newRow("mojibake") << QByteArray("caf\xC3\x83\xC2\xA9") << QStringLiteral("cafÃ©");
    }

    void validUtf8IsNeverSecondGuessed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        const DecodedText decoded = TextDecoder::decode(bytes);
        QCOMPARE(decoded.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(decoded.text, text);
        QCOMPARE(decoded.firstInvalidByte, qsizetype(-1));
        QVERIFY(!decoded.replacedInvalidBytes);
    }

    void legacyEncodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");
        const struct {
            const char* name;
            QByteArray bytes;
            QString text;
            QString encoding;
        } fixtures[] = {
            {"Japanese in Shift_JIS", japaneseShiftJis(), japaneseText(), QStringLiteral("Shift_JIS")},
            {"Japanese in EUC-JP", japaneseEucJp(), japaneseText(), QStringLiteral("EUC-JP")},
            {"Korean in EUC-KR", koreanEucKr(), koreanText(), QStringLiteral("EUC-KR")},
            {"Chinese in GB18030", chineseGb18030(), chineseText(), QStringLiteral("GB18030")},
            {"French in Windows-1252", frenchWindows1252(), frenchText(), QStringLiteral("windows-1252")},
            {"German in Windows-1252", germanWindows1252(), germanText(), QStringLiteral("windows-1252")},
        };
        for (const auto& fixture : fixtures) {
            for (const auto& [ending, bytes] :
                 {std::pair{"LF", QByteArray("\n")}, std::pair{"CRLF", QByteArray("\r\n")},
                  std::pair{"CR", QByteArray("\r")}}) {
                QTest::addRow("%s, %s", fixture.name, ending)
                    << withLineEnds(fixture.bytes, bytes) << fixture.text << fixture.encoding;
            }
        }
    }

    void legacyEncodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        const DecodedText decoded = TextDecoder::decode(bytes);
        QCOMPARE(decoded.encoding, encoding);
        QCOMPARE(decoded.text, text);
        QVERIFY(!decoded.replacedInvalidBytes);
        QVERIFY(!decoded.hadByteOrderMark);
        // In all of these the first non-ASCII byte already breaks UTF-8.
        QCOMPARE(decoded.firstInvalidByte, firstHighByte(bytes));
    }

    void legacyTextAfterAsciiNamesTheFirstBadByte()
    {
        const QByteArray bytes = QByteArray("Tokyo (Kyodo) -- ") + japaneseShiftJis();
        const DecodedText decoded = TextDecoder::decode(bytes);
        QCOMPARE(decoded.encoding, QStringLiteral("Shift_JIS"));
        QCOMPARE(decoded.firstInvalidByte, qsizetype(17));
        QCOMPARE(decoded.text, QStringLiteral("Tokyo (Kyodo) -- ") + japaneseText());
    }

    void shortWesternTextStaysWindows1252_data()
    {
        QTest::addColumn<QString>("text");
        // uchardet calls several of these IBM852, ISO-8859-13, MAC-CENTRALEUROPE or ISO-8859-3,
        // whose readings differ from the text in its accented letters.
        for (const char* text : {"Renée", "João 7", "Zoë", "naïve résumé", "Grüße aus Köln", "Ærø", "it’s “fine”",
                                 "Señor niño", "Hélène Müller", "crème brûlée – 5 €", "Søren Ångström"})
            QTest::newRow(text) << QString::fromUtf8(text);
    }

    void shortWesternTextStaysWindows1252()
    {
        QFETCH(QString, text);
        const DecodedText decoded = TextDecoder::decode(encoded("windows-1252", text));
        QCOMPARE(decoded.encoding, QStringLiteral("windows-1252"));
        QCOMPARE(decoded.text, text);
    }

    void detectorConfusionsFallBackToWindows1252_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("detected");
        QTest::addColumn<QString>("text");
        const QString renee = QStringLiteral("Renée");
        const QString quoted = QStringLiteral("Renée wrote: “It’s about time” – and 20 € is cheap.");
        for (const char* detected : {"SHIFT_JIS", "EUC-JP", "EUC-KR", "UHC", "GB18030", "BIG5"}) {
            QTest::addRow("French as %s", detected) << frenchWindows1252() << QByteArray(detected) << frenchText();
            QTest::addRow("German as %s", detected) << germanWindows1252() << QByteArray(detected) << germanText();
            QTest::addRow("quotes as %s", detected)
                << encoded("windows-1252", quoted) << QByteArray(detected) << quoted;
        }
        for (const char* detected :
             {"IBM852", "ISO-8859-13", "MAC-CENTRALEUROPE", "TIS-620", "WINDOWS-1258", "ISO-8859-7", "KOI8-R"})
            QTest::addRow("Renée as %s", detected) << encoded("windows-1252", renee) << QByteArray(detected) << renee;
        // No answer, an answer Qt cannot decode, and answers that mean Windows-1252.
        for (const char* detected : {"", "VISCII", "ISO-8859-1", "ASCII", "UTF-8", "UTF-16"})
            QTest::addRow("quotes as \"%s\"", detected)
                << encoded("windows-1252", quoted) << QByteArray(detected) << quoted;
    }

    void detectorConfusionsFallBackToWindows1252()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, detected);
        QFETCH(QString, text);
        const DecodedText decoded = TextDecoder::decodeLegacy(bytes, detected);
        QCOMPARE(decoded.encoding, QStringLiteral("windows-1252"));
        QCOMPARE(decoded.text, text);
        QVERIFY(!decoded.replacedInvalidBytes);
        QCOMPARE(decoded.firstInvalidByte, firstHighByte(bytes));
    }

    void detectorAnswersThatHoldAreKept_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("detected");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");
        const QString russian =
            QStringLiteral("Городской совет во вторник решил отремонтировать мост. Работы продлятся "
                           "два года, и велосипедистам придётся ездить в объезд.");
        const QString greek = QStringLiteral("Το δημοτικό συμβούλιο αποφάσισε την Τρίτη την επισκευή της γέφυρας.");
        const QString polish = QStringLiteral("Rada miasta zdecydowała we wtorek o remoncie mostu. Prace potrwają dwa "
                                              "lata, a rowerzyści będą musieli korzystać z objazdu. Mieszkańcy są "
                                              "zadowoleni, choć obawiają się korków na Żoliborzu.");
        // 똠 is one of the syllables UHC adds to EUC-KR.
        const QString uhcOnly = QStringLiteral("어제 먹은 똠얌꿍이 정말 맛있었어요. 다음 주에도 또 가고 싶네요.");
        QTest::newRow("Japanese") << japaneseShiftJis() << QByteArray("SHIFT_JIS") << japaneseText()
                                  << QStringLiteral("Shift_JIS");
        QTest::newRow("EUC-KR named UHC")
            << koreanEucKr() << QByteArray("UHC") << koreanText() << QStringLiteral("EUC-KR");
        QTest::newRow("UHC") << encoded("windows-949", uhcOnly) << QByteArray("UHC") << uhcOnly
                             << QStringLiteral("windows-949");
        QTest::newRow("Russian in windows-1251") << encoded("windows-1251", russian) << QByteArray("WINDOWS-1251")
                                                 << russian << QStringLiteral("windows-1251");
        QTest::newRow("Russian in KOI8-R")
            << encoded("KOI8-R", russian) << QByteArray("KOI8-R") << russian << QStringLiteral("KOI8-R");
        QTest::newRow("Greek") << encoded("ISO-8859-7", greek) << QByteArray("ISO-8859-7") << greek
                               << QStringLiteral("ISO-8859-7");
        QTest::newRow("Polish") << encoded("ISO-8859-2", polish) << QByteArray("ISO-8859-2") << polish
                                << QStringLiteral("ISO-8859-2");
    }

    void detectorAnswersThatHoldAreKept()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, detected);
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        const DecodedText decoded = TextDecoder::decodeLegacy(bytes, detected);
        QCOMPARE(decoded.encoding, encoding);
        QCOMPARE(decoded.text, text);
        QVERIFY(!decoded.replacedInvalidBytes);
    }

    void damagedBytesKeepTheEncodingAndShow()
    {
        // A Shift_JIS lead byte followed by a space is no character; the rest of the file is fine.
        QByteArray damaged = japaneseShiftJis();
        const qsizetype at = damaged.indexOf('\n');
        damaged.insert(at, "\x93 ");
        const DecodedText decoded = TextDecoder::decodeLegacy(damaged, "SHIFT_JIS");
        QCOMPARE(decoded.encoding, QStringLiteral("Shift_JIS"));
        QVERIFY(decoded.replacedInvalidBytes);
        QString expected = japaneseText();
        expected.insert(expected.indexOf(QLatin1Char('\n')), QStringLiteral("\uFFFD "));
        QCOMPARE(decoded.text, expected);

        // A character cut off at the end of the file is shown, not dropped.
        const QByteArray cut = japaneseShiftJis().chopped(2); // the newline and half of "。"
        const DecodedText truncated = TextDecoder::decodeLegacy(cut, "SHIFT_JIS");
        QCOMPARE(truncated.encoding, QStringLiteral("Shift_JIS"));
        QVERIFY(truncated.replacedInvalidBytes);
        QVERIFY(truncated.text.endsWith(QStringLiteral("です\uFFFD")));
    }

    void utf16WithoutBom_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString text = QStringLiteral("Café owners say the new rules are fair.\r\n\r\n2 Comments\r\nRenée\r\n"
                                            "日本の読者も歓迎します。\r\n");
        QByteArray little;
        QByteArray big;
        for (const QChar c : text) {
            little.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
            big.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
        }
        QTest::newRow("little-endian") << little << QStringLiteral("UTF-16LE");
        QTest::newRow("big-endian") << big << QStringLiteral("UTF-16BE");
    }

    void utf16WithoutBom()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QVERIFY(!TextDecoder::looksBinary(bytes));
        const DecodedText decoded = TextDecoder::decode(bytes);
        QCOMPARE(decoded.encoding, encoding);
        QCOMPARE(decoded.text, QStringLiteral("Café owners say the new rules are fair.\n\n2 Comments\nRenée\n"
                                              "日本の読者も歓迎します。\n"));
        QVERIFY(!decoded.hadByteOrderMark);
        QCOMPARE(decoded.firstInvalidByte, bytes.indexOf('\0'));
    }

    void zeroBytesThatAreNotUtf16StayBinary()
    {
        // Sixteen-bit numbers: every other byte is zero, but the units are control characters.
        QByteArray numbers;
        for (int i = 0; i < 200; ++i)
            numbers.append(char(i % 32)).append('\0');
        QVERIFY(TextDecoder::looksBinary(numbers));
        // UTF-32 has zeros on both sides of each pair.
        QByteArray utf32;
        for (const char c : QByteArray("Plain text in UTF-32.\n"))
            utf32.append(c).append(3, '\0');
        QVERIFY(TextDecoder::looksBinary(utf32));
        // An odd length cannot be UTF-16.
        QVERIFY(TextDecoder::looksBinary(QByteArray("a\0b\0c", 5)));
    }

    void lineEnds()
    {
        QCOMPARE(TextDecoder::normaliseLineEnds(QStringLiteral("a\r\n\r\nb\rc\nd\r\r\ne\r")),
                 QStringLiteral("a\n\nb\nc\nd\n\ne\n"));
        QCOMPARE(TextDecoder::normaliseLineEnds(QStringLiteral("no carriage returns\n")),
                 QStringLiteral("no carriage returns\n"));
        const QString shared = QStringLiteral("x\r\ny");
        const QString copy = shared;
        QCOMPARE(TextDecoder::normaliseLineEnds(copy), QStringLiteral("x\ny"));
        QCOMPARE(shared, QStringLiteral("x\r\ny"));
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
