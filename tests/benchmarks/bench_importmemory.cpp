// bench_importmemory [--size MB] [--runs R] [--smoke]
//
// How much memory importing a large page copy takes, against the file's size: writes a page copy
// of about MB megabytes (default 50; an article, a count line, then commenters with a time line
// and one to four paragraphs each) to a temporary file, then R times (default 3) runs itself on
// it in a fresh process that imports it as `glossator import` does (the file read with its bound,
// parsed, and added to a new project) and reports that process's peak resident set size. Prints
// each run and the median ratio of peak to file size; the target is at most 4. Exits 1 when an
// import fails or the median misses the target (never on the target with --smoke, which imports a
// small file only to prove that the benchmark works), 2 on wrong usage.

#include "BenchmarkSupport.h"
#include "import/ImporterRegistry.h"
#include "import/TextInput.h"
#include "project/Project.h"
#include "project/ProjectStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace glossator;

namespace {

constexpr double targetRatio = 4.0;

int fail(const QString& message)
{
    std::fprintf(stderr, "bench_importmemory: %s\n", qPrintable(message));
    return 1;
}

void appendSentence(QByteArray& out, benchmark::SplitMix& random)
{
    static const char* const words[] = {"harbour", "pilot", "kayak",  "ferry",   "tide",  "gull",     "north",
                                        "quay",    "reef",  "bridge", "council", "storm", "crossing", "cost",
                                        "safety",  "river", "town",   "people",  "vote",  "evening"};
    const int count = 6 + random.below(13);
    for (int i = 0; i < count; ++i) {
        QByteArray word(random.pick(words));
        if (i == 0)
            word[0] = char(word[0] - 'a' + 'A');
        out += word;
        out += i + 1 < count ? ' ' : '.';
    }
}

QByteArray generatePage(qint64 size)
{
    static const char* const first[] = {"Margit", "Daniel", "Fenna",  "Ahmed",  "Tova",  "Lena",  "Peter", "Anna",
                                        "Kwame",  "Sofia",  "Mikael", "Jürgen", "Søren", "Priya", "Tomás"};
    static const char* const last[] = {"Holm",   "Osei",  "Lindqvist", "Rahimi", "Marsh",  "Nakamura",
                                       "Okafor", "Novak", "Berg",      "Haddad", "Moreau", "Schäfer"};
    benchmark::SplitMix random(20261202);
    QByteArray page;
    page.reserve(size + 4096);
    page += "Kestrel Bay votes to replace its harbour ferry\n\nBy Jane Doe\n\n";
    for (int i = 0; i < 20; ++i) {
        for (int s = 0; s < 5; ++s) {
            appendSentence(page, random);
            page += ' ';
        }
        page += "\n\n";
    }
    QByteArray comments;
    int count = 0;
    while (page.size() + comments.size() < size) {
        comments += random.pick(first);
        comments += ' ';
        comments += random.pick(last);
        comments += '\n';
        comments += QByteArray::number(1 + random.below(23)) + " hours ago\n";
        const int paragraphs = 1 + random.below(4);
        for (int p = 0; p < paragraphs; ++p) {
            const int sentences = 1 + random.below(6);
            for (int s = 0; s < sentences; ++s) {
                appendSentence(comments, random);
                comments += s + 1 < sentences ? " " : "\n\n";
            }
        }
        ++count;
    }
    page += QByteArray::number(count) + " Comments\n\n";
    page += comments;
    return page;
}

// The child: one import as the command line makes it, then the peak of this process.
int importOnce(const QString& file, const QString& project)
{
    const InputFile input = readInputFile(file);
    if (!input.ok())
        return fail(input.error);
    ImportResult result = ImporterRegistry::instance().importData(input.bytes, file);
    if (!result.ok())
        return fail(result.error.toString());
    ProjectError error;
    auto store = ProjectStore::create(project, &error);
    if (!store)
        return fail(error.message);
    Project target(std::move(store));
    const qsizetype comments = result.document->comments.size();
    if (!target.addDocuments({NewDocument{std::move(*result.document), {QFileInfo(file).fileName(), input.bytes, {}}}}))
        return fail(target.lastError());
    std::printf("peak %.1f comments %lld\n", benchmark::peakRssMb(), qint64(comments));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("File size in MB."),
                                        QStringLiteral("MB"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Imports to run."), QStringLiteral("R"));
    const QCommandLineOption smokeOption(QStringLiteral("smoke"), QStringLiteral("A small file, no target."));
    const QCommandLineOption childOption(
        QStringLiteral("child"), QStringLiteral("Import FILE into PROJECT (internal)."), QStringLiteral("FILE"));
    const QCommandLineOption projectOption(QStringLiteral("project"), QStringLiteral("(internal)"),
                                           QStringLiteral("PROJECT"));
    parser.addOptions({sizeOption, runsOption, smokeOption, childOption, projectOption});
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "bench_importmemory: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(childOption))
        return importOnce(parser.value(childOption), parser.value(projectOption));

    const bool smoke = parser.isSet(smokeOption);
    int megabytes = 0;
    int runs = 0;
    if (!benchmark::readCount(parser, sizeOption, smoke ? 2 : 50, &megabytes, "bench_importmemory") ||
        !benchmark::readCount(parser, runsOption, smoke ? 1 : 3, &runs, "bench_importmemory"))
        return 2;

    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QStringLiteral("no temporary folder"));
    const QString file = dir.filePath(QStringLiteral("page.txt"));
    {
        const QByteArray page = generatePage(qint64(megabytes) * 1024 * 1024);
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(page) != page.size())
            return fail(QStringLiteral("cannot write %1").arg(file));
    }
    const double fileMb = double(QFileInfo(file).size()) / (1024.0 * 1024.0);
    std::printf("file: %.1f MB of page copy\n", fileMb);

    std::vector<double> ratios;
    for (int run = 0; run < runs; ++run) {
        const QString project = dir.filePath(QStringLiteral("run%1.glossa").arg(run));
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--child"), file, QStringLiteral("--project"), project});
        if (!child.waitForFinished(600000) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
            return fail(
                QStringLiteral("the import failed: %1").arg(QString::fromLocal8Bit(child.readAllStandardError())));
        const QList<QByteArray> words = child.readAllStandardOutput().trimmed().split(' ');
        if (words.size() != 4 || words.at(0) != "peak")
            return fail(QStringLiteral("the import said nothing of its peak"));
        const double peak = words.at(1).toDouble();
        ratios.push_back(peak / fileMb);
        std::printf("run %d: peak %.1f MB, %.2fx the file (%s comments)\n", run + 1, peak, ratios.back(),
                    words.at(3).constData());
        QFile::remove(project);
    }
    std::sort(ratios.begin(), ratios.end());
    const double median = ratios[ratios.size() / 2];
    std::printf("median: %.2fx the file (target: at most %.1fx)\n", median, targetRatio);
    if (!smoke && median > targetRatio)
        return fail(QStringLiteral("the median peak is over %1x the file").arg(targetRatio));
    return 0;
}
