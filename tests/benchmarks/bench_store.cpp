// bench_store [--comments N] [--annotations N] [--samples M] [--smoke]
//
// How long one edit takes to be committed in a large project: builds a project with N comments in
// one document and N annotations spread over them, then times M calls of
// ProjectStore::addAnnotation, each its own synced transaction, as an edit in the window is.
// Exits 1 when the median or the 99th percentile misses its target (never with --smoke, which
// runs a small project only to prove that the benchmark works) or on any error, 2 on wrong usage.

#include "BenchmarkSupport.h"
#include "model/Annotation.h"
#include "model/Document.h"
#include "project/ProjectStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace glossator;

namespace {

constexpr double medianTargetMs = 2.0;
constexpr double p99TargetMs = 10.0;
constexpr int tagCount = 12;

int fail(const QString& message)
{
    std::fprintf(stderr, "bench_store: %s\n", qPrintable(message));
    return 1;
}

double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// Comment bodies of realistic length that differ from one another, so that no page compresses
// into something unrepresentative.
QString sentence(int seed)
{
    static const QStringList words = {
        QStringLiteral("bridge"),    QStringLiteral("ferry"),     QStringLiteral("council"),  QStringLiteral("harbour"),
        QStringLiteral("timetable"), QStringLiteral("regatta"),   QStringLiteral("crossing"), QStringLiteral("winter"),
        QStringLiteral("museum"),    QStringLiteral("residents"), QStringLiteral("vote"),     QStringLiteral("hearing"),
        QStringLiteral("the"),       QStringLiteral("a"),         QStringLiteral("of"),       QStringLiteral("and"),
    };
    QStringList picked;
    quint32 state = quint32(seed) * 2654435761u + 12345u;
    const int length = 12 + seed % 17;
    for (int i = 0; i < length; ++i) {
        state = state * 1103515245u + 12345u;
        picked.append(words.at(int((state >> 16) % quint32(words.size()))));
    }
    picked.first()[0] = picked.first().at(0).toUpper();
    return picked.join(QLatin1Char(' ')) + QLatin1Char('.');
}

Document largeDocument(int comments)
{
    Document document;
    document.format = QStringLiteral("page-copy");
    document.article.title = QStringLiteral("A very long thread");
    document.article.source = QStringLiteral("Benchmark Courier");
    for (int i = 0; i < 12; ++i)
        document.article.blocks.append(
            Block{Block::Kind::Paragraph, sentence(i) + QLatin1Char(' ') + sentence(i + 1), 0, {}});
    document.declaredCommentCount = comments;
    document.comments.reserve(comments);
    QString lastTopLevel;
    for (int i = 0; i < comments; ++i) {
        Comment comment;
        comment.id = QStringLiteral("c%1").arg(i + 1);
        // Every third comment answers the last top-level one: a thread with some depth.
        if (i % 3 == 2 && !lastTopLevel.isEmpty())
            comment.parentId = lastTopLevel;
        else
            lastTopLevel = comment.id;
        comment.author = QStringLiteral("commenter %1").arg(i % 997);
        comment.publishedText = QStringLiteral("%1 hours ago").arg(1 + i % 48);
        comment.blocks.append(Block{Block::Kind::Paragraph, sentence(i) + QLatin1Char(' ') + sentence(i + 7), 0, {}});
        if (i % 4 == 0)
            comment.blocks.append(Block{Block::Kind::Paragraph, sentence(i + 3), 0, {}});
        document.comments.append(comment);
    }
    return document;
}

// A passage of the text that depends on n: where annotations fall is spread, not repeated.
TextRange passage(const QString& text, qint64 n)
{
    const int length = int(text.size());
    const int start = int(n * 37 % std::max(1, length - 20));
    const int end = std::min(length, start + 8 + int(n % 40));
    return TextRange::fromText(text, start, end);
}

// The bulk of the annotations goes in with plain SQL in one transaction, as ProjectStore would
// write them but without a sync per row: only the timed commits are what is measured.
bool insertAnnotations(const QString& path, qint64 documentId, const QList<qint64>& commentIds,
                       const QStringList& commentTexts, const QList<qint64>& tagIds, int count, QString* error)
{
    const QString name = QStringLiteral("bench-bulk");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            ok = db.transaction();
            QSqlQuery annotation(db);
            QSqlQuery tag(db);
            ok =
                ok &&
                annotation.prepare(QStringLiteral(
                    "INSERT INTO annotations(document_id, comment_id, range_start, range_end, exact, prefix, "
                    "suffix, note, coder, created, modified, orphaned) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) &&
                tag.prepare(QStringLiteral("INSERT INTO annotation_tags(annotation_id, tag_id) VALUES (?, ?)"));
            const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            for (int i = 0; ok && i < count; ++i) {
                const qsizetype comment = qsizetype(qint64(i) * 7919 % commentIds.size());
                const TextRange range = passage(commentTexts.at(comment), i);
                annotation.addBindValue(documentId);
                annotation.addBindValue(commentIds.at(comment));
                annotation.addBindValue(range.start);
                annotation.addBindValue(range.end);
                annotation.addBindValue(range.exact);
                annotation.addBindValue(range.prefix.isNull() ? QStringLiteral("") : range.prefix);
                annotation.addBindValue(range.suffix.isNull() ? QStringLiteral("") : range.suffix);
                annotation.addBindValue(i % 5 == 0 ? QStringLiteral("note %1").arg(i) : QStringLiteral(""));
                annotation.addBindValue(QStringLiteral("coder %1").arg(i % 7));
                annotation.addBindValue(now);
                annotation.addBindValue(now);
                ok = annotation.exec();
                const qint64 id = annotation.lastInsertId().toLongLong();
                for (int t = 0; ok && t < 1 + i % 2; ++t) {
                    tag.addBindValue(id);
                    tag.addBindValue(tagIds.at((i + t * 5) % tagIds.size()));
                    ok = tag.exec();
                }
            }
            if (!ok)
                *error = annotation.lastError().isValid() ? annotation.lastError().text() : tag.lastError().text();
            if (ok && !db.commit()) {
                *error = db.lastError().text();
                ok = false;
            }
            if (!ok)
                db.rollback();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// The smallest sample at or above the fraction p of them (nearest rank).
double percentile(const std::vector<double>& sorted, double p)
{
    const auto rank = std::size_t(std::ceil(p * double(sorted.size())));
    return sorted.at(std::clamp<std::size_t>(rank, 1, sorted.size()) - 1);
}

double median(const std::vector<double>& sorted)
{
    const std::size_t n = sorted.size();
    return n % 2 ? sorted.at(n / 2) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times committing one annotation to a large Glossator project."));
    parser.addHelpOption();
    const QCommandLineOption commentsOption(
        QStringLiteral("comments"), QStringLiteral("comments in the project (default 100000)."), QStringLiteral("N"));
    const QCommandLineOption annotationsOption(QStringLiteral("annotations"),
                                               QStringLiteral("annotations in the project (default 100000)."),
                                               QStringLiteral("N"));
    const QCommandLineOption samplesOption(QStringLiteral("samples"), QStringLiteral("commits to time (default 200)."),
                                           QStringLiteral("M"));
    const QCommandLineOption smokeOption(
        QStringLiteral("smoke"), QStringLiteral("a small run (2000 and 2000, 30 commits) that never fails on time."));
    parser.addOptions({commentsOption, annotationsOption, samplesOption, smokeOption});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "bench_store: unexpected argument %s\n", qPrintable(parser.positionalArguments().first()));
        return 2;
    }

    const bool smoke = parser.isSet(smokeOption);
    const auto count = [&](const QCommandLineOption& option, int fallback, int* value) {
        return benchmark::readCount(parser, option, fallback, value, "bench_store");
    };
    int comments = 0;
    int annotations = 0;
    int samples = 0;
    if (!count(commentsOption, smoke ? 2000 : 100000, &comments) ||
        !count(annotationsOption, smoke ? 2000 : 100000, &annotations) ||
        !count(samplesOption, smoke ? 30 : 200, &samples))
        return 2;

    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QStringLiteral("cannot make a temporary folder: %1").arg(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("bench.glossa"));
    std::printf("bench_store: %d comments, %d annotations, %d timed commits%s\n", comments, annotations, samples,
                smoke ? " (smoke run: timing is reported, not judged)" : "");
    std::printf("project: %s\n", qPrintable(path));

    QElapsedTimer total;
    total.start();
    const Document document = largeDocument(comments);
    QStringList commentTexts;
    commentTexts.reserve(comments);
    for (const Comment& comment : document.comments)
        commentTexts.append(plainText(comment.blocks));

    qint64 documentId = 0;
    QList<qint64> commentIds;
    QList<qint64> tagIds;
    {
        QElapsedTimer timer;
        timer.start();
        ProjectError error;
        std::unique_ptr<ProjectStore> store = ProjectStore::create(path, &error);
        if (!store)
            return fail(error.message);
        const std::optional<qint64> id =
            store->addDocument(document, Provenance{QStringLiteral("thread.txt"), QByteArray(4096, 'x'), {}});
        if (!id)
            return fail(QStringLiteral("addDocument: %1").arg(store->lastError()));
        documentId = *id;
        for (int i = 0; i < tagCount; ++i) {
            const std::optional<qint64> tag =
                store->addTag(Tag{0, 0, QStringLiteral("Tag %1").arg(i), QColor::fromHsv(i * 30, 200, 200), {}, 0});
            if (!tag)
                return fail(QStringLiteral("addTag: %1").arg(store->lastError()));
            tagIds.append(*tag);
        }
        const std::optional<StoredDocument> stored = store->loadDocument(documentId);
        if (!stored || stored->commentIds.size() != comments)
            return fail(QStringLiteral("the document did not load back whole"));
        commentIds = stored->commentIds;
        std::printf("setup: document with %d comments stored in %.2f s\n", comments, seconds(timer));
    }

    {
        QElapsedTimer timer;
        timer.start();
        QString error;
        if (!insertAnnotations(path, documentId, commentIds, commentTexts, tagIds, annotations, &error))
            return fail(QStringLiteral("bulk insert of annotations: %1").arg(error));
        std::printf("setup: %d annotations inserted in %.2f s (plain SQL, one transaction)\n", annotations,
                    seconds(timer));
    }

    QElapsedTimer openTimer;
    openTimer.start();
    ProjectError error;
    std::unique_ptr<ProjectStore> store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error);
    if (!store)
        return fail(error.message);
    std::printf("setup: project of %.1f MB opened in %.0f ms (includes PRAGMA quick_check)\n",
                double(QFileInfo(path).size()) / 1e6, double(openTimer.nsecsElapsed()) / 1e6);
    if (store->annotationCount() != annotations)
        return fail(
            QStringLiteral("the project has %1 annotations, not %2").arg(store->annotationCount()).arg(annotations));
    std::printf("setup: %.2f s in all\n", seconds(total));

    std::vector<double> latencies;
    latencies.reserve(std::size_t(samples));
    for (int i = 0; i < samples; ++i) {
        const qsizetype comment = qsizetype((qint64(i) * 104729 + 17) % comments);
        Annotation annotation;
        annotation.documentId = documentId;
        annotation.commentId = commentIds.at(comment);
        annotation.range = passage(commentTexts.at(comment), annotations + i);
        annotation.tagIds = {tagIds.at(i % tagIds.size()), tagIds.at((i + 3) % tagIds.size())};
        annotation.note = QStringLiteral("timed commit %1").arg(i);
        annotation.coder = QStringLiteral("bench");
        QElapsedTimer timer;
        timer.start();
        const std::optional<qint64> id = store->addAnnotation(annotation);
        const qint64 elapsed = timer.nsecsElapsed();
        if (!id)
            return fail(QStringLiteral("addAnnotation %1: %2").arg(i).arg(store->lastError()));
        latencies.push_back(double(elapsed) / 1e6);
    }
    if (store->annotationCount() != annotations + samples)
        return fail(QStringLiteral("the timed commits are not all in the project"));
    store.reset();

    std::sort(latencies.begin(), latencies.end());
    const double medianMs = median(latencies);
    const double p99Ms = percentile(latencies, 0.99);
    const bool medianOk = medianMs <= medianTargetMs;
    const bool p99Ok = p99Ms <= p99TargetMs;
    std::printf("commit latency of ProjectStore::addAnnotation over %d commits:\n", samples);
    std::printf("  median %.3f ms (target <= %.0f ms): %s\n", medianMs, medianTargetMs, medianOk ? "met" : "MISSED");
    std::printf("  p99    %.3f ms (target <= %.0f ms): %s\n", p99Ms, p99TargetMs, p99Ok ? "met" : "MISSED");
    std::printf("  min %.3f ms, max %.3f ms\n", latencies.front(), latencies.back());
    if (smoke)
        return 0;
    return medianOk && p99Ok ? 0 : 1;
}
