#include "PageCopyImporter.h"

#include "import/CommentSection.h"
#include "import/TextInput.h"
#include "text/TextDecoder.h"

#include <QFileInfo>
#include <QRegularExpression>

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
        for (const QStringView raw : QStringTokenizer(input.text, QLatin1Char('\n'))) {
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
        const auto match = CommentSectionReader::countLinePattern().match(lines.at(i).text);
        if (match.hasMatch()) {
            sectionStart = i;
            const QString digits = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
            document.declaredCommentCount = CommentSectionReader::parseCount(digits);
            break;
        }
    }
    if (sectionStart < 0) {
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (CommentSectionReader::commentHeadingPattern().match(lines.at(i).text).hasMatch()) {
                sectionStart = i;
                break;
            }
        }
    }
    const qsizetype articleEnd = sectionStart < 0 ? lines.size() : sectionStart;

    // A page copied as text seldom marks its title; a headline on the first line is one, as
    // long as some article follows it.
    qsizetype articleStart = 0;
    if (articleEnd > 1 && readsAsHeadline(lines.first().text)) {
        document.article.title = lines.first().text;
        articleStart = 1;
        document.notices.append({ImportNotice::Severity::Info, lines.first().number,
                                 tr("The first line reads as a headline and was taken as the article's title.")});
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
    if (sectionStart < 0)
        return ImportResult::success(std::move(document));

    QList<CommentSectionLine> sectionLines;
    sectionLines.reserve(lines.size() - sectionStart - 1);
    for (qsizetype i = sectionStart + 1; i < lines.size(); ++i) {
        const Line& line = lines.at(i);
        sectionLines.append(CommentSectionLine{line.number, line.text, line.blankBefore, 0, false, std::nullopt});
    }
    CommentSection section =
        CommentSectionReader::read(sectionLines, lines.at(sectionStart).number, document.declaredCommentCount);
    document.comments = std::move(section.comments);
    if (section.chromeLinesLeftOut > 0) {
        document.notices.append({ImportNotice::Severity::Info, 0,
                                 tr("%n line(s) of site chrome (such as \"Login to comment\") left out.", nullptr,
                                    section.chromeLinesLeftOut)});
    }
    document.notices.append(section.notices);
    return ImportResult::success(std::move(document));
}

} // namespace glossator
