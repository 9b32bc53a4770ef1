#include "TestSupport.h"
#include "export/ExportData.h"
#include "export/ExporterRegistry.h"
#include "export/Report.h"
#include "import/ImporterRegistry.h"
#include "project/ProjectStore.h"
#include "text/CodeHighlighter.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace glossator;

namespace {

const QString superscriptDigits = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");

QString superscript(int number)
{
    QString text = QString::number(number);
    for (QChar& c : text)
        c = superscriptDigits.at(c.digitValue());
    return text;
}

// Text as a reader compares it: passage markers taken out, runs of white space made one space.
QString normalized(QString text)
{
    static const QRegularExpression markers(QStringLiteral("[⁰¹²³⁴⁵⁶⁷⁸⁹]+(,[⁰¹²³⁴⁵⁶⁷⁸⁹]+)*"));
    text.remove(markers);
    // A line may break after the hyphen of a hyphenated word.
    text.replace(QStringLiteral("-\n"), QStringLiteral("-"));
    return text.simplified();
}

// For scripts written without spaces a line may break between any two characters.
QString withoutSpace(const QString& text)
{
    QString out = normalized(text);
    out.remove(QLatin1Char(' '));
    return out;
}

struct ToolResult {
    bool ok = false;
    QString output;
};

ToolResult runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    ToolResult result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    result.output = QString::fromUtf8(process.readAllStandardOutput());
    if (!result.ok)
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
    return result;
}

// The page's text as pdftotext reads it, in the order it was drawn (-raw) or laid out (-layout).
QString pdfText(const QString& path, bool layout, int page = 0)
{
    QStringList arguments{layout ? QStringLiteral("-layout") : QStringLiteral("-raw"), QStringLiteral("-enc"),
                          QStringLiteral("UTF-8")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    arguments << path << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), arguments).output;
}

int pdfPages(const QString& path)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {path}).output;
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// The integers at the end of every line that starts with name (after indentation).
QList<QList<int>> trailingNumbers(const QString& text, const QString& name)
{
    QList<QList<int>> rows;
    for (const QString& rawLine : text.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (!line.startsWith(name))
            continue;
        QStringList words = line.mid(name.size()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QList<int> numbers;
        while (!words.isEmpty()) {
            bool ok = false;
            const int value = words.last().toInt(&ok);
            if (!ok)
                break;
            numbers.prepend(value);
            words.removeLast();
        }
        rows.append(numbers);
    }
    return rows;
}

QString describe(const QList<QList<int>>& rows)
{
    QStringList out;
    for (const QList<int>& row : rows) {
        QStringList numbers;
        for (int n : row)
            numbers.append(QString::number(n));
        out.append(QLatin1Char('[') + numbers.join(QLatin1Char(' ')) + QLatin1Char(']'));
    }
    return out.join(QLatin1Char(' '));
}

bool hasTool(const char* name)
{
    return !QStandardPaths::findExecutable(QString::fromLatin1(name)).isEmpty();
}

} // namespace

// Tests of the seed project skip when ../shared is absent; the others run without it.
#define REQUIRE_SEED()                                                                                                 \
    GLOSSATOR_REQUIRE_SHARED(seedPath, "seeds/000_1372d385cdabafd9.txt");                                              \
    prepareSeed(seedPath);                                                                                             \
    if (QTest::currentTestFailed())                                                                                    \
        return;

class TestPdfReport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    bool m_seedReady = false;
    qint64 m_document = 0;
    StoredDocument m_stored;
    QHash<QString, qint64> m_tags;
    QHash<QString, qint64> m_annotations;
    QDateTime m_exportedAt = QDateTime(QDate(2025, 6, 10), QTime(9, 30), Qt::UTC);

    qint64 addTag(const QString& name, const QColor& color, qint64 parent = 0, const QString& description = {})
    {
        Tag tag;
        tag.name = name;
        tag.color = color;
        tag.parentId = parent;
        tag.description = description;
        tag.position = int(m_tags.size());
        const std::optional<qint64> id = m_store->addTag(tag);
        if (!id)
            qFatal("test set-up: addTag %s: %s", qPrintable(name), qPrintable(m_store->lastError()));
        m_tags.insert(name, *id);
        return *id;
    }

    // An annotation on the article (comment -1) or a comment; an empty passage tags the whole target.
    qint64 annotate(const QString& key, int comment, const QString& passage, const QStringList& tags,
                    const QString& note, const QString& coder)
    {
        Annotation annotation;
        annotation.documentId = m_document;
        annotation.commentId = comment < 0 ? 0 : m_stored.commentIds.at(comment);
        const QString text =
            plainText(comment < 0 ? m_stored.document.article.blocks : m_stored.document.comments.at(comment).blocks);
        if (!passage.isEmpty()) {
            const qsizetype at = text.indexOf(passage);
            if (at < 0 || text.indexOf(passage, at + 1) >= 0)
                qFatal("test set-up: \"%s\" is not once in target %d", qPrintable(passage), comment);
            annotation.range = TextRange::fromText(text, int(at), int(at + passage.size()));
        }
        for (const QString& tag : tags)
            annotation.tagIds.append(m_tags.value(tag));
        annotation.note = note;
        annotation.coder = coder;
        const std::optional<qint64> id = m_store->addAnnotation(annotation);
        if (!id)
            qFatal("test set-up: addAnnotation: %s", qPrintable(m_store->lastError()));
        m_annotations.insert(key, *id);
        return *id;
    }

    ExportOptions options() const
    {
        ExportOptions o;
        o.pageSize = QPageSize(QPageSize::A4);
        o.exportedAt = m_exportedAt;
        return o;
    }

    // Writes the report of the seed project with these options; returns the PDF's path.
    QString writeReport(const ProjectStore& store, const ExportOptions& o, const QString& name,
                        std::unique_ptr<Report>* keep = nullptr)
    {
        QString error;
        const std::optional<ExportData> data = ExportData::load(store, o, &error);
        if (!data) {
            qWarning("ExportData::load: %s", qPrintable(error));
            return {};
        }
        auto report = std::make_unique<Report>(*data, o);
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !report->writePdf(file, &error)) {
            qWarning("writePdf: %s", qPrintable(error));
            return {};
        }
        file.close();
        // GLOSSATOR_KEEP_REPORTS=folder keeps a copy of every report written, to look at.
        const QString keepDir = qEnvironmentVariable("GLOSSATOR_KEEP_REPORTS");
        if (!keepDir.isEmpty()) {
            QFile::remove(keepDir + QLatin1Char('/') + name);
            QFile::copy(path, keepDir + QLatin1Char('/') + name);
        }
        if (keep)
            *keep = std::move(report);
        return path;
    }

    // 1-based number of the first page whose text holds what, or 0.
    int pageWith(const QString& path, int pages, const QString& what)
    {
        for (int page = 1; page <= pages; ++page) {
            if (normalized(pdfText(path, false, page)).contains(what))
                return page;
        }
        return 0;
    }

    // The seed article of the shared folder with a codebook and annotations of every kind; made once.
    void prepareSeed(const QString& seed)
    {
        if (m_store) {
            QVERIFY2(m_seedReady, "the seed project could not be set up (see the first test that failed)");
            return;
        }
        const ImportResult imported = ImporterRegistry::instance().importFile(seed);
        QVERIFY2(imported.ok(), qPrintable(imported.error.toString()));
        QCOMPARE(imported.document->comments.size(), 15);

        ProjectError error;
        m_store = ProjectStore::create(m_dir.filePath(QStringLiteral("seed.glossa")), &error);
        QVERIFY2(m_store, qPrintable(error.message));
        QFile source(seed);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const std::optional<qint64> id = m_store->addDocument(
            *imported.document, Provenance{QStringLiteral("000_1372d385cdabafd9.txt"), source.readAll(),
                                           QDateTime(QDate(2025, 6, 9), QTime(14, 0), Qt::UTC)});
        QVERIFY(id);
        m_document = *id;
        m_stored = *m_store->loadDocument(m_document);

        addTag(QStringLiteral("Diplomacy"), QColor(0x1F, 0x77, 0xB4));
        addTag(QStringLiteral("Tone"), QColor(0x2C, 0xA0, 0x2C));
        const qint64 history = addTag(QStringLiteral("History"), QColor(0xD6, 0x27, 0x28));
        addTag(QStringLiteral("Wartime labor"), QColor(0xFF, 0x7F, 0x0E), history);
        addTag(QStringLiteral("Unused"), QColor(0x94, 0x67, 0xBD), 0, QStringLiteral("Never applied"));

        const QString ana = QStringLiteral("Ana");
        const QString ben = QStringLiteral("Ben");
        annotate(QStringLiteral("ties"), -1, QStringLiteral("agreed Monday to build stable bilateral ties"),
                 {QStringLiteral("Diplomacy")}, QStringLiteral("Compare with the Yonhap wording of the call."), ana);
        // Overlaps the passage before it.
        annotate(QStringLiteral("environment"), -1,
                 QStringLiteral("stable bilateral ties amid a severe strategic environment"), {QStringLiteral("Tone")},
                 {}, ben);
        annotate(QStringLiteral("history"), -1, QStringLiteral("wartime history and territory"),
                 {QStringLiteral("History"), QStringLiteral("Wartime labor")}, {}, ana);
        annotate(QStringLiteral("reparations"), 1, QStringLiteral("calls for more war reparations"),
                 {QStringLiteral("History")}, {}, ana);
        annotate(QStringLiteral("memories"), 4, QStringLiteral("conveniently short memories"), {QStringLiteral("Tone")},
                 QStringLiteral("Sarcasm about the historical record."), ben);
        annotate(QStringLiteral("obladi"), 0, {}, {QStringLiteral("Tone")}, {}, ana);
        annotate(QStringLiteral("cephus"), 13, {}, {QStringLiteral("Diplomacy")},
                 QStringLiteral("A blessing rather than an argument."), ben);
        annotate(QStringLiteral("treaty"), 8, QStringLiteral("he must honor the 1965 Treaty on Basic Relations"),
                 {QStringLiteral("History")}, {}, ana);
        // Across two paragraphs of one comment.
        annotate(QStringLiteral("fluid"), 2,
                 QStringLiteral("exchange of people and ideas is also fluid.\n\nNot only that"),
                 {QStringLiteral("Diplomacy")}, {}, ana);
        const qint64 orphan = annotate(QStringLiteral("dung"), 14, QStringLiteral("a steaming pile of cow dung"),
                                       {QStringLiteral("Tone")}, QStringLiteral("Its comment was edited."), ben);
        QVERIFY(m_store->setAnnotationAnchor(orphan, m_store->annotation(orphan)->range, true));
        m_seedReady = true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!hasTool("pdftotext") || !hasTool("pdfinfo") || !hasTool("pdffonts") || !hasTool("pdftohtml"))
            QSKIP("poppler-utils (pdftotext, pdfinfo, pdffonts, pdftohtml) are needed to read the PDF back");
    }

    void exporterIsRegistered()
    {
        REQUIRE_SEED();
        const Exporter* exporter = ExporterRegistry::instance().find(QStringLiteral("pdf"));
        QVERIFY(exporter);
        QCOMPARE(exporter->fileSuffix(), QStringLiteral("pdf"));
        QVERIFY(!exporter->displayName().isEmpty());

        QString error;
        const ExportOptions o = options();
        const std::optional<ExportData> data = ExportData::load(*m_store, o, &error);
        QVERIFY2(data, qPrintable(error));
        const QString path = m_dir.filePath(QStringLiteral("registry.pdf"));
        QVERIFY2(ExporterRegistry::instance().exportToFile(*exporter, *data, o, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-1."));
        QVERIFY(bytes.endsWith("%%EOF\n"));
        QCOMPARE(pdfPages(path), Report(*data, o).pageCount());
    }

    void seedReportReadsBack()
    {
        REQUIRE_SEED();
        std::unique_ptr<Report> report;
        const QString path = writeReport(*m_store, options(), QStringLiteral("seed.pdf"), &report);
        QVERIFY(!path.isEmpty());
        const int pages = pdfPages(path);
        QCOMPARE(pages, report->pageCount());
        QVERIFY(pages >= 4);

        const QString raw = pdfText(path, false);
        const QString text = normalized(raw);
        QVERIFY(!text.isEmpty());

        // The title page.
        QVERIFY(text.contains(QStringLiteral("seed Annotated report")));
        QVERIFY(text.contains(QStringLiteral("Original file 000_1372d385cdabafd9.txt")));
        QVERIFY(text.contains(QStringLiteral("Coders Ana, Ben")));
        QVERIFY(text.contains(QStringLiteral("Comments shown all comments")));
        QVERIFY(text.contains(QStringLiteral("Tags all tags")));

        // The article, every paragraph of it.
        for (const Block& block : m_stored.document.article.blocks)
            QVERIFY2(text.contains(block.text.simplified()), qPrintable(block.text));
        // Every comment's author, and every tagged passage.
        for (const Comment& comment : m_stored.document.comments)
            QVERIFY2(text.contains(comment.author), qPrintable(comment.author));
        for (qint64 id : std::as_const(m_annotations)) {
            const Annotation annotation = *m_store->annotation(id);
            if (annotation.range)
                QVERIFY2(text.contains(annotation.range->exact.simplified()), qPrintable(annotation.range->exact));
        }
        // Tag names, notes, and the orphan with the words it had.
        for (const QString& tag : m_tags.keys())
            QVERIFY2(text.contains(tag), qPrintable(tag));
        QVERIFY(text.contains(QStringLiteral("Compare with the Yonhap wording of the call.")));
        QVERIFY(text.contains(QStringLiteral("Sarcasm about the historical record.")));
        QVERIFY(text.contains(QStringLiteral("A blessing rather than an argument.")));
        QVERIFY(text.contains(QStringLiteral("Orphaned annotations")));
        QVERIFY(text.contains(QStringLiteral("It read: “a steaming pile of cow dung”")));

        // Page furniture: every page says where it is.
        for (int page = 1; page <= pages; ++page)
            QVERIFY2(pdfText(path, false, page).contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
                     qPrintable(QString::number(page)));

        // Each section is in the outline, in order, on the page the PDF's bookmarks say.
        const QStringList outline = report->outline();
        const QString title = m_stored.document.article.title;
        QCOMPARE(outline.value(0), title);
        QVERIFY(outline.indexOf(QStringLiteral("Comments")) > 0);
        QVERIFY(outline.indexOf(QStringLiteral("Codebook summary")) > outline.indexOf(QStringLiteral("Comments")));
        QVERIFY(outline.indexOf(QStringLiteral("Coded segments by tag")) >
                outline.indexOf(QStringLiteral("Codebook summary")));
        QVERIFY(outline.contains(QStringLiteral("History/Wartime labor")));
        const int summaryPage = report->outlinePages().at(outline.indexOf(QStringLiteral("Codebook summary"))) + 1;
        QVERIFY(normalized(pdfText(path, false, summaryPage)).contains(QStringLiteral("Codebook summary")));
        // The contents on the title page give the same pages.
        const QString titlePage = normalized(pdfText(path, false, 1));
        QVERIFY2(titlePage.contains(QStringLiteral("Codebook summary %1").arg(summaryPage)), qPrintable(titlePage));
        QVERIFY(
            titlePage.contains(QStringLiteral("Comments %1")
                                   .arg(report->outlinePages().at(outline.indexOf(QStringLiteral("Comments"))) + 1)));
        QVERIFY(!normalized(pdfText(path, false, summaryPage - 1)).contains(QStringLiteral("Tags by comment author")));
    }

    void passagesAreLabelledAndNotesAtTheFootOfTheirPage()
    {
        REQUIRE_SEED();
        std::unique_ptr<Report> report;
        const QString path = writeReport(*m_store, options(), QStringLiteral("labels.pdf"), &report);
        QVERIFY(!path.isEmpty());
        const int pages = report->pageCount();

        // The passage ends with a raised number; the margin beside it names its tags after the same number.
        const int page = pageWith(path, pages, QStringLiteral("wartime history and territory"));
        QVERIFY(page > 0);
        const QString raw = pdfText(path, false, page);
        const QRegularExpressionMatch label =
            QRegularExpression(QStringLiteral("(?:^|\\n)(\\d+) History Wartime labor")).match(raw);
        QVERIFY2(label.hasMatch(), qPrintable(raw));
        QVERIFY(raw.contains(QStringLiteral("wartime history and territory") + superscript(label.captured(1).toInt())));

        // Notes are footnotes on the page of their passage (they are repeated under the coded segments).
        const struct {
            QString passage;
            QString note;
        } notes[] = {
            {QStringLiteral("agreed Monday to build stable bilateral ties"),
             QStringLiteral("Compare with the Yonhap wording of the call.")},
            {QStringLiteral("conveniently short memories"), QStringLiteral("Sarcasm about the historical record.")},
        };
        for (const auto& [passage, note] : notes) {
            const int passagePage = pageWith(path, pages, passage);
            QVERIFY(passagePage > 0);
            QCOMPARE(pageWith(path, pages, note), passagePage);
            const QString layout = pdfText(path, true, passagePage);
            // The footnote is below the text of the page: the last lines before the footer.
            const QStringList lines = layout.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            const qsizetype noteLine = lines.indexOf(QRegularExpression(
                QStringLiteral(".*") + QRegularExpression::escape(note.left(20)) + QStringLiteral(".*")));
            QVERIFY(noteLine > lines.size() / 2);
        }
    }

    void codebookSummaryCounts()
    {
        REQUIRE_SEED();
        std::unique_ptr<Report> report;
        const QString path = writeReport(*m_store, options(), QStringLiteral("summary.pdf"), &report);
        QVERIFY(!path.isEmpty());
        const QStringList outline = report->outline();
        const int first = report->outlinePages().at(outline.indexOf(QStringLiteral("Codebook summary"))) + 1;
        const int last = report->outlinePages().at(outline.indexOf(QStringLiteral("Coded segments by tag")));
        QString summary;
        for (int page = first; page <= last; ++page)
            summary += pdfText(path, true, page);
        QVERIFY(summary.contains(QStringLiteral("(article)")));

        // Tag table [annotations, distinct comments]; chart [annotations]; by author [(article), the
        // authors by annotations then name: Cephus, isabelle, James Dean Jr., kurisupisu, obladi,
        // Peter14, SaikoPhysco, total]. The orphan still counts.
        const struct {
            QString tag;
            QList<int> table;
            QList<int> authors;
        } expected[] = {
            {QStringLiteral("Diplomacy"), {3, 2}, {1, 1, 0, 0, 1, 0, 0, 0, 3}},
            {QStringLiteral("Tone"), {4, 3}, {1, 0, 0, 1, 0, 1, 1, 0, 4}},
            {QStringLiteral("History"), {3, 2}, {1, 0, 1, 0, 0, 0, 0, 1, 3}},
            {QStringLiteral("Wartime labor"), {1, 0}, {1, 0, 0, 0, 0, 0, 0, 0, 1}},
            {QStringLiteral("Unused"), {0, 0}, {0, 0, 0, 0, 0, 0, 0, 0, 0}},
        };
        for (const auto& [tag, table, authors] : expected) {
            const QList<QList<int>> rows = trailingNumbers(summary, tag);
            const QString seen = tag + QStringLiteral(": ") + describe(rows);
            QVERIFY2(rows.contains(table), qPrintable(seen));
            QVERIFY2(rows.contains(QList<int>{table.first()}), qPrintable(seen));
            QVERIFY2(rows.contains(authors), qPrintable(seen));
        }
        // The column headings name every author, in that order (they are set upwards, so read them raw).
        QString raw;
        for (int page = first; page <= last; ++page)
            raw += pdfText(path, false, page);
        QVERIFY2(normalized(raw).contains(QStringLiteral("Tag (article) Cephus isabelle James Dean Jr. kurisupisu "
                                                         "obladi Peter14 SaikoPhysco Total Diplomacy")),
                 qPrintable(raw));
        QVERIFY(!summary.contains(QStringLiteral("others")));
    }

    void narrowPageSumsTheOtherAuthors()
    {
        REQUIRE_SEED();
        ExportOptions o = options();
        o.pageSize = QPageSize(QPageSize::A5);
        std::unique_ptr<Report> report;
        const QString path = writeReport(*m_store, o, QStringLiteral("a5.pdf"), &report);
        QVERIFY(!path.isEmpty());
        QCOMPARE(report->pageSize().id(), QPageSize::A5);
        const QString info = runTool(QStringLiteral("pdfinfo"), {path}).output;
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+4(19|20) x 595 pts"))),
                 qPrintable(info));

        const QStringList outline = report->outline();
        const int first = report->outlinePages().at(outline.indexOf(QStringLiteral("Tags by comment author"))) + 1;
        const int last = report->outlinePages().at(outline.indexOf(QStringLiteral("Coded segments by tag")));
        QString summary;
        for (int page = first; page <= last; ++page)
            summary += pdfText(path, true, page);
        QVERIFY(summary.contains(QStringLiteral("others")));
        // (article), Cephus, isabelle, the five others added up, total.
        QVERIFY2(trailingNumbers(summary, QStringLiteral("Tone")).contains(QList<int>({1, 0, 0, 3, 4})),
                 qPrintable(describe(trailingNumbers(summary, QStringLiteral("Tone")))));
        QVERIFY(trailingNumbers(summary, QStringLiteral("History")).contains(QList<int>({1, 0, 1, 1, 3})));
    }

    void fontsAreEmbedded()
    {
        REQUIRE_SEED();
        const QString path = writeReport(*m_store, options(), QStringLiteral("fonts.pdf"));
        QVERIFY(!path.isEmpty());
        const ToolResult fonts = runTool(QStringLiteral("pdffonts"), {path});
        QVERIFY(fonts.ok);
        const QStringList lines = fonts.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!lines.isEmpty());
        for (const QString& line : lines) {
            // name, type (two words), encoding, emb, sub, uni, object, generation
            const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(columns.size() >= 8, qPrintable(line));
            QCOMPARE(columns.at(columns.size() - 5), QStringLiteral("yes"));
        }
        QVERIFY(fonts.output.contains(QStringLiteral("DejaVuSerif")));
        QVERIFY(fonts.output.contains(QStringLiteral("DejaVuSans")));
    }

    void japaneseAndKoreanComeBackIdentical()
    {
        const ImportResult imported =
            ImporterRegistry::instance().importFile(test::dataFile(QStringLiteral("report/cjk-thread.md")));
        QVERIFY2(imported.ok(), qPrintable(imported.error.toString()));
        const Document& document = *imported.document;
        QCOMPARE(document.comments.size(), 4);

        ProjectError error;
        auto store = ProjectStore::create(m_dir.filePath(QStringLiteral("cjk.glossa")), &error);
        QVERIFY2(store, qPrintable(error.message));
        QFile source(test::dataFile(QStringLiteral("report/cjk-thread.md")));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const std::optional<qint64> id =
            store->addDocument(document, Provenance{QStringLiteral("cjk-thread.md"), source.readAll(), {}});
        QVERIFY(id);
        const StoredDocument stored = *store->loadDocument(*id);
        const std::optional<qint64> tag =
            store->addTag(Tag{0, 0, QStringLiteral("関係"), QColor(0x33, 0x99, 0xFF), {}, 0});
        QVERIFY(tag);
        const auto annotate = [&](int comment, const QString& passage, const QString& note) {
            Annotation annotation;
            annotation.documentId = *id;
            annotation.commentId = comment < 0 ? 0 : stored.commentIds.at(comment);
            const QString text =
                plainText(comment < 0 ? stored.document.article.blocks : stored.document.comments.at(comment).blocks);
            const qsizetype at = text.indexOf(passage);
            if (at < 0)
                return false;
            annotation.range = TextRange::fromText(text, int(at), int(at + passage.size()));
            annotation.tagIds = {*tag};
            annotation.note = note;
            return store->addAnnotation(annotation).has_value();
        };
        QVERIFY(annotate(-1, QStringLiteral("日本と韓国の安定した関係"), QStringLiteral("日本語の注記です。")));
        QVERIFY(annotate(1, QStringLiteral("한일 관계가 안정되기를"), QStringLiteral("한국어 메모입니다.")));

        const QString path = writeReport(*store, options(), QStringLiteral("cjk.pdf"));
        QVERIFY(!path.isEmpty());
        const QString raw = pdfText(path, false);
        const QString flat = withoutSpace(raw);

        QStringList expected{stored.document.article.title};
        for (const Block& block : stored.document.article.blocks)
            expected.append(block.text);
        for (const Comment& comment : stored.document.comments) {
            for (const Block& block : comment.blocks)
                expected.append(block.text);
        }
        expected << QStringLiteral("日本語の注記です。") << QStringLiteral("한국어 메모입니다.")
                 << QStringLiteral("関係");
        for (const QString& part : std::as_const(expected))
            QVERIFY2(flat.contains(withoutSpace(part)), qPrintable(part));
        // Short texts fit on a line: they come back exactly, spaces and all.
        const QString text = normalized(raw);
        for (const Comment& comment : stored.document.comments)
            QVERIFY2(text.contains(comment.author), qPrintable(comment.author));
        QVERIFY(text.contains(QStringLiteral("좋은 소식이네요!")));
        QVERIFY(text.contains(QStringLiteral("日本語と한국어が混ざったコメントです。")));
        // 日 shares its glyph with the Kangxi radical ⽇; what is copied must be what was written.
        for (QChar c : raw)
            QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, qPrintable(QString(c)));

        const QString fonts = runTool(QStringLiteral("pdffonts"), {path}).output;
        QVERIFY2(fonts.contains(QStringLiteral("NotoSansCJK")), qPrintable(fonts));
        QVERIFY(fonts.contains(QStringLiteral("DejaVuSansMono")));

        // The code block is coloured as CodeHighlighter colours it, where the build has highlighting.
        if (CodeHighlighter::isAvailable()) {
            QString message;
            const std::optional<ExportData> data = ExportData::load(*store, options(), &message);
            QVERIFY2(data, qPrintable(message));
            const Report report(*data, options());
            QImage page(1240, 1754, QImage::Format_RGB32);
            {
                QPainter painter(&page);
                report.paintPage(painter, report.outlinePages().first(), QRectF(0, 0, page.width(), page.height()));
            }
            const QColor string = CodeHighlighter::styleColor(QStringLiteral("String"));
            QVERIFY(string.isValid());
            int near = 0;
            for (int y = 0; y < page.height(); ++y) {
                for (int x = 0; x < page.width(); ++x) {
                    const QColor c = page.pixelColor(x, y);
                    if (std::abs(c.red() - string.red()) + std::abs(c.green() - string.green()) +
                            std::abs(c.blue() - string.blue()) <
                        60)
                        ++near;
                }
            }
            QVERIFY2(near > 50, qPrintable(QString::number(near)));
        }
    }

    void longAuthorNamesAreWholeInTheAuthorTable()
    {
        const QString oneWord = QStringLiteral("HopeSpringsEternalHarbourside");
        const QString manyWords = QStringLiteral("Margaret Alexandra Fitzwilliam-Oyelaran of Kestrel Bay Rowing Club");
        Document document;
        document.format = QStringLiteral("page-copy");
        document.article.title = QStringLiteral("Names of every length");
        document.article.blocks = paragraphBlocks({QStringLiteral("The article.")});
        for (const QString& author : {oneWord, manyWords, QStringLiteral("Al")}) {
            Comment c;
            c.id = author;
            c.author = author;
            c.blocks = paragraphBlocks({QStringLiteral("A comment by ") + author});
            document.comments.append(c);
        }
        ProjectError error;
        auto store = ProjectStore::create(m_dir.filePath(QStringLiteral("names.glossa")), &error);
        QVERIFY2(store, qPrintable(error.message));
        const std::optional<qint64> id =
            store->addDocument(document, Provenance{QStringLiteral("names.txt"), QByteArray("x"), {}});
        QVERIFY(id);
        const StoredDocument stored = *store->loadDocument(*id);
        const qint64 tag = *store->addTag(Tag{0, 0, QStringLiteral("Voice"), QColor(Qt::darkGreen), {}, 0});
        for (qint64 commentId : stored.commentIds) {
            Annotation a;
            a.documentId = *id;
            a.commentId = commentId;
            a.tagIds = {tag};
            QVERIFY(store->addAnnotation(a));
        }
        std::unique_ptr<Report> report;
        const QString path = writeReport(*store, options(), QStringLiteral("names.pdf"), &report);
        QVERIFY(!path.isEmpty());
        const QStringList outline = report->outline();
        const int first = report->outlinePages().at(outline.indexOf(QStringLiteral("Tags by comment author"))) + 1;
        const int last = report->outlinePages().at(outline.indexOf(QStringLiteral("Coded segments by tag")));
        QString raw;
        for (int page = first; page <= last; ++page)
            raw += pdfText(path, false, page);
        const int table = int(raw.indexOf(QStringLiteral("Tags by comment author")));
        QVERIFY(table >= 0);
        raw = raw.mid(table);
        // Nothing in the table is cut short; the long single word is on one line, the many words
        // are wrapped at spaces into lines of their own, in reading order.
        QVERIFY2(!raw.contains(QChar(0x2026)), qPrintable(raw));
        QVERIFY2(raw.contains(oneWord), qPrintable(raw));
        QVERIFY2(normalized(raw).contains(manyWords), qPrintable(raw));
        QVERIFY2(!raw.contains(manyWords), qPrintable(raw)); // wrapped, not one line taller than the page allows
    }

    void onlyTaggedCommentsKeepsAncestorsAsContext()
    {
        Document document;
        document.format = QStringLiteral("page-copy");
        document.article.title = QStringLiteral("A thread to filter");
        document.article.blocks = paragraphBlocks({QStringLiteral("The article says little.")});
        const auto comment = [&](const QString& id, const QString& parent, const QString& author, const QString& text) {
            Comment c;
            c.id = id;
            c.parentId = parent;
            c.author = author;
            c.blocks = paragraphBlocks({text});
            document.comments.append(c);
        };
        comment(QStringLiteral("c1"), {}, QStringLiteral("RootAuthor"), QStringLiteral("A root comment."));
        comment(QStringLiteral("c2"), QStringLiteral("c1"), QStringLiteral("TaggedReplier"),
                QStringLiteral("A tagged reply."));
        comment(QStringLiteral("c3"), {}, QStringLiteral("QuietAuthor"), QStringLiteral("Nobody tagged this one."));
        comment(QStringLiteral("c4"), QStringLiteral("c3"), QStringLiteral("QuietReplier"),
                QStringLiteral("Nor this."));
        comment(QStringLiteral("c5"), {}, QStringLiteral("GrandParent"), QStringLiteral("Deep thread start."));
        comment(QStringLiteral("c6"), QStringLiteral("c5"), QStringLiteral("MiddleParent"), QStringLiteral("Middle."));
        comment(QStringLiteral("c7"), QStringLiteral("c6"), QStringLiteral("DeepTagged"),
                QStringLiteral("Deep tagged words."));

        ProjectError error;
        auto store = ProjectStore::create(m_dir.filePath(QStringLiteral("filter.glossa")), &error);
        QVERIFY2(store, qPrintable(error.message));
        const std::optional<qint64> id =
            store->addDocument(document, Provenance{QStringLiteral("filter.txt"), QByteArray("x"), {}});
        QVERIFY(id);
        const StoredDocument stored = *store->loadDocument(*id);
        const qint64 keep = *store->addTag(Tag{0, 0, QStringLiteral("Keep"), QColor(Qt::red), {}, 0});
        const qint64 drop = *store->addTag(Tag{0, 0, QStringLiteral("Drop"), QColor(Qt::blue), {}, 1});
        const auto tagComment = [&](int index, qint64 tag, const QString& note) {
            Annotation a;
            a.documentId = *id;
            a.commentId = stored.commentIds.at(index);
            a.tagIds = {tag};
            a.note = note;
            return store->addAnnotation(a).has_value();
        };
        QVERIFY(tagComment(1, keep, QStringLiteral("Kept note.")));
        QVERIFY(tagComment(6, keep, {}));
        QVERIFY(tagComment(3, drop, QStringLiteral("Dropped note.")));

        ExportOptions o = options();
        o.onlyTaggedComments = true;
        QString path = writeReport(*store, o, QStringLiteral("only-tagged.pdf"));
        QVERIFY(!path.isEmpty());
        QString text = normalized(pdfText(path, false));
        for (const char* present : {"RootAuthor", "TaggedReplier", "GrandParent", "MiddleParent", "DeepTagged",
                                    "QuietAuthor", "QuietReplier"}) {
            // c4 is tagged with Drop, so it and its parent c3 stay while every tag is exported.
            QVERIFY2(text.contains(QLatin1String(present)), present);
        }
        QVERIFY(text.contains(QStringLiteral("only comments with annotations, and the comments they reply to")));

        // With the tag filter, c4's annotation is not exported: c3 and c4 go, the ancestors of the
        // tagged comments stay and are marked as context.
        o.tagIds = {keep};
        path = writeReport(*store, o, QStringLiteral("only-tagged-filtered.pdf"));
        QVERIFY(!path.isEmpty());
        text = normalized(pdfText(path, false));
        for (const char* present : {"RootAuthor", "TaggedReplier", "GrandParent", "MiddleParent", "DeepTagged"})
            QVERIFY2(text.contains(QLatin1String(present)), present);
        for (const char* absent :
             {"QuietAuthor", "Nobody tagged this one.", "QuietReplier", "Nor this.", "Drop", "Dropped note."})
            QVERIFY2(!text.contains(QLatin1String(absent)), absent);
        QVERIFY(text.contains(QStringLiteral("Kept note.")));
        QCOMPARE(text.count(QStringLiteral("context, not tagged")), 3); // RootAuthor, GrandParent, MiddleParent
        QVERIFY(text.contains(QStringLiteral("RootAuthor · context, not tagged")));
        QVERIFY(text.contains(QStringLiteral("MiddleParent · reply to #5 · context, not tagged")));
        QVERIFY(text.contains(QStringLiteral("Tags only Keep, with their sub-tags")));

        // Without the option, every comment is there and none is called context.
        o.onlyTaggedComments = false;
        path = writeReport(*store, o, QStringLiteral("all-filtered.pdf"));
        text = normalized(pdfText(path, false));
        QVERIFY(text.contains(QStringLiteral("QuietAuthor")));
        QVERIFY(!text.contains(QStringLiteral("context, not tagged")));
    }

    void tagFilterLeavesOtherTagsOut()
    {
        REQUIRE_SEED();
        ExportOptions o = options();
        o.tagIds = {m_tags.value(QStringLiteral("History"))};
        const QString path = writeReport(*m_store, o, QStringLiteral("history.pdf"));
        QVERIFY(!path.isEmpty());
        const QString text = normalized(pdfText(path, false));
        QVERIFY(text.contains(QStringLiteral("History")));
        QVERIFY(text.contains(QStringLiteral("Wartime labor"))); // a sub-tag comes with its parent
        QVERIFY(text.contains(QStringLiteral("History/Wartime labor")));
        for (const char* absent : {"Diplomacy", "Tone", "Unused", "Compare with the Yonhap wording",
                                   "Sarcasm about the historical record.", "Orphaned annotations"})
            QVERIFY2(!text.contains(QLatin1String(absent)), absent);
        // The article is still there whole.
        QVERIFY(text.contains(m_stored.document.article.blocks.first().text.simplified()));
    }

    void emptyProjectStillMakesAReport()
    {
        ProjectError error;
        auto store = ProjectStore::create(m_dir.filePath(QStringLiteral("empty.glossa")), &error);
        QVERIFY2(store, qPrintable(error.message));
        const QString path = writeReport(*store, options(), QStringLiteral("empty.pdf"));
        QVERIFY(!path.isEmpty());
        QCOMPARE(pdfPages(path), 3); // title page, codebook summary, coded segments
        const QString text = normalized(pdfText(path, false));
        QVERIFY(text.contains(QStringLiteral("The project has no tags.")));
        QVERIFY(text.contains(QStringLiteral("Page 3 of 3")));
    }

    void pagesPaintAndMatchThePdf()
    {
        REQUIRE_SEED();
        QString error;
        const ExportOptions o = options();
        const std::optional<ExportData> data = ExportData::load(*m_store, o, &error);
        QVERIFY2(data, qPrintable(error));
        const Report report(*data, o);
        QCOMPARE(report.pageSize().id(), QPageSize::A4);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY2(report.writePdf(buffer, &error), qPrintable(error));
        const QString path = m_dir.filePath(QStringLiteral("paint.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(buffer.data());
        file.close();
        QCOMPARE(pdfPages(path), report.pageCount());

        const int articlePage = report.outlinePages().value(0);
        QImage image(595, 842, QImage::Format_RGB32);
        image.fill(Qt::black);
        {
            QPainter painter(&image);
            report.paintPage(painter, articlePage, QRectF(0, 0, image.width(), image.height()));
        }
        QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
        QCOMPARE(image.pixelColor(image.width() - 3, image.height() - 3), QColor(Qt::white));
        int dark = 0;
        int coloured = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.lightness() < 100)
                    ++dark;
                if (c.hsvSaturation() > 30 && c.value() > 150)
                    ++coloured;
            }
        }
        QVERIFY2(dark > 2000, qPrintable(QString::number(dark)));        // text
        QVERIFY2(coloured > 500, qPrintable(QString::number(coloured))); // highlight tints

        // Painting into part of a larger image keeps to that part.
        QImage wide(800, 900, QImage::Format_RGB32);
        wide.fill(Qt::black);
        {
            QPainter painter(&wide);
            report.paintPage(painter, 0, QRectF(100, 20, 595, 842));
        }
        QCOMPARE(wide.pixelColor(50, 450), QColor(Qt::black));
        QCOMPARE(wide.pixelColor(110, 30), QColor(Qt::white));
    }

    void pdfBookmarksMatchTheOutline()
    {
        REQUIRE_SEED();
        std::unique_ptr<Report> report;
        const QString path = writeReport(*m_store, options(), QStringLiteral("bookmarks.pdf"), &report);
        QVERIFY(!path.isEmpty());
        // pdftohtml writes the PDF's outline as nested <outline> elements of <item page="N">title</item>.
        const ToolResult xml = runTool(QStringLiteral("pdftohtml"), {QStringLiteral("-xml"), QStringLiteral("-stdout"),
                                                                     QStringLiteral("-i"), QStringLiteral("-q"), path});
        QVERIFY(xml.ok);
        QStringList titles;
        QList<int> pages;
        QList<int> levels;
        int depth = 0;
        QXmlStreamReader reader(xml.output);
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.name() == QStringLiteral("outline")) {
                ++depth;
            } else if (reader.isEndElement() && reader.name() == QStringLiteral("outline")) {
                --depth;
            } else if (reader.isStartElement() && reader.name() == QStringLiteral("item") && depth > 0) {
                pages.append(reader.attributes().value(QStringLiteral("page")).toInt() - 1);
                levels.append(depth - 1);
                titles.append(reader.readElementText());
            }
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(titles, report->outline());
        QCOMPARE(pages, report->outlinePages());
        // Sections at the top, their parts one level below.
        const QStringList outline = report->outline();
        QCOMPARE(levels.at(outline.indexOf(QStringLiteral("Codebook summary"))), 0);
        QCOMPARE(levels.at(outline.indexOf(QStringLiteral("Tags by comment author"))), 1);
        QCOMPARE(levels.at(outline.indexOf(QStringLiteral("Comments"))), 1);
        QCOMPARE(levels.at(outline.indexOf(QStringLiteral("History/Wartime labor"))), 1);

        // qpdf is not needed, but where it is installed it checks the structure of the update too.
        if (hasTool("qpdf")) {
            const ToolResult check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
            QVERIFY2(check.ok, qPrintable(check.output));
        }
    }
};

QTEST_MAIN(TestPdfReport)
#include "tst_pdfreport.moc"
