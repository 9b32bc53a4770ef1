#include "PageCopyImporter.h"

#include "import/CommentSection.h"
#include "import/TextInput.h"
#include "text/TextDecoder.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace glossator {

namespace {

struct Line {
    int number = 0; // 1-based line number in the file
    QString text;   // trimmed
    bool blankBefore = false;
};

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

// Whether the first line of a page reads as the article's headline: short, not written as a
// sentence (no closing full stop, no lead-in colon), and none of the other things that open a
// copied page: a date, an address, a byline, navigation ("Home | News | Sport") or chrome.
bool readsAsHeadline(const QString& line)
{
    static const QRegularExpression sentenceEnd(QStringLiteral(R"re([.:;,。．：；，]["'’”)\]]*$)re"));
    static const QRegularExpression unspacedScript(QStringLiteral(R"re([\p{Han}\p{Hiragana}\p{Katakana}])re"));
    static const QRegularExpression address(QStringLiteral(R"re(https?://|www\.|\.(?:com|org|net)\b)re"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression separator(QStringLiteral(R"re([|›»•·>]|\s/\s)re"));
    static const QRegularExpression pageChrome(
        QStringLiteral(R"re(^(?:skip to (?:main )?content|skip navigation|subscribe now|sign up now)$)re"),
        QRegularExpression::CaseInsensitiveOption);
    constexpr qsizetype longestHeadline = 150;
    constexpr qsizetype mostHeadlineWords = 15;

    if (line.size() > longestHeadline)
        return false;
    const qsizetype words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
    // Chinese and Japanese put no spaces between words; one "word" there is a whole line.
    if (words > mostHeadlineWords || (words < 2 && (line.size() < 4 || !unspacedScript.match(line).hasMatch())))
        return false;
    if (line.at(0).isLower() || sentenceEnd.match(line).hasMatch() || address.match(line).hasMatch())
        return false;
    // One separator may part a headline from the site's name; more are a row of links.
    if (line.count(separator) >= 2 || pageChrome.match(line).hasMatch())
        return false;
    if (CommentSectionReader::isTimestampLine(line) || parseWrittenTime(line).isValid() ||
        CommentSectionReader::isChromeLine(line) || CommentSectionReader::countLinePattern().match(line).hasMatch() ||
        CommentSectionReader::commentHeadingPattern().match(line).hasMatch())
        return false;
    return !parseByline(line);
}

// Count lines, headings, chrome and times are short; most lines of a page are not tried
// against their patterns at all.
constexpr qsizetype shortLine = 64;

bool isShortChrome(const QString& line)
{
    return line.size() <= shortLine && CommentSectionReader::isChromeLine(line);
}

bool isShortTime(const QString& line)
{
    return line.size() <= shortLine && CommentSectionReader::isTimestampLine(line);
}

// A heading over the comments, or a prompt to write one, either of which may open them.
bool opensSection(const QString& line)
{
    return line.size() <= shortLine && (CommentSectionReader::commentHeadingPattern().match(line).hasMatch() ||
                                        CommentSectionReader::isCommentPrompt(line));
}

// What comes after a line that may open the comments, past chrome and times: nothing (a
// section without comments yet), a line that can be a commenter's name with something after
// it, or text, which makes the line a heading of the article ("Discussion") instead.
enum class Opening { Nothing, Name, Text };

Opening openingAfter(const QList<Line>& lines, qsizetype from, qsizetype limit)
{
    qsizetype i = from;
    while (i < limit && (isShortChrome(lines.at(i).text) || isShortTime(lines.at(i).text)))
        ++i;
    if (i >= limit)
        return Opening::Nothing;
    if (i + 1 < limit && CommentSectionReader::authorLikelihood(lines.at(i).text) != CommentSectionReader::noName)
        return Opening::Name;
    return Opening::Text;
}

// Where the form for writing a comment begins: a prompt to comment among the last lines with
// no comment after it. The page's size when there is none.
qsizetype formStart(const QList<Line>& lines)
{
    constexpr qsizetype formLines = 12; // "Leave a reply", a note on privacy, Name, Email, Website, ...
    const qsizetype size = lines.size();
    for (qsizetype i = std::max<qsizetype>(1, size - formLines); i < size; ++i) {
        if (CommentSectionReader::isCommentPrompt(lines.at(i).text) &&
            openingAfter(lines, i + 1, size) != Opening::Name)
            return i;
    }
    return size;
}

// Where a comment section that no line marks begins, searched in [from, limit): the first
// name of a run of names that reaches the end of the page, each name followed by text, and
// enough of them with a time under them, a "Reply" link before them (which closes the comment
// before) or written by somebody who comments again. Article headings, list items and a
// quotation's speaker have the shape of a name too, which is why a name alone is not enough;
// an interview's speakers recur but carry no times or links. -1 when there is no such run.
qsizetype sectionFromShape(const QList<Line>& lines, qsizetype from, qsizetype limit)
{
    constexpr qsizetype longestGap = 30; // lines between two marked names the run may span
    constexpr int fewestComments = 3;
    constexpr int fewestMarked = 2; // comments with a time or a link, not only a recurring name
    if (limit - from < 2 * fewestComments)
        return -1;

    QList<bool> chrome(limit, false);
    QList<bool> time(limit, false);
    QList<bool> name(limit, false);
    QHash<QString, int> names;
    for (qsizetype i = from; i < limit; ++i) {
        const QString& text = lines.at(i).text;
        chrome[i] = isShortChrome(text);
        time[i] = !chrome.at(i) && isShortTime(text);
        name[i] = !chrome.at(i) && !time.at(i) && i + 1 < limit && CommentSectionReader::authorLikelihood(text) > 0;
        if (name.at(i))
            names[text] += 1;
    }
    // A date alone also heads the entries of a timeline in an article; comments are stamped
    // with a time of day or an age ("3 hours ago").
    static const QRegularExpression clockOrAge(QStringLiteral(R"re(\d[:.]\d\d|\bago$|yesterday|today|just now)re"),
                                               QRegularExpression::CaseInsensitiveOption);
    const auto timed = [&](qsizetype i) {
        return i + 2 < limit && time.at(i + 1) && !chrome.at(i + 2) && !time.at(i + 2) &&
               clockOrAge.match(lines.at(i + 1).text).hasMatch();
    };
    // Links under a comment; "Share" and "Like" are under articles and pictures too.
    static const QRegularExpression commentLink(
        QStringLiteral(R"re(^(?:reply|report|flag|permalink|\d[\d,.]*\s+(?:replies|reply|points?|upvotes?|votes?))re"
                       R"re(|(?:view|show|hide)(?: \d+)?(?: more)? repl(?:y|ies))$)re"),
        QRegularExpression::CaseInsensitiveOption);
    const auto afterLink = [&](qsizetype i) {
        return i - 1 >= from && chrome.at(i - 1) && commentLink.match(lines.at(i - 1).text).hasMatch();
    };

    qsizetype start = -1;
    qsizetype next = limit; // the name found last, walking back from the end
    int found = 0;
    int marked = 0;
    QSet<QString> people;
    for (qsizetype i = limit - 1; i >= from && next - i <= longestGap; --i) {
        if (!name.at(i))
            continue;
        const bool hasMark = timed(i) || afterLink(i);
        if (!hasMark && names.value(lines.at(i).text) < 2)
            continue;
        start = i;
        next = i;
        ++found;
        marked += hasMark ? 1 : 0;
        people.insert(lines.at(i).text);
    }
    if (found < fewestComments || marked < fewestMarked || people.size() < 2)
        return -1;
    // Most of the name-like lines in the run must be names by this evidence, or the run is
    // more likely text with a few times in it.
    int nameLike = 0;
    for (qsizetype i = start; i < limit; ++i)
        nameLike += name.at(i) ? 1 : 0;
    if (nameLike > 2 * found)
        return -1;
    // The first comment has no link before it to mark it; the link after it marks where it ends.
    if (afterLink(start)) {
        for (qsizetype i = start - 3; i >= from && start - i <= longestGap; --i) {
            if (name.at(i)) {
                start = i;
                break;
            }
        }
    }
    return start;
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
        if (CommentSectionReader::countLinePattern().match(line.trimmed().toString()).hasMatch()) {
            confidence += 30;
            break;
        }
    }
    return std::min(confidence, 90);
}

double PageCopyImporter::authorLikelihood(const QString& line)
{
    return CommentSectionReader::authorLikelihood(line);
}

ImportResult PageCopyImporter::read(const QByteArray& content, const QString& fileName) const
{
    TextInput input = readTextInput(content, fileName);
    if (input.failure)
        return *input.failure;
    Document document = std::move(input.document);

    QList<Line> lines;
    {
        int number = 0;
        bool blankBefore = false;
        input.forEachLine([&](QStringView raw) {
            ++number;
            QString text = raw.toString();
            text.replace(QChar(0x00A0), QLatin1Char(' '));
            text = text.trimmed();
            if (text.isEmpty()) {
                blankBefore = true;
                return;
            }
            lines.append(Line{number, text, blankBefore});
            blankBefore = false;
        });
    }
    if (lines.isEmpty()) {
        document.notices.append({ImportNotice::Severity::Warning, 0, tr("The file holds no text.")});
        return ImportResult::success(std::move(document));
    }

    // A prompt to comment near the end that no comment follows opens the form for writing
    // one: the page's text ends there.
    const qsizetype limit = formStart(lines);
    const int formLines = int(lines.size() - limit);

    // Where the comment section starts: the count line; else a heading or a prompt to comment
    // that a commenter's name follows; else the shape of the lines after the article.
    qsizetype marker = -1;       // the line that opens the section, if one does
    qsizetype sectionStart = -1; // the section's first line
    for (qsizetype i = 1; i < limit; ++i) {
        if (lines.at(i).text.size() > shortLine)
            continue;
        const auto match = CommentSectionReader::countLinePattern().match(lines.at(i).text);
        // "3 replies" under a comment counts the answers to it, not the page's comments.
        if (match.hasMatch() && !isShortChrome(lines.at(i).text)) {
            marker = i;
            const QString digits = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
            document.declaredCommentCount = CommentSectionReader::parseCount(digits);
            break;
        }
    }
    qsizetype emptySection = -1; // a heading or prompt with nothing after it
    if (marker < 0) {
        for (qsizetype i = 1; i < limit; ++i) {
            if (!opensSection(lines.at(i).text))
                continue;
            const Opening opening = openingAfter(lines, i + 1, limit);
            if (opening == Opening::Name) {
                marker = i;
                break;
            }
            if (opening == Opening::Nothing && emptySection < 0)
                emptySection = i;
        }
    }
    bool fromShape = false;
    if (marker < 0) {
        // The first line stays article even when it is taken as the title below.
        const qsizetype firstArticleLine = lines.size() > 1 && readsAsHeadline(lines.first().text) ? 1 : 0;
        sectionStart = sectionFromShape(lines, firstArticleLine + 1, limit);
        fromShape = sectionStart >= 0;
    }
    if (marker < 0 && sectionStart < 0)
        marker = emptySection;
    std::optional<ImportNotice> howFound;
    if (marker >= 0) {
        sectionStart = marker + 1;
        if (!document.declaredCommentCount) {
            howFound = ImportNotice{ImportNotice::Severity::Info, lines.at(marker).number,
                                    tr("The comment section was found from line %1 (\"%2\").")
                                        .arg(lines.at(marker).number)
                                        .arg(lines.at(marker).text)};
        }
    } else if (fromShape) {
        howFound = ImportNotice{
            ImportNotice::Severity::Info, lines.at(sectionStart).number,
            tr("No line marks the comment section; it was found from the shape of the lines after line %1: "
               "names, each followed by comment text, with times or \"Reply\" links, or names that recur.")
                .arg(lines.at(sectionStart - 1).number)};
    }
    qsizetype articleEnd = marker >= 0 ? marker : (sectionStart >= 0 ? sectionStart : limit);

    // A page copied as text seldom marks its title; a headline on the first line is one, as
    // long as some article follows it.
    qsizetype articleStart = 0;
    if (articleEnd > 1 && readsAsHeadline(lines.first().text)) {
        document.article.title = lines.first().text;
        articleStart = 1;
        document.notices.append({ImportNotice::Severity::Info, lines.first().number,
                                 tr("The first line reads as a headline and was taken as the article's title.")});
    }
    if (howFound)
        document.notices.append(*howFound);
    // Chrome between the article and its comments ("Share", "Sort by newest") belongs to
    // neither.
    int chromeBeforeSection = 0;
    while (sectionStart >= 0 && articleEnd - 1 > articleStart && isShortChrome(lines.at(articleEnd - 1).text)) {
        --articleEnd;
        ++chromeBeforeSection;
    }

    // The article, with its source or byline lines taken out of the paragraphs.
    QStringList paragraphs;
    for (qsizetype i = articleStart; i < articleEnd; ++i) {
        const QString& text = lines.at(i).text;
        const bool nearEdge = i < articleStart + 3 || i >= articleEnd - 2;
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
    const auto noteChrome = [&](int count) {
        if (count > 0) {
            document.notices.append(
                {ImportNotice::Severity::Info, 0,
                 tr("%n line(s) of site chrome (such as \"Login to comment\") left out.", nullptr, count)});
        }
    };
    if (sectionStart < 0) {
        noteChrome(formLines);
        return ImportResult::success(std::move(document));
    }

    QList<CommentSectionLine> sectionLines;
    sectionLines.reserve(limit - sectionStart);
    for (qsizetype i = sectionStart; i < limit; ++i) {
        const Line& line = lines.at(i);
        sectionLines.append(CommentSectionLine{line.number, line.text, line.blankBefore, 0, false, std::nullopt});
    }
    const int headingLine = lines.at(marker >= 0 ? marker : sectionStart).number;
    // The section's lines share their text with these; the list itself is not needed any more.
    lines = QList<Line>();
    CommentSection section =
        CommentSectionReader::read(std::move(sectionLines), headingLine, document.declaredCommentCount);
    document.comments = std::move(section.comments);
    noteChrome(section.chromeLinesLeftOut + formLines + chromeBeforeSection);
    document.notices.append(section.notices);
    return ImportResult::success(std::move(document));
}

} // namespace glossator
