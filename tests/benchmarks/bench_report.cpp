// bench_report [--comments N] [--annotations A] [--samples M] [--smoke] [--keep FILE]
//
// How long the annotated PDF report of a long, coded thread takes, and how much memory it needs:
// builds a project with one article and N nested comments of made-up text, a codebook of 12 tags
// (some nested) and A annotations (passages in the article and in comments, whole-comment tags,
// notes), then times M runs of what exporting does: ExportData::load, laying out the Report and
// writing the PDF. Prints the median and the peak resident memory, before and after.
// The time target (5 s) is judged at the default size, 1000 comments and 2000 annotations; larger
// runs (--comments 10000 --annotations 20000) show how time and memory grow.
// Exits 1 when the median misses its target (never with --smoke, which runs a small thread only to
// prove that the benchmark works) or on any error, 2 on wrong usage.

#include "BenchmarkSupport.h"
#include "export/ExportData.h"
#include "export/Report.h"
#include "model/Annotation.h"
#include "model/Document.h"
#include "project/ProjectStore.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace glossator;

namespace {

constexpr double targetSeconds = 5.0;
constexpr int defaultComments = 1000;
constexpr int defaultAnnotations = 2000;

int fail(const QString& message)
{
    std::fprintf(stderr, "bench_report: %s\n", qPrintable(message));
    return 1;
}

// Resident memory of this process in MB, now (VmRSS) or at its peak (VmHWM); -1 where the kernel
// does not say.
double residentMb(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// A fixed generator, so that every run builds the same thread.
class Random {
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {}
    int below(int n)
    {
        m_state = m_state * 6364136223846793005ull + 1442695040888963407ull;
        return n > 0 ? int((m_state >> 33) % quint64(n)) : 0;
    }

private:
    quint64 m_state;
};

QString sentence(Random& random)
{
    static const QStringList words = {
        QStringLiteral("harbour"),   QStringLiteral("council"),   QStringLiteral("bridge"),
        QStringLiteral("ferry"),     QStringLiteral("residents"), QStringLiteral("vote"),
        QStringLiteral("timetable"), QStringLiteral("winter"),    QStringLiteral("budget"),
        QStringLiteral("crossing"),  QStringLiteral("opinion"),   QStringLiteral("promised"),
        QStringLiteral("the"),       QStringLiteral("a"),         QStringLiteral("of"),
        QStringLiteral("and"),       QStringLiteral("never"),     QStringLiteral("again"),
        QStringLiteral("because"),   QStringLiteral("everyone"),
    };
    QStringList picked;
    const int length = 6 + random.below(18);
    for (int i = 0; i < length; ++i)
        picked.append(words.at(random.below(int(words.size()))));
    picked.first()[0] = picked.first().at(0).toUpper();
    return picked.join(QLatin1Char(' ')) + QLatin1Char('.');
}

QString paragraph(Random& random)
{
    QStringList sentences;
    const int count = 1 + random.below(4);
    for (int i = 0; i < count; ++i)
        sentences.append(sentence(random));
    return sentences.join(QLatin1Char(' '));
}

Document thread(int comments, Random& random)
{
    Document document;
    document.format = QStringLiteral("markdown");
    document.article.title = QStringLiteral("The harbour bridge, one more time");
    document.article.source = QStringLiteral("Benchmark Courier");
    document.article.author = QStringLiteral("A. Writer");
    for (int i = 0; i < 14; ++i) {
        if (i == 4)
            document.article.blocks.append(Block{Block::Kind::Heading, QStringLiteral("What the council said"), 2, {}});
        if (i == 7)
            document.article.blocks.append(Block{Block::Kind::Quote, paragraph(random), 0, {}});
        if (i == 9)
            document.article.blocks.append(Block{Block::Kind::ListItem, sentence(random), 0, {}});
        if (i == 11)
            document.article.blocks.append(Block{Block::Kind::Code,
                                                 QStringLiteral("toll = base * (1 + surcharge)\nprint(toll)"), 0,
                                                 QStringLiteral("python")});
        document.article.blocks.append(Block{Block::Kind::Paragraph, paragraph(random), 0, {}});
    }
    document.declaredCommentCount = comments;
    QList<int> depth;
    for (int i = 0; i < comments; ++i) {
        Comment comment;
        comment.id = QStringLiteral("c%1").arg(i + 1);
        // Replies go to one of the last few comments, so threads nest; some chains run deep.
        if (i > 0 && random.below(100) < 65) {
            const int parent = std::max(0, i - 1 - (random.below(2) == 0 ? 0 : random.below(6)));
            comment.parentId = QStringLiteral("c%1").arg(parent + 1);
            depth.append(depth.at(parent) + 1);
        } else {
            depth.append(0);
        }
        comment.author = QStringLiteral("reader%1").arg(random.below(std::max(10, comments / 8)));
        comment.publishedText = QStringLiteral("%1 hours ago").arg(1 + random.below(72));
        if (random.below(3) == 0)
            comment.score = random.below(40) - 5;
        const int paragraphs = 1 + (random.below(5) == 0 ? 1 + random.below(3) : 0);
        for (int p = 0; p < paragraphs; ++p)
            comment.blocks.append(Block{Block::Kind::Paragraph, paragraph(random), 0, {}});
        document.comments.append(comment);
    }
    return document;
}

struct Setup {
    qint64 documentId = 0;
    int passages = 0;
    int wholes = 0;
    int notes = 0;
};

bool populate(ProjectStore& store, const Document& document, int annotations, Random& random, Setup* setup)
{
    const std::optional<qint64> id =
        store.addDocument(document, Provenance{QStringLiteral("thread.md"), QByteArray(2048, 'x'), {}});
    if (!id)
        return false;
    setup->documentId = *id;
    const std::optional<StoredDocument> stored = store.loadDocument(*id);
    if (!stored)
        return false;
    return store.atomically([&] {
        QList<qint64> tags;
        for (int i = 0; i < 12; ++i) {
            Tag tag;
            tag.name = QStringLiteral("Theme %1").arg(i + 1);
            tag.color = QColor::fromHsv(i * 29 % 360, 170, 210);
            tag.parentId = i >= 8 ? tags.at(i - 8) : 0; // the last four are sub-tags
            tag.description = i % 3 == 0 ? QStringLiteral("Made-up theme number %1.").arg(i + 1) : QString();
            tag.position = i;
            const std::optional<qint64> t = store.addTag(tag);
            if (!t)
                return false;
            tags.append(*t);
        }
        const QString articleText = plainText(document.article.blocks);
        for (int i = 0; i < annotations; ++i) {
            Annotation annotation;
            annotation.documentId = *id;
            const bool onArticle = i % 25 == 0;
            const int comment = onArticle ? -1 : random.below(int(document.comments.size()));
            const QString text = onArticle ? articleText : plainText(document.comments.at(comment).blocks);
            annotation.commentId = onArticle ? 0 : stored->commentIds.at(comment);
            if (onArticle || random.below(100) < 85) {
                const int length = std::min(int(text.size()), 8 + random.below(60));
                const int start = random.below(int(text.size()) - length + 1);
                annotation.range = TextRange::fromText(text, start, start + length);
                ++setup->passages;
            } else {
                ++setup->wholes;
            }
            annotation.tagIds.append(tags.at(random.below(int(tags.size()))));
            if (random.below(4) == 0) {
                const qint64 second = tags.at(random.below(int(tags.size())));
                if (!annotation.tagIds.contains(second))
                    annotation.tagIds.append(second);
            }
            if (random.below(5) == 0) {
                annotation.note = sentence(random);
                ++setup->notes;
            }
            annotation.coder = QStringLiteral("coder%1").arg(random.below(3));
            if (!store.addAnnotation(annotation))
                return false;
        }
        return true;
    });
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char* argv[])
{
    // Fonts need a GUI application; the offscreen platform does without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the annotated PDF report of a long, coded thread."));
    parser.addHelpOption();
    const QCommandLineOption commentsOption(
        QStringLiteral("comments"), QStringLiteral("comments in the thread (default 1000)."), QStringLiteral("N"));
    const QCommandLineOption annotationsOption(QStringLiteral("annotations"),
                                               QStringLiteral("annotations (default 2000)."), QStringLiteral("A"));
    const QCommandLineOption samplesOption(QStringLiteral("samples"), QStringLiteral("reports to time (default 3)."),
                                           QStringLiteral("M"));
    const QCommandLineOption smokeOption(
        QStringLiteral("smoke"),
        QStringLiteral("a small run (150 comments, 300 annotations) that never fails on time."));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("also write the last PDF to FILE."),
                                        QStringLiteral("FILE"));
    parser.addOptions({commentsOption, annotationsOption, samplesOption, smokeOption, keepOption});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "bench_report: unexpected argument %s\n",
                     qPrintable(parser.positionalArguments().first()));
        return 2;
    }
    const bool smoke = parser.isSet(smokeOption);
    const auto count = [&](const QCommandLineOption& option, int fallback, int* value) {
        return benchmark::readCount(parser, option, fallback, value, "bench_report");
    };
    int comments = 0;
    int annotations = 0;
    int samples = 0;
    if (!count(commentsOption, smoke ? 150 : defaultComments, &comments) ||
        !count(annotationsOption, smoke ? 300 : defaultAnnotations, &annotations) ||
        !count(samplesOption, smoke ? 1 : 3, &samples))
        return 2;

    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QStringLiteral("cannot make a temporary folder: %1").arg(dir.errorString()));
    std::printf("bench_report: %d comments, %d annotations, %d timed reports%s\n", comments, annotations, samples,
                smoke ? " (smoke run: timing is reported, not judged)" : "");

    QElapsedTimer setupTimer;
    setupTimer.start();
    Random random(20250612);
    const Document document = thread(comments, random);
    ProjectError error;
    std::unique_ptr<ProjectStore> store = ProjectStore::create(dir.filePath(QStringLiteral("bench.glossa")), &error);
    if (!store)
        return fail(error.message);
    Setup setup;
    if (!populate(*store, document, annotations, random, &setup))
        return fail(QStringLiteral("building the project: %1").arg(store->lastError()));
    if (store->annotationCount() != annotations)
        return fail(
            QStringLiteral("the project has %1 annotations, not %2").arg(store->annotationCount()).arg(annotations));
    const CommentTree tree(document);
    int deepest = 0;
    for (int i = 0; i < tree.size(); ++i)
        deepest = std::max(deepest, tree.depth(i));
    std::printf("setup: %d passages, %d whole-comment tags, %d notes; replies up to %d deep; %.2f s\n", setup.passages,
                setup.wholes, setup.notes, deepest, double(setupTimer.nsecsElapsed()) / 1e9);
    const double baseline = residentMb("VmRSS:");

    ExportOptions options;
    options.pageSize = QPageSize(QPageSize::A4);
    std::vector<double> totals;
    std::vector<double> cpu; // processor time, steadier than the clock on a busy machine
    double loadSeconds = 0;
    double layoutSeconds = 0;
    double writeSeconds = 0;
    qint64 bytes = 0;
    int pages = 0;
    double afterLoad = 0;
    double afterLayout = 0;
    QByteArray last;
    for (int sample = 0; sample < samples; ++sample) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        QString message;
        const std::optional<ExportData> data = ExportData::load(*store, options, &message);
        if (!data)
            return fail(message);
        const qint64 loaded = timer.nsecsElapsed();
        if (sample == 0)
            afterLoad = residentMb("VmRSS:");
        const Report report(*data, options);
        const qint64 laidOut = timer.nsecsElapsed();
        if (sample == 0)
            afterLayout = residentMb("VmRSS:");
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!report.writePdf(buffer, &message))
            return fail(message);
        const qint64 written = timer.nsecsElapsed();
        totals.push_back(double(written) / 1e9);
        cpu.push_back(double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
        loadSeconds += double(loaded) / 1e9;
        layoutSeconds += double(laidOut - loaded) / 1e9;
        writeSeconds += double(written - laidOut) / 1e9;
        bytes = buffer.size();
        pages = report.pageCount();
        if (!buffer.data().startsWith("%PDF-") || pages < 1)
            return fail(QStringLiteral("the report is not a PDF"));
        if (sample == samples - 1)
            last = buffer.data();
        std::printf("  report %d: %.2f s (load %.2f, layout %.2f, PDF %.2f); processor time %.2f s\n", sample + 1,
                    double(written) / 1e9, double(loaded) / 1e9, double(laidOut - loaded) / 1e9,
                    double(written - laidOut) / 1e9, cpu.back());
    }
    if (parser.isSet(keepOption)) {
        QFile out(parser.value(keepOption));
        if (!out.open(QIODevice::WriteOnly) || out.write(last) != last.size())
            return fail(QStringLiteral("cannot write %1").arg(parser.value(keepOption)));
    }

    const double medianSeconds = median(totals);
    // The time target is for the size the report is specified at; larger runs show how time and
    // memory grow.
    const bool judged = !smoke && comments <= defaultComments && annotations <= defaultAnnotations;
    const bool met = medianSeconds <= targetSeconds;
    const double peak = residentMb("VmHWM:");
    std::printf("report of %d pages, %.1f MB of PDF\n", pages, double(bytes) / 1e6);
    std::printf("  mean share: load %.2f s, layout %.2f s, PDF %.2f s\n", loadSeconds / samples,
                layoutSeconds / samples, writeSeconds / samples);
    std::printf("  median %.2f s (target <= %.0f s for %d comments and %d annotations): %s; median processor time "
                "%.2f s\n",
                medianSeconds, targetSeconds, defaultComments, defaultAnnotations,
                judged ? (met ? "met" : "MISSED") : "not judged at this size", median(cpu));
    if (peak < 0)
        std::printf("  resident memory: not known here (no /proc/self/status)\n");
    else
        std::printf(
            "  resident memory: %.0f MB before the first report, %.0f MB with the data loaded, %.0f MB with the "
            "report laid out, peak %.0f MB (%.0f MB for the report, %.1f KB per comment)\n",
            baseline, afterLoad, afterLayout, peak, peak - baseline, (peak - baseline) * 1024 / std::max(1, comments));
    return !judged || met ? 0 : 1;
}
