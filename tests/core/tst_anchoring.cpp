#include "Require.h"
#include "model/Anchoring.h"

#include <QTest>

#include <optional>

using namespace glossator;

class TestAnchoring : public QObject {
    Q_OBJECT

private:
    static std::optional<TextRange> rangeOf(const QString& text, const QString& passage, int occurrence = 0)
    {
        qsizetype at = -1;
        for (int i = 0; i <= occurrence; ++i)
            at = text.indexOf(passage, at + 1);
        if (at < 0)
            return std::nullopt;
        return TextRange::fromText(text, int(at), int(at + passage.size()));
    }

private slots:
    void contextNeverSplitsACharacter()
    {
        // An astral character (two UTF-16 units) straddles both 32-unit context boundaries.
        const QString emoji = QString::fromUcs4(U"\U0001F3D7");
        const QString text = emoji + QString(31, QLatin1Char('a')) + QStringLiteral("PASSAGE") +
                             QString(31, QLatin1Char('b')) + emoji + QStringLiteral("y");
        const int start = int(text.indexOf(QStringLiteral("PASSAGE")));
        QCOMPARE(start, 33);
        const TextRange range = TextRange::fromText(text, start, start + 7);
        QCOMPARE(range.exact, QStringLiteral("PASSAGE"));
        QCOMPARE(range.prefix, QString(31, QLatin1Char('a'))); // not the low half of the emoji
        QCOMPARE(range.suffix, QString(31, QLatin1Char('b'))); // not the high half
        QVERIFY(text.mid(start - range.prefix.size(), range.prefix.size()) == range.prefix);

        // Whole characters are kept when they fit.
        const TextRange fits = TextRange::fromText(text, 3, 6);
        QCOMPARE(fits.prefix, emoji + QStringLiteral("a"));
    }

    void contextIsRecorded()
    {
        const QString text = QStringLiteral("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ");
        const TextRange range = TextRange::fromText(text, 40, 42);
        QCOMPARE(range.exact, QStringLiteral("EF"));
        QCOMPARE(range.prefix.size(), TextRange::contextLength);
        QVERIFY(range.prefix.endsWith(QStringLiteral("ABCD")));
        QCOMPARE(range.suffix, QStringLiteral("GHIJ"));
        const TextRange atStart = TextRange::fromText(text, 0, 3);
        QVERIFY(atStart.prefix.isEmpty());
    }

    void unchangedTextKeepsPosition()
    {
        const QString text = QStringLiteral("The council voted on Tuesday to build the bridge.");
        GLOSSATOR_REQUIRE_VALUE(old, rangeOf(text, QStringLiteral("build the bridge")));
        const Reanchoring result = reanchor(old, text);
        QCOMPARE(result.method, Reanchoring::Method::Position);
        QCOMPARE(result.range.start, old.start);
        QCOMPARE(result.range.exact, old.exact);
    }

    void insertedTextShiftsTheRange()
    {
        const QString before = QStringLiteral("The council voted on Tuesday to build the bridge.");
        const QString after = QStringLiteral("After a long night, the council voted on Tuesday to build the bridge.");
        GLOSSATOR_REQUIRE_VALUE(old, rangeOf(before, QStringLiteral("voted")));
        const Reanchoring result = reanchor(old, after);
        QCOMPARE(result.method, Reanchoring::Method::Quote);
        QCOMPARE(after.mid(result.range.start, result.range.end - result.range.start), QStringLiteral("voted"));
        QCOMPARE(result.range.start, int(after.indexOf(QStringLiteral("voted"))));
    }

    void contextChoosesAmongRepeatedWords()
    {
        const QString before = QStringLiteral("Ferry first. The bridge is late. The bridge is costly.");
        // The second "bridge" is annotated; a sentence is inserted at the start.
        GLOSSATOR_REQUIRE_VALUE(old, rangeOf(before, QStringLiteral("bridge"), 1));
        const QString after = QStringLiteral("A new preface. Ferry first. The bridge is late. The bridge is costly.");
        const Reanchoring result = reanchor(old, after);
        QCOMPARE(result.method, Reanchoring::Method::Quote);
        QCOMPARE(result.range.start, int(after.lastIndexOf(QStringLiteral("bridge"))));
    }

    void removedPassageBecomesAnOrphan()
    {
        const QString before = QStringLiteral("Supporters said it would never stop for storms. Opponents disagreed.");
        GLOSSATOR_REQUIRE_VALUE(old, rangeOf(before, QStringLiteral("never stop for storms")));
        const Reanchoring result = reanchor(old, QStringLiteral("Opponents disagreed."));
        QCOMPARE(result.method, Reanchoring::Method::Orphan);
        QCOMPARE(result.range.exact, old.exact);
        QCOMPARE(result.range.start, old.start);
    }

    void lookAlikeElsewhereIsNotTaken()
    {
        // "the ferry" was annotated in a sentence that is gone; the same words in an unrelated
        // sentence must not inherit the annotation.
        const QString before = QStringLiteral("Nobody will miss the ferry in winter. Tickets cost more.");
        GLOSSATOR_REQUIRE_VALUE(old, rangeOf(before, QStringLiteral("the ferry")));
        const QString after = QStringLiteral("Tickets cost more. A museum about the ferry will open.");
        const Reanchoring result = reanchor(old, after);
        QCOMPARE(result.method, Reanchoring::Method::Orphan);
    }

    void distinctiveQuoteFollowsAMovedParagraph()
    {
        const QString before = QStringLiteral("First paragraph.\n\nThe lifting section opens every two hours in "
                                              "season.\n\nLast paragraph.");
        GLOSSATOR_REQUIRE_VALUE(old, rangeOf(before, QStringLiteral("lifting section opens every two hours")));
        const QString after = QStringLiteral("Last paragraph.\n\nFirst paragraph, edited.\n\nThe lifting section "
                                             "opens every two hours in season.");
        const Reanchoring result = reanchor(old, after);
        QCOMPARE(result.method, Reanchoring::Method::Quote);
        QCOMPARE(result.range.exact, old.exact);
        QCOMPARE(after.mid(result.range.start, result.range.end - result.range.start), old.exact);
    }

    void equallyGoodCandidatesAreNotGuessed()
    {
        const QString before = QStringLiteral("012345AAAAcatBBBB");
        const TextRange old = TextRange::fromText(before, 10, 13);
        // Two occurrences with the same agreeing context, each six characters from the old place.
        const QString after = QStringLiteral("AAAAcatBBBBxAAAAcatBBBB");
        QCOMPARE(after.indexOf(QStringLiteral("cat")), 4);
        QCOMPARE(after.lastIndexOf(QStringLiteral("cat")), 16);
        QCOMPARE(reanchor(old, after).method, Reanchoring::Method::Orphan);
        // One more character of agreeing context decides it.
        const QString decided = QStringLiteral("AAAAcatBBBBx5AAAAcatBBBB");
        const Reanchoring result = reanchor(old, decided);
        QCOMPARE(result.method, Reanchoring::Method::Quote);
        QCOMPARE(result.range.start, 17);
    }

    void noOccurrenceIsAnOrphan()
    {
        const TextRange old = TextRange::fromText(QStringLiteral("yes or no"), 0, 3);
        QCOMPARE(reanchor(old, QStringLiteral("maybe")).method, Reanchoring::Method::Orphan);
    }
};

QTEST_GUILESS_MAIN(TestAnchoring)
#include "tst_anchoring.moc"
