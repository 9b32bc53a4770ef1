#include "TestSupport.h"
#include "import/GlossatorJsonImporter.h"
#include "import/ImporterRegistry.h"
#include "model/DocumentJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace glossator;

class TestGlossatorJsonImporter : public QObject {
    Q_OBJECT

private:
    static QByteArray readFile(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QString sampleDiscussion()
    {
        return QStringLiteral(GLOSSATOR_SOURCE_DIR "/resources/samples/harbour-bridge-discussion.json");
    }

private slots:
    void readsBackWhatParseJsonPrints()
    {
        const ImportResult original = ImporterRegistry::instance().importFile(test::sampleArticle());
        QVERIFY(original.ok());
        const QByteArray json = QJsonDocument(documentToJson(*original.document)).toJson();
        const ImportResult again = ImporterRegistry::instance().importData(json, QStringLiteral("printed.json"));
        QVERIFY2(again.ok(), qPrintable(again.error.toString()));
        QCOMPARE(again.document->format, QStringLiteral("glossator-json"));
        const Document& a = *original.document;
        const Document& b = *again.document;
        QCOMPARE(b.article.title, a.article.title);
        QCOMPARE(b.article.source, a.article.source);
        QCOMPARE(plainText(b.article.blocks), plainText(a.article.blocks));
        QCOMPARE(b.comments.size(), a.comments.size());
        for (int i = 0; i < a.comments.size(); ++i) {
            QCOMPARE(b.comments.at(i).id, a.comments.at(i).id);
            QCOMPARE(b.comments.at(i).author, a.comments.at(i).author);
            QCOMPARE(b.comments.at(i).parentId, a.comments.at(i).parentId);
            QCOMPARE(plainText(b.comments.at(i).blocks), plainText(a.comments.at(i).blocks));
        }
        QCOMPARE(b.declaredCommentCount, a.declaredCommentCount);
    }

    void theSampleDiscussionIsThreaded()
    {
        const ImportResult result = ImporterRegistry::instance().importFile(sampleDiscussion());
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        const Document& document = *result.document;
        QCOMPARE(document.format, QStringLiteral("glossator-json"));
        QVERIFY(document.notices.isEmpty());
        QCOMPARE(document.article.source, QStringLiteral("Kestrel Bay Courier"));
        QVERIFY(document.article.published.isValid());
        const CommentTree tree(document);
        int deepest = 0;
        for (int i = 0; i < tree.size(); ++i)
            deepest = std::max(deepest, tree.depth(i));
        QVERIFY(deepest >= 4);
        QVERIFY(tree.topLevel().size() >= 5);
        QCOMPARE(document.comments.first().score, std::optional<int>(41));
    }

    void detectsItsOwnJsonOnly()
    {
        const GlossatorJsonImporter importer;
        QVERIFY(importer.confidence(readFile(sampleDiscussion()), QStringLiteral("x.json")) >= 90);
        QCOMPARE(importer.confidence(R"([{"kind": "Listing", "data": {"children": []}}])", QStringLiteral("r.json")),
                 0);
        QCOMPARE(importer.confidence(R"({"hits": [], "comments": []})", QStringLiteral("r.json")), 0);
        QCOMPARE(importer.confidence("Plain text", QStringLiteral("r.txt")), 0);
    }

    void badInputNamesThePlace()
    {
        const GlossatorJsonImporter importer;
        ImportResult result = importer.read(R"({"article": {"title": "T"}, "comments": [ {"id": "a",, } ]})",
                                            QStringLiteral("/tmp/broken.json"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error.fileName, QStringLiteral("broken.json"));
        QVERIFY(result.error.byte > 30);
        QVERIFY(result.error.toString().contains(QStringLiteral("byte")));

        result = importer.read(R"({"comments": []})", QStringLiteral("a.json"));
        QVERIFY(!result.ok());
        QVERIFY(result.error.message.contains(QStringLiteral("article")));

        result = importer.read(R"({"article": {}, "comments": {"id": 1}})", QStringLiteral("a.json"));
        QVERIFY(!result.ok());

        result = importer.read(R"({"article": {}, "comments": [{"id": "x"}, {"id": "x"}]})", QStringLiteral("a.json"));
        QVERIFY(!result.ok());
        QVERIFY(result.error.message.contains(QStringLiteral("comment 2")));

        result = importer.read(R"({"article": {"paragraphs": [1, 2]}})", QStringLiteral("a.json"));
        QVERIFY(!result.ok());
    }

    void aReplyToAnUnknownCommentIsKeptAtTheTopWithANotice()
    {
        const GlossatorJsonImporter importer;
        const ImportResult result = importer.read(
            R"({"article": {"title": "T", "paragraphs": ["Body."]},
                "comments": [{"id": 7, "author": "A", "text": "One.\n\nTwo."},
                             {"id": "b", "parent": "later", "author": "B", "paragraphs": ["Reply."]},
                             {"id": "c", "parent": 7, "author": "C", "published": "3 days ago"}]})",
            QStringLiteral("t.json"));
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        const Document& document = *result.document;
        QCOMPARE(document.comments.size(), 3);
        QCOMPARE(document.comments.at(0).id, QStringLiteral("7"));
        QCOMPARE(document.comments.at(0).blocks.size(), 2);
        QVERIFY(document.comments.at(1).parentId.isEmpty());
        QCOMPARE(document.notices.size(), 1);
        QVERIFY(document.notices.first().message.contains(QStringLiteral("later")));
        QCOMPARE(document.comments.at(2).parentId, QStringLiteral("7"));
        QCOMPARE(document.comments.at(2).publishedText, QStringLiteral("3 days ago"));
    }
};

QTEST_GUILESS_MAIN(TestGlossatorJsonImporter)
#include "tst_glossatorjsonimporter.moc"
