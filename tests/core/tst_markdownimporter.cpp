#include "Require.h"
#include "TestSupport.h"
#include "import/ImporterRegistry.h"
#include "import/MarkdownImporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <optional>

using namespace glossator;

class TestMarkdownImporter : public QObject {
    Q_OBJECT

private:
    static std::optional<Document> importOk(const QString& path, const QString& format = {})
    {
        ImportResult result = ImporterRegistry::instance().importFile(path, format);
        if (!result.ok())
            qWarning("%s", qPrintable(result.error.toString()));
        return std::move(result.document);
    }

    static std::optional<Document> importText(const QByteArray& text,
                                              const QString& name = QStringLiteral("article.md"))
    {
        ImportResult result = ImporterRegistry::instance().importData(text, name, QStringLiteral("markdown"));
        if (!result.ok())
            qWarning("%s", qPrintable(result.error.toString()));
        return std::move(result.document);
    }

    static QByteArray readData(const QString& name)
    {
        QFile file(test::dataFile(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(name));
        return file.readAll();
    }

    static QStringList authors(const Document& document)
    {
        QStringList names;
        for (const Comment& comment : document.comments)
            names.append(comment.author);
        return names;
    }

    static bool hasNotice(const Document& document, int line, ImportNotice::Severity severity, const QString& part)
    {
        return std::any_of(document.notices.begin(), document.notices.end(), [&](const ImportNotice& notice) {
            return notice.line == line && notice.severity == severity && notice.message.contains(part);
        });
    }

private slots:
    void titleBylineAndBlocks()
    {
        GLOSSATOR_REQUIRE_VALUE(document, importOk(test::dataFile(QStringLiteral("markdown-article.md"))));
        QCOMPARE(document.format, QStringLiteral("markdown"));
        // The first level-1 heading is the title, with its emphasis markers gone, and not a block.
        QCOMPARE(document.article.title, QStringLiteral("The Lantern Ferry Returns"));
        QCOMPARE(document.article.author, QStringLiteral("Jane Doe"));

        const QList<Block>& blocks = document.article.blocks;
        QCOMPARE(blocks.size(), 16);
        // Lines of a paragraph are joined with a space; link text stays, its address does not.
        QCOMPARE(blocks.at(0), (Block{Block::Kind::Paragraph,
                                      QStringLiteral("The old ferry Lantern sails again this spring, after a winter in "
                                                     "the dry dock at Kestrel Yard. Its engine is new; its benches are "
                                                     "not."),
                                      0,
                                      {}}));
        QCOMPARE(blocks.at(1), (Block{Block::Kind::Heading, QStringLiteral("Crew and passengers"), 2, {}}));
        QCOMPARE(blocks.at(2), (Block{Block::Kind::Quote,
                                      QStringLiteral("We kept the brass bell, because nobody would let us sell it."),
                                      0,
                                      {}}));
        QCOMPARE(blocks.at(3), (Block{Block::Kind::Quote, QStringLiteral("— the skipper"), 0, {}}));
        QCOMPARE(blocks.at(4), (Block{Block::Kind::Heading, QStringLiteral("What changed"), 2, {}}));
        QCOMPARE(blocks.at(5), (Block{Block::Kind::ListItem, QStringLiteral("a new engine"), 0, {}}));
        QCOMPARE(blocks.at(6), (Block{Block::Kind::ListItem, QStringLiteral("a wider ramp"), 0, {}}));
        QCOMPARE(blocks.at(7), (Block{Block::Kind::ListItem, QStringLiteral("for bicycles"), 1, {}}));
        QCOMPARE(blocks.at(8), (Block{Block::Kind::ListItem, QStringLiteral("for prams, too"), 1, {}}));
        QCOMPARE(blocks.at(9), (Block{Block::Kind::ListItem, QStringLiteral("the same timetable"), 0, {}}));
        QCOMPARE(blocks.at(10), (Block{Block::Kind::ListItem, QStringLiteral("Board at the north pier."), 0, {}}));
        QCOMPARE(blocks.at(11),
                 (Block{Block::Kind::ListItem, QStringLiteral("Pay on board with cash or a card."), 0, {}}));
        // Code keeps every character, its indentation and its comment; the fence names the language.
        QCOMPARE(blocks.at(12), (Block{Block::Kind::Code,
                                       QStringLiteral("def crossing_minutes(knots):\n"
                                                      "    return 2.4 / knots * 60  # about twelve at six knots"),
                                       0, QStringLiteral("python")}));
        QCOMPARE(blocks.at(13), (Block{Block::Kind::Code, QStringLiteral("ticket office: closed"), 0, {}}));
        QCOMPARE(blocks.at(14),
                 (Block{Block::Kind::Code, QStringLiteral("schedule.txt\n  weekdays 06:00-22:00"), 0, {}}));
        // Reference links, escapes, images, entities and autolinks; the definition line is no block.
        QCOMPARE(blocks.at(15).text,
                 QStringLiteral("A pier_side_cafe opens too, says the harbour office, and *nothing* "
                                "is final until the photo of the pier is taken & shown "
                                "https://example.org/pier."));
        for (const Block& block : blocks) {
            QVERIFY2(!block.text.contains(QStringLiteral("example.org/yard")), qPrintable(block.text));
            QVERIFY2(!block.text.contains(QStringLiteral("[office]")), qPrintable(block.text));
        }
        QVERIFY(document.notices.isEmpty() ||
                std::none_of(document.notices.begin(), document.notices.end(), [](const ImportNotice& notice) {
                    return notice.severity == ImportNotice::Severity::Warning;
                }));
    }

    void plainInlineText_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("plain");
        QTest::newRow("emphasis") << QStringLiteral("*a* **b** ***c*** _d_ __e__ ~~f~~")
                                  << QStringLiteral("a b c d e f");
        QTest::newRow("inline code keeps its content")
            << QStringLiteral("call `f(*x*)` or ``a ` b``") << QStringLiteral("call f(*x*) or a ` b");
        QTest::newRow("link keeps its text only")
            << QStringLiteral("see [the *report*](https://example.org/r \"Report\") now")
            << QStringLiteral("see the report now");
        QTest::newRow("image keeps its description") << QStringLiteral("![a pier](p.jpg)") << QStringLiteral("a pier");
        QTest::newRow("underscores inside words")
            << QStringLiteral("snake_case_name and _real_") << QStringLiteral("snake_case_name and real");
        QTest::newRow("lone asterisks are text")
            << QStringLiteral("2 * 3 * 4 = 24") << QStringLiteral("2 * 3 * 4 = 24");
        QTest::newRow("unmatched markers stay")
            << QStringLiteral("**open and [bracket") << QStringLiteral("**open and [bracket");
        QTest::newRow("escapes") << QStringLiteral(R"(\*not emphasis\* \[not a link\])")
                                 << QStringLiteral("*not emphasis* [not a link]");
        QTest::newRow("html tags go, entities decode")
            << QStringLiteral("a<br/>b <em>c</em> &amp; &#233; &lt;") << QStringLiteral("ab c & é <");
        QTest::newRow("autolink shows its address")
            << QStringLiteral("<https://example.org/a>") << QStringLiteral("https://example.org/a");
        QTest::newRow("undefined reference stays text")
            << QStringLiteral("[text][nowhere]") << QStringLiteral("[text][nowhere]");
    }

    void plainInlineText()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, plain);
        QCOMPARE(MarkdownImporter::plainInlineText(markdown), plain);
    }

    void commentSectionWithMarkup()
    {
        GLOSSATOR_REQUIRE_VALUE(document, importOk(test::dataFile(QStringLiteral("markdown-article.md"))));
        QCOMPARE(document.declaredCommentCount.value_or(-1), 4);
        // Headings and a bold line name the authors; a heading repeats for the second comment.
        QCOMPARE(authors(document), (QStringList{QStringLiteral("Peter14"), QStringLiteral("Hideyoshi.N"),
                                                 QStringLiteral("Anna Maria de la Cruz"), QStringLiteral("Peter14")}));
        for (const Comment& comment : document.comments)
            QVERIFY(comment.parentId.isEmpty());
        const Comment& first = document.comments.at(0);
        QCOMPARE(first.id, QStringLiteral("c1"));
        QCOMPARE(first.publishedText, QStringLiteral("2 hours ago"));
        // Two source lines of one paragraph stay one paragraph; "Reply" is chrome.
        QCOMPARE(first.blocks,
                 (QList<Block>{{Block::Kind::Paragraph,
                                QStringLiteral("Great to see her back. The ramp was the worst part of every crossing "
                                               "with a bike."),
                                0,
                                {}}}));
        QVERIFY(hasNotice(document, 0, ImportNotice::Severity::Info, QStringLiteral("chrome")));
        // The name in bold is written right above the text, without a blank line between.
        QCOMPARE(document.comments.at(1).blocks.size(), 1);
        QCOMPARE(document.comments.at(1).blocks.first().text, QStringLiteral("Is the timetable really the same?"));
        // A quotation and code inside a comment keep their kinds.
        const QList<Block>& third = document.comments.at(2).blocks;
        QCOMPARE(third.size(), 3);
        QCOMPARE(third.at(0), (Block{Block::Kind::Quote, QStringLiteral("the same timetable"), 0, {}}));
        QCOMPARE(third.at(1).kind, Block::Kind::Paragraph);
        QCOMPARE(third.at(2), (Block{Block::Kind::Code, QStringLiteral("06:00 first crossing"), 0, {}}));
        QCOMPARE(document.comments.at(3).blocks.first().text, QStringLiteral("Thanks, Anna."));
        // No notice that the count is off, nor that a name reads like text.
        QVERIFY(std::none_of(document.notices.begin(), document.notices.end(), [](const ImportNotice& notice) {
            return notice.severity == ImportNotice::Severity::Warning;
        }));
    }

    void plainNamesUnderSetextHeadings()
    {
        // Page-copy rules inside Markdown: "mika" recurs, "First" is a one-word comment.
        GLOSSATOR_REQUIRE_VALUE(document, importOk(test::dataFile(QStringLiteral("markdown-discussion.md"))));
        QCOMPARE(document.article.title, QStringLiteral("Harbour bridge vote"));
        QCOMPARE(document.article.author, QStringLiteral("Lars Berg"));
        QCOMPARE(document.article.published.date(), QDate(2025, 3, 12));
        QCOMPARE(document.article.blocks.size(), 1);
        QVERIFY(!document.declaredCommentCount);
        QCOMPARE(authors(document),
                 (QStringList{QStringLiteral("mika"), QStringLiteral("James Dean Jr."), QStringLiteral("mika")}));
        QCOMPARE(document.comments.at(0).blocks.first().text, QStringLiteral("First"));
    }

    void commentHeadings_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<int>("declared");
        QTest::newRow("Comments") << QStringLiteral("## Comments") << -1;
        QTest::newRow("N Comments") << QStringLiteral("### 2 Comments") << 2;
        QTest::newRow("Reader comments") << QStringLiteral("Reader comments\n---------------") << -1;
        QTest::newRow("Discussion, level 6") << QStringLiteral("###### Discussion") << -1;
        QTest::newRow("Comments (2)") << QStringLiteral("# Comments (2)") << 2;
    }

    void commentHeadings()
    {
        QFETCH(QString, heading);
        QFETCH(int, declared);
        const QString text = QStringLiteral("# Tide tables\n\nThe tables are printed again.\n\n") + heading +
                             QStringLiteral("\n\n#### Rosa\n\nAbout time.\n\n#### Ahmed K\n\nThey were never gone.\n");
        GLOSSATOR_REQUIRE_VALUE(document, importText(text.toUtf8()));
        QCOMPARE(document.article.title, QStringLiteral("Tide tables"));
        QCOMPARE(document.article.blocks.size(), 1);
        QCOMPARE(document.declaredCommentCount.value_or(-1), declared);
        QCOMPARE(authors(document), (QStringList{QStringLiteral("Rosa"), QStringLiteral("Ahmed K")}));
        QCOMPARE(document.comments.at(1).blocks.first().text, QStringLiteral("They were never gone."));
    }

    void bylineShapes_data()
    {
        QTest::addColumn<QString>("byline");
        QTest::addColumn<QString>("author");
        QTest::newRow("plain") << QStringLiteral("By Jane Doe") << QStringLiteral("Jane Doe");
        QTest::newRow("emphasised") << QStringLiteral("*By Jane Doe*") << QStringLiteral("Jane Doe");
        QTest::newRow("bold") << QStringLiteral("**By Jane Doe**") << QStringLiteral("Jane Doe");
        QTest::newRow("a sentence is no byline")
            << QStringLiteral("By noon the pier was full of people waiting.") << QString();
    }

    void bylineShapes()
    {
        QFETCH(QString, byline);
        QFETCH(QString, author);
        GLOSSATOR_REQUIRE_VALUE(
            document, importText((QStringLiteral("# Pier day\n\n") + byline + QStringLiteral("\n\nText.\n")).toUtf8()));
        QCOMPARE(document.article.author, author);
        QCOMPARE(document.article.blocks.size(), author.isEmpty() ? 2 : 1);
    }

    void frontMatterWithoutHeading()
    {
        GLOSSATOR_REQUIRE_VALUE(document,
                                importText("---\ntitle: \"Quay works\"\nauthor: Ola Nordmann\ndate: 2024-05-06\n"
                                           "tags:\n  - harbour\n---\n\nThe quay is closed in May.\n"));
        QCOMPARE(document.article.title, QStringLiteral("Quay works"));
        QCOMPARE(document.article.author, QStringLiteral("Ola Nordmann"));
        QCOMPARE(document.article.published.date(), QDate(2024, 5, 6));
        QCOMPARE(document.article.blocks.size(), 1);
        QCOMPARE(document.article.blocks.first().text, QStringLiteral("The quay is closed in May."));
    }

    void withoutTitleTheFileNameIsUsed()
    {
        GLOSSATOR_REQUIRE_VALUE(document, importText("Just a paragraph.\n", QStringLiteral("/tmp/notes-2024.md")));
        QCOMPARE(document.article.title, QStringLiteral("notes-2024"));
        QVERIFY(hasNotice(document, 0, ImportNotice::Severity::Info, QStringLiteral("level-1 heading")));
    }

    void emptyFile()
    {
        GLOSSATOR_REQUIRE_VALUE(document, importOk(test::dataFile(QStringLiteral("empty.md"))));
        QCOMPARE(document.format, QStringLiteral("markdown"));
        QVERIFY(document.article.blocks.isEmpty());
        QVERIFY(document.comments.isEmpty());
        QCOMPARE(document.notices.size(), 1);
        QCOMPARE(document.notices.first().severity, ImportNotice::Severity::Warning);
    }

    void unterminatedFence()
    {
        GLOSSATOR_REQUIRE_VALUE(document, importOk(test::dataFile(QStringLiteral("markdown-unterminated-fence.md"))));
        QCOMPARE(document.article.title, QStringLiteral("Notes"));
        QCOMPARE(document.article.blocks.size(), 2);
        QCOMPARE(document.article.blocks.at(1),
                 (Block{Block::Kind::Code, QStringLiteral("const lantern = \"ferry\";\nconsole.log(lantern);"), 0,
                        QStringLiteral("js")}));
        QVERIFY(hasNotice(document, 5, ImportNotice::Severity::Warning, QStringLiteral("never closed")));
    }

    void commentHeadingWithNothingAfter()
    {
        GLOSSATOR_REQUIRE_VALUE(document, importText("# Ferry\n\nText.\n\n## 3 Comments\n"));
        QVERIFY(document.comments.isEmpty());
        QCOMPARE(document.declaredCommentCount.value_or(-1), 3);
        QVERIFY(hasNotice(document, 5, ImportNotice::Severity::Warning, QStringLiteral("no comments")));
    }

    void tenMegabyteLine()
    {
        QByteArray line;
        const QByteArray piece("lorem *ipsum* [dolor](https://example.org) sit `amet` ");
        while (line.size() < 10 * 1024 * 1024)
            line += piece;
        QElapsedTimer timer;
        timer.start();
        GLOSSATOR_REQUIRE_VALUE(document, importText(line));
        qInfo("a %lld-byte line read in %lld ms", qlonglong(line.size()), qlonglong(timer.elapsed()));
        QCOMPARE(document.article.blocks.size(), 1);
        QVERIFY(document.article.blocks.first().text.startsWith(QStringLiteral("lorem ipsum dolor sit amet lorem")));
        QVERIFY(!document.article.blocks.first().text.contains(QLatin1Char('*')));
        QVERIFY(hasNotice(document, 1, ImportNotice::Severity::Warning, QStringLiteral("characters")));

        // Markers that never close must not make the reading slow either.
        for (const char marker : {'[', '*', '`', '<', '&', '>', '#'}) {
            GLOSSATOR_REQUIRE_VALUE(markers, importText(QByteArray(2 * 1024 * 1024, marker) + "\n"));
            QVERIFY(!markers.notices.isEmpty());
        }
    }

    void binaryIsRefused()
    {
        const ImportResult result = ImporterRegistry::instance().importFile(
            test::dataFile(QStringLiteral("binary.bin")), QStringLiteral("markdown"));
        QVERIFY(!result.ok());
        QVERIFY(result.error.toString().contains(QStringLiteral("binary.bin")));
    }

    void detectedFromContent()
    {
        const ImporterRegistry& registry = ImporterRegistry::instance();
        const QByteArray markdown = readData(QStringLiteral("markdown-article.md"));
        for (const QString& name : {QStringLiteral("ferry.txt"), QStringLiteral("ferry"), QStringLiteral("ferry.md")}) {
            const Importer* importer = registry.detect(markdown, name);
            QVERIFY(importer);
            QCOMPARE(importer->name(), QStringLiteral("markdown"));
        }
        // The suffix alone is enough for a Markdown file without markup, and an empty one.
        QCOMPARE(registry.detect("Plain words only.\n", QStringLiteral("note.markdown"))->name(),
                 QStringLiteral("markdown"));
        QCOMPARE(registry.detect(QByteArray(), QStringLiteral("empty.md"))->name(), QStringLiteral("markdown"));

        // A page copied as text stays a page copy, whatever it is called but ".md".
        QFile sample(test::sampleArticle());
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QByteArray pageCopy = sample.readAll();
        QCOMPARE(registry.detect(pageCopy, QStringLiteral("harbour.txt"))->name(), QStringLiteral("page-copy"));
        QCOMPARE(registry.detect(pageCopy, QStringLiteral("harbour"))->name(), QStringLiteral("page-copy"));
        QCOMPARE(registry.detect(readData(QStringLiteral("timestamps-no-count.txt")), QStringLiteral("t.txt"))->name(),
                 QStringLiteral("page-copy"));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownImporter)
#include "tst_markdownimporter.moc"
