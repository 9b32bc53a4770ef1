#include "text/CodeHighlighter.h"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QTest>

using namespace glossator;

class TestCodeHighlighter : public QObject {
    Q_OBJECT

private slots:
    // Code is drawn in a face that really is fixed-pitch, whatever the system calls its fixed font.
    void codeFontIsFixedPitch()
    {
        const QFont font = CodeHighlighter::fixedPitchFont();
        QVERIFY(!CodeHighlighter::fixedPitchFamily().isEmpty());
        QVERIFY(QFontInfo(font).fixedPitch());
        QCOMPARE(QFontInfo(font).family(), CodeHighlighter::fixedPitchFamily());
        const QFontMetricsF metrics(font);
        QCOMPARE(metrics.horizontalAdvance(QStringLiteral("iiii")), metrics.horizontalAdvance(QStringLiteral("MMMM")));
    }

    void keywordsCarryTheThemesKeywordFormat()
    {
        const QString code = QStringLiteral("def greet(name):\n    return \"hi \" + name\n");
        const QList<QTextLayout::FormatRange> ranges = CodeHighlighter::highlight(code, QStringLiteral("Python"));
#ifdef GLOSSATOR_HAVE_SYNTAX_HIGHLIGHTING
        QVERIFY(CodeHighlighter::isAvailable());
        const auto styleAt = [&](int position) -> const QTextLayout::FormatRange* {
            for (const QTextLayout::FormatRange& range : ranges) {
                if (position >= range.start && position < range.start + range.length)
                    return &range;
            }
            return nullptr;
        };
        const QTextLayout::FormatRange* def = styleAt(0);
        QVERIFY2(def, "the keyword 'def' has no format");
        QCOMPARE(def->start, 0);
        QCOMPARE(def->length, 3);
        QCOMPARE(def->format.property(CodeHighlighter::StyleProperty).toString(), QStringLiteral("Keyword"));
        QCOMPARE(def->format.foreground().color(), CodeHighlighter::styleColor(QStringLiteral("Keyword")));
        const QTextLayout::FormatRange* string = styleAt(int(code.indexOf(QLatin1Char('"'))) + 1);
        QVERIFY(string);
        QCOMPARE(string->format.property(CodeHighlighter::StyleProperty).toString(), QStringLiteral("String"));
        // A language given by its file suffix is found too.
        QVERIFY(
            !CodeHighlighter::highlight(QStringLiteral("int main() { return 0; }"), QStringLiteral("cpp")).isEmpty());
        QVERIFY(CodeHighlighter::highlight(code, QStringLiteral("no-such-language")).isEmpty());
#else
        QVERIFY(!CodeHighlighter::isAvailable());
        QVERIFY(ranges.isEmpty());
        QVERIFY(!CodeHighlighter::styleColor(QStringLiteral("Keyword")).isValid());
#endif
    }
};

QTEST_MAIN(TestCodeHighlighter)
#include "tst_codehighlighter.moc"
