#include "Require.h"
#include "TestSupport.h"
#include "import/ImporterRegistry.h"
#include "import/PageCopyImporter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <optional>

using namespace glossator;

class TestPageCopyImporter : public QObject {
    Q_OBJECT

private:
    static std::optional<Document> importOk(const QString& path)
    {
        ImportResult result = ImporterRegistry::instance().importFile(path);
        if (!result.ok())
            qWarning("%s", qPrintable(result.error.toString()));
        return std::move(result.document);
    }

    static QStringList authors(const Document& document)
    {
        QStringList names;
        for (const Comment& comment : document.comments)
            names.append(comment.author);
        return names;
    }

private slots:
    void seedMatchesExpectedStructure()
    {
        GLOSSATOR_REQUIRE_SHARED(seed, "seeds/000_1372d385cdabafd9.txt");
        GLOSSATOR_REQUIRE_SHARED(expectedPath, "seeds/000_1372d385cdabafd9.expected.json");
        QFile expectedFile(expectedPath);
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();

        GLOSSATOR_REQUIRE_VALUE(document, importOk(seed));
        QCOMPARE(document.format, QStringLiteral("page-copy"));
        const QJsonObject article = expected.value(QStringLiteral("article")).toObject();
        QCOMPARE(document.article.blocks.size(), article.value(QStringLiteral("paragraphs")).toInt());
        QVERIFY(document.article.blocks.first().text.startsWith(
            article.value(QStringLiteral("first_paragraph_starts")).toString()));
        QVERIFY(document.article.blocks.last().text.endsWith(
            article.value(QStringLiteral("last_paragraph_ends")).toString()));
        QCOMPARE(document.article.source, article.value(QStringLiteral("source")).toString());
        QCOMPARE(document.declaredCommentCount.value_or(-1),
                 expected.value(QStringLiteral("declared_comment_count")).toInt());

        const QJsonArray comments = expected.value(QStringLiteral("comments")).toArray();
        QCOMPARE(document.comments.size(), comments.size());
        for (int i = 0; i < comments.size(); ++i) {
            const QJsonObject want = comments.at(i).toObject();
            const Comment& got = document.comments.at(i);
            QCOMPARE(got.author, want.value(QStringLiteral("author")).toString());
            QCOMPARE(got.blocks.size(), want.value(QStringLiteral("paragraphs")).toInt());
            QVERIFY2(
                got.blocks.first().text.startsWith(want.value(QStringLiteral("first_paragraph_starts")).toString()),
                qPrintable(got.author));
            QVERIFY2(got.blocks.last().text.endsWith(want.value(QStringLiteral("last_paragraph_ends")).toString()),
                     qPrintable(got.author));
        }
        for (const QJsonValue chrome : expected.value(QStringLiteral("chrome_lines_not_content")).toArray()) {
            for (const Comment& comment : document.comments)
                QVERIFY(!plainText(comment.blocks).contains(chrome.toString()));
            QVERIFY(!plainText(document.article.blocks).contains(chrome.toString()));
        }
        // The "..." and URL lines inside comment 13 are part of its body.
        const QString thirteenth = plainText(document.comments.at(12).blocks);
        QVERIFY(thirteenth.contains(QStringLiteral("\n\n...\n\n")));
        QVERIFY(thirteenth.contains(QStringLiteral("https://www.abc.net.au/news/")));
    }

    void seedWithoutItsCountLine()
    {
        // Without "15 Comments" the section opens at "Login to comment" and reads the same.
        GLOSSATOR_REQUIRE_SHARED(seed, "seeds/000_1372d385cdabafd9.txt");
        GLOSSATOR_REQUIRE_SHARED(expectedPath, "seeds/000_1372d385cdabafd9.expected.json");
        QFile expectedFile(expectedPath);
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
        QFile seedFile(seed);
        QVERIFY(seedFile.open(QIODevice::ReadOnly));
        QByteArray page = seedFile.readAll();
        QVERIFY(page.contains("\n15 Comments\n"));
        page.replace("\n15 Comments\n", "\n");

        const ImportResult result = ImporterRegistry::instance().importData(page, QStringLiteral("seed.txt"));
        QVERIFY(result.ok());
        const Document& document = *result.document;
        QVERIFY(!document.declaredCommentCount);
        QCOMPARE(document.article.blocks.size(),
                 expected.value(QStringLiteral("article")).toObject().value(QStringLiteral("paragraphs")).toInt());
        const QJsonArray comments = expected.value(QStringLiteral("comments")).toArray();
        QCOMPARE(document.comments.size(), comments.size());
        for (int i = 0; i < comments.size(); ++i) {
            const QJsonObject want = comments.at(i).toObject();
            QCOMPARE(document.comments.at(i).author, want.value(QStringLiteral("author")).toString());
            QCOMPARE(document.comments.at(i).blocks.size(), want.value(QStringLiteral("paragraphs")).toInt());
        }
    }

    void bundledSampleWithoutItsCountLine()
    {
        QFile sample(test::sampleArticle());
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QByteArray page = sample.readAll();
        QVERIFY(page.contains("\n12 Comments\n"));
        page.replace("\n12 Comments\n", "\n");
        const ImportResult result = ImporterRegistry::instance().importData(page, QStringLiteral("sample.txt"));
        QVERIFY(result.ok());
        GLOSSATOR_REQUIRE_VALUE(withCount, importOk(test::sampleArticle()));
        QCOMPARE(authors(*result.document), authors(withCount));
        for (qsizetype i = 0; i < withCount.comments.size(); ++i)
            QCOMPARE(result.document->comments.at(i).blocks.size(), withCount.comments.at(i).blocks.size());
        QCOMPARE(result.document->article.blocks.size(), withCount.article.blocks.size());
    }

    void bundledSample()
    {
        GLOSSATOR_REQUIRE_VALUE(document, importOk(test::sampleArticle()));
        QCOMPARE(document.declaredCommentCount.value_or(-1), 12);
        QCOMPARE(
            authors(document),
            (QStringList{QStringLiteral("Margit Holm"), QStringLiteral("old_harbour_pilot"),
                         QStringLiteral("Daniel K. Osei"), QStringLiteral("Fenna"), QStringLiteral("R2Kayak"),
                         QStringLiteral("Margit Holm"), QStringLiteral("J.P. Lindqvist"),
                         QStringLiteral("Ahmed Rahimi 3"), QStringLiteral("Tova"), QStringLiteral("T. Brennan-Walsh"),
                         QStringLiteral("old_harbour_pilot"), QStringLiteral("Lena Marsh 1987")}));
        QCOMPARE(document.comments.at(2).blocks.size(), 4);
        QCOMPARE(document.comments.at(8).blocks.size(), 1);
        QCOMPARE(document.comments.at(8).blocks.first().text, QStringLiteral("Agreed."));
        QCOMPARE(document.article.source, QStringLiteral("Kestrel Bay Courier"));
        QCOMPARE(document.article.blocks.size(), 8);
        for (const Comment& comment : document.comments) {
            QVERIFY(!plainText(comment.blocks).contains(QStringLiteral("Sign in to comment")));
            QVERIFY(!plainText(comment.blocks).contains(QStringLiteral("Sort by newest")));
        }
    }

    void countConstrainsSegmentation()
    {
        // "First" is a one-word comment; "mika" writes twice. The count line decides.
        GLOSSATOR_REQUIRE_VALUE(document, importOk(test::dataFile(QStringLiteral("crlf-three-comments.txt"))));
        QCOMPARE(authors(document),
                 (QStringList{QStringLiteral("mika"), QStringLiteral("James Dean Jr."), QStringLiteral("mika")}));
        QCOMPARE(document.comments.at(0).blocks.first().text, QStringLiteral("First"));
        QCOMPARE(document.article.blocks.size(), 2);
        for (const Comment& comment : document.comments)
            QVERIFY(!plainText(comment.blocks).contains(QLatin1Char('\r')));
    }

    void declaredCountIsMetExactly_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("commenters");
        QTest::addColumn<int>("bodyOfSecond"); // paragraphs in the second comment, which holds the one-word lines
        // "Pros" and "Cons" weigh as much as the one-word names, so every price takes all of
        // them or none, and no price gives six comments.
        QTest::newRow("list labels") << QStringLiteral("pagecopy-count-list-labels.txt")
                                     << QStringList{QStringLiteral("Margit Holm"),       QStringLiteral("Fenna"),
                                                    QStringLiteral("old_harbour_pilot"), QStringLiteral("Tova"),
                                                    QStringLiteral("Daniel Osei"),       QStringLiteral("Ingrid")}
                                     << 6;
        // "Yes" and "No" weigh as much as the long name "Anna Maria de la Cruz".
        QTest::newRow("one-word answers")
            << QStringLiteral("pagecopy-count-one-word-answers.txt")
            << QStringList{QStringLiteral("Margit Holm"),           QStringLiteral("Fenna"),
                           QStringLiteral("Anna Maria de la Cruz"), QStringLiteral("old_harbour_pilot"),
                           QStringLiteral("Daniel Osei"),           QStringLiteral("Ingrid")}
            << 5;
    }

    void declaredCountIsMetExactly()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, commenters);
        QFETCH(int, bodyOfSecond);
        GLOSSATOR_REQUIRE_VALUE(document, importOk(test::dataFile(file)));
        QCOMPARE(document.declaredCommentCount.value_or(-1), int(commenters.size()));
        QCOMPARE(authors(document), commenters);
        QCOMPARE(document.comments.at(1).blocks.size(), bodyOfSecond);
        QVERIFY(std::none_of(document.notices.begin(), document.notices.end(),
                             [](const ImportNotice& n) { return n.message.contains(QStringLiteral("declares")); }));
    }

    void declaredCountIsMetExactlyOnALongPage()
    {
        // Long enough that the exact reading keeps only counts near the price search's reading.
        static const QStringList names{QStringLiteral("Fenna"),       QStringLiteral("Tova"),
                                       QStringLiteral("Ingrid"),      QStringLiteral("Kwame"),
                                       QStringLiteral("Margit"),      QStringLiteral("Peter14"),
                                       QStringLiteral("R2Kayak"),     QStringLiteral("Hideyoshi.N"),
                                       QStringLiteral("Daniel Osei"), QStringLiteral("old_harbour_pilot")};
        const int comments = 4000;
        QByteArray page = "Ferry timetable changes from November.\n\nThe operator will run fewer crossings.\n\n";
        page += QByteArray::number(comments) + " Comments\n";
        QStringList expected;
        for (int c = 0; c < comments; ++c) {
            const QString& name = names.at((c * 7 + c / 10) % names.size());
            expected.append(name);
            page += name.toUtf8() + "\nI think the winter timetable is a sensible change for everyone involved.\n";
            if (c % 9 == 4)
                page += "Pros\nCheaper.\nCons\nSlower.\n";
        }
        const ImportResult result = ImporterRegistry::instance().importData(page, QStringLiteral("long.txt"));
        QVERIFY(result.ok());
        QCOMPARE(result.document->comments.size(), comments);
        QCOMPARE(authors(*result.document), expected);
        QCOMPARE(result.document->comments.at(4).blocks.size(), 5);
    }

    void infeasibleCountKeepsItsNotice()
    {
        // Nine comments are declared, but the lines allow three at most.
        GLOSSATOR_REQUIRE_VALUE(document, importOk(test::dataFile(QStringLiteral("pagecopy-count-infeasible.txt"))));
        QCOMPARE(document.declaredCommentCount.value_or(-1), 9);
        QCOMPARE(authors(document),
                 (QStringList{QStringLiteral("Margit Holm"), QStringLiteral("Fenna"), QStringLiteral("Tova")}));
        QVERIFY(std::any_of(document.notices.begin(), document.notices.end(), [](const ImportNotice& n) {
            return n.line == 4 && n.message.contains(QStringLiteral("declares 9 comments but 3"));
        }));
    }

    void timestampsBylineAndHeadingWithoutCount()
    {
        GLOSSATOR_REQUIRE_VALUE(document, importOk(test::dataFile(QStringLiteral("timestamps-no-count.txt"))));
        QVERIFY(!document.declaredCommentCount);
        QCOMPARE(document.article.author, QStringLiteral("Sara Lindgren"));
        QCOMPARE(document.article.blocks.size(), 2);
        QCOMPARE(authors(document), (QStringList{QStringLiteral("Peter14"), QStringLiteral("Hideyoshi.N"),
                                                 QStringLiteral("Anna Maria de la Cruz")}));
        QCOMPARE(document.comments.at(0).publishedText, QStringLiteral("2 hours ago"));
        QCOMPARE(document.comments.at(1).published.toString(Qt::ISODate), QStringLiteral("2025-06-10T07:38:00Z"));
        QCOMPARE(document.comments.at(2).publishedText, QStringLiteral("June 10 07:38 am JST"));
        QCOMPARE(document.comments.at(2).blocks.size(), 2);
        QCOMPARE(document.comments.at(1).blocks.size(), 1); // "Reply" is chrome
    }

    void headlineBecomesTheTitle()
    {
        GLOSSATOR_REQUIRE_VALUE(document, importOk(test::dataFile(QStringLiteral("pagecopy-headline.txt"))));
        QCOMPARE(document.article.title, QStringLiteral("Lifeboat station opens its doors on Saturday"));
        QCOMPARE(document.article.author, QStringLiteral("Sara Lindgren"));
        QCOMPARE(document.article.blocks.size(), 2);
        QVERIFY(document.article.blocks.first().text.startsWith(QStringLiteral("The lifeboat station")));
        QCOMPARE(authors(document), (QStringList{QStringLiteral("Margit Holm"), QStringLiteral("Fenna")}));
        QVERIFY(std::any_of(document.notices.begin(), document.notices.end(), [](const ImportNotice& n) {
            return n.line == 1 && n.severity == ImportNotice::Severity::Info &&
                   n.message.contains(QStringLiteral("title"));
        }));
    }

    void firstLineAsHeadline_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("headline");
        QTest::newRow("headline") << QStringLiteral("Harbour bridge repairs to start in spring") << true;
        QTest::newRow("question") << QStringLiteral("Is the harbour ferry worth saving?") << true;
        QTest::newRow("headline and site") << QStringLiteral("Bridge vote delayed | Kestrel Bay Courier") << true;
        QTest::newRow("quoted headline") << QStringLiteral("“We are not voting on nostalgia,” mayor says") << true;
        QTest::newRow("sentence") << QStringLiteral("The council voted on Tuesday.") << false;
        QTest::newRow("sentence in quotes") << QStringLiteral("“The ferry stays,” she said.") << false;
        QTest::newRow("lead-in") << QStringLiteral("Residents were told three things:") << false;
        QTest::newRow("lower case") << QStringLiteral("the council voted on tuesday night") << false;
        QTest::newRow("one word") << QStringLiteral("Sport") << false;
        QTest::newRow("sixteen words")
            << QStringLiteral("One two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                              "fifteen sixteen")
            << false;
        QTest::newRow("navigation") << QStringLiteral("Home | News | Sport") << false;
        QTest::newRow("breadcrumbs") << QStringLiteral("News › Local › Harbour") << false;
        QTest::newRow("date") << QStringLiteral("March 3, 2024") << false;
        QTest::newRow("date and time") << QStringLiteral("12 March 2025 at 14:05") << false;
        QTest::newRow("relative time") << QStringLiteral("3 hours ago") << false;
        QTest::newRow("address") << QStringLiteral("https://example.org/news/harbour-bridge") << false;
        QTest::newRow("byline") << QStringLiteral("By Sara Lindgren") << false;
        QTest::newRow("source") << QStringLiteral("— Kestrel Bay Courier") << false;
        QTest::newRow("chrome") << QStringLiteral("Sign in") << false;
        QTest::newRow("skip link") << QStringLiteral("Skip to content") << false;
        QTest::newRow("comment heading") << QStringLiteral("Reader comments") << false;
    }

    void firstLineAsHeadline()
    {
        QFETCH(QString, line);
        QFETCH(bool, headline);
        const QByteArray page = line.toUtf8() + "\n\nThe council met on Tuesday and voted seven to four.\n";
        const ImportResult result = ImporterRegistry::instance().importData(page, QStringLiteral("page.txt"));
        QVERIFY(result.ok());
        QCOMPARE(result.document->article.title, headline ? line : QStringLiteral("page"));
        QCOMPARE(result.document->article.blocks.last().text,
                 QStringLiteral("The council met on Tuesday and voted seven to four."));
        if (headline)
            QCOMPARE(result.document->article.blocks.size(), 1);
    }

    void sectionWithoutCount_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("found"); // how the notice says the section was found
        QTest::addColumn<int>("noticeLine");
        QTest::addColumn<QStringList>("commenters");
        QTest::addColumn<QStringList>("times");
        QTest::addColumn<QList<int>>("paragraphs");
        QTest::addColumn<int>("articleParagraphs");
        // "Share" between the article and the prompt is chrome too.
        QTest::newRow("prompt to comment")
            << QStringLiteral("pagecopy-section-prompt.txt") << QStringLiteral("from line 8 (\"Add a comment\")") << 8
            << QStringList{QStringLiteral("Fenna"), QStringLiteral("old_harbour_pilot"), QStringLiteral("Margit Holm"),
                           QStringLiteral("Kwame Mensah")}
            << QStringList{QString(), QString(), QString(), QString()} << QList<int>{1, 2, 1, 1} << 2;
        // "Not sure about that" is four words: too little evidence for a name with no count to
        // ask for it.
        QTest::newRow("heading") << QStringLiteral("pagecopy-section-heading.txt")
                                 << QStringLiteral("from line 3 (\"Comments\")") << 3
                                 << QStringList{QStringLiteral("Tova"), QStringLiteral("R2Kayak"),
                                                QStringLiteral("Ingrid")}
                                 << QStringList{QString(), QString(), QString()} << QList<int>{3, 1, 1} << 2;
        QTest::newRow("names and times") << QStringLiteral("pagecopy-section-shape-times.txt")
                                         << QStringLiteral("from the shape of the lines after line 5") << 7
                                         << QStringList{QStringLiteral("Margit Holm"), QStringLiteral("Daniel K. Osei"),
                                                        QStringLiteral("Tova"), QStringLiteral("Anna Maria de la Cruz")}
                                         << QStringList{QStringLiteral("3 hours ago"),
                                                        QStringLiteral("March 3, 2024 at 10:12 am"),
                                                        QStringLiteral("2 hours ago"), QStringLiteral("1 hour ago")}
                                         << QList<int>{1, 2, 1, 1} << 2;
        QTest::newRow("recurring names and reply links")
            << QStringLiteral("pagecopy-section-shape-replies.txt")
            << QStringLiteral("from the shape of the lines after line 3") << 4
            << QStringList{QStringLiteral("Fenna"), QStringLiteral("R2Kayak"), QStringLiteral("Fenna"),
                           QStringLiteral("Ingrid Solberg"), QStringLiteral("R2Kayak")}
            << QStringList{QString(), QString(), QString(), QString(), QString()} << QList<int>{1, 1, 1, 2, 1} << 2;
        // The form for writing a comment after the comments is left out.
        QTest::newRow("reply form after the comments")
            << QStringLiteral("pagecopy-section-reply-form.txt")
            << QStringLiteral("from the shape of the lines after line 5") << 6
            << QStringList{QStringLiteral("Colm"), QStringLiteral("Priya Nakamura"), QStringLiteral("harbourclerk")}
            << QStringList{QStringLiteral("June 2, 2025 at 6:40 pm"), QStringLiteral("June 3, 2025 at 8:15 am"),
                           QStringLiteral("June 3, 2025 at 9:02 am")}
            << QList<int>{1, 1, 1} << 4;
    }

    void sectionWithoutCount()
    {
        QFETCH(QString, file);
        QFETCH(QString, found);
        QFETCH(int, noticeLine);
        QFETCH(QStringList, commenters);
        QFETCH(QStringList, times);
        QFETCH(QList<int>, paragraphs);
        QFETCH(int, articleParagraphs);
        GLOSSATOR_REQUIRE_VALUE(document, importOk(test::dataFile(file)));
        QVERIFY(!document.declaredCommentCount);
        QCOMPARE(authors(document), commenters);
        QCOMPARE(document.article.blocks.size(), articleParagraphs);
        for (qsizetype i = 0; i < document.comments.size(); ++i) {
            QCOMPARE(document.comments.at(i).publishedText, times.at(i));
            QCOMPARE(document.comments.at(i).blocks.size(), paragraphs.at(i));
            for (const char* chrome : {"Reply", "Leave a Reply", "Post Comment", "Email *"})
                QVERIFY(!plainText(document.comments.at(i).blocks).contains(QLatin1String(chrome)));
        }
        QVERIFY(std::any_of(document.notices.begin(), document.notices.end(), [&](const ImportNotice& n) {
            return n.line == noticeLine && n.severity == ImportNotice::Severity::Info && n.message.contains(found);
        }));
    }

    void headingWordsOpenTheSection_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::newRow("Comments") << QStringLiteral("Comments");
        QTest::newRow("Discussion") << QStringLiteral("Discussion");
        QTest::newRow("Responses") << QStringLiteral("Responses");
        QTest::newRow("Reader comments") << QStringLiteral("Reader comments");
        QTest::newRow("Sign in to comment") << QStringLiteral("Sign in to comment");
        QTest::newRow("Leave a comment") << QStringLiteral("Leave a comment");
    }

    void headingWordsOpenTheSection()
    {
        QFETCH(QString, heading);
        QFile file(test::dataFile(QStringLiteral("pagecopy-section-heading.txt")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray page = file.readAll();
        page.replace("\nComments\n", QByteArray("\n" + heading.toUtf8() + "\n"));
        const ImportResult result = ImporterRegistry::instance().importData(page, QStringLiteral("page.txt"));
        QVERIFY(result.ok());
        QCOMPARE(authors(*result.document),
                 (QStringList{QStringLiteral("Tova"), QStringLiteral("R2Kayak"), QStringLiteral("Ingrid")}));
        QCOMPARE(result.document->article.blocks.size(), 2);
    }

    void noCommentsInArticles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("articleParagraphs");
        QTest::newRow("article only") << QStringLiteral("article-only.txt") << 2;
        QTest::newRow("headings and a list of short items") << QStringLiteral("pagecopy-article-list.txt") << 14;
        QTest::newRow("interview with speaker lines") << QStringLiteral("pagecopy-article-interview.txt") << 11;
        QTest::newRow("interview with recurring speakers") << QStringLiteral("pagecopy-article-speakers.txt") << 13;
        QTest::newRow("bylined quotes") << QStringLiteral("pagecopy-article-quote.txt") << 10;
        QTest::newRow("timeline of dated headings") << QStringLiteral("pagecopy-article-timeline.txt") << 13;
        QTest::newRow("picture credits under share links") << QStringLiteral("pagecopy-article-credits.txt") << 10;
        QTest::newRow("live updates under times") << QStringLiteral("pagecopy-article-live.txt") << 11;
        QTest::newRow("a Discussion heading over article text")
            << QStringLiteral("pagecopy-article-discussion.txt") << 6;
    }

    void noCommentsInArticles()
    {
        QFETCH(QString, file);
        QFETCH(int, articleParagraphs);
        GLOSSATOR_REQUIRE_VALUE(document, importOk(test::dataFile(file)));
        QVERIFY(document.comments.isEmpty());
        QCOMPARE(document.article.blocks.size(), articleParagraphs);
        QVERIFY(std::none_of(document.notices.begin(), document.notices.end(), [](const ImportNotice& n) {
            return n.message.contains(QStringLiteral("comment section"));
        }));
    }

    void encodings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("noticed");     // a notice says which encoding the file was read as
        QTest::addColumn<QString>("headline"); // the title taken from the first line; empty for the file's name
        QTest::addColumn<QString>("firstParagraph");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("commenters");
        QTest::addColumn<QString>("lastComment");
        const QString cafe = QStringLiteral("Café owners say the new rules are fair.");
        const QStringList cafeAuthors{QStringLiteral("Renée"), QStringLiteral("João 7")};
        // A first line that ends with a full stop is the article's first sentence, not its headline.
        QTest::newRow("UTF-16LE with BOM")
            << QStringLiteral("utf16le-bom.txt") << QStringLiteral("UTF-16LE") << false << QString() << cafe
            << QString() << cafeAuthors << QStringLiteral("Concordo — finalmente.");
        QTest::newRow("UTF-8 with BOM") << QStringLiteral("utf8-bom.txt") << QStringLiteral("UTF-8") << false
                                        << QString() << cafe << QString() << cafeAuthors
                                        << QStringLiteral("Concordo — finalmente.");
        QTest::newRow("Windows-1252") << QStringLiteral("windows-1252.txt") << QStringLiteral("windows-1252") << true
                                      << QString() << cafe << QString() << cafeAuthors
                                      << QStringLiteral("Concordo - finalmente.");
        QTest::newRow("UTF-16BE without BOM")
            << QStringLiteral("encoding-utf16be-no-bom.txt") << QStringLiteral("UTF-16BE") << true << QString() << cafe
            << QString() << cafeAuthors << QStringLiteral("Concordo — finalmente.");
        // Shift_JIS with Windows line ends.
        QTest::newRow("Shift_JIS") << QStringLiteral("encoding-shift_jis.txt") << QStringLiteral("Shift_JIS") << true
                                   << QStringLiteral("東京都、公立小学校の給食費を来年度から無償化へ")
                                   << QStringLiteral(
                                          "東京都は十日、来年度から都内の公立小学校で給食費を無償化する方針を"
                                          "明らかにした。対象はおよそ六十万人で、年間の費用は約三百億円と見込"
                                          "まれている。")
                                   << QStringLiteral("KYODO")
                                   << QStringList{QStringLiteral("山田太郎"), QStringLiteral("さくら"),
                                                  QStringLiteral("佐藤健一")}
                                   << QStringLiteral("うちの子の学校では給食の量が少ないと聞きます。\n\n"
                                                     "無償化と一緒に質の改善もお願いしたいです。");
        QTest::newRow("EUC-KR") << QStringLiteral("encoding-euc-kr.txt") << QStringLiteral("EUC-KR") << true
                                << QStringLiteral("서울 지하철, 다음 달부터 새벽 1시까지 연장 운행")
                                << QStringLiteral("서울시는 다음 달부터 지하철 심야 운행을 새벽 한 시까지 연장한다고 "
                                                  "10일 밝혔다. 시는 시민들의 귀가 편의를 높이기 위한 조치라고 "
                                                  "설명했다.")
                                << QStringLiteral("Yonhap")
                                << QStringList{QStringLiteral("김민수"), QStringLiteral("바다"),
                                               QStringLiteral("이서연")}
                                << QStringLiteral("주말에도 연장해 주면 좋겠어요. 금요일 밤에는 택시 잡기가 정말 "
                                                  "어렵습니다.");
        QTest::newRow("GB18030") << QStringLiteral("encoding-gb18030.txt") << QStringLiteral("GB18030") << true
                                 << QStringLiteral("北京将在三年内新建五十座社区图书馆")
                                 << QStringLiteral(
                                        "北京市政府周三宣布，将在未来三年内新建五十座社区图书馆，方便居民就近"
                                        "阅读。官员表示，新图书馆将优先建在老城区和新建住宅区。")
                                 << QStringLiteral("Xinhua")
                                 << QStringList{QStringLiteral("李明"), QStringLiteral("小雨"),
                                                QStringLiteral("王建国")}
                                 << QStringLiteral("建图书馆容易，关键是后续的管理和图书更新，希望不要只是做做样子。");
    }

    void encodings()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        QFETCH(bool, noticed);
        QFETCH(QString, headline);
        QFETCH(QString, firstParagraph);
        QFETCH(QString, source);
        QFETCH(QStringList, commenters);
        QFETCH(QString, lastComment);
        GLOSSATOR_REQUIRE_VALUE(document, importOk(test::dataFile(file)));
        QCOMPARE(document.article.title, headline.isEmpty() ? QFileInfo(file).completeBaseName() : headline);
        QCOMPARE(document.article.blocks.first().text, firstParagraph);
        QCOMPARE(document.article.source, source);
        QCOMPARE(authors(document), commenters);
        QCOMPARE(plainText(document.comments.last().blocks), lastComment);
        const auto mentioned = [&](const QString& text) {
            return std::any_of(document.notices.begin(), document.notices.end(),
                               [&](const ImportNotice& n) { return n.message.contains(text); });
        };
        QCOMPARE(mentioned(QStringLiteral("read as %1").arg(encoding)), noticed);
        QCOMPARE(mentioned(QStringLiteral("windows-1252")), encoding == QStringLiteral("windows-1252"));
    }

    void articleWithoutComments()
    {
        GLOSSATOR_REQUIRE_VALUE(document, importOk(test::dataFile(QStringLiteral("article-only.txt"))));
        QCOMPARE(document.article.blocks.size(), 2);
        QVERIFY(document.comments.isEmpty());
    }

    void emptyAndCommentlessFilesGiveNotices()
    {
        GLOSSATOR_REQUIRE_VALUE(empty, importOk(test::dataFile(QStringLiteral("empty.txt"))));
        QVERIFY(empty.article.blocks.isEmpty());
        QCOMPARE(empty.notices.size(), 1);

        GLOSSATOR_REQUIRE_VALUE(none, importOk(test::dataFile(QStringLiteral("no-comments.txt"))));
        QVERIFY(none.comments.isEmpty());
        QCOMPARE(none.declaredCommentCount.value_or(-1), 0);
        QVERIFY(std::any_of(none.notices.begin(), none.notices.end(), [](const ImportNotice& n) {
            return n.line == 3 && n.severity == ImportNotice::Severity::Warning;
        }));
    }

    void hundredMegabyteSingleLine()
    {
        // One enormous line (a page saved without line breaks) is one paragraph, not a crash.
        QByteArray bytes(100 * 1024 * 1024, 'a');
        for (qsizetype i = 7; i < bytes.size(); i += 8)
            bytes[i] = ' ';
        const ImportResult result = ImporterRegistry::instance().importData(bytes, QStringLiteral("huge.txt"));
        QVERIFY(result.ok());
        QCOMPARE(result.document->article.blocks.size(), 1);
        QCOMPARE(result.document->article.blocks.first().text.size(), bytes.size() - 1); // trailing space trimmed
        QVERIFY(result.document->comments.isEmpty());
    }

    void binaryFileIsRefusedWithPlace()
    {
        const ImportResult result = ImporterRegistry::instance().importFile(
            test::dataFile(QStringLiteral("binary.bin")), QStringLiteral("page-copy"));
        QVERIFY(!result.ok());
        QVERIFY(result.error.toString().contains(QStringLiteral("binary.bin")));
        QCOMPARE(result.error.byte, 0);
    }

    void missingFileAndUnknownFormat()
    {
        const ImportResult missing = ImporterRegistry::instance().importFile(QStringLiteral("/nonexistent/x.txt"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error.toString().startsWith(QStringLiteral("/nonexistent/x.txt")));
        const ImportResult unknown =
            ImporterRegistry::instance().importFile(test::sampleArticle(), QStringLiteral("no-such-format"));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error.message.contains(QStringLiteral("page-copy")));
    }

    void authorLikelihood_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("author");
        QTest::newRow("lower-case handle") << QStringLiteral("obladi") << true;
        QTest::newRow("name with suffix") << QStringLiteral("James Dean Jr.") << true;
        QTest::newRow("dotted handle") << QStringLiteral("Hideyoshi.N") << true;
        QTest::newRow("handle with digits") << QStringLiteral("Peter14") << true;
        QTest::newRow("short reply") << QStringLiteral("Agreed.") << false;
        QTest::newRow("ellipsis") << QStringLiteral("...") << false;
        QTest::newRow("url") << QStringLiteral("https://example.org/a") << false;
        QTest::newRow("sentence") << QStringLiteral("an unenviable job for both of them.") << false;
    }

    void authorLikelihood()
    {
        QFETCH(QString, line);
        QFETCH(bool, author);
        QCOMPARE(PageCopyImporter::authorLikelihood(line) > 0, author);
    }
};

QTEST_GUILESS_MAIN(TestPageCopyImporter)
#include "tst_pagecopyimporter.moc"
