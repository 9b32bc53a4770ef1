#include "FailingDevices.h"
#include "TestSupport.h"
#include "export/ExporterRegistry.h"
#include "export/WebAnnotationExporter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace glossator;

namespace {

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QJsonObject tagBody(const QString& path)
{
    return {{QStringLiteral("type"), QStringLiteral("TextualBody")},
            {QStringLiteral("purpose"), QStringLiteral("tagging")},
            {QStringLiteral("value"), path},
            {QStringLiteral("format"), QStringLiteral("text/plain")}};
}

QJsonObject quoteSelector(const TextRange& range)
{
    return {{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
            {QStringLiteral("exact"), range.exact},
            {QStringLiteral("prefix"), range.prefix},
            {QStringLiteral("suffix"), range.suffix}};
}

QJsonObject positionSelector(int start, int end)
{
    return {{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
            {QStringLiteral("start"), start},
            {QStringLiteral("end"), end}};
}

} // namespace

class TestWebAnnotationExporter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    StoredDocument m_page;  // has a URL, an article with astral characters and two comments
    StoredDocument m_plain; // has no URL
    qint64 m_tone = 0, m_safety = 0, m_irony = 0, m_site = 0;
    QHash<QString, qint64> m_ids; // annotation ids by a short name
    QHash<QString, TextRange> m_ranges;

    const QString m_articleText =
        QStringLiteral("Der Kran 🏗️ steht still, sagt 𝔄𝔫𝔫𝔞: „Wir warten auf Teile.“");
    const QString m_urn = QStringLiteral("urn:glossator:Hafen%20Studie.glossa");

    qint64 addTag(const QString& name, qint64 parentId = 0)
    {
        Tag tag;
        tag.name = name;
        tag.parentId = parentId;
        tag.color = QColor(0x33, 0x66, 0x99);
        return m_store->addTag(tag).value_or(0);
    }

    void annotate(const QString& key, const StoredDocument& stored, int commentIndex, const QString& passage,
                  const QList<qint64>& tags, const QString& note = {}, const QString& coder = {}, bool orphaned = false)
    {
        Annotation annotation;
        annotation.documentId = stored.id;
        annotation.commentId = commentIndex < 0 ? 0 : stored.commentIds.at(commentIndex);
        const QString text = plainText(commentIndex < 0 ? stored.document.article.blocks
                                                        : stored.document.comments.at(commentIndex).blocks);
        if (!passage.isEmpty()) {
            const int at = int(text.indexOf(passage));
            if (at < 0)
                qFatal("test set-up: \"%s\" is not in the target", qPrintable(passage));
            annotation.range = TextRange::fromText(text, at, at + int(passage.size()));
            m_ranges.insert(key, *annotation.range);
        }
        annotation.tagIds = tags;
        annotation.note = note;
        annotation.coder = coder;
        annotation.created = utc("2026-03-01T10:15:00Z");
        annotation.modified = utc("2026-03-04T18:00:30Z");
        annotation.orphaned = orphaned;
        const auto id = m_store->addAnnotation(annotation);
        if (!id)
            qFatal("test set-up: cannot add annotation %s: %s", qPrintable(key), qPrintable(m_store->lastError()));
        m_ids.insert(key, *id);
    }

    QJsonObject exportJson(const ExportOptions& options, QByteArray* bytes = nullptr)
    {
        QString error;
        const std::optional<ExportData> data = ExportData::load(*m_store, options, &error);
        if (!data) {
            qWarning("ExportData::load: %s", qPrintable(error));
            return {};
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!WebAnnotationExporter().write(*data, options, buffer, &error)) {
            qWarning("WebAnnotationExporter::write: %s", qPrintable(error));
            return {};
        }
        if (bytes)
            *bytes = buffer.data();
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(buffer.data(), &parseError);
        if (parseError.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", qPrintable(parseError.errorString()));
        return document.object();
    }

    static QJsonArray itemsOf(const QJsonObject& collection)
    {
        return collection.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray();
    }

    QJsonArray exportItems(const ExportOptions& options) { return itemsOf(exportJson(options)); }

    QJsonObject itemWithId(const QJsonArray& items, const QString& key) const
    {
        const QString id = m_urn + QStringLiteral(":annotation:%1").arg(m_ids.value(key));
        for (const QJsonValue& item : items) {
            if (item.toObject().value(QStringLiteral("id")).toString() == id)
                return item.toObject();
        }
        return {};
    }

    QString commentUrn(const StoredDocument& stored, const QString& encodedSourceId) const
    {
        return m_urn + QStringLiteral(":document:%1:comment:").arg(stored.id) + encodedSourceId;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        // A space in the file name, to see that identifiers stay well-formed URNs.
        const QString path = m_dir.filePath(QStringLiteral("Hafen Studie.glossa"));
        QFile::remove(path);
        ProjectError projectError;
        m_store = ProjectStore::create(path, &projectError);
        QVERIFY2(m_store, qPrintable(projectError.message));

        Document page;
        page.format = QStringLiteral("page-copy");
        page.article.title = QStringLiteral("Kran steht still");
        page.article.url = QStringLiteral("https://example.org/hafen?teil=2&lang=de");
        page.article.blocks = paragraphBlocks({m_articleText});
        Comment first;
        first.id = QStringLiteral("c1");
        first.author = QStringLiteral("Jörg");
        first.blocks = paragraphBlocks({QStringLiteral("Ich 😀 finde das gut.")});
        Comment second;
        second.id = QStringLiteral("c 2/ä"); // needs percent-encoding in a URN
        second.author = QStringLiteral("Mika");
        second.blocks = paragraphBlocks({QStringLiteral("Seit Wochen dasselbe.")});
        page.comments = {first, second};
        Document plain;
        plain.format = QStringLiteral("markdown");
        plain.article.title = QStringLiteral("Zweiter Text");
        plain.article.blocks = paragraphBlocks({QStringLiteral("Zweiter Text ohne Adresse.")});
        const auto pageId = m_store->addDocument(page, {QStringLiteral("hafen.txt"), "x", {}});
        const auto plainId = m_store->addDocument(plain, {QStringLiteral("zweiter.md"), "y", {}});
        QVERIFY(pageId && plainId);
        m_page = *m_store->loadDocument(*pageId);
        m_plain = *m_store->loadDocument(*plainId);

        // Codebook order (Ton, Ton/Ironie, Sicherheit, Sicherheit/Baustelle) differs from id order.
        m_tone = addTag(QStringLiteral("Ton"));
        m_safety = addTag(QStringLiteral("Sicherheit"));
        m_irony = addTag(QStringLiteral("Ironie"), m_tone);
        m_site = addTag(QStringLiteral("Baustelle"), m_safety);
        QVERIFY(m_tone && m_safety && m_irony && m_site);

        m_ids.clear();
        m_ranges.clear();
        annotate(QStringLiteral("still"), m_page, -1, QStringLiteral("steht still"), {m_site},
                 QStringLiteral("Seit Montag, laut \"Hafenamt\""), QStringLiteral("Ana"));
        annotate(QStringLiteral("waiting"), m_page, -1, QStringLiteral("Wir warten auf Teile"), {m_safety, m_irony});
        annotate(QStringLiteral("good"), m_page, 0, QStringLiteral("finde das gut"), {m_irony}, {},
                 QStringLiteral("Ben"));
        annotate(QStringLiteral("wholeComment"), m_page, 1, {}, {m_safety}, {}, QStringLiteral("Ana"));
        annotate(QStringLiteral("wholeArticle"), m_plain, -1, {}, {m_tone}, {}, QStringLiteral("Ana"));
        annotate(QStringLiteral("orphan"), m_page, -1, QStringLiteral("Kran"), {m_site}, {}, QStringLiteral("Ana"),
                 true);
    }

    void cleanup()
    {
        const QString path = m_store ? m_store->path() : QString();
        m_store.reset();
        if (!path.isEmpty())
            QFile::remove(path);
    }

    void identity()
    {
        const Exporter* exporter = ExporterRegistry::instance().find(QStringLiteral("json"));
        QVERIFY(exporter);
        QCOMPARE(exporter->fileSuffix(), QStringLiteral("json"));
        QVERIFY(!exporter->displayName().isEmpty());
    }

    void codePointOffsets()
    {
        const QString text = QStringLiteral("a😀b");
        QCOMPARE(text.size(), 4);
        QCOMPARE(WebAnnotationExporter::codePointOffset(text, 0), 0);
        QCOMPARE(WebAnnotationExporter::codePointOffset(text, 1), 1);
        QCOMPARE(WebAnnotationExporter::codePointOffset(text, 3), 2);
        QCOMPARE(WebAnnotationExporter::codePointOffset(text, 4), 3);
        QCOMPARE(WebAnnotationExporter::codePointOffset(text, 99), 3);
        // A lone surrogate is one code point of its own.
        QCOMPARE(WebAnnotationExporter::codePointOffset(QString(QChar(0xD83D)) + QStringLiteral("xy"), 3), 3);
    }

    void collectionShape()
    {
        QByteArray bytes;
        const QJsonObject collection = exportJson({}, &bytes);
        QVERIFY(bytes.startsWith("{"));
        QCOMPARE(collection.value(QStringLiteral("@context")).toString(),
                 QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
        QCOMPARE(collection.value(QStringLiteral("id")).toString(), m_urn + QStringLiteral(":collection"));
        QCOMPARE(collection.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationCollection"));
        QCOMPARE(collection.value(QStringLiteral("label")).toString(), QStringLiteral("Hafen Studie"));
        QCOMPARE(collection.value(QStringLiteral("total")).toInt(), 6);
        const QJsonObject page = collection.value(QStringLiteral("first")).toObject();
        QCOMPARE(page.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationPage"));
        QCOMPARE(page.value(QStringLiteral("id")).toString(), m_urn + QStringLiteral(":collection:page:1"));
        QCOMPARE(page.value(QStringLiteral("startIndex")).toInt(-1), 0);
        const QJsonArray items = page.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 6);
        // Article passages by position, then the comments, then the next document.
        QStringList order;
        for (const QJsonValue& item : items)
            order.append(item.toObject().value(QStringLiteral("id")).toString());
        QStringList expectedOrder;
        for (const char* key : {"orphan", "still", "waiting", "good", "wholeComment", "wholeArticle"})
            expectedOrder.append(m_urn + QStringLiteral(":annotation:%1").arg(m_ids.value(QLatin1String(key))));
        QCOMPARE(order, expectedOrder);
    }

    void articlePassageWithNote()
    {
        const QJsonArray items = exportItems({});
        const QJsonObject item = itemWithId(items, QStringLiteral("still"));
        // Two astral characters' worth of difference: 🏗 is two UTF-16 units, its variation
        // selector one, so "steht still" starts at unit 13 but at code point 12.
        QCOMPARE(m_ranges.value(QStringLiteral("still")).start, 13);
        const QJsonObject expected{
            {QStringLiteral("id"),
             QString(m_urn + QStringLiteral(":annotation:%1").arg(m_ids.value(QStringLiteral("still"))))},
            {QStringLiteral("type"), QStringLiteral("Annotation")},
            {QStringLiteral("created"), QStringLiteral("2026-03-01T10:15:00Z")},
            {QStringLiteral("modified"), QStringLiteral("2026-03-04T18:00:30Z")},
            {QStringLiteral("creator"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Person")},
                                                    {QStringLiteral("name"), QStringLiteral("Ana")}}},
            {QStringLiteral("motivation"), QJsonArray{QStringLiteral("tagging"), QStringLiteral("commenting")}},
            {QStringLiteral("body"),
             QJsonArray{tagBody(QStringLiteral("Sicherheit/Baustelle")),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                                    {QStringLiteral("purpose"), QStringLiteral("commenting")},
                                    {QStringLiteral("value"), QStringLiteral("Seit Montag, laut \"Hafenamt\"")},
                                    {QStringLiteral("format"), QStringLiteral("text/plain")}}}},
            {QStringLiteral("target"),
             QJsonObject{{QStringLiteral("source"), QStringLiteral("https://example.org/hafen?teil=2&lang=de")},
                         {QStringLiteral("selector"), QJsonArray{quoteSelector(m_ranges.value(QStringLiteral("still"))),
                                                                 positionSelector(12, 23)}}}},
        };
        QCOMPARE(item, expected);
    }

    void positionsCountCodePoints()
    {
        QByteArray bytes;
        const QJsonArray items = itemsOf(exportJson({}, &bytes));
        const QJsonObject target =
            itemWithId(items, QStringLiteral("waiting")).value(QStringLiteral("target")).toObject();
        const QJsonArray selectors = target.value(QStringLiteral("selector")).toArray();
        QCOMPARE(selectors.size(), 2);
        const QJsonObject position = selectors.at(1).toObject();
        // 🏗️ and the four letters of 𝔄𝔫𝔫𝔞 are five UTF-16 units more than code points.
        const TextRange& range = m_ranges[QStringLiteral("waiting")];
        QCOMPARE(range.start, 42);
        QCOMPARE(range.end, 62);
        QCOMPARE(position.value(QStringLiteral("start")).toInt(), 37);
        QCOMPARE(position.value(QStringLiteral("end")).toInt(), 57);
        // The same positions, counted another way: those code points of the text are the quote.
        const QList<uint> codePoints = m_articleText.toUcs4();
        QString selected;
        for (uint codePoint : codePoints.mid(37, 57 - 37))
            selected += QStringView(QChar::fromUcs4(char32_t(codePoint)));
        QCOMPARE(selected, QStringLiteral("Wir warten auf Teile"));
        QCOMPARE(selectors.at(0).toObject().value(QStringLiteral("exact")).toString(),
                 QStringLiteral("Wir warten auf Teile"));
        // The 32 units before the quote begin with the second half of 🏗; the recorded context
        // starts after it, with the variation selector, and so does the exported prefix.
        QVERIFY(!range.prefix.front().isLowSurrogate());
        QCOMPARE(range.prefix.front(), QChar(0xFE0F));
        QCOMPARE(selectors.at(0).toObject().value(QStringLiteral("prefix")).toString(),
                 QStringLiteral("\uFE0F steht still, sagt 𝔄𝔫𝔫𝔞: „"));
        QVERIFY(bytes.contains(QStringLiteral("\"prefix\": \"\uFE0F steht still").toUtf8()));
    }

    void bodiesInCodebookOrderWithoutCreator()
    {
        const QJsonArray items = exportItems({});
        const QJsonObject item = itemWithId(items, QStringLiteral("waiting"));
        QVERIFY(!item.contains(QStringLiteral("creator")));
        QCOMPARE(item.value(QStringLiteral("motivation")).toString(), QStringLiteral("tagging"));
        QCOMPARE(item.value(QStringLiteral("body")).toArray(),
                 QJsonArray({tagBody(QStringLiteral("Ton/Ironie")), tagBody(QStringLiteral("Sicherheit"))}));
    }

    void commentTargets()
    {
        const QJsonArray items = exportItems({});
        const QJsonObject passage =
            itemWithId(items, QStringLiteral("good")).value(QStringLiteral("target")).toObject();
        QCOMPARE(passage.value(QStringLiteral("source")).toString(), commentUrn(m_page, QStringLiteral("c1")));
        QCOMPARE(passage.value(QStringLiteral("scope")).toString(),
                 QStringLiteral("https://example.org/hafen?teil=2&lang=de"));
        // "finde das gut" follows an emoji: UTF-16 7–20, code points 6–19.
        QCOMPARE(m_ranges.value(QStringLiteral("good")).start, 7);
        QCOMPARE(passage.value(QStringLiteral("selector")).toArray(),
                 QJsonArray({quoteSelector(m_ranges.value(QStringLiteral("good"))), positionSelector(6, 19)}));

        const QJsonObject whole =
            itemWithId(items, QStringLiteral("wholeComment")).value(QStringLiteral("target")).toObject();
        QCOMPARE(whole,
                 QJsonObject({{QStringLiteral("source"), commentUrn(m_page, QStringLiteral("c%202%2F%C3%A4"))},
                              {QStringLiteral("scope"), QStringLiteral("https://example.org/hafen?teil=2&lang=de")}}));
    }

    void documentWithoutAddressGetsUrn()
    {
        const QJsonArray items = exportItems({});
        const QJsonObject item = itemWithId(items, QStringLiteral("wholeArticle"));
        QCOMPARE(
            item.value(QStringLiteral("target")).toObject(),
            QJsonObject({{QStringLiteral("source"), QString(m_urn + QStringLiteral(":document:%1").arg(m_plain.id))}}));
        QCOMPARE(item.value(QStringLiteral("body")).toArray(), QJsonArray{tagBody(QStringLiteral("Ton"))});
    }

    void orphanKeepsOnlyItsQuote()
    {
        const QJsonArray items = exportItems({});
        const QJsonObject orphan = itemWithId(items, QStringLiteral("orphan"));
        QCOMPARE(orphan.value(QStringLiteral("glossator:orphaned")), QJsonValue(true));
        QCOMPARE(orphan.value(QStringLiteral("target")).toObject().value(QStringLiteral("selector")).toArray(),
                 QJsonArray{quoteSelector(m_ranges.value(QStringLiteral("orphan")))});
        for (const QJsonValue& item : items) {
            if (item.toObject() != orphan)
                QVERIFY(!item.toObject().contains(QStringLiteral("glossator:orphaned")));
        }
    }

    void rangeThatMissesItsWordsKeepsOnlyItsQuote()
    {
        // Offsets that do not hold the quote (a file edited outside Glossator) give no position.
        Annotation stale;
        stale.documentId = m_plain.id;
        stale.range = TextRange{0, 7, QStringLiteral("Erster"), {}, QStringLiteral(" Text")};
        stale.tagIds = {m_tone};
        const auto id = m_store->addAnnotation(stale);
        QVERIFY(id);
        m_ids.insert(QStringLiteral("stale"), *id);
        const QJsonObject item = itemWithId(exportItems({}), QStringLiteral("stale"));
        QCOMPARE(item.value(QStringLiteral("target")).toObject().value(QStringLiteral("selector")).toArray(),
                 QJsonArray{quoteSelector(*stale.range)});
    }

    void tagFilterTakesInSubTags()
    {
        ExportOptions options;
        options.tagIds = {m_tone};
        const QJsonObject collection = exportJson(options);
        QCOMPARE(collection.value(QStringLiteral("total")).toInt(), 3);
        const QJsonArray items = itemsOf(collection);
        QCOMPARE(items.size(), 3);
        // The annotation with Sicherheit and Ton/Ironie keeps only the chosen one.
        QCOMPARE(itemWithId(items, QStringLiteral("waiting")).value(QStringLiteral("body")).toArray(),
                 QJsonArray{tagBody(QStringLiteral("Ton/Ironie"))});
        QVERIFY(!itemWithId(items, QStringLiteral("good")).isEmpty());
        QVERIFY(!itemWithId(items, QStringLiteral("wholeArticle")).isEmpty());
        QVERIFY(itemWithId(items, QStringLiteral("still")).isEmpty());
    }

    void neverWritesAByteOrderMark()
    {
        ExportOptions options;
        options.byteOrderMark = true;
        QByteArray bytes;
        exportJson(options, &bytes);
        QVERIFY(bytes.startsWith("{"));
    }

    void refusedWriteIsReported()
    {
        QString error;
        const auto data = ExportData::load(*m_store, {}, &error);
        QVERIFY(data);
        test::RefusingDevice device;
        QVERIFY(!WebAnnotationExporter().write(*data, {}, device, &error));
        QVERIFY2(error.contains(QStringLiteral("no space left (simulated)")), qPrintable(error));
    }

    void failedExportLeavesNoFile()
    {
        QString error;
        const auto data = ExportData::load(*m_store, {}, &error);
        QVERIFY(data);
        const QString missingFolder = m_dir.filePath(QStringLiteral("no-such-folder/annotations.json"));
        QVERIFY(!ExporterRegistry::instance().exportToFile(WebAnnotationExporter(), *data, {}, missingFolder, &error));
        QVERIFY2(error.contains(missingFolder), qPrintable(error));
        QVERIFY(!QFileInfo::exists(missingFolder));

        QTemporaryDir folder;
        const QString target = folder.filePath(QStringLiteral("annotations.json"));
        QVERIFY(!ExporterRegistry::instance().exportToFile(test::InterruptedExporter<WebAnnotationExporter>(), *data,
                                                           {}, target, &error));
        QVERIFY2(error.contains(target), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("no space left (simulated)")), qPrintable(error));
        QCOMPARE(QDir(folder.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    void failedExportKeepsExistingFile()
    {
        QString error;
        const auto data = ExportData::load(*m_store, {}, &error);
        QVERIFY(data);
        QTemporaryDir folder;
        const QString target = folder.filePath(QStringLiteral("annotations.json"));
        QFile existing(target);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("{\"earlier\": true}\n");
        existing.close();

        QVERIFY(!ExporterRegistry::instance().exportToFile(test::InterruptedExporter<WebAnnotationExporter>(), *data,
                                                           {}, target, &error));
        QVERIFY2(error.contains(target), qPrintable(error));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("{\"earlier\": true}\n"));
        existing.close();
        QCOMPARE(QDir(folder.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("annotations.json")});
    }
};

QTEST_GUILESS_MAIN(TestWebAnnotationExporter)
#include "tst_webannotationexporter.moc"
