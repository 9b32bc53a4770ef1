#include "Require.h"
#include "TestSupport.h"
#include "import/CommentSection.h"
#include "import/DragnetTextImporter.h"
#include "import/ImporterRegistry.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

#include <optional>

using namespace glossator;

class TestDragnetTextImporter : public QObject {
    Q_OBJECT

private:
    static std::optional<Document> importOk(const QString& path, const QString& format = {})
    {
        ImportResult result = ImporterRegistry::instance().importFile(path, format);
        if (!result.ok())
            qWarning("%s", qPrintable(result.error.toString()));
        return std::move(result.document);
    }

    static std::optional<Document> importText(const QByteArray& text)
    {
        ImportResult result =
            ImporterRegistry::instance().importData(text, QStringLiteral("page.txt"), QStringLiteral("dragnet-text"));
        if (!result.ok())
            qWarning("%s", qPrintable(result.error.toString()));
        return std::move(result.document);
    }

    static QByteArray readFile(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return file.readAll();
    }

    static QStringList authors(const Document& document)
    {
        QStringList names;
        for (const Comment& comment : document.comments)
            names.append(comment.author);
        return names;
    }

    static QStringList parents(const Document& document)
    {
        QStringList ids;
        for (const Comment& comment : document.comments)
            ids.append(comment.parentId);
        return ids;
    }

    static QString parentOf(const Document& document, const QString& id)
    {
        const int index = document.indexOfComment(id);
        return index < 0 ? QStringLiteral("(missing)") : document.comments.at(index).parentId;
    }

    static bool hasNotice(const Document& document, int line, ImportNotice::Severity severity, const QString& part)
    {
        return std::any_of(document.notices.begin(), document.notices.end(), [&](const ImportNotice& notice) {
            return notice.line == line && notice.severity == severity && notice.message.contains(part);
        });
    }

    static int warnings(const Document& document)
    {
        return int(std::count_if(document.notices.begin(), document.notices.end(), [](const ImportNotice& notice) {
            return notice.severity == ImportNotice::Severity::Warning;
        }));
    }

    struct Shape {
        int topLevel = 0;
        int replies = 0;
        int maximumDepth = 0;
    };

    static Shape shapeOf(const Document& document)
    {
        const CommentTree tree(document);
        Shape shape;
        shape.topLevel = int(tree.topLevel().size());
        shape.replies = tree.size() - shape.topLevel;
        for (int i = 0; i < tree.size(); ++i)
            shape.maximumDepth = std::max(shape.maximumDepth, tree.depth(i));
        return shape;
    }

private slots:
    void writtenTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso"); // empty when the text is no date
        QTest::newRow("WordPress") << QStringLiteral("October 12, 2012 at 10:52 am")
                                   << QStringLiteral("2012-10-12T10:52:00");
        QTest::newRow("zone abbreviation")
            << QStringLiteral("Aug 8, 2012 9:37 AM MST") << QStringLiteral("2012-08-08T09:37:00-07:00");
        QTest::newRow("ordinal, date only")
            << QStringLiteral("October 12th, 2012") << QStringLiteral("2012-10-12T00:00:00");
        QTest::newRow("day first, 24 hours")
            << QStringLiteral("12 March 2025 at 14:05") << QStringLiteral("2025-03-12T14:05:00");
        QTest::newRow("ISO with zone") << QStringLiteral("2025-06-10T07:38:00Z")
                                       << QStringLiteral("2025-06-10T07:38:00Z");
        QTest::newRow("noon") << QStringLiteral("Sept 3, 2021 12:00 pm") << QStringLiteral("2021-09-03T12:00:00");
        QTest::newRow("after midnight") << QStringLiteral("Dec 1, 2020 12:15 AM")
                                        << QStringLiteral("2020-12-01T00:15:00");
        QTest::newRow("no year") << QStringLiteral("June 10 07:38 am JST") << QString();
        QTest::newRow("no such month") << QStringLiteral("Octember 3, 2020") << QString();
        QTest::newRow("unknown zone") << QStringLiteral("Aug 8, 2012 9:37 AM XYZ") << QString();
        QTest::newRow("no such day") << QStringLiteral("February 30, 2020") << QString();
        QTest::newRow("13 pm") << QStringLiteral("Aug 8, 2012 13:05 PM") << QString();
    }

    void writtenTimes()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        const QDateTime time = parseWrittenTime(text);
        QCOMPARE(time.isValid() ? time.toString(Qt::ISODate) : QString(), iso);
    }

    void threadedByIndentation()
    {
        GLOSSATOR_REQUIRE_VALUE(document, importOk(test::dataFile(QStringLiteral("dragnet-threaded.corrected.txt"))));
        QCOMPARE(document.format, QStringLiteral("dragnet-text"));
        QCOMPARE(document.article.title, QStringLiteral("Lanterns Over the Fjord"));
        // "Posted on … • 6 Comments" and the categories are page details, not paragraphs.
        QCOMPARE(document.article.published.date(), QDate(2024, 3, 3));
        QCOMPARE(document.declaredCommentCount.value_or(-1), 6);
        QVERIFY(document.article.author.isEmpty());
        QCOMPARE(document.article.blocks.size(), 2);
        QVERIFY(document.article.blocks.first().text.startsWith(QStringLiteral("We walked out after dinner")));
        QVERIFY(hasNotice(document, 2, ImportNotice::Severity::Info, QStringLiteral("page details")));

        QCOMPARE(authors(document),
                 (QStringList{QStringLiteral("Ingrid"), QStringLiteral("Tomasz"), QStringLiteral("Mara Quinn"),
                              QStringLiteral("Tomasz"), QStringLiteral("Dev - Slow Travel Notes"),
                              QStringLiteral("Mara Quinn")}));
        QCOMPARE(parents(document), (QStringList{QString(), QString(), QStringLiteral("c2"), QStringLiteral("c3"),
                                                 QString(), QStringLiteral("c5")}));
        const Shape shape = shapeOf(document);
        QCOMPARE(shape.topLevel, 3);
        QCOMPARE(shape.replies, 3);
        QCOMPARE(shape.maximumDepth, 2);

        const Comment& first = document.comments.at(0);
        QCOMPARE(first.id, QStringLiteral("c1"));
        QCOMPARE(first.blocks.size(), 2);
        QCOMPARE(first.blocks.at(1).text, QStringLiteral("Thank you for writing about it."));
        QCOMPARE(first.publishedText, QStringLiteral("March 3, 2024 at 9:15 am"));
        QCOMPARE(document.comments.at(4).published, QDateTime(QDate(2024, 3, 4), QTime(20, 30)));
        // The first author line lost its indentation in the copy; its text kept it.
        QVERIFY(hasNotice(document, 13, ImportNotice::Severity::Info, QStringLiteral("c1")));
        QCOMPARE(warnings(document), 0);
    }

    void authorLinesAfterComments()
    {
        GLOSSATOR_REQUIRE_VALUE(document, importOk(test::dataFile(QStringLiteral("dragnet-bylines.corrected.txt"))));
        // The first, partial copy of the article is dropped.
        QVERIFY(hasNotice(document, 11, ImportNotice::Severity::Info, QStringLiteral("twice")));
        QCOMPARE(document.article.title, QStringLiteral("Night Buses Compared"));
        QCOMPARE(document.article.author, QStringLiteral("Ruth Kale"));
        QCOMPARE(document.article.published, QDateTime(QDate(2023, 5, 2), QTime(17, 0), QTimeZone::utc()));
        QCOMPARE(document.declaredCommentCount.value_or(-1), 8);
        QCOMPARE(document.article.blocks.size(), 4);
        QCOMPARE(
            document.article.blocks.at(1),
            (Block{Block::Kind::ListItem, QStringLiteral("N4 – every twenty minutes, slow but reliable."), 0, {}}));

        QCOMPARE(authors(document),
                 (QStringList{QStringLiteral("owl_rider"), QStringLiteral("Pia Holm"), QStringLiteral("owl_rider"),
                              QStringLiteral("Lee"), QStringLiteral("Marco B"), QStringLiteral("Sunil"),
                              QStringLiteral("Jo"), QString()}));
        // Replies are marked "up" without saying to what: c3 follows the conversation, c4 quotes
        // c2, and c5 is older than c4 and c3, so it can answer only the thread's first comment.
        QCOMPARE(parents(document),
                 (QStringList{QString(), QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c2"),
                              QStringLiteral("c1"), QString(), QStringLiteral("c6"), QString()}));
        QVERIFY(hasNotice(document, 44, ImportNotice::Severity::Info, QStringLiteral("c2 quotes c1")));
        QVERIFY(hasNotice(document, 58, ImportNotice::Severity::Info, QStringLiteral("c4 quotes c2")));
        QVERIFY(hasNotice(document, 51, ImportNotice::Severity::Info, QStringLiteral("c3 (line 51)")));

        const Comment& first = document.comments.at(0);
        QCOMPARE(first.score.value_or(-1), 3);
        QCOMPARE(first.published, QDateTime(QDate(2023, 5, 2), QTime(18, 12), QTimeZone::utc()));
        QCOMPARE(first.publishedText, QStringLiteral("May 2, 2023 11:12 AM PDT"));
        // The title line opens the comment; the signature that ends both of owl_rider's goes.
        QCOMPARE(first.blocks.size(), 2);
        QCOMPARE(first.blocks.first().text, QStringLiteral("The N9 is better on Fridays"));
        QCOMPARE(document.comments.at(2).blocks.last().text,
                 QStringLiteral("The east one empties straight onto the N4 stop."));
        QVERIFY(hasNotice(document, 37, ImportNotice::Severity::Info, QStringLiteral("Ride safe, ride late.")));
        // An indented line inside a comment is a quotation.
        QCOMPARE(document.comments.at(1).blocks.at(1).kind, Block::Kind::Quote);
        QCOMPARE(document.comments.at(6).score.value_or(-1), 1);
        QVERIFY(!document.comments.at(4).score);
        // Text after the last author line is kept, by an unknown author.
        QCOMPARE(document.comments.at(7).blocks.first().text, QStringLiteral("Anyone else on the N4 tonight?"));
        QVERIFY(hasNotice(document, 69, ImportNotice::Severity::Warning, QStringLiteral("not known")));
        QCOMPARE(warnings(document), 1);
    }

    void ambiguousIndentation()
    {
        GLOSSATOR_REQUIRE_VALUE(document, importOk(test::dataFile(QStringLiteral("dragnet-ambiguous.corrected.txt"))));
        QCOMPARE(authors(document), (QStringList{QStringLiteral("Ola"), QStringLiteral("Bea"), QStringLiteral("Ola"),
                                                 QStringLiteral("Cy"), QStringLiteral("Dee"), QStringLiteral("Cy")}));
        QCOMPARE(parents(document), (QStringList{QString(), QStringLiteral("c1"), QStringLiteral("c1"), QString(),
                                                 QStringLiteral("c4"), QStringLiteral("c5")}));
        // Two levels deeper than the comment before: read as a reply to it.
        QVERIFY(hasNotice(document, 11, ImportNotice::Severity::Warning, QStringLiteral("2 level(s) deeper")));
        // Six spaces where a level is four: between levels.
        QVERIFY(hasNotice(document, 15, ImportNotice::Severity::Warning, QStringLiteral("between two reply levels")));
        // A line at the margin inside the last comment is kept, with a word about it.
        QVERIFY(hasNotice(document, 23, ImportNotice::Severity::Warning, QStringLiteral("indented less")));
        QCOMPARE(document.comments.at(3).blocks.last().text, QStringLiteral("Sign up for our newsletter"));
        QCOMPARE(shapeOf(document).maximumDepth, 2);
    }

    void authorLineShapes_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("time");
        QTest::newRow("On … said:") << QStringLiteral("On May 1, 2024 at 6:05 pm Ana Lima said:")
                                    << QStringLiteral("Ana Lima") << QStringLiteral("May 1, 2024 at 6:05 pm");
        QTest::newRow("… said on …:") << QStringLiteral("Ana Lima said on 1 May 2024 at 18:05:")
                                      << QStringLiteral("Ana Lima") << QStringLiteral("1 May 2024 at 18:05");
        QTest::newRow("… on … wrote:") << QStringLiteral("Ana Lima on May 1, 2024 wrote:") << QStringLiteral("Ana Lima")
                                       << QStringLiteral("May 1, 2024");
        QTest::newRow("… says: and a time line")
            << QStringLiteral("Ana Lima says:\nMay 1, 2024 at 6:05 pm") << QStringLiteral("Ana Lima")
            << QStringLiteral("May 1, 2024 at 6:05 pm");
    }

    void authorLineShapes()
    {
        QFETCH(QString, header);
        QFETCH(QString, author);
        QFETCH(QString, time);
        const QString reply = QString(header).replace(QStringLiteral("Ana Lima"), QStringLiteral("Ben"));
        const QString text = QStringLiteral("Tram works\n\nThe line closes.\n\n!@#$%^&*()  COMMENTS\n\n") + header +
                             QStringLiteral("\n\n    When does it open again?\n\n") + reply +
                             QStringLiteral("\n\n        In June.\n");
        GLOSSATOR_REQUIRE_VALUE(document, importText(text.toUtf8()));
        QCOMPARE(authors(document), (QStringList{author, QStringLiteral("Ben")}));
        QCOMPARE(document.comments.at(0).publishedText, time);
        QVERIFY(document.comments.at(0).published.isValid());
        QCOMPARE(document.comments.at(0).blocks.size(), 1);
        QCOMPARE(document.comments.at(0).blocks.first().text, QStringLiteral("When does it open again?"));
        QCOMPARE(document.comments.at(1).parentId, QStringLiteral("c1"));
    }

    void markerWithNothingAfter()
    {
        GLOSSATOR_REQUIRE_VALUE(document, importOk(test::dataFile(QStringLiteral("dragnet-marker-only.txt"))));
        QCOMPARE(document.format, QStringLiteral("dragnet-text"));
        QCOMPARE(document.article.title, QStringLiteral("A Short Note"));
        QCOMPARE(document.article.blocks.size(), 1);
        QVERIFY(document.comments.isEmpty());
        QVERIFY(hasNotice(document, 5, ImportNotice::Severity::Warning, QStringLiteral("no comments")));
    }

    void withoutMarkerEverythingIsArticle()
    {
        GLOSSATOR_REQUIRE_VALUE(document, importOk(test::sampleArticle(), QStringLiteral("dragnet-text")));
        QVERIFY(document.comments.isEmpty());
        QVERIFY(document.article.title.startsWith(QStringLiteral("The town council of Kestrel Bay")));
        QVERIFY(!document.article.blocks.isEmpty());
        QVERIFY(hasNotice(document, 0, ImportNotice::Severity::Warning, QStringLiteral("not found")));
    }

    void unknownAuthorLinesFallBackOnNames()
    {
        GLOSSATOR_REQUIRE_VALUE(document, importText("Pier\n\nText.\n\n!@#$%^&*()  COMMENTS\n\nmika\nFirst\n\n"
                                                     "James Dean Jr.\nAgreed, finally.\n\nmika\nAnd again.\n"));
        QCOMPARE(authors(document),
                 (QStringList{QStringLiteral("mika"), QStringLiteral("James Dean Jr."), QStringLiteral("mika")}));
        QVERIFY(hasNotice(document, 5, ImportNotice::Severity::Warning, QStringLiteral("No author lines")));
    }

    void emptyFile()
    {
        GLOSSATOR_REQUIRE_VALUE(document, importText(QByteArray()));
        QVERIFY(document.comments.isEmpty());
        QVERIFY(document.article.blocks.isEmpty());
        QCOMPARE(document.notices.size(), 1);
        QCOMPARE(document.notices.first().severity, ImportNotice::Severity::Warning);
    }

    void tenMegabyteLines()
    {
        QByteArray huge;
        const QByteArray piece("On October 12, 2012 at 10:52 am Jane said: ");
        while (huge.size() < 10 * 1024 * 1024)
            huge += piece;

        GLOSSATOR_REQUIRE_VALUE(comment, importText("Title\n!@#$%^&*()  COMMENTS\n" + huge + "\n"));
        QCOMPARE(comment.article.title, QStringLiteral("Title"));
        QCOMPARE(comment.comments.size(), 1);
        QVERIFY(comment.comments.first().author.isEmpty());
        QCOMPARE(comment.comments.first().blocks.first().text.size(), huge.trimmed().size());
        QVERIFY(hasNotice(comment, 3, ImportNotice::Severity::Warning, QStringLiteral("characters")));

        GLOSSATOR_REQUIRE_VALUE(article, importText(huge + "\n!@#$%^&*()  COMMENTS\n"));
        QCOMPARE(article.article.title, QStringLiteral("page"));
        QCOMPARE(article.article.blocks.size(), 1);
        QVERIFY(hasNotice(article, 1, ImportNotice::Severity::Warning, QStringLiteral("title")));
        QVERIFY(hasNotice(article, 2, ImportNotice::Severity::Warning, QStringLiteral("no comments")));
    }

    void detectedFromContent()
    {
        const ImporterRegistry& registry = ImporterRegistry::instance();
        const QByteArray threaded = readFile(test::dataFile(QStringLiteral("dragnet-threaded.corrected.txt")));
        const QByteArray bylines = readFile(test::dataFile(QStringLiteral("dragnet-bylines.corrected.txt")));
        for (const QString& name : {QStringLiteral("page.txt"), QStringLiteral("page.md"), QStringLiteral("page")}) {
            QCOMPARE(registry.detect(threaded, name)->name(), QStringLiteral("dragnet-text"));
            QCOMPARE(registry.detect(bylines, name)->name(), QStringLiteral("dragnet-text"));
        }
        // Without the marker line the format does not claim a file, whatever its name.
        const QByteArray sample = readFile(test::sampleArticle());
        QCOMPARE(DragnetTextImporter().confidence(sample, QStringLiteral("x.corrected.txt")), 0);
        QCOMPARE(registry.detect(sample, QStringLiteral("x.corrected.txt"))->name(), QStringLiteral("page-copy"));
    }

    void corpusThreadedBlog()
    {
        GLOSSATOR_REQUIRE_SHARED(path, "corpus/plaintext/dragnet_R382.html.corrected.txt");
        QCOMPARE(ImporterRegistry::instance().detect(readFile(path), path)->name(), QStringLiteral("dragnet-text"));
        GLOSSATOR_REQUIRE_VALUE(document, importOk(path));
        QCOMPARE(document.article.title, QStringLiteral("Instagramming Iceland"));
        QCOMPARE(document.article.published.date(), QDate(2012, 10, 12));
        QCOMPARE(document.article.blocks.size(), 8);
        QCOMPARE(document.declaredCommentCount.value_or(-1), 23);

        // As the page's own markup has it: 23 comments, 19 at the top level, replies two deep.
        QCOMPARE(document.comments.size(), 23);
        const Shape shape = shapeOf(document);
        QCOMPARE(shape.topLevel, 19);
        QCOMPARE(shape.replies, 4);
        QCOMPARE(shape.maximumDepth, 2);
        QCOMPARE(document.comments.at(0).author, QStringLiteral("Qaoileann"));
        QCOMPARE(document.comments.at(6).author, QStringLiteral("Our Adventure in Croatia"));
        QCOMPARE(document.comments.at(22).author, QStringLiteral("Scott - Quirky Travel Guy"));
        QCOMPARE(parentOf(document, QStringLiteral("c3")), QStringLiteral("c2"));
        QCOMPARE(parentOf(document, QStringLiteral("c5")), QStringLiteral("c4"));
        QCOMPARE(parentOf(document, QStringLiteral("c6")), QStringLiteral("c5"));
        QCOMPARE(parentOf(document, QStringLiteral("c14")), QStringLiteral("c13"));
        QCOMPARE(document.comments.at(13).author, QStringLiteral("Jodi Ettenberg"));
        QCOMPARE(document.comments.at(13).published, QDateTime(QDate(2012, 11, 1), QTime(12, 23)));
        QCOMPARE(document.comments.at(10).blocks.size(), 2);
        QCOMPARE(warnings(document), 0);
    }

    void corpusSportsPage()
    {
        GLOSSATOR_REQUIRE_SHARED(path, "corpus/plaintext/dragnet_T49.html.corrected.txt");
        QCOMPARE(ImporterRegistry::instance().detect(readFile(path), path)->name(), QStringLiteral("dragnet-text"));
        GLOSSATOR_REQUIRE_VALUE(document, importOk(path));
        QCOMPARE(document.article.title, QStringLiteral("Phoenix Suns Point Guard Analysis: Offense"));
        QCOMPARE(document.article.author, QStringLiteral("Omaha Sun"));
        QCOMPARE(document.article.published, QDateTime(QDate(2012, 8, 8), QTime(16, 0), QTimeZone::utc()));
        QCOMPARE(document.declaredCommentCount.value_or(-1), 52);
        // The text holds the article twice; the complete second copy ends with Ronnie Price.
        QVERIFY(hasNotice(document, 78, ImportNotice::Severity::Info, QStringLiteral("twice")));
        QVERIFY(document.article.blocks.last().text.startsWith(QStringLiteral("Just kidding!")));

        // 52 comments; the "up" marks tell the 38 replies from the 14 that start a thread.
        QCOMPARE(document.comments.size(), 52);
        const Shape shape = shapeOf(document);
        QCOMPARE(shape.topLevel, 14);
        QCOMPARE(shape.replies, 38);
        QCOMPARE(document.comments.at(0).author, QStringLiteral("Leiland Tanner"));
        QCOMPARE(document.comments.at(31).author, QStringLiteral("rsavaj"));
        QCOMPARE(document.comments.at(51).author, QStringLiteral("raxado"));
        QCOMPARE(document.comments.at(0).published, QDateTime(QDate(2012, 8, 8), QTime(16, 37), QTimeZone::utc()));
        QCOMPARE(document.comments.at(5).score.value_or(-1), 1);
        QCOMPARE(document.comments.at(37).score.value_or(-1), 2);

        // Parents that agree with the page's markup: the conversation, and two quotations
        // (c32 quotes c31; c43 quotes c40, four comments back).
        const QList<std::pair<const char*, const char*>> known = {
            {"c2", "c1"},   {"c5", "c4"},   {"c7", "c6"},   {"c9", "c8"},   {"c11", "c10"}, {"c14", "c13"},
            {"c29", "c28"}, {"c32", "c31"}, {"c33", "c32"}, {"c34", "c33"}, {"c43", "c40"}, {"c49", "c48"},
        };
        for (const auto& [child, parent] : known)
            QCOMPARE(parentOf(document, QLatin1String(child)), QLatin1String(parent));
        // The deepest chain on the page, six replies deep, is read as such. (Some later
        // siblings are read as replies to the comment before them, since the text does not
        // show the difference; see the notices.)
        const CommentTree tree(document);
        QCOMPARE(tree.depth(document.indexOfComment(QStringLiteral("c34"))), 6);
        QCOMPARE(document.comments.at(31).blocks.at(1).kind, Block::Kind::Quote);

        // Signatures repeated under every comment of an author are left out.
        for (const Comment& comment : document.comments)
            QVERIFY(!plainText(comment.blocks).contains(QStringLiteral("Bring on the Suns Youth Brigade!")));
        // One comment is not enough to tell a signature from the comment's last words.
        QCOMPARE(document.comments.at(20).author, QStringLiteral("PolishHammer"));
        QCOMPARE(document.comments.at(20).blocks.last().text, QStringLiteral("Alea iacta est!"));
    }
};

QTEST_GUILESS_MAIN(TestDragnetTextImporter)
#include "tst_dragnettextimporter.moc"
