#include "CommentSection.h"

#include <QHash>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace glossator {

namespace {

constexpr double impossible = CommentSectionReader::noName;

QDateTime parseTimestamp(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time;
}

struct Segmentation {
    QList<int> authors; // indexes of author lines
    double score = 0;
};

// Chooses author lines so that each is followed by at least one body line, maximising the
// summed likelihood minus a price per comment. Raising the price yields fewer comments, which
// lets a declared comment count act as a constraint (a Lagrangian relaxation of "exactly N").
Segmentation segment(const QList<double>& likelihood, double price)
{
    const qsizetype n = likelihood.size();
    Segmentation result;
    if (n < 2)
        return result;
    QList<double> best(n, impossible); // best score with line i as an author
    QList<int> bestCount(n, 0);        // comments in that best segmentation
    QList<int> previous(n, -1);        // the author before line i in it
    double prefixBest = impossible;    // max of best[0 .. i-2]
    int prefixCount = 0;
    int prefixIndex = -1;
    best[0] = likelihood.at(0) - price; // the first line of a comment section is always an author
    bestCount[0] = 1;
    for (qsizetype i = 2; i < n; ++i) {
        const qsizetype candidate = i - 2;
        if (best.at(candidate) > prefixBest ||
            (best.at(candidate) == prefixBest && bestCount.at(candidate) < prefixCount)) {
            prefixBest = best.at(candidate);
            prefixCount = bestCount.at(candidate);
            prefixIndex = int(candidate);
        }
        if (likelihood.at(i) == impossible || prefixIndex < 0)
            continue;
        best[i] = prefixBest + likelihood.at(i) - price;
        bestCount[i] = prefixCount + 1;
        previous[i] = prefixIndex;
    }
    // The last author needs a body line after it.
    int last = 0;
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (best.at(i) > best.at(last) || (best.at(i) == best.at(last) && bestCount.at(i) < bestCount.at(last)))
            last = int(i);
    }
    result.score = best.at(last);
    for (int i = last; i >= 0; i = previous.at(i))
        result.authors.prepend(i);
    return result;
}

// The most author lines a section allows: the first line, then every candidate at least two
// lines after the last one taken, as long as a body line follows it.
int mostAuthors(const QList<double>& likelihood)
{
    const qsizetype n = likelihood.size();
    if (n < 2 || likelihood.at(0) == impossible)
        return 0;
    int count = 1;
    qsizetype last = 0;
    for (qsizetype i = 2; i + 1 < n; ++i) {
        if (likelihood.at(i) != impossible && i >= last + 2) {
            ++count;
            last = i;
        }
    }
    return count;
}

// A reading's evidence, then a second criterion that only decides between readings of equal
// evidence. Evidence is a sum of halves, so equal readings compare exactly equal.
struct Score {
    double evidence = impossible;
    double tie = 0;
    bool beats(const Score& other) const
    {
        return evidence > other.evidence || (evidence == other.evidence && tie > other.tie);
    }
};

// What a comment costs when the page declares no count: a line needs more evidence than a
// bare line of four words to be a name, so that text alone does not start comments.
constexpr double noCountPrice = 1.0;

// The largest number of (author line, count) states the exact programme keeps a back pointer
// for: 16 MB, whatever the size of the page.
constexpr qsizetype exactStateLimit = qsizetype(1) << 22;

// Decides between readings whose evidence is equal, such as a one-word name against a list
// label or a one-word answer inside a comment: a name is followed by what its author wrote,
// which is seldom as short as a list item or an answer, and comes where a comment has ended
// (left-out chrome such as "Reply" marks that), not after a line that announces something
// with a colon. Values lie in [-1, 2].
QList<double> tieBreaks(const QList<CommentSectionLine>& lines, const QList<bool>& chromeBefore)
{
    QList<double> ties(lines.size(), 0.0);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        double tie = 0;
        if (i > 0 && chromeBefore.at(i))
            tie += 1.0;
        else if (i > 0 && lines.at(i - 1).text.endsWith(QLatin1Char(':')))
            tie -= 1.0;
        if (i + 1 < lines.size())
            tie += double(std::min<qsizetype>(lines.at(i + 1).text.size(), 100)) / 100.0;
        ties[i] = tie;
    }
    return ties;
}

// Chooses exactly `target` author lines, maximising the evidence and, among readings of equal
// evidence, the tie-break. The price search cannot do this when several lines have the same
// evidence: they all change sides at one price, and the count jumps over the target.
//
// The table runs over candidate lines only (a body line never is one), and over counts. When
// the whole table is too large, only counts near `centre` are kept: a reading with a count
// close to the target whose prefix counts the exact reading is expected to stay near, drifted
// evenly so that its end meets the target. Empty when no reading within those counts exists.
std::optional<Segmentation> segmentExactly(const QList<double>& likelihood, const QList<double>& tieBreak, int target,
                                           Segmentation centre)
{
    const qsizetype n = likelihood.size();
    if (target < 1 || n < 2 || likelihood.at(0) == impossible)
        return std::nullopt;
    QList<int> candidates; // line indexes; the last line cannot be an author
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (likelihood.at(i) != impossible)
            candidates.append(int(i));
    }
    const qsizetype m = candidates.size();
    if (qsizetype(m) * target > exactStateLimit) {
        // A better centre: the price search again, with the tie-break added at a weight too
        // small to outweigh the smallest step of evidence (half a point) over the whole page.
        const double weight = 0.1 / (2.0 * double(m + 1));
        QList<double> combined = likelihood;
        for (qsizetype i = 0; i < n; ++i) {
            if (combined.at(i) != impossible)
                combined[i] += weight * tieBreak.at(i);
        }
        double low = -20.0;
        double high = 20.0;
        while (high - low > 1e-12 && centre.authors.size() != target) {
            const double price = (low + high) / 2;
            Segmentation attempt = segment(combined, price);
            if (std::abs(attempt.authors.size() - target) <= std::abs(centre.authors.size() - target))
                centre = attempt;
            if (attempt.authors.size() > target)
                low = price;
            else
                high = price;
        }
    }

    // The centre's prefix count at each candidate, drifted towards the target.
    QList<int> centreCount(m, 0);
    {
        const qsizetype drift = qsizetype(target) - centre.authors.size();
        qsizetype taken = 0;
        qsizetype c = 0;
        for (qsizetype k = 0; k < m; ++k) {
            const int line = candidates.at(k);
            while (c < centre.authors.size() && centre.authors.at(c) <= line) {
                ++taken;
                ++c;
            }
            centreCount[k] = int(taken + drift * (line + 1) / n);
        }
    }
    QList<int> lowest(m, 0);
    QList<int> highest(m, -1);
    const auto layOut = [&](std::optional<int> band) {
        qsizetype states = 0;
        for (qsizetype k = 0; k < m; ++k) {
            int low = 1;
            int high = int(std::min<qsizetype>(target, k + 1));
            if (band) {
                low = std::max(low, centreCount.at(k) - *band);
                high = std::min(high, centreCount.at(k) + *band);
            }
            if (k == 0)
                low = high = 1; // the first line is always an author, and only it comes first
            else
                low = std::max(low, 2);
            lowest[k] = low;
            highest[k] = high;
            states += std::max(0, high - low + 1);
        }
        return states;
    };
    if (qsizetype(m) * target <= exactStateLimit) {
        layOut(std::nullopt);
    } else {
        int band = 16;
        while (layOut(band) > exactStateLimit) {
            if (band == 0)
                return std::nullopt;
            band /= 2;
        }
    }

    QList<qsizetype> offset(m + 1, 0);
    for (qsizetype k = 0; k < m; ++k)
        offset[k + 1] = offset.at(k) + std::max(0, highest.at(k) - lowest.at(k) + 1);
    std::vector<int> previous(std::size_t(offset.at(m)), -1); // the candidate before, per state
    std::vector<Score> prefix(std::size_t(target) + 1);       // best over admitted candidates, per count
    std::vector<int> prefixCandidate(std::size_t(target) + 1, -1);
    std::array<std::vector<Score>, 2> recent; // the scores of the last two candidates
    qsizetype admitted = 0;
    const auto admit = [&](qsizetype k) {
        const std::vector<Score>& scores = recent.at(std::size_t(k % 2));
        for (int count = lowest.at(k); count <= highest.at(k); ++count) {
            const Score& score = scores.at(std::size_t(count - lowest.at(k)));
            if (score.beats(prefix.at(std::size_t(count)))) {
                prefix[std::size_t(count)] = score;
                prefixCandidate[std::size_t(count)] = int(k);
            }
        }
    };
    Score best;
    qsizetype bestCandidate = -1;
    for (qsizetype k = 0; k < m; ++k) {
        const int line = candidates.at(k);
        // An author before this one needs a body line between them.
        while (admitted < k && candidates.at(admitted) <= line - 2)
            admit(admitted++);
        std::vector<Score>& scores = recent[std::size_t(k % 2)];
        scores.assign(std::size_t(std::max(0, highest.at(k) - lowest.at(k) + 1)), Score{});
        for (int count = lowest.at(k); count <= highest.at(k); ++count) {
            Score& score = scores[std::size_t(count - lowest.at(k))];
            if (k == 0) {
                score = {likelihood.at(line), tieBreak.at(line)};
                continue;
            }
            const Score& before = prefix.at(std::size_t(count - 1));
            if (before.evidence == impossible)
                continue;
            score = {before.evidence + likelihood.at(line), before.tie + tieBreak.at(line)};
            previous[std::size_t(offset.at(k) + count - lowest.at(k))] = prefixCandidate.at(std::size_t(count - 1));
        }
        if (target >= lowest.at(k) && target <= highest.at(k)) {
            const Score& score = scores.at(std::size_t(target - lowest.at(k)));
            if (score.beats(best)) {
                best = score;
                bestCandidate = k;
            }
        }
    }
    if (bestCandidate < 0)
        return std::nullopt;

    Segmentation result;
    result.score = best.evidence;
    result.authors.resize(target);
    qsizetype k = bestCandidate;
    for (int count = target; count >= 1; --count) {
        result.authors[count - 1] = candidates.at(k);
        k = previous.at(std::size_t(offset.at(k) + count - lowest.at(k)));
        if (k < 0 && count > 1)
            return std::nullopt; // cannot happen: every kept state with a count above one has a predecessor
    }
    return result;
}

// Chrome and time lines are recognised by their words; a code block or list item that happens
// to read "Reply" is still somebody's text.
bool isPlainLine(const CommentSectionLine& line)
{
    return !line.block || line.block->kind == Block::Kind::Paragraph || line.block->kind == Block::Kind::Heading;
}

// Collects a comment's body, joining lines that go on with the paragraph before them.
class BodyBuilder {
public:
    void append(const CommentSectionLine& line)
    {
        if (line.continuesParagraph && m_paragraphOpen) {
            m_blocks.last().text += QLatin1Char(' ') + line.text;
            return;
        }
        m_blocks.append(line.block ? *line.block : Block{Block::Kind::Paragraph, line.text, 0, {}});
        m_paragraphOpen = m_blocks.last().kind == Block::Kind::Paragraph;
    }
    QList<Block> take() { return std::move(m_blocks); }

private:
    QList<Block> m_blocks;
    bool m_paragraphOpen = false;
};

} // namespace

const QRegularExpression& CommentSectionReader::countLinePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"re(^(?:(\d[\d,.]*)\s+(?:comments?|responses?|replies|reactions)(?:\s+so\s+far)?|)re"
                       R"re((?:comments?|responses?)\s*[(:]\s*(\d[\d,.]*)\)?)$)re"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression& CommentSectionReader::commentHeadingPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(
            R"re(^(?:comments?|reader comments|discussion|join the discussion|responses|reader responses)$)re"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

bool CommentSectionReader::isCommentPrompt(const QString& line)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"re(^(?:(?:log\s?in|sign\s?in|register) to (?:comment|reply|post))re"
                       R"re(|(?:add|post|write|leave) (?:a|your) (?:comment|reply|response))re"
                       R"re(|have your say|join the conversation)[.!]?$)re"),
        QRegularExpression::CaseInsensitiveOption);
    return line.size() <= 64 && pattern.match(line).hasMatch();
}

bool CommentSectionReader::isChromeLine(const QString& line)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"re(^(?:(?:log\s?in|sign\s?in|sign up|register)(?: to (?:comment|reply|post))?)re"
                       R"re(|(?:add|post|write|leave) (?:a|your) (?:comment|reply|response)[.!]?)re"
                       R"re(|have your say|join the conversation)re"
                       R"re(|reply|report|share|flag|like|permalink|edit|delete|show more|show less|read more)re"
                       R"re(|load more(?: comments)?|view (?:more )?replies|hide replies|see more)re"
                       R"re(|(?:sort|sorted) by\b.*|newest|oldest|top comments|most liked|best)re"
                       R"re(|\d[\d,.]*\s+(?:replies|reply|likes?|points?|upvotes?|votes?))re"
                       R"re(|show \d+ (?:more )?repl(?:y|ies)|view \d+ repl(?:y|ies))re"
                       R"re(|this comment (?:has been|was) (?:removed|deleted)(?: by (?:a )?moderator)?\.?)re"
                       R"re(|comment (?:removed|deleted)(?: by (?:a )?moderator)?\.?)re"
                       R"re(|moderator:.*|posted in:.*|all comments are moderated.*)$)re"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(line).hasMatch();
}

bool CommentSectionReader::isTimestampLine(const QString& line)
{
    static const QRegularExpression pattern(
        QStringLiteral(
            R"re(^(?:)re"
            R"re((?:just now|yesterday|today)(?: at \d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?)re"
            R"re(|(?:an?|\d+)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago)re"
            R"re(|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)re"
            R"re(|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)re"
            R"re((?:\s+\d{4})?(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?)re"
            R"re(|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4})re"
            R"re((?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?)re"
            R"re(|\d{1,2}/\d{1,2}/\d{2,4}(?:,?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?)re"
            R"re()$)re"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(line).hasMatch();
}

std::optional<int> CommentSectionReader::parseCount(const QString& digits)
{
    QString cleaned = digits;
    cleaned.remove(QLatin1Char(',')).remove(QLatin1Char('.'));
    bool ok = false;
    const int value = cleaned.toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

double CommentSectionReader::authorLikelihood(const QString& line)
{
    static const QRegularExpression url(QStringLiteral(R"re(https?://|www\.)re"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression hasLetterOrDigit(QStringLiteral(R"re([\p{L}\p{N}])re"));
    static const QRegularExpression sentencePunctuation(QStringLiteral(R"re([.!?…]["')\]]*$)re"));
    static const QRegularExpression nameSuffix(
        QStringLiteral(R"re(\b(?:Jr|Sr|Dr|Mr|Mrs|Ms|St|Esq|Prof|Rev|Lt|Col|Gen|Capt)\.$)re"));
    static const QRegularExpression innerPunctuation(QStringLiteral(R"re([,;:"“”«»()\[\]]|\s[-–—]\s)re"));
    static const QStringList shortReplies = {
        QStringLiteral("first"),     QStringLiteral("agreed"), QStringLiteral("this"),      QStringLiteral("yes"),
        QStringLiteral("no"),        QStringLiteral("lol"),    QStringLiteral("thanks"),    QStringLiteral("exactly"),
        QStringLiteral("same"),      QStringLiteral("true"),   QStringLiteral("indeed"),    QStringLiteral("wow"),
        QStringLiteral("+1"),        QStringLiteral("nope"),   QStringLiteral("yep"),       QStringLiteral("correct"),
        QStringLiteral("sad"),       QStringLiteral("great"),  QStringLiteral("well said"), QStringLiteral("so true"),
        QStringLiteral("thank you"),
    };

    if (line.size() > 48)
        return impossible;
    const qsizetype words = line.count(QLatin1Char(' ')) + 1;
    if (words > 5 || url.match(line).hasMatch() || !hasLetterOrDigit.match(line).hasMatch())
        return impossible;

    double score = words <= 3 ? 1.0 : 1.0 - double(words - 3);
    if (line.size() <= 24)
        score += 0.5;
    if (sentencePunctuation.match(line).hasMatch() && !nameSuffix.match(line).hasMatch())
        score -= 2.0;
    if (innerPunctuation.match(line).hasMatch())
        score -= 2.0;
    if (words > 1 && line.at(0).isLower())
        score -= 1.5;
    QString bare = line.toLower();
    while (!bare.isEmpty() && QStringView(u".!?…").contains(bare.back()))
        bare.chop(1);
    if (shortReplies.contains(bare))
        score -= 2.0;
    return score;
}

namespace {

bool mayBeLongChrome(const QString& line)
{
    for (const auto prefix : {u"sort", u"moderator:", u"posted in:", u"all comments are moderated"}) {
        if (line.startsWith(QStringView(prefix), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

CommentSection CommentSectionReader::read(QList<CommentSectionLine> lines, int headingLine,
                                          std::optional<int> declaredCount)
{
    CommentSection section;

    // Drop chrome, then keep the lines that carry somebody's words: in place, at the front of the
    // list, so that a long thread's lines are not held twice.
    QList<CommentSectionLine>& commentLines = lines;
    qsizetype kept = 0;
    QHash<int, CommentSectionLine> timestampAfter; // index into commentLines -> its time line
    QList<bool> chromeBefore;                      // per comment line: chrome was left out just before it
    int chromeDropped = 0;
    bool droppedSinceLast = false;
    for (qsizetype next = 0; next < lines.size(); ++next) {
        CommentSectionLine& line = lines[next];
        // Only a few chrome patterns can match a long line; the two regular expressions are
        // most of this loop's time and almost every line of a thread is long.
        const bool shortLine = line.text.size() <= 64;
        if (isPlainLine(line) && (shortLine || mayBeLongChrome(line.text)) && isChromeLine(line.text)) {
            ++chromeDropped;
            droppedSinceLast = true;
            continue;
        }
        if (isPlainLine(line) && shortLine && isTimestampLine(line.text) && kept > 0 &&
            !timestampAfter.contains(int(kept - 1))) {
            timestampAfter.insert(int(kept - 1), std::move(line));
            continue;
        }
        if (next != kept)
            lines[kept] = std::move(line);
        ++kept;
        chromeBefore.append(droppedSinceLast);
        droppedSinceLast = false;
    }
    lines.resize(kept);
    section.chromeLinesLeftOut = chromeDropped;
    if (commentLines.isEmpty()) {
        section.notices.append(
            {ImportNotice::Severity::Warning, headingLine, tr("The comment section holds no comments.")});
        return section;
    }
    if (commentLines.size() == 1) {
        section.notices.append({ImportNotice::Severity::Warning, commentLines.first().number,
                                tr("The comment section holds one line and no comment text; "
                                   "it was read as an author with an empty comment.")});
        Comment comment;
        comment.id = QStringLiteral("c1");
        comment.author = commentLines.first().text;
        section.comments.append(comment);
        return section;
    }

    // Evidence per line: its shape, a following timestamp, a blank line before it, and a name
    // that recurs (people answer each other, so real names come back; sentences rarely do).
    QHash<QString, int> occurrences;
    for (const CommentSectionLine& line : commentLines) {
        if (line.text.size() <= 48)
            occurrences[line.text] += 1;
    }
    QList<double> likelihood;
    likelihood.reserve(commentLines.size());
    for (qsizetype i = 0; i < commentLines.size(); ++i) {
        const CommentSectionLine& line = commentLines.at(i);
        double score = line.authorEvidence == noName ? impossible : authorLikelihood(line.text);
        if (score != impossible) {
            if (timestampAfter.contains(int(i)))
                score += 3.0;
            if (line.blankBefore)
                score += 0.5;
            if (chromeBefore.at(i) && i > 0)
                score += 1.0;
            if (occurrences.value(line.text) > 1)
                score += 2.0;
            score += line.authorEvidence;
        }
        likelihood.append(score);
    }

    Segmentation chosen = segment(likelihood, declaredCount ? 0.0 : noCountPrice);
    if (declaredCount && *declaredCount > 0) {
        const int target = *declaredCount;
        // More comments as the price falls; search the price that gives the declared count.
        double low = -20.0;
        double high = 20.0;
        Segmentation closest = chosen;
        // Evidence comes in half points, so a count that holds over a range of prices holds
        // over half a point at least and is met long before the range narrows this far. A
        // count met in a narrower range is met by rounding, at the price where several lines
        // of equal evidence change sides, and which of them were taken is an accident.
        while (high - low > 1e-6) {
            const double price = (low + high) / 2;
            Segmentation attempt = segment(likelihood, price);
            if (std::abs(attempt.authors.size() - target) < std::abs(closest.authors.size() - target))
                closest = attempt;
            if (attempt.authors.size() == target) {
                closest = attempt;
                break;
            }
            if (attempt.authors.size() > target)
                low = price;
            else
                high = price;
        }
        chosen = closest;
        // Lines of equal evidence change sides at one price, so the count can jump past the
        // target; when the page allows that many comments, read exactly that many.
        if (chosen.authors.size() != target && target <= mostAuthors(likelihood)) {
            const QList<double> ties = tieBreaks(commentLines, chromeBefore);
            if (auto exact = segmentExactly(likelihood, ties, target, chosen))
                chosen = std::move(*exact);
        }
        if (chosen.authors.size() != target) {
            section.notices.append({ImportNotice::Severity::Warning, headingLine,
                                    tr("The page declares %1 comments but %2 were found; the best reading was kept.")
                                        .arg(target)
                                        .arg(chosen.authors.size())});
        }
    }

    for (qsizetype k = 0; k < chosen.authors.size(); ++k) {
        const int authorIndex = chosen.authors.at(k);
        const int end = k + 1 < chosen.authors.size() ? chosen.authors.at(k + 1) : int(commentLines.size());
        Comment comment;
        comment.id = QStringLiteral("c%1").arg(k + 1);
        comment.author = commentLines.at(authorIndex).text;
        if (timestampAfter.contains(authorIndex)) {
            comment.publishedText = timestampAfter.value(authorIndex).text;
            comment.published = parseTimestamp(comment.publishedText);
        }
        BodyBuilder body;
        for (int i = authorIndex + 1; i < end; ++i) {
            body.append(commentLines.at(i));
            // A time-like line inside a comment is the commenter's words, not metadata.
            if (timestampAfter.contains(i))
                body.append(timestampAfter.value(i));
        }
        comment.blocks = body.take();
        if (likelihood.at(authorIndex) < 0) {
            section.notices.append({ImportNotice::Severity::Warning, commentLines.at(authorIndex).number,
                                    tr("\"%1\" was taken as a commenter's name although it reads like "
                                       "comment text.")
                                        .arg(comment.author)});
        }
        section.comments.append(comment);
    }
    return section;
}

namespace {

struct ZoneAbbreviation {
    const char* name;
    int hoursAheadOfUtc;
};

// Abbreviations that English-language pages use in one sense only; IST (India, Ireland,
// Israel) is left out because its offset cannot be known from the text.
constexpr ZoneAbbreviation zoneAbbreviations[] = {
    {"UTC", 0},   {"GMT", 0},   {"Z", 0},     {"EST", -5},  {"EDT", -4},  {"CST", -6},  {"CDT", -5},
    {"MST", -7},  {"MDT", -6},  {"PST", -8},  {"PDT", -7},  {"AKST", -9}, {"AKDT", -8}, {"HST", -10},
    {"BST", 1},   {"CET", 1},   {"CEST", 2},  {"EET", 2},   {"EEST", 3},  {"JST", 9},   {"KST", 9},
    {"AEST", 10}, {"AEDT", 11}, {"NZST", 12}, {"NZDT", 13},
};

QString zonePattern()
{
    QStringList names;
    for (const ZoneAbbreviation& zone : zoneAbbreviations)
        names.append(QLatin1String(zone.name));
    return names.join(QLatin1Char('|'));
}

std::optional<int> monthNumber(const QString& name)
{
    static const QStringList months = {
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec"),
    };
    const QString lower = name.toLower().remove(QLatin1Char('.'));
    const qsizetype index = months.indexOf(lower.left(3));
    if (index < 0)
        return std::nullopt;
    // Only the month's own name or a prefix of it: "Octember" is no month.
    const QString full = QLocale::c().standaloneMonthName(int(index) + 1).toLower();
    if (!full.startsWith(lower))
        return std::nullopt;
    return int(index) + 1;
}

const QString& monthPattern()
{
    static const QString pattern =
        QStringLiteral(R"re((?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?)re"
                       R"re(|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)re");
    return pattern;
}

const QString& clockPattern()
{
    static const QString pattern =
        QStringLiteral(R"re(\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?i:[ap]\.?m\.?))?(?:\s+(?:%1))?)re").arg(zonePattern());
    return pattern;
}

} // namespace

QString writtenTimePattern()
{
    const QString& month = monthPattern();
    const QString day = QStringLiteral(R"re(\d{1,2}(?i:st|nd|rd|th)?)re");
    const QString date =
        QStringLiteral(R"re((?:%1\s+%2,?\s+\d{4}|%2\s+(?:(?i:of)\s+)?%1,?\s+\d{4}|\d{4}-\d{2}-\d{2}))re")
            .arg(month, day);
    return QStringLiteral(R"re(%1(?:,?\s+(?:(?i:at)\s+)?%2)?)re").arg(date, clockPattern());
}

QDateTime parseWrittenTime(const QString& input)
{
    const QString text = input.simplified();
    if (text.isEmpty() || text.size() > 100)
        return {};
    if (text.contains(QLatin1Char('T')) && text.at(0).isDigit()) {
        const QDateTime iso = parseTimestamp(text);
        if (iso.isValid())
            return iso;
    }

    static const QRegularExpression written(
        QStringLiteral(R"re(^(?:(?<month1>%1)\s+(?<day1>\d{1,2})(?i:st|nd|rd|th)?,?\s+(?<year1>\d{4}))re"
                       R"re(|(?<day2>\d{1,2})(?i:st|nd|rd|th)?\s+(?:(?i:of)\s+)?(?<month2>%1),?\s+(?<year2>\d{4}))re"
                       R"re(|(?<year3>\d{4})-(?<month3>\d{2})-(?<day3>\d{2})))re"
                       R"re((?:,?\s+(?:(?i:at)\s+)?(?<hour>\d{1,2})[:.](?<minute>\d{2})(?::(?<second>\d{2}))?)re"
                       R"re((?:\s*(?<half>(?i:[ap])\.?(?i:m)\.?))?(?:\s+(?<zone>[A-Z]{1,5}))?)?$)re")
            .arg(monthPattern()));
    const QRegularExpressionMatch match = written.match(text);
    if (!match.hasMatch())
        return {};

    QDate date;
    if (!match.captured(u"year1").isEmpty()) {
        const auto month = monthNumber(match.captured(u"month1"));
        if (month)
            date = QDate(match.captured(u"year1").toInt(), *month, match.captured(u"day1").toInt());
    } else if (!match.captured(u"year2").isEmpty()) {
        const auto month = monthNumber(match.captured(u"month2"));
        if (month)
            date = QDate(match.captured(u"year2").toInt(), *month, match.captured(u"day2").toInt());
    } else {
        date =
            QDate(match.captured(u"year3").toInt(), match.captured(u"month3").toInt(), match.captured(u"day3").toInt());
    }
    if (!date.isValid())
        return {};
    if (match.captured(u"hour").isEmpty())
        return date.startOfDay();

    int hour = match.captured(u"hour").toInt();
    const QString half = match.captured(u"half").toLower();
    if (!half.isEmpty()) {
        if (hour < 1 || hour > 12)
            return {};
        hour = hour % 12 + (half.startsWith(QLatin1Char('p')) ? 12 : 0);
    }
    const QTime time(hour, match.captured(u"minute").toInt(), match.captured(u"second").toInt());
    if (!time.isValid())
        return {};

    const QString zone = match.captured(u"zone");
    if (zone.isEmpty())
        return QDateTime(date, time);
    for (const ZoneAbbreviation& known : zoneAbbreviations) {
        if (zone == QLatin1String(known.name))
            return QDateTime(date, time, QTimeZone(known.hoursAheadOfUtc * 3600));
    }
    return {};
}

} // namespace glossator
