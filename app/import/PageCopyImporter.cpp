#include "PageCopyImporter.h"

#include "text/TextDecoder.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace glossator {

namespace {

constexpr double impossible = -std::numeric_limits<double>::infinity();

struct Line {
    int number = 0; // 1-based line number in the file
    QString text;   // trimmed
    bool blankBefore = false;
};

const QRegularExpression& countLinePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"re(^(?:(\d[\d,.]*)\s+(?:comments?|responses?|replies|reactions)(?:\s+so\s+far)?|)re"
                       R"re((?:comments?|responses?)\s*[(:]\s*(\d[\d,.]*)\)?)$)re"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression& commentHeadingPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"re(^(?:comments?|reader comments|discussion|join the discussion)$)re"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// Lines a site adds around comments that are not anybody's words.
bool isChromeLine(const QString& line)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"re(^(?:(?:log\s?in|sign\s?in|sign up|register)(?: to (?:comment|reply|post))?)re"
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

bool isTimestampLine(const QString& line)
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

QDateTime parseTimestamp(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time;
}

struct Byline {
    QString source;
    QString author;
};

// A source or byline line: "© KYODO", "— Reuters", "(AP)re", "By Jane Doe".
std::optional<Byline> parseByline(const QString& line)
{
    static const QRegularExpression copyright(QStringLiteral(R"re(^(?:©|\(c\)|copyright)\s*(?:\d{4}\s+)?(.{1,60})$)re"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dash(QStringLiteral(R"re(^[—–-]{1,2}\s*([A-Z][\w .&'-]{1,40})$)re"));
    static const QRegularExpression parenthesised(QStringLiteral(R"re(^\(([A-Z][A-Za-z .&'-]{1,30})\)$)re"));
    static const QRegularExpression by(QStringLiteral(R"re(^(?:by|BY|By)\s+([^\s].{1,60})$)re"));
    if (auto m = copyright.match(line); m.hasMatch())
        return Byline{m.captured(1).trimmed(), {}};
    if (auto m = dash.match(line); m.hasMatch())
        return Byline{m.captured(1).trimmed(), {}};
    if (auto m = parenthesised.match(line); m.hasMatch())
        return Byline{m.captured(1).trimmed(), {}};
    if (auto m = by.match(line);
        m.hasMatch() && m.captured(1).split(QLatin1Char(' ')).size() <= 6 && !m.captured(1).endsWith(QLatin1Char('.')))
        return Byline{{}, m.captured(1).trimmed()};
    return std::nullopt;
}

std::optional<int> parseCount(const QString& digits)
{
    QString cleaned = digits;
    cleaned.remove(QLatin1Char(',')).remove(QLatin1Char('.'));
    bool ok = false;
    const int value = cleaned.toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
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

} // namespace

QString PageCopyImporter::displayName() const
{
    return tr("Page copied as text");
}

QStringList PageCopyImporter::fileSuffixes() const
{
    return {QStringLiteral("txt"), QStringLiteral("text")};
}

int PageCopyImporter::confidence(const QByteArray& content, const QString& fileName) const
{
    if (content.isEmpty())
        return 10;
    if (TextDecoder::looksBinary(content))
        return 0;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    int confidence = fileSuffixes().contains(suffix) ? 50 : 20;
    const QString head = TextDecoder::decode(content.left(1 << 16)).text;
    for (const QStringView line : QStringTokenizer(head, QLatin1Char('\n'))) {
        if (countLinePattern().match(line.trimmed().toString()).hasMatch()) {
            confidence += 30;
            break;
        }
    }
    return std::min(confidence, 90);
}

double PageCopyImporter::authorLikelihood(const QString& line)
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

    if (line.size() > 48 || url.match(line).hasMatch() || !hasLetterOrDigit.match(line).hasMatch())
        return impossible;
    const qsizetype words = line.count(QLatin1Char(' ')) + 1;
    if (words > 5)
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
    bare.remove(QRegularExpression(QStringLiteral(R"re([.!?…]+$)re")));
    if (shortReplies.contains(bare))
        score -= 2.0;
    return score;
}

ImportResult PageCopyImporter::read(const QByteArray& content, const QString& fileName) const
{
    if (TextDecoder::looksBinary(content))
        return ImportResult::failure(fileName, tr("this is a binary file, not text"), 0,
                                     content.indexOf('\0') >= 0 ? content.indexOf('\0') : 0);
    const DecodedText decoded = TextDecoder::decode(content);

    Document document;
    document.article.title = QFileInfo(fileName).completeBaseName();
    if (decoded.firstInvalidByte >= 0) {
        document.notices.append({ImportNotice::Severity::Warning, 0,
                                 tr("The file is not valid UTF-8 (first at byte %1); read as %2.")
                                     .arg(decoded.firstInvalidByte)
                                     .arg(decoded.encoding)});
    }

    QList<Line> lines;
    {
        int number = 0;
        bool blankBefore = false;
        for (const QStringView raw : QStringTokenizer(decoded.text, QLatin1Char('\n'))) {
            ++number;
            QString text = raw.toString();
            text.replace(QChar(0x00A0), QLatin1Char(' '));
            text = text.trimmed();
            if (text.isEmpty()) {
                blankBefore = true;
                continue;
            }
            lines.append(Line{number, text, blankBefore});
            blankBefore = false;
        }
    }
    if (lines.isEmpty()) {
        document.notices.append({ImportNotice::Severity::Warning, 0, tr("The file holds no text.")});
        return ImportResult::success(std::move(document));
    }

    // Where the comment section starts: the count line, else a "Comments" heading.
    qsizetype sectionStart = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const auto match = countLinePattern().match(lines.at(i).text);
        if (match.hasMatch()) {
            sectionStart = i;
            const QString digits = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
            document.declaredCommentCount = parseCount(digits);
            break;
        }
    }
    if (sectionStart < 0) {
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (commentHeadingPattern().match(lines.at(i).text).hasMatch()) {
                sectionStart = i;
                break;
            }
        }
    }
    const qsizetype articleEnd = sectionStart < 0 ? lines.size() : sectionStart;

    // The article, with its source or byline lines taken out of the paragraphs.
    QStringList paragraphs;
    for (qsizetype i = 0; i < articleEnd; ++i) {
        const QString& text = lines.at(i).text;
        const bool nearEdge = i < 3 || i >= articleEnd - 2;
        if (nearEdge) {
            if (const auto byline = parseByline(text)) {
                if (!byline->source.isEmpty() && document.article.source.isEmpty()) {
                    document.article.source = byline->source;
                    continue;
                }
                if (!byline->author.isEmpty() && document.article.author.isEmpty()) {
                    document.article.author = byline->author;
                    continue;
                }
            }
        }
        paragraphs.append(text);
    }
    document.article.blocks = paragraphBlocks(paragraphs);
    if (sectionStart < 0)
        return ImportResult::success(std::move(document));

    // The comment section: drop chrome, then keep the lines that carry somebody's words.
    QList<Line> commentLines;
    QHash<int, QString> timestampAfter; // index into commentLines -> timestamp text
    int chromeDropped = 0;
    for (qsizetype i = sectionStart + 1; i < lines.size(); ++i) {
        const Line& line = lines.at(i);
        if (isChromeLine(line.text)) {
            ++chromeDropped;
            continue;
        }
        if (isTimestampLine(line.text) && !commentLines.isEmpty() &&
            !timestampAfter.contains(int(commentLines.size() - 1))) {
            timestampAfter.insert(int(commentLines.size() - 1), line.text);
            continue;
        }
        commentLines.append(line);
    }
    if (chromeDropped > 0) {
        document.notices.append(
            {ImportNotice::Severity::Info, 0,
             tr("%n line(s) of site chrome (such as \"Login to comment\") left out.", nullptr, chromeDropped)});
    }
    if (commentLines.isEmpty()) {
        document.notices.append({ImportNotice::Severity::Warning, lines.at(sectionStart).number,
                                 tr("The comment section holds no comments.")});
        return ImportResult::success(std::move(document));
    }
    if (commentLines.size() == 1) {
        document.notices.append({ImportNotice::Severity::Warning, commentLines.first().number,
                                 tr("The comment section holds one line and no comment text; "
                                    "it was read as an author with an empty comment.")});
        Comment comment;
        comment.id = QStringLiteral("c1");
        comment.author = commentLines.first().text;
        document.comments.append(comment);
        return ImportResult::success(std::move(document));
    }

    // Evidence per line: its shape, a following timestamp, a blank line before it, and a name
    // that recurs (people answer each other, so real names come back; sentences rarely do).
    QHash<QString, int> occurrences;
    for (const Line& line : commentLines) {
        if (line.text.size() <= 48)
            occurrences[line.text] += 1;
    }
    QList<double> likelihood;
    likelihood.reserve(commentLines.size());
    for (qsizetype i = 0; i < commentLines.size(); ++i) {
        const Line& line = commentLines.at(i);
        double score = authorLikelihood(line.text);
        if (score != impossible) {
            if (timestampAfter.contains(int(i)))
                score += 3.0;
            if (line.blankBefore)
                score += 0.5;
            if (occurrences.value(line.text) > 1)
                score += 2.0;
        }
        likelihood.append(score);
    }

    Segmentation chosen = segment(likelihood, 0.0);
    if (document.declaredCommentCount && *document.declaredCommentCount > 0) {
        const int target = *document.declaredCommentCount;
        // More comments as the price falls; search the price that gives the declared count.
        double low = -20.0;
        double high = 20.0;
        Segmentation closest = chosen;
        for (int iteration = 0; iteration < 60; ++iteration) {
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
        if (chosen.authors.size() != target) {
            document.notices.append({ImportNotice::Severity::Warning, lines.at(sectionStart).number,
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
            comment.publishedText = timestampAfter.value(authorIndex);
            comment.published = parseTimestamp(comment.publishedText);
        }
        QStringList body;
        for (int i = authorIndex + 1; i < end; ++i) {
            body.append(commentLines.at(i).text);
            // A time-like line inside a comment is the commenter's words, not metadata.
            if (timestampAfter.contains(i))
                body.append(timestampAfter.value(i));
        }
        comment.blocks = paragraphBlocks(body);
        if (likelihood.at(authorIndex) < 0) {
            document.notices.append({ImportNotice::Severity::Warning, commentLines.at(authorIndex).number,
                                     tr("\"%1\" was taken as a commenter's name although it reads like "
                                        "comment text.")
                                         .arg(comment.author)});
        }
        document.comments.append(comment);
    }
    return ImportResult::success(std::move(document));
}

} // namespace glossator
