#include "FailingDevices.h"
#include "TestSupport.h"
#include "export/CsvExporter.h"
#include "export/ExporterRegistry.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace glossator;

namespace {

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// A strict RFC 4180 reader: records end with CRLF, a quote may only open or close a field or be
// doubled inside a quoted one, and a bare CR or LF outside quotes is an error. It returns no
// records when the text breaks any of these rules, so a test cannot pass on a malformed file.
std::optional<QList<QStringList>> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c != QLatin1Char('"')) {
                field += c;
            } else if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else {
                quoted = false;
                if (i + 1 < text.size() && text[i + 1] != QLatin1Char(',') && text[i + 1] != QLatin1Char('\r'))
                    return std::nullopt;
            }
        } else if (c == QLatin1Char('"')) {
            if (fieldStarted)
                return std::nullopt;
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text[i + 1] != QLatin1Char('\n'))
                return std::nullopt;
            ++i;
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n')) {
            return std::nullopt;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    // Every record, the last one included, must have been closed by CRLF.
    if (quoted || fieldStarted || !record.isEmpty())
        return std::nullopt;
    return records;
}

} // namespace

class TestCsvExporter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    StoredDocument m_stored;
    qint64 m_safety = 0, m_site = 0, m_costs = 0, m_tone = 0, m_irony = 0;
    qint64 m_articlePassage = 0, m_wholeComment = 0, m_formulaPassage = 0, m_orphan = 0;
    // A note with everything RFC 4180 has to quote: a comma, quotes and a line break.
    const QString m_note = QStringLiteral("Datum, \"offiziell\"\nlaut Stadt");

    qint64 addTag(const QString& name, const char* color, qint64 parentId = 0)
    {
        Tag tag;
        tag.name = name;
        tag.parentId = parentId;
        tag.color = QColor(QString::fromLatin1(color));
        return m_store->addTag(tag).value_or(0);
    }

    qint64 annotate(int commentIndex, const QString& passage, const QList<qint64>& tags, const QString& note,
                    const QString& coder, bool orphaned = false)
    {
        Annotation annotation;
        annotation.documentId = m_stored.id;
        annotation.commentId = commentIndex < 0 ? 0 : m_stored.commentIds.at(commentIndex);
        const QString text = plainText(commentIndex < 0 ? m_stored.document.article.blocks
                                                        : m_stored.document.comments.at(commentIndex).blocks);
        if (!passage.isEmpty()) {
            const int at = int(text.indexOf(passage));
            if (at < 0)
                qFatal("test set-up: \"%s\" is not in the target", qPrintable(passage));
            annotation.range = TextRange::fromText(text, at, at + int(passage.size()));
        }
        annotation.tagIds = tags;
        annotation.note = note;
        annotation.coder = coder;
        annotation.created = utc("2026-03-01T10:15:00Z");
        annotation.modified = utc("2026-03-04T18:00:30Z");
        annotation.orphaned = orphaned;
        return m_store->addAnnotation(annotation).value_or(0);
    }

    QByteArray exportCsv(const ExportOptions& options)
    {
        QString error;
        const std::optional<ExportData> data = ExportData::load(*m_store, options, &error);
        if (!data) {
            qWarning("ExportData::load: %s", qPrintable(error));
            return {};
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!CsvExporter().write(*data, options, buffer, &error)) {
            qWarning("CsvExporter::write: %s", qPrintable(error));
            return {};
        }
        return buffer.data();
    }

    QString commentId(int index) const { return QString::number(m_stored.commentIds.at(index)); }

    QStringList row(const QString& target, int commentIndex, const QString& quote, const QString& start,
                    const QString& end, const QString& tagPath, const QString& color, const QString& note,
                    const QString& coder, const QString& orphaned, qint64 annotationId) const
    {
        const Comment* comment = commentIndex < 0 ? nullptr : &m_stored.document.comments.at(commentIndex);
        return {QString::number(m_stored.id),
                QStringLiteral("Hafenbrücke: Sanierung, \"Phase 2\""),
                target,
                comment ? commentId(commentIndex) : QString(),
                comment ? comment->id : QString(),
                comment ? comment->author : QString(),
                comment ? QStringLiteral("2026-03-02T08:30:00Z") : QString(),
                quote,
                start,
                end,
                tagPath,
                color,
                note,
                coder,
                QStringLiteral("2026-03-01T10:15:00Z"),
                QStringLiteral("2026-03-04T18:00:30Z"),
                orphaned,
                QString::number(annotationId)};
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("hafen.glossa"));
        QFile::remove(path);
        ProjectError projectError;
        m_store = ProjectStore::create(path, &projectError);
        QVERIFY2(m_store, qPrintable(projectError.message));

        Document document;
        document.format = QStringLiteral("page-copy");
        document.article.title = QStringLiteral("Hafenbrücke: Sanierung, \"Phase 2\"");
        document.article.blocks = paragraphBlocks(
            {QStringLiteral("Die Brücke über den Hafen wird ab März gesperrt."), QStringLiteral("Kosten: 4,2 Mio. €")});
        Comment first;
        first.id = QStringLiteral("c1");
        first.author = QStringLiteral("Jörg");
        first.published = utc("2026-03-02T08:30:00Z");
        first.blocks = paragraphBlocks({QStringLiteral("=SUM(A1:A9) ist keine Antwort, sagt er.")});
        Comment reply;
        reply.id = QStringLiteral("c2");
        reply.parentId = first.id;
        reply.author = QStringLiteral("@mika");
        reply.published = first.published;
        reply.blocks = paragraphBlocks({QStringLiteral("Endlich! Die alte Brücke war 🚧 gefährlich.")});
        document.comments = {first, reply};
        const auto documentId = m_store->addDocument(document, {QStringLiteral("hafen.txt"), "x", {}});
        QVERIFY(documentId);
        m_stored = *m_store->loadDocument(*documentId);

        // Created in an order that differs from the codebook's, so that row order is checked.
        m_safety = addTag(QStringLiteral("Sicherheit"), "#c0392b");
        m_costs = addTag(QStringLiteral("Kosten"), "#2980b9");
        m_site = addTag(QStringLiteral("Baustelle"), "#e67e22", m_safety);
        m_tone = addTag(QStringLiteral("Ton"), "#8e44ad");
        m_irony = addTag(QStringLiteral("Ironie"), "#16a085", m_tone);
        QVERIFY(m_safety && m_costs && m_site && m_tone && m_irony);

        // Comments before the article, to see that export order does not follow creation order.
        m_wholeComment = annotate(0, {}, {m_costs, m_site}, {}, QStringLiteral("Ben"));
        m_formulaPassage = annotate(0, QStringLiteral("=SUM(A1:A9)"), {m_irony}, QStringLiteral("-> nachfragen"),
                                    QStringLiteral("Ana"));
        m_orphan = annotate(1, QStringLiteral("gefährlich"), {m_safety}, {}, {}, true);
        m_articlePassage = annotate(-1, QStringLiteral("ab März gesperrt"), {m_site}, m_note, QStringLiteral("Ana"));
        QVERIFY(m_wholeComment && m_formulaPassage && m_orphan && m_articlePassage);
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
        const Exporter* exporter = ExporterRegistry::instance().find(QStringLiteral("csv"));
        QVERIFY(exporter);
        QCOMPARE(exporter->fileSuffix(), QStringLiteral("csv"));
        QVERIFY(!exporter->displayName().isEmpty());
    }

    void rowsPerAnnotationAndTag()
    {
        ExportOptions raw;
        raw.rawCsvCells = true;
        const QByteArray bytes = exportCsv(raw);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.startsWith("document_id,document_title,target,comment_id,comment_source_id,comment_author,"
                                 "comment_published,quote,start,end,tag_path,tag_color,note,coder,created,modified,"
                                 "orphaned,annotation_id\r\n"));
        // Fields with a comma, a quote or a line break are quoted, quotes doubled; the line break
        // inside the note stays a bare LF.
        QVERIFY(bytes.contains(",\"Hafenbrücke: Sanierung, \"\"Phase 2\"\"\",article,"));
        QVERIFY(bytes.contains(",\"Datum, \"\"offiziell\"\"\nlaut Stadt\",Ana,"));

        const auto records = parseCsv(QString::fromUtf8(bytes));
        QVERIFY2(records, "the output is not well-formed RFC 4180");
        const QString article = QStringLiteral("article");
        const QString comment = QStringLiteral("comment");
        const QList<QStringList> expected = {
            CsvExporter::columns(),
            // "ab März gesperrt" starts at UTF-16 offset 31 of the article's text.
            row(article, -1, QStringLiteral("ab März gesperrt"), QStringLiteral("31"), QStringLiteral("47"),
                QStringLiteral("Sicherheit/Baustelle"), QStringLiteral("#e67e22"), m_note, QStringLiteral("Ana"),
                QStringLiteral("0"), m_articlePassage),
            // One annotation with two tags: two rows, in codebook order (Sicherheit/Baustelle
            // before Kosten, though Kosten has the smaller id).
            row(comment, 0, {}, {}, {}, QStringLiteral("Sicherheit/Baustelle"), QStringLiteral("#e67e22"), {},
                QStringLiteral("Ben"), QStringLiteral("0"), m_wholeComment),
            row(comment, 0, {}, {}, {}, QStringLiteral("Kosten"), QStringLiteral("#2980b9"), {}, QStringLiteral("Ben"),
                QStringLiteral("0"), m_wholeComment),
            // Asked for raw cells, cells that look like formulas are left exactly as they are.
            row(comment, 0, QStringLiteral("=SUM(A1:A9)"), QStringLiteral("0"), QStringLiteral("11"),
                QStringLiteral("Ton/Ironie"), QStringLiteral("#16a085"), QStringLiteral("-> nachfragen"),
                QStringLiteral("Ana"), QStringLiteral("0"), m_formulaPassage),
            // The road-works emoji is two UTF-16 units, so the passage after it starts at 32, not 31.
            row(comment, 1, QStringLiteral("gefährlich"), QStringLiteral("32"), QStringLiteral("42"),
                QStringLiteral("Sicherheit"), QStringLiteral("#c0392b"), {}, {}, QStringLiteral("1"), m_orphan),
        };
        QCOMPARE(records->size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(records->at(i), expected.at(i));
        // The offsets really are UTF-16 units of the comment's plain text.
        const QString replyText = plainText(m_stored.document.comments.at(1).blocks);
        QCOMPARE(replyText.mid(32, 42 - 32), QStringLiteral("gefährlich"));
    }

    void formulasGuardedByDefault()
    {
        const QByteArray bytes = exportCsv({});
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        const auto records = parseCsv(QString::fromUtf8(bytes));
        QVERIFY2(records, "the output is not well-formed RFC 4180");
        QCOMPARE(records->size(), 6);
        const QStringList formulaRow = records->at(4);
        const int quote = int(CsvExporter::columns().indexOf(QStringLiteral("quote")));
        const int note = int(CsvExporter::columns().indexOf(QStringLiteral("note")));
        const int author = int(CsvExporter::columns().indexOf(QStringLiteral("comment_author")));
        QCOMPARE(formulaRow.at(quote), QStringLiteral("'=SUM(A1:A9)"));
        QCOMPARE(formulaRow.at(note), QStringLiteral("'-> nachfragen"));
        QCOMPARE(records->at(5).at(author), QStringLiteral("'@mika"));
        // Cells that do not start with a formula character are not touched.
        QCOMPARE(records->at(1).at(note), m_note);
        QCOMPARE(records->at(1).at(quote), QStringLiteral("ab März gesperrt"));
        // The numbers the exporter writes itself stay numbers.
        for (const QString& column : {QStringLiteral("document_id"), QStringLiteral("start"), QStringLiteral("end"),
                                      QStringLiteral("annotation_id"), QStringLiteral("tag_color")}) {
            const QString cell = formulaRow.at(int(CsvExporter::columns().indexOf(column)));
            QVERIFY2(!cell.startsWith(QLatin1Char('\'')), qPrintable(column));
        }

        // Raw cells change nothing else.
        ExportOptions rawOptions;
        rawOptions.rawCsvCells = true;
        const auto raw = parseCsv(QString::fromUtf8(exportCsv(rawOptions)));
        QVERIFY(raw);
        QCOMPARE(raw->at(4).at(quote), QStringLiteral("=SUM(A1:A9)"));
        QCOMPARE(raw->at(4).at(note), QStringLiteral("-> nachfragen"));
        QCOMPARE(raw->at(5).at(author), QStringLiteral("@mika"));
        QCOMPARE(raw->at(1), records->at(1));
        QCOMPARE(raw->at(2), records->at(2));
    }

    void byteOrderMark()
    {
        ExportOptions options;
        options.byteOrderMark = true;
        const QByteArray bytes = exportCsv(options);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "document_id,"));
        // The mark is all it adds.
        QCOMPARE(bytes.mid(3), exportCsv({}));
    }

    void tagFilterTakesInSubTags()
    {
        ExportOptions options;
        options.tagIds = {m_safety};
        const auto records = parseCsv(QString::fromUtf8(exportCsv(options)));
        QVERIFY(records);
        const int tagPath = int(CsvExporter::columns().indexOf(QStringLiteral("tag_path")));
        const int annotationId = int(CsvExporter::columns().indexOf(QStringLiteral("annotation_id")));
        QStringList paths;
        QStringList ids;
        for (const QStringList& record : records->mid(1)) {
            paths.append(record.at(tagPath));
            ids.append(record.at(annotationId));
        }
        // Kosten and Ton/Ironie are left out, the two-tag annotation keeps only its chosen tag.
        QCOMPARE(paths, QStringList({QStringLiteral("Sicherheit/Baustelle"), QStringLiteral("Sicherheit/Baustelle"),
                                     QStringLiteral("Sicherheit")}));
        QCOMPARE(ids, QStringList({QString::number(m_articlePassage), QString::number(m_wholeComment),
                                   QString::number(m_orphan)}));

        // A sub-tag chosen on its own keeps its whole path.
        options.tagIds = {m_site};
        const auto siteOnly = parseCsv(QString::fromUtf8(exportCsv(options)));
        QVERIFY(siteOnly);
        QCOMPARE(siteOnly->size(), 3);
        for (const QStringList& record : siteOnly->mid(1))
            QCOMPARE(record.at(tagPath), QStringLiteral("Sicherheit/Baustelle"));
    }

    void nothingToExportGivesTheHeaderOnly()
    {
        ExportOptions options;
        options.tagIds = {m_tone};
        m_store->removeAnnotation(m_formulaPassage);
        const QByteArray bytes = exportCsv(options);
        QCOMPARE(bytes, CsvExporter::columns().join(QLatin1Char(',')).toUtf8() + "\r\n");
    }

    void refusedWriteIsReported()
    {
        QString error;
        const auto data = ExportData::load(*m_store, {}, &error);
        QVERIFY(data);
        test::RefusingDevice device;
        QVERIFY(!CsvExporter().write(*data, {}, device, &error));
        QVERIFY2(error.contains(QStringLiteral("no space left (simulated)")), qPrintable(error));
    }

    void failedExportLeavesNoFile()
    {
        QString error;
        const auto data = ExportData::load(*m_store, {}, &error);
        QVERIFY(data);
        const QString missingFolder = m_dir.filePath(QStringLiteral("no-such-folder/annotations.csv"));
        QVERIFY(!ExporterRegistry::instance().exportToFile(CsvExporter(), *data, {}, missingFolder, &error));
        QVERIFY2(error.contains(missingFolder), qPrintable(error));
        QVERIFY(!QFileInfo::exists(missingFolder));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no-such-folder"))));

        QTemporaryDir folder;
        const QString target = folder.filePath(QStringLiteral("annotations.csv"));
        QVERIFY(!ExporterRegistry::instance().exportToFile(test::InterruptedExporter<CsvExporter>(), *data, {}, target,
                                                           &error));
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
        const QString target = folder.filePath(QStringLiteral("annotations.csv"));
        QFile existing(target);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("an earlier export\r\n");
        existing.close();

        QVERIFY(!ExporterRegistry::instance().exportToFile(test::InterruptedExporter<CsvExporter>(), *data, {}, target,
                                                           &error));
        QVERIFY2(error.contains(target), qPrintable(error));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("an earlier export\r\n"));
        existing.close();
        QCOMPARE(QDir(folder.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("annotations.csv")});

        // And a successful export replaces it whole.
        QVERIFY2(ExporterRegistry::instance().exportToFile(CsvExporter(), *data, {}, target, &error),
                 qPrintable(error));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), exportCsv({}));
    }
};

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
