// bench_pagecopy [--comments N] [--runs R] [--labels] [--section count|prompt|shape] [--smoke]
//
// How long reading a very large page copy takes: generates in memory a page of about 50 MB with
// N comments (an article, a byline, chrome, a declared count, commenters whose names have spaces,
// dots and digits, times after some names, bodies of one to six paragraphs), then times R calls of
// ImporterRegistry::importData on it, as opening the file does, and checks every result: exactly N
// comments, each with the author and the number of paragraphs it was generated with. Decoding the
// bytes alone is timed too, to tell its share from the parsing's. With --labels, one comment in
// twenty also holds a short list under one-word labels ("Pros", "Cons"), which weigh as much as
// many names do: the declared count is then met only by the exact reading of that many comments.
// --section says what opens the comments: a count line (the default), only the site's chrome
// ("Login to comment"), or nothing, so that the section is found from the shape of its lines.
// Exits 1 when a result is wrong or the median misses its target (never on time with --smoke, which
// reads a small page only to prove that the benchmark works), 2 on wrong usage.

#include "BenchmarkSupport.h"
#include "import/CommentSection.h"
#include "import/ImporterRegistry.h"
#include "text/TextDecoder.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace glossator;

namespace {

constexpr double targetSeconds = 2.0;

int fail(const QString& message)
{
    std::fprintf(stderr, "bench_pagecopy: %s\n", qPrintable(message));
    return 1;
}

// The shared fixed generator, so that every run reads the same page.
using Random = benchmark::SplitMix;

// Names of the shapes real commenters use. None is a month, a chrome word or a count, which the
// importer rightly reads as something else.
QStringList commenterNames(Random& random, int count)
{
    static const char* const first[] = {
        "Margit", "Daniel", "Fenna",  "Ahmed", "Tova",   "Lena",   "Peter",  "Hideyoshi", "Anna",  "Kwame",
        "Sofia",  "Mikael", "Renée",  "João",  "Jürgen", "Søren",  "Chidi",  "Priya",     "Tomás", "Ingrid",
        "Oskar",  "Yuki",   "Amara",  "Pavel", "Elif",   "Marta",  "Rasmus", "Nadia",     "Colm",  "Beatriz",
        "Hamid",  "Leila",  "Viktor", "Noor",  "Grace",  "Teodor", "Mirela", "Kofi",      "Hana",  "Esther",
    };
    static const char* const last[] = {
        "Holm",       "Osei",      "Lindqvist", "Rahimi",  "Marsh",      "Brennan-Walsh", "Nakamura", "de la Cruz",
        "Okafor",     "Novak",     "Kowalski",  "Berg",    "Fitzgerald", "Haddad",        "Moreau",   "Schäfer",
        "Østergaard", "Yilmaz",    "Mensah",    "Ionescu", "Petrov",     "Sato",          "Adeyemi",  "Campbell",
        "Lund",       "Gallagher", "Varga",     "Dubois",  "Olsen",      "Mwangi",
    };
    static const char* const words[] = {"harbour", "pilot", "kayak", "ferry", "tide", "gull", "north", "quay", "reef"};

    QStringList names;
    names.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString f = QString::fromUtf8(random.pick(first));
        const QString l = QString::fromUtf8(random.pick(last));
        switch (random.below(9)) {
        case 0:
        case 1:
            names.append(f + QLatin1Char(' ') + l);
            break;
        case 2: // "J.P. Lindqvist"
            names.append(f.left(1) + QLatin1Char('.') + QString::fromUtf8(random.pick(first)).left(1) +
                         QStringLiteral(". ") + l);
            break;
        case 3: // "Daniel K. Osei"
            names.append(f + QLatin1Char(' ') + QString::fromUtf8(random.pick(last)).left(1) + QStringLiteral(". ") +
                         l);
            break;
        case 4: // "old_harbour_pilot"
            names.append(QString::fromUtf8(random.pick(words)) + QLatin1Char('_') +
                         QString::fromUtf8(random.pick(words)) + QLatin1Char('_') + f.toLower());
            break;
        case 5: // "Peter14"
            names.append(f + QString::number(random.below(100)));
            break;
        case 6: // "Lena Marsh 1987"
            names.append(f + QLatin1Char(' ') + l + QLatin1Char(' ') + QString::number(1950 + random.below(60)));
            break;
        case 7: // "Hideyoshi.N"
            names.append(f + QLatin1Char('.') + l.left(1).toUpper());
            break;
        default: // "Fenna", "R2Kayak"
            names.append(random.chance(50) ? f
                                           : QString::fromUtf8(random.pick(words)).left(1).toUpper() +
                                                 QString::number(random.below(10)) + l);
            break;
        }
    }
    return names;
}

// A sentence of at least six words: never a line the importer could take for a name.
void appendSentence(QByteArray& out, Random& random)
{
    static const char* const vocabulary[] = {
        "the",    "council",  "bridge",   "ferry",      "timetable", "residents", "said",     "vote",
        "a",      "of",       "and",      "to",         "in",        "that",      "was",      "not",
        "winter", "harbour",  "crossing", "museum",     "hearing",   "budget",    "schedule", "cyclists",
        "detour", "years",    "nobody",   "everyone",   "really",    "probably",  "finally",  "again",
        "café",   "naïve",    "déjà vu",  "Zürich",     "façade",    "rôle",      "über",     "smörgåsbord",
        "“fair”", "it’s",     "—",        "don’t",      "plan",      "money",     "repairs",  "traffic",
        "mayor",  "question", "answer",   "neighbours", "lifting",   "section",   "evening",  "morning",
    };
    const int length = 6 + random.below(13);
    for (int w = 0; w < length; ++w) {
        QByteArray word(random.pick(vocabulary));
        if (w == 0 && word.at(0) >= 'a' && word.at(0) <= 'z')
            word[0] = char(word.at(0) - 'a' + 'A');
        out.append(word);
        if (w + 1 < length)
            out.append(random.chance(8) ? ", " : " ");
    }
    static const char* const endings[] = {".", ".", ".", ".", "!", "?", "..."};
    out.append(random.pick(endings));
}

struct Page {
    QByteArray bytes;
    QStringList authors;
    std::vector<int> paragraphs;
    int lines = 0;
};

// A short list under one-word labels, each label followed by one item, written straight under
// the comment's last paragraph as lists are: no blank line sets a label apart.
void appendLabelledList(QByteArray& out, Random& random, bool spaced)
{
    static const char* const labels[][2] = {{"Pros", "Cons"}, {"Upside", "Downside"}, {"Before", "After"}};
    static const char* const items[] = {"Cheaper to run.", "Quieter at night.", "Longer waits.", "No late boat.",
                                        "Less noise.",     "Fewer crossings.",  "More buses.",   "Same fare."};
    if (spaced)
        out.chop(1);
    for (const char* label : random.pick(labels))
        out.append(label).append('\n').append(random.pick(items)).append('\n');
    if (spaced)
        out.append('\n');
}

enum class SectionOpening { Count, Prompt, Shape };

Page generatePage(int comments, bool labels, SectionOpening opening)
{
    Random random(20250610);
    Page page;
    QByteArray& out = page.bytes;
    out.reserve(qsizetype(comments) * 270 + 4096);

    out.append("Harbour bridge repairs to start in spring\n\n— Benchmark Courier\n\n");
    for (int p = 0; p < 8; ++p) {
        for (int s = 0; s < 4; ++s) {
            appendSentence(out, random);
            out.append(' ');
        }
        out.append("\n\n");
    }
    if (opening == SectionOpening::Count)
        out.append(QString::number(comments).toUtf8()).append(" Comments\n");
    if (opening != SectionOpening::Shape)
        out.append("Sort by newest\nLogin to comment\n\n");

    QStringList names = commenterNames(random, std::max(50, comments / 40));
    if (labels) {
        // A name that weighs less than a label ("Anna K. de la Cruz" is long for a name) would
        // rightly lose to one: no reading can tell them apart from the lines alone.
        const double label = CommentSectionReader::authorLikelihood(QStringLiteral("Pros"));
        names.removeIf([&](const QString& name) { return CommentSectionReader::authorLikelihood(name) < label; });
    }
    static const char* const times[] = {
        "3 hours ago", "a day ago", "2025-06-10T07:38:00Z", "June 10, 2025 at 7:38 pm", "yesterday", "12 minutes ago"};
    static const char* const chrome[] = {"Reply", "Report", "3 replies", "Like", "Share", "View more replies"};
    static const int paragraphWeights[] = {40, 25, 15, 10, 6, 4}; // one to six paragraphs
    page.authors.reserve(comments);
    page.paragraphs.reserve(std::size_t(comments));
    for (int c = 0; c < comments; ++c) {
        const QString& author = names.at(random.below(int(names.size())));
        page.authors.append(author);
        out.append(author.toUtf8()).append('\n');
        if (random.chance(35))
            out.append(random.pick(times)).append('\n');
        int roll = random.below(100);
        int paragraphs = 1;
        for (const int weight : paragraphWeights) {
            if (roll < weight)
                break;
            roll -= weight;
            ++paragraphs;
        }
        const bool spaced = random.chance(70); // some pages keep no blank line between paragraphs
        for (int p = 0; p < paragraphs; ++p) {
            const int sentences = random.chance(85) ? 1 : 1 + random.below(4);
            for (int s = 0; s < sentences; ++s) {
                if (s > 0)
                    out.append(' ');
                appendSentence(out, random);
            }
            out.append(spaced ? "\n\n" : "\n");
        }
        if (labels && random.chance(5)) {
            appendLabelledList(out, random, spaced);
            paragraphs += 4;
        }
        page.paragraphs.push_back(paragraphs);
        if (random.chance(25))
            out.append(random.pick(chrome)).append("\n\n");
    }
    out.append("Load more comments\n");
    page.lines = int(out.count('\n'));
    return page;
}

QString checkResult(const ImportResult& result, const Page& page, bool counted)
{
    if (!result.ok())
        return QStringLiteral("the import failed: %1").arg(result.error.toString());
    const Document& document = *result.document;
    const qsizetype declared = counted ? page.authors.size() : -1;
    if (document.declaredCommentCount.value_or(-1) != declared)
        return QStringLiteral("declared count %1, not %2")
            .arg(document.declaredCommentCount.value_or(-1))
            .arg(declared);
    if (document.comments.size() != page.authors.size())
        return QStringLiteral("%1 comments read, not %2").arg(document.comments.size()).arg(page.authors.size());
    for (qsizetype i = 0; i < page.authors.size(); ++i) {
        const Comment& comment = document.comments.at(i);
        if (comment.author != page.authors.at(i))
            return QStringLiteral("comment %1 is by \"%2\", not \"%3\"")
                .arg(i + 1)
                .arg(comment.author, page.authors.at(i));
        if (comment.blocks.size() != page.paragraphs.at(std::size_t(i)))
            return QStringLiteral("comment %1 has %2 paragraphs, not %3")
                .arg(i + 1)
                .arg(comment.blocks.size())
                .arg(page.paragraphs.at(std::size_t(i)));
    }
    return {};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times reading a very large page copied as text."));
    parser.addHelpOption();
    const QCommandLineOption commentsOption(
        QStringLiteral("comments"), QStringLiteral("comments on the page (default 200000)."), QStringLiteral("N"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("imports to time (default 3)."),
                                        QStringLiteral("R"));
    const QCommandLineOption smokeOption(QStringLiteral("smoke"),
                                         QStringLiteral("a small run (2000 comments) that never fails on time."));
    const QCommandLineOption labelsOption(
        QStringLiteral("labels"),
        QStringLiteral("one comment in twenty holds a list under one-word labels, which the count must see through."));
    const QCommandLineOption sectionOption(
        QStringLiteral("section"),
        QStringLiteral("what opens the comments: count (a count line, the default), prompt (only \"Login to "
                       "comment\") or shape (nothing)."),
        QStringLiteral("how"));
    parser.addOptions({commentsOption, runsOption, labelsOption, sectionOption, smokeOption});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "bench_pagecopy: unexpected argument %s\n",
                     qPrintable(parser.positionalArguments().first()));
        return 2;
    }

    const bool smoke = parser.isSet(smokeOption);
    const auto count = [&](const QCommandLineOption& option, int fallback, int* value) {
        return benchmark::readCount(parser, option, fallback, value, "bench_pagecopy");
    };
    int comments = 0;
    int runs = 0;
    if (!count(commentsOption, smoke ? 2000 : 200000, &comments) || !count(runsOption, 3, &runs))
        return 2;

    QElapsedTimer generation;
    generation.start();
    const bool labels = parser.isSet(labelsOption);
    const QString section = parser.value(sectionOption);
    SectionOpening opening = SectionOpening::Count;
    if (section == QStringLiteral("prompt")) {
        opening = SectionOpening::Prompt;
    } else if (section == QStringLiteral("shape")) {
        opening = SectionOpening::Shape;
    } else if (!section.isEmpty() && section != QStringLiteral("count")) {
        std::fprintf(stderr, "bench_pagecopy: --section is count, prompt or shape, not \"%s\"\n", qPrintable(section));
        return 2;
    }
    if (labels && opening != SectionOpening::Count) {
        // Without a count nothing tells a label from a name that weighs the same.
        std::fprintf(stderr, "bench_pagecopy: --labels needs --section count\n");
        return 2;
    }
    const Page page = generatePage(comments, labels, opening);
    const double megabytes = double(page.bytes.size()) / 1e6;
    static const char* const openings[] = {"", ", opened by chrome only", ", opened by nothing"};
    std::printf("bench_pagecopy: %d comments%s%s, %.1f MB, %d lines%s\n", comments,
                labels ? " (some with labelled lists)" : "", openings[int(opening)], megabytes, page.lines,
                smoke ? " (smoke run: timing is reported, not judged)" : "");
    std::printf("setup: page generated in %.2f s\n", double(generation.nsecsElapsed()) / 1e9);

    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const ImportResult result = ImporterRegistry::instance().importData(page.bytes, QStringLiteral("big.txt"));
        const double elapsed = double(timer.nsecsElapsed()) / 1e9;
        times.push_back(elapsed);
        std::printf("run %d: %.3f s\n", run + 1, elapsed);
        if (const QString problem = checkResult(result, page, opening == SectionOpening::Count); !problem.isEmpty())
            return fail(QStringLiteral("run %1: %2").arg(run + 1).arg(problem));
    }

    // The share of the time that goes to turning bytes into text, before any parsing.
    double decodeBest = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const DecodedText decoded = TextDecoder::decode(page.bytes);
        const double elapsed = double(timer.nsecsElapsed()) / 1e9;
        if (decoded.encoding != QStringLiteral("UTF-8") || decoded.replacedInvalidBytes)
            return fail(QStringLiteral("the page was read as %1, not as valid UTF-8").arg(decoded.encoding));
        decodeBest = run == 0 ? elapsed : std::min(decodeBest, elapsed);
    }

    std::sort(times.begin(), times.end());
    const double best = times.front();
    const std::size_t n = times.size();
    const double median = n % 2 ? times.at(n / 2) : (times.at(n / 2 - 1) + times.at(n / 2)) / 2;
    const bool met = median <= targetSeconds;
    std::printf("ImporterRegistry::importData of %.1f MB, %d comments (all read back correctly):\n", megabytes,
                comments);
    std::printf("  best   %.3f s, %.1f MB/s\n", best, megabytes / best);
    std::printf("  median %.3f s, %.1f MB/s (target <= %.1f s): %s\n", median, megabytes / median, targetSeconds,
                met ? "met" : "MISSED");
    std::printf("  TextDecoder::decode alone: %.3f s (best), %.1f MB/s\n", decodeBest, megabytes / decodeBest);
    std::printf("  peak RSS %.0f MB\n", benchmark::peakRssMb());
    if (smoke)
        return 0;
    return met ? 0 : 1;
}
