#pragma once

#include "model/Annotation.h"
#include "model/Document.h"
#include "project/ProjectStore.h"

#include <QColor>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

namespace glossator::benchmark {

// Reads a positive count option into value, or the fallback when it is not given; says what is
// wrong and returns false for anything else.
inline bool readCount(const QCommandLineParser& parser, const QCommandLineOption& option, int fallback, int* value,
                      const char* program)
{
    if (!parser.isSet(option)) {
        *value = fallback;
        return true;
    }
    bool ok = false;
    *value = parser.value(option).toInt(&ok);
    if (!ok || *value < 1) {
        std::fprintf(stderr, "%s: --%s needs a positive whole number, not \"%s\"\n", program,
                     qPrintable(option.names().first()), qPrintable(parser.value(option)));
        return false;
    }
    return true;
}

// Peak resident set size of this process in MB, as the kernel counts it (VmHWM), or -1 where the
// kernel does not say.
inline double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// A fixed pseudo-random sequence (splitmix64), so that every run builds the same data and a
// result can be reproduced.
class SplitMix {
public:
    explicit SplitMix(quint64 seed)
        : m_state(seed)
    {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    int below(int n) { return n > 0 ? int(next() % quint64(n)) : 0; }
    bool chance(int percent) { return below(100) < percent; }

    template <typename T, std::size_t N>
    const T& pick(const T (&items)[N])
    {
        return items[below(int(N))];
    }

private:
    quint64 m_state;
};

// The shape of a generated discussion: how many comments and annotations, and where they come from.
struct ThreadShape {
    int comments = 100000;
    int annotations = 3000;
    quint64 seed = 20250611;
};

// What a generated project holds, for checks and for choosing what to measure.
struct ThreadProject {
    qint64 documentId = 0;
    int topLevel = 0;
    int maximumDepth = 0;
    int largestThread = 0; // replies below the top-level comment with the most
    int longComments = 0;  // comments of four paragraphs or more
    int wholeCommentTags = 0;
    int passages = 0;
    QList<qint64> tagIds; // the codebook, parents before their sub-tags
    QStringList tagNames; // in the same order
};

// A sentence of six to twenty words of ordinary discussion vocabulary.
inline QString threadSentence(SplitMix& random)
{
    static const char* const words[] = {
        "the",
        "council",
        "bridge",
        "ferry",
        "timetable",
        "residents",
        "said",
        "vote",
        "a",
        "of",
        "and",
        "to",
        "in",
        "that",
        "was",
        "not",
        "winter",
        "harbour",
        "crossing",
        "museum",
        "hearing",
        "budget",
        "schedule",
        "cyclists",
        "detour",
        "years",
        "nobody",
        "everyone",
        "really",
        "probably",
        "finally",
        "again",
        "plan",
        "money",
        "repairs",
        "traffic",
        "mayor",
        "question",
        "answer",
        "neighbours",
        "lifting",
        "section",
        "evening",
        "morning",
        "I",
        "think",
        "you",
        "we",
        "they",
        "would",
        "should",
        "could",
        "because",
        "however",
        "consultation",
        "engineers",
        "contract",
        "delays",
        "tolls",
        "commuters",
        "pedestrians",
        "closure",
        "responsibility",
        "infrastructure",
        "maintenance",
        "proposal",
        "alternative",
        "honestly",
        "clearly",
    };
    constexpr int wordCount = int(sizeof words / sizeof *words);
    const int length = 6 + random.below(15);
    QString sentence;
    for (int w = 0; w < length; ++w) {
        QString word = QString::fromLatin1(words[random.below(wordCount)]);
        if (w == 0)
            word[0] = word.at(0).toUpper();
        else
            sentence += random.chance(7) ? QStringLiteral(", ") : QStringLiteral(" ");
        sentence += word;
    }
    static const char* const endings[] = {".", ".", ".", "!", "?"};
    return sentence + QLatin1String(endings[random.below(5)]);
}

// Most comments have one short paragraph; a few run to several paragraphs, quote what they answer
// or paste a piece of code, as in real threads.
inline QList<Block> threadCommentBody(SplitMix& random, bool* isLong)
{
    const int roll = random.below(100);
    const int paragraphs = roll < 55 ? 1 : roll < 80 ? 2 : roll < 93 ? 3 : 4 + random.below(5);
    *isLong = paragraphs >= 4;
    QList<Block> blocks;
    if (random.chance(3))
        blocks.append(Block{Block::Kind::Quote, threadSentence(random), 0, {}});
    for (int p = 0; p < paragraphs; ++p) {
        QString text = threadSentence(random);
        const int sentences = random.chance(60) ? random.below(5) : 0;
        for (int s = 0; s < sentences; ++s)
            text += QLatin1Char(' ') + threadSentence(random);
        blocks.append(Block{Block::Kind::Paragraph, text, 0, {}});
    }
    if (random.chance(1))
        blocks.append(Block{Block::Kind::Code,
                            QStringLiteral("for stop in route.stops():\n    print(stop.name, stop.minutes)"), 0,
                            QStringLiteral("python")});
    return blocks;
}

// How many replies a top-level comment draws: most none or a few, some dozens, a very few hundreds.
inline int threadReplyCount(SplitMix& random)
{
    const int roll = random.below(100);
    if (roll < 55)
        return 0;
    if (roll < 80)
        return 1 + random.below(3);
    if (roll < 94)
        return 4 + random.below(12);
    if (roll < 99)
        return 16 + random.below(85);
    return 100 + random.below(500);
}

// The comments of a long discussion in reading order: top-level comments, each followed by its
// replies, which answer the top-level comment or one of the recent replies, up to twelve levels
// deep. One thread in the middle is far larger than the rest (a twentieth of all comments).
inline Document threadDocument(const ThreadShape& shape, ThreadProject* facts)
{
    SplitMix random(shape.seed);
    Document document;
    document.format = QStringLiteral("page-copy");
    document.article.title = QStringLiteral("Harbour bridge to close for a year of repairs");
    document.article.source = QStringLiteral("Benchmark Courier");
    document.article.author = QStringLiteral("Jane Doe");
    for (int p = 0; p < 14; ++p) {
        QString text;
        for (int s = 0; s < 4; ++s)
            text += (s ? QStringLiteral(" ") : QString()) + threadSentence(random);
        document.article.blocks.append(Block{Block::Kind::Paragraph, text, 0, {}});
    }
    document.declaredCommentCount = shape.comments;
    document.comments.reserve(shape.comments);

    QStringList authors;
    const int authorCount = std::max(20, shape.comments / 8);
    for (int a = 0; a < authorCount; ++a)
        authors.append(QStringLiteral("reader%1").arg(a * 7919 % 100003));
    const QDateTime start(QDate(2025, 6, 1), QTime(8, 0), Qt::UTC);

    const int bigThreadAt = shape.comments / 2;
    bool bigThreadDone = false;
    QList<int> depth;
    depth.reserve(shape.comments);
    const auto add = [&](int parent) {
        const int index = int(document.comments.size());
        Comment comment;
        comment.id = QStringLiteral("c%1").arg(index + 1);
        if (parent >= 0)
            comment.parentId = document.comments.at(parent).id;
        // A few prolific commenters and a long tail.
        comment.author = authors.at(random.chance(20) ? random.below(20) : random.below(int(authors.size())));
        if (random.chance(80))
            comment.published = start.addSecs(qint64(index) * 23);
        else
            comment.publishedText = QStringLiteral("%1 hours ago").arg(1 + random.below(72));
        if (random.chance(30))
            comment.score = random.below(120) - 10;
        bool isLong = false;
        comment.blocks = threadCommentBody(random, &isLong);
        facts->longComments += isLong ? 1 : 0;
        document.comments.append(comment);
        depth.append(parent >= 0 ? depth.at(parent) + 1 : 0);
        facts->maximumDepth = std::max(facts->maximumDepth, depth.last());
        return index;
    };

    while (document.comments.size() < shape.comments) {
        const int root = add(-1);
        ++facts->topLevel;
        int replies = threadReplyCount(random);
        if (!bigThreadDone && root >= bigThreadAt) {
            replies = std::max(replies, shape.comments / 20);
            bigThreadDone = true;
        }
        replies = std::min(replies, int(shape.comments - document.comments.size()));
        facts->largestThread = std::max(facts->largestThread, replies);
        QList<int> thread{root};
        for (int r = 0; r < replies; ++r) {
            int parent = root;
            if (!random.chance(35)) {
                // Conversations go on under the newest replies.
                const int recent = std::min(int(thread.size()), 8);
                parent = thread.at(thread.size() - 1 - random.below(recent));
                if (depth.at(parent) >= 12)
                    parent = root;
            }
            thread.append(add(parent));
        }
    }
    return document;
}

// Writes a project at path with one document of shape.comments comments and shape.annotations
// annotations through ProjectStore, as importing and coding in Glossator would. About a third of
// the annotations tag whole comments; the rest tag passages, many with two or three tags.
inline bool writeThreadProject(const QString& path, const ThreadShape& shape, ThreadProject* facts, QString* error)
{
    *facts = ThreadProject();
    const Document document = threadDocument(shape, facts);
    ProjectError openError;
    std::unique_ptr<ProjectStore> store = ProjectStore::create(path, &openError);
    if (!store) {
        *error = openError.message;
        return false;
    }
    const std::optional<qint64> documentId =
        store->addDocument(document, Provenance{QStringLiteral("thread.txt"), QByteArray(4096, 'x'), {}});
    if (!documentId) {
        *error = QStringLiteral("addDocument: %1").arg(store->lastError());
        return false;
    }
    facts->documentId = *documentId;

    // A codebook of five themes with two sub-tags each, and one tag on its own.
    static const char* const themes[] = {"Safety", "Cost", "Traffic", "Trust", "Heritage"};
    static const char* const aspects[] = {"Concern", "Praise"};
    int position = 0;
    for (int t = 0; t < 5; ++t) {
        const std::optional<qint64> parent = store->addTag(
            Tag{0, 0, QString::fromLatin1(themes[t]), QColor::fromHsv(t * 70 % 360, 160, 230), {}, position++});
        if (!parent) {
            *error = QStringLiteral("addTag: %1").arg(store->lastError());
            return false;
        }
        facts->tagIds.append(*parent);
        facts->tagNames.append(QString::fromLatin1(themes[t]));
        for (int a = 0; a < 2; ++a) {
            const std::optional<qint64> child =
                store->addTag(Tag{0,
                                  *parent,
                                  QString::fromLatin1(aspects[a]),
                                  QColor::fromHsv((t * 70 + 20 + a * 15) % 360, 140, 240),
                                  {},
                                  a});
            if (!child) {
                *error = QStringLiteral("addTag: %1").arg(store->lastError());
                return false;
            }
            facts->tagIds.append(*child);
            facts->tagNames.append(QString::fromLatin1(aspects[a]));
        }
    }
    const std::optional<qint64> offTopic =
        store->addTag(Tag{0, 0, QStringLiteral("Off-topic"), QColor(0x9e, 0x9e, 0x9e), {}, position++});
    if (!offTopic) {
        *error = QStringLiteral("addTag: %1").arg(store->lastError());
        return false;
    }
    facts->tagIds.append(*offTopic);
    facts->tagNames.append(QStringLiteral("Off-topic"));

    const std::optional<StoredDocument> stored = store->loadDocument(*documentId);
    if (!stored || stored->commentIds.size() != document.comments.size()) {
        *error = QStringLiteral("the document did not load back whole");
        return false;
    }
    SplitMix random(shape.seed ^ 0xA5A5A5A5u);
    const int count = int(document.comments.size());
    // One transaction for all of them: only the window is measured, not the writes.
    const bool written = store->atomically([&] {
        int comment = random.below(count);
        for (int i = 0; i < shape.annotations; ++i) {
            // Coders work through stretches of the thread, so annotations cluster.
            comment = random.chance(60) ? std::min(count - 1, comment + random.below(40)) : random.below(count);
            const QString text = plainText(document.comments.at(comment).blocks);
            Annotation annotation;
            annotation.documentId = *documentId;
            annotation.commentId = stored->commentIds.at(comment);
            annotation.coder = QStringLiteral("coder %1").arg(random.below(4) + 1);
            const int tags = random.chance(50) ? 1 : random.chance(70) ? 2 : 3;
            for (int t = 0; t < tags; ++t) {
                const qint64 tag = facts->tagIds.at(random.below(int(facts->tagIds.size())));
                if (!annotation.tagIds.contains(tag))
                    annotation.tagIds.append(tag);
            }
            if (random.chance(35) || text.size() < 12) {
                ++facts->wholeCommentTags;
            } else {
                const int from = random.below(int(text.size()) - 10);
                const int to = std::min(int(text.size()), from + 5 + random.below(80));
                annotation.range = TextRange::fromText(text, from, to);
                ++facts->passages;
            }
            if (random.chance(20))
                annotation.note = QStringLiteral("note %1").arg(i);
            if (!store->addAnnotation(annotation))
                return false;
        }
        return true;
    });
    if (!written) {
        *error = QStringLiteral("addAnnotation: %1").arg(store->lastError());
        return false;
    }
    return true;
}

} // namespace glossator::benchmark
