#include "DragnetTextImporter.h"

#include "import/CommentSection.h"
#include "import/TextInput.h"
#include "text/TextDecoder.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace glossator {

namespace {

constexpr int tabStop = 4;
constexpr qsizetype longLineLength = qsizetype(1) << 16;
// Author and header lines are short; longer lines are not tried against their patterns,
// which also keeps a huge line from costing more than one pass.
constexpr qsizetype maximumHeaderLength = 300;
// How far under the title page details (date, author, count, sharing links) are looked for.
constexpr int headerLines = 8;
// A quotation shorter than this says too little to tell which comment it comes from.
constexpr qsizetype minimumQuoteLength = 20;

struct PageLine {
    int number = 0;
    QString text; // trimmed, with no-break spaces read as spaces
    int indent = 0;
};

int indentation(QStringView line)
{
    int columns = 0;
    for (const QChar c : line) {
        if (c == u' ' || c == QChar(0x00A0))
            ++columns;
        else if (c == u'\t')
            columns += tabStop - columns % tabStop;
        else
            break;
    }
    return columns;
}

const QRegularExpression& markerPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"re(^!@#\$%\^&\*\(\)\s*COMMENTS$)re"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// A bullet as pages draw it; the text after it is a list item.
QString bulletItem(const QString& text)
{
    static const QStringList bullets = {QStringLiteral("• "), QStringLiteral("· "), QStringLiteral("◦ "),
                                        QStringLiteral("▪ ")};
    for (const QString& bullet : bullets) {
        if (text.startsWith(bullet))
            return text.mid(bullet.size()).trimmed();
    }
    return {};
}

// Lines of one comment or of the article as blocks: a line indented past the others is a
// quotation (pages indent block quotes), a bulleted line a list item, any other a paragraph.
QList<Block> blocksOf(const QList<PageLine>& lines)
{
    QList<Block> blocks;
    if (lines.isEmpty())
        return blocks;
    int base = lines.first().indent;
    for (const PageLine& line : lines)
        base = std::min(base, line.indent);
    for (const PageLine& line : lines) {
        if (const QString item = bulletItem(line.text); !item.isEmpty())
            blocks.append(Block{Block::Kind::ListItem, item, 0, {}});
        else if (line.indent >= base + tabStop)
            blocks.append(Block{Block::Kind::Quote, line.text, 0, {}});
        else
            blocks.append(Block{Block::Kind::Paragraph, line.text, 0, {}});
    }
    return blocks;
}

// Text compared for quotations: case, spacing and quotation marks do not matter.
QString comparable(const QString& text)
{
    QString result = text.simplified().toCaseFolded();
    static const QRegularExpression marks(QStringLiteral(R"re(["“”‘’'«»]|^\W+|\W+$)re"));
    result.remove(marks);
    return result;
}

struct AuthorLine {
    QString author;
    QString time;
    bool replyMark = false;
    std::optional<int> score;
    bool timeOnNextLine = false; // "Jane says:" with the time on the line after
};

// An author line before the comment: "On October 12, 2012 at 10:52 am Jane said:",
// "Jane said on October 12, 2012:", "Jane on October 12, 2012 said:", "Jane says:".
std::optional<AuthorLine> leadingAuthorLine(const QString& text, const QString& nextText)
{
    if (text.size() > maximumHeaderLength)
        return std::nullopt;
    static const QString time = writtenTimePattern();
    static const QRegularExpression onSaid(
        QStringLiteral(R"re(^(?i:on)\s+(?<time>%1)\s*,?\s+(?<author>\S.{0,79}?)\s+(?i:said|says|wrote)\s*:?$)re")
            .arg(time));
    static const QRegularExpression saidOn(
        QStringLiteral(R"re(^(?<author>\S.{0,79}?)\s+(?i:said|says|wrote)\s+(?i:on)\s+(?<time>%1)\s*:?$)re").arg(time));
    static const QRegularExpression onThenSaid(
        QStringLiteral(R"re(^(?<author>\S.{0,79}?)\s+(?i:on)\s+(?<time>%1)\s+(?i:said|says|wrote)\s*:?$)re").arg(time));
    static const QRegularExpression says(QStringLiteral(R"re(^(?<author>\S.{0,59}?)\s+(?i:says|said|wrote)\s*:$)re"));
    for (const QRegularExpression* pattern : {&onSaid, &saidOn, &onThenSaid}) {
        const QRegularExpressionMatch match = pattern->match(text);
        if (match.hasMatch())
            return AuthorLine{match.captured(u"author").trimmed(), match.captured(u"time"), false, std::nullopt, false};
    }
    // "says:" alone is common in comment text too; only a time on the next line makes it a header.
    if (const QRegularExpressionMatch match = says.match(text);
        match.hasMatch() && nextText.size() <= 100 && parseWrittenTime(nextText).isValid())
        return AuthorLine{match.captured(u"author").trimmed(), nextText, false, std::nullopt, true};
    return std::nullopt;
}

// An author line after the comment: "by Jane on Aug 8, 2012 9:37 AM MST via mobile up 1 recs",
// where "up" links to the comment it answers and "recs" counts recommendations.
std::optional<AuthorLine> trailingAuthorLine(const QString& text)
{
    if (text.size() > maximumHeaderLength)
        return std::nullopt;
    static const QRegularExpression byOn(
        QStringLiteral(R"re(^(?i:by|posted by)\s+(?<author>\S.{0,79}?)\s+(?i:on)\s+(?<time>%1))re"
                       R"re((?:\s+(?i:via)\s+\S.{0,39}?)?(?<up>\s+(?i:up))?(?:\s+(?<recs>\d{1,6})\s+(?i:recs?))?$)re")
            .arg(writtenTimePattern()));
    const QRegularExpressionMatch match = byOn.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    AuthorLine line{match.captured(u"author").trimmed(), match.captured(u"time"), match.hasCaptured(u"up"),
                    std::nullopt, false};
    if (match.hasCaptured(u"recs"))
        line.score = match.captured(u"recs").toInt();
    return line;
}

// One comment while the section is read.
struct Entry {
    Comment comment;
    int line = 0;   // its author line
    int indent = 0; // how far it is indented on the page
    bool replyMark = false;
    QList<PageLine> body;
    int headerIndent = -1; // of an author line before the comment, -1 when there is none
};

struct PageDetails {
    QList<int> lines; // file lines read as details
    QString author;
    QDateTime published;
    std::optional<int> count;
};

bool isSharingChrome(const QString& text)
{
    static const QSet<QString> words = {
        QStringLiteral("tweet"),       QStringLiteral("email"),     QStringLiteral("e-mail"),
        QStringLiteral("print"),       QStringLiteral("printer"),   QStringLiteral("share"),
        QStringLiteral("story-email"), QStringLiteral("facebook"),  QStringLiteral("twitter"),
        QStringLiteral("pin"),         QStringLiteral("pinterest"), QStringLiteral("reddit"),
        QStringLiteral("linkedin"),    QStringLiteral("whatsapp"),  QStringLiteral("like"),
    };
    const QStringList parts = text.toLower().split(u' ', Qt::SkipEmptyParts);
    return !parts.isEmpty() && parts.size() <= 4 &&
           std::all_of(parts.cbegin(), parts.cend(), [](const QString& part) { return words.contains(part); });
}

// Reads one line under the title as a page detail; false when it is article text.
bool readPageDetail(const QString& text, PageDetails& details)
{
    if (text.size() > maximumHeaderLength)
        return false;
    static const QRegularExpression posted(QStringLiteral(
        R"re(^(?i:posted)(?:\s+(?i:on))?\s+(?<time>.+?)(?:\s*[•·|]\s*(?<count>\d[\d,.]*)\s+(?i:comments?|responses?))?$)re"));
    static const QRegularExpression byOn(
        QStringLiteral(R"re((?:^|\s)(?i:by)\s+(?<author>\S.{0,79}?)\s+(?i:on)\s+(?<time>%1)(?:\s+(?i:in)\s+.+)?$)re")
            .arg(writtenTimePattern()));
    static const QRegularExpression by(QStringLiteral(R"re(^(?i:by)\s+(\S.{0,60})$)re"));
    static const QRegularExpression category(
        QStringLiteral(R"re(^(?i:categories|category|tags|tagged|filed under|posted in)\b:?\s+\S.*$)re"));

    if (const QRegularExpressionMatch match = posted.match(text); match.hasMatch()) {
        const QDateTime time = parseWrittenTime(match.captured(u"time"));
        if (time.isValid()) {
            details.published = time;
            if (match.hasCaptured(u"count"))
                details.count = CommentSectionReader::parseCount(match.captured(u"count"));
            return true;
        }
    }
    if (const QRegularExpressionMatch match = byOn.match(text); match.hasMatch()) {
        const QDateTime time = parseWrittenTime(match.captured(u"time"));
        if (time.isValid()) {
            details.author = match.captured(u"author").trimmed();
            details.published = time;
            return true;
        }
    }
    if (const QRegularExpressionMatch match = by.match(text); match.hasMatch() && details.author.isEmpty()) {
        const QString name = match.captured(1).trimmed();
        if (name.split(u' ', Qt::SkipEmptyParts).size() <= 6 && !name.endsWith(u'.')) {
            details.author = name;
            return true;
        }
    }
    if (const QRegularExpressionMatch match = CommentSectionReader::countLinePattern().match(text); match.hasMatch()) {
        details.count =
            CommentSectionReader::parseCount(match.captured(1).isEmpty() ? match.captured(2) : match.captured(1));
        return true;
    }
    return category.match(text).hasMatch() || isSharingChrome(text);
}

QString commentList(const QList<const Entry*>& entries)
{
    QStringList parts;
    for (const Entry* entry : entries)
        parts.append(QCoreApplication::translate("glossator::DragnetTextImporter", "%1 (line %2)")
                         .arg(entry->comment.id)
                         .arg(entry->line));
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString DragnetTextImporter::displayName() const
{
    return tr("Corrected page text (Dragnet)");
}

QStringList DragnetTextImporter::fileSuffixes() const
{
    return {QStringLiteral("corrected.txt")};
}

bool DragnetTextImporter::isMarkerLine(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    return trimmed.size() < 64 && trimmed.startsWith(u'!') && markerPattern().match(trimmed).hasMatch();
}

int DragnetTextImporter::confidence(const QByteArray& content, const QString& fileName) const
{
    Q_UNUSED(fileName)
    if (content.isEmpty() || TextDecoder::looksBinary(content))
        return 0;
    // The marker line is made to occur in no real text; finding it is all the evidence needed.
    // Its symbols are ASCII, so outside UTF-16 their absence from the bytes settles it at once.
    const bool utf16 = content.startsWith("\xFF\xFE") || content.startsWith("\xFE\xFF") || content.count('\0') > 0;
    if (!utf16 && !content.contains("!@#$%^&*()"))
        return 0;
    const QString text = TextDecoder::decode(content).text;
    for (const QStringView line : QStringTokenizer(text, QLatin1Char('\n'))) {
        if (isMarkerLine(line))
            return 98;
    }
    return 0;
}

ImportResult DragnetTextImporter::read(const QByteArray& content, const QString& fileName) const
{
    TextInput input = readTextInput(content, fileName);
    if (input.failure)
        return *input.failure;
    Document document = std::move(input.document);

    QList<PageLine> lines; // every line, blank ones with empty text
    qsizetype marker = -1;
    {
        int number = 0;
        int longLines = 0;
        int firstLongLine = 0;
        qsizetype longest = 0;
        input.forEachLine([&](QStringView raw) {
            ++number;
            if (raw.size() > longLineLength) {
                if (longLines++ == 0)
                    firstLongLine = number;
                longest = std::max(longest, raw.size());
            }
            QString text = raw.toString();
            text.replace(QChar(0x00A0), u' ');
            lines.append(PageLine{number, text.trimmed(), indentation(raw)});
            if (marker < 0 && isMarkerLine(raw))
                marker = lines.size() - 1;
        });
        if (longLines > 0) {
            document.notices.append({ImportNotice::Severity::Warning, firstLongLine,
                                     tr("%n line(s) of more than %1 characters (the longest has %2); "
                                        "a page rarely has paragraphs that long, so the file may not be "
                                        "what it seems. They were read as they stand.",
                                        nullptr, longLines)
                                         .arg(longLineLength)
                                         .arg(longest)});
        }
    }
    if (std::all_of(lines.cbegin(), lines.cend(), [](const PageLine& line) { return line.text.isEmpty(); })) {
        document.notices.append({ImportNotice::Severity::Warning, 0, tr("The file holds no text.")});
        return ImportResult::success(std::move(document));
    }
    if (marker < 0) {
        document.notices.append({ImportNotice::Severity::Warning, 0,
                                 tr("The line \"!@#$%^&*()  COMMENTS\" that starts the comments was not found; "
                                    "the whole file was read as the article.")});
    }

    // The article. Some corrected texts hold it twice, a first partial copy followed by the
    // whole; the copy that holds the other is kept.
    QList<PageLine> article;
    for (qsizetype i = 0; i < (marker < 0 ? lines.size() : marker); ++i) {
        if (!lines.at(i).text.isEmpty())
            article.append(lines.at(i));
    }
    for (qsizetype k = 1; k < article.size(); ++k) {
        if (article.at(k).text != article.first().text)
            continue;
        const qsizetype shorter = std::min(k, article.size() - k);
        bool same = shorter >= 3;
        for (qsizetype j = 0; same && j < shorter; ++j)
            same = article.at(j).text == article.at(k + j).text;
        if (!same)
            continue;
        const int firstLine = article.first().number;
        const int secondLine = article.at(k).number;
        if (article.size() - k >= k) {
            article = article.mid(k);
            document.notices.append({ImportNotice::Severity::Info, secondLine,
                                     tr("The article appears twice, from line %1 and again from line %2; the "
                                        "second copy holds all of the first and was kept.")
                                         .arg(firstLine)
                                         .arg(secondLine)});
        } else {
            article = article.mid(0, k);
            document.notices.append({ImportNotice::Severity::Info, secondLine,
                                     tr("The article appears twice, from line %1 and again from line %2; the "
                                        "first copy holds all of the second and was kept.")
                                         .arg(firstLine)
                                         .arg(secondLine)});
        }
        break;
    }
    if (!article.isEmpty() && article.first().text.size() > maximumHeaderLength) {
        document.notices.append({ImportNotice::Severity::Warning, article.first().number,
                                 tr("The first line is too long to be a title; the file's name was taken as the "
                                    "title and the line kept as the article's first paragraph.")});
    } else if (!article.isEmpty()) {
        document.article.title = article.takeFirst().text;
        PageDetails details;
        while (!article.isEmpty() && details.lines.size() < headerLines &&
               readPageDetail(article.first().text, details))
            details.lines.append(article.takeFirst().number);
        if (!details.lines.isEmpty()) {
            document.article.author = details.author;
            document.article.published = details.published;
            document.declaredCommentCount = details.count;
            document.notices.append({ImportNotice::Severity::Info, details.lines.first(),
                                     tr("%n line(s) under the title were read as page details (date, author, "
                                        "comment count, categories, sharing links), not as article text.",
                                        nullptr, int(details.lines.size()))});
        }
    }
    document.article.blocks = blocksOf(article);
    if (marker < 0)
        return ImportResult::success(std::move(document));

    // The comment section: find the author lines, before or after each comment.
    const QList<PageLine> section = lines.mid(marker + 1);
    const int markerLine = lines.at(marker).number;
    QList<qsizetype> nonBlank;
    for (qsizetype i = 0; i < section.size(); ++i) {
        if (!section.at(i).text.isEmpty())
            nonBlank.append(i);
    }
    if (nonBlank.isEmpty()) {
        document.notices.append(
            {ImportNotice::Severity::Warning, markerLine, tr("Nothing follows the comments line: no comments.")});
        return ImportResult::success(std::move(document));
    }
    QHash<qsizetype, AuthorLine> leading;
    QHash<qsizetype, AuthorLine> trailing;
    for (qsizetype n = 0; n < nonBlank.size(); ++n) {
        const PageLine& line = section.at(nonBlank.at(n));
        const QString next = n + 1 < nonBlank.size() ? section.at(nonBlank.at(n + 1)).text : QString();
        if (const auto header = leadingAuthorLine(line.text, next))
            leading.insert(nonBlank.at(n), *header);
        else if (const auto byline = trailingAuthorLine(line.text))
            trailing.insert(nonBlank.at(n), *byline);
    }

    QList<Entry> entries;
    const auto startEntry = [&](const PageLine& line, const AuthorLine& author) {
        Entry entry;
        entry.comment.id = QStringLiteral("c%1").arg(entries.size() + 1);
        entry.line = line.number;
        entry.indent = line.indent;
        entry.replyMark = author.replyMark;
        entry.comment.author = author.author;
        entry.comment.publishedText = author.time;
        entry.comment.published = parseWrittenTime(author.time);
        entry.comment.score = author.score;
        if (!entry.comment.published.isValid()) {
            document.notices.append(
                {ImportNotice::Severity::Info, line.number,
                 tr("The time \"%1\" could not be read as a date; it is kept as written.").arg(author.time)});
        }
        return entry;
    };

    if (leading.isEmpty() && trailing.isEmpty()) {
        // No author line of a known shape: fall back on telling names by their shape alone.
        document.notices.append({ImportNotice::Severity::Warning, markerLine,
                                 tr("No author lines such as \"On … Jane said:\" or \"by Jane on …\" were found; "
                                    "commenters' names were told from the shape of the lines, as in a page "
                                    "copied as text.")});
        QList<CommentSectionLine> plain;
        bool blankBefore = false;
        for (const PageLine& line : section) {
            if (line.text.isEmpty()) {
                blankBefore = true;
                continue;
            }
            plain.append(CommentSectionLine{line.number, line.text, blankBefore, 0, false, std::nullopt});
            blankBefore = false;
        }
        if (plain.size() == 1) {
            // One line is no name and a comment; it is kept as a comment by nobody known.
            Comment comment;
            comment.id = QStringLiteral("c1");
            comment.blocks = {Block{Block::Kind::Paragraph, plain.first().text, 0, {}}};
            document.comments.append(comment);
            document.notices.append({ImportNotice::Severity::Warning, plain.first().number,
                                     tr("The comment section holds one line; it was read as a comment whose "
                                        "author is not known.")});
            return ImportResult::success(std::move(document));
        }
        CommentSection read = CommentSectionReader::read(std::move(plain), markerLine, document.declaredCommentCount);
        document.comments = std::move(read.comments);
        if (read.chromeLinesLeftOut > 0) {
            document.notices.append({ImportNotice::Severity::Info, 0,
                                     tr("%n line(s) of site chrome (such as \"Reply\") left out of the comments.",
                                        nullptr, read.chromeLinesLeftOut)});
        }
        document.notices.append(read.notices);
        return ImportResult::success(std::move(document));
    }

    if (leading.size() >= trailing.size()) {
        QList<qsizetype> anchors = leading.keys();
        std::sort(anchors.begin(), anchors.end());
        QList<int> unread;
        for (qsizetype i = 0; i < anchors.first(); ++i) {
            if (!section.at(i).text.isEmpty())
                unread.append(section.at(i).number);
        }
        if (!unread.isEmpty()) {
            document.notices.append({ImportNotice::Severity::Warning, unread.first(),
                                     tr("%n line(s) before the first author line belong to no comment and were "
                                        "left out.",
                                        nullptr, int(unread.size()))});
        }
        for (qsizetype a = 0; a < anchors.size(); ++a) {
            const AuthorLine& author = leading.value(anchors.at(a));
            Entry entry = startEntry(section.at(anchors.at(a)), author);
            entry.headerIndent = section.at(anchors.at(a)).indent;
            const qsizetype end = a + 1 < anchors.size() ? anchors.at(a + 1) : section.size();
            bool skipTimeLine = author.timeOnNextLine;
            for (qsizetype i = anchors.at(a) + 1; i < end; ++i) {
                if (section.at(i).text.isEmpty())
                    continue;
                if (skipTimeLine) {
                    skipTimeLine = false;
                    continue;
                }
                entry.body.append(section.at(i));
            }
            // The text's indentation is the page's; an author line copied at the margin is not.
            if (!entry.body.isEmpty()) {
                entry.indent = entry.body.first().indent;
                const auto outdented = std::find_if(entry.body.cbegin(), entry.body.cend(),
                                                    [&](const PageLine& line) { return line.indent < entry.indent; });
                if (outdented != entry.body.cend()) {
                    document.notices.append({ImportNotice::Severity::Warning, outdented->number,
                                             tr("This line is indented less than the rest of %1 by %2; it was "
                                                "kept as part of that comment.")
                                                 .arg(entry.comment.id, entry.comment.author)});
                }
            }
            entries.append(entry);
        }
    } else {
        QList<qsizetype> anchors = trailing.keys();
        std::sort(anchors.begin(), anchors.end());
        qsizetype start = 0;
        for (const qsizetype anchor : anchors) {
            Entry entry = startEntry(section.at(anchor), trailing.value(anchor));
            for (qsizetype i = start; i < anchor; ++i) {
                if (!section.at(i).text.isEmpty())
                    entry.body.append(section.at(i));
            }
            if (entry.body.isEmpty()) {
                document.notices.append(
                    {ImportNotice::Severity::Warning, entry.line,
                     tr("The comment by %1 has no text before its author line.").arg(entry.comment.author)});
            }
            entries.append(entry);
            start = anchor + 1;
        }
        QList<PageLine> rest;
        for (qsizetype i = start; i < section.size(); ++i) {
            if (!section.at(i).text.isEmpty())
                rest.append(section.at(i));
        }
        if (!rest.isEmpty()) {
            Entry entry;
            entry.line = rest.first().number;
            entry.indent = rest.first().indent;
            entry.body = rest;
            document.notices.append({ImportNotice::Severity::Warning, entry.line,
                                     tr("%n line(s) after the last author line (up to line %1) were read as a "
                                        "comment whose author is not known.",
                                        nullptr, int(rest.size()))
                                         .arg(rest.last().number)});
            entries.append(entry);
        }
    }

    for (qsizetype i = 0; i < entries.size(); ++i) {
        entries[i].comment.id = QStringLiteral("c%1").arg(i + 1);
        entries[i].comment.blocks = blocksOf(entries.at(i).body);
    }

    // Signatures: closing lines that every comment of one author ends with are the site's
    // signature feature, not what the author said in that comment.
    {
        QHash<QString, QList<qsizetype>> byAuthor;
        QStringList order;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QString& author = entries.at(i).comment.author;
            if (author.isEmpty())
                continue;
            if (!byAuthor.contains(author))
                order.append(author);
            byAuthor[author].append(i);
        }
        for (const QString& author : order) {
            const QList<qsizetype>& mine = byAuthor.value(author);
            if (mine.size() < 2)
                continue;
            qsizetype common = 0;
            while (true) {
                bool extends = true;
                const QList<Block>& first = entries.at(mine.first()).comment.blocks;
                for (const qsizetype index : mine) {
                    const QList<Block>& blocks = entries.at(index).comment.blocks;
                    // Every comment must keep some text of its own.
                    if (blocks.size() <= common + 1 ||
                        blocks.at(blocks.size() - 1 - common) != first.at(first.size() - 1 - common)) {
                        extends = false;
                        break;
                    }
                }
                if (!extends)
                    break;
                ++common;
            }
            if (common == 0)
                continue;
            const QList<Block>& first = entries.at(mine.first()).comment.blocks;
            QStringList signature;
            for (qsizetype j = first.size() - common; j < first.size(); ++j)
                signature.append(first.at(j).text);
            for (const qsizetype index : mine)
                entries[index].comment.blocks.resize(entries.at(index).comment.blocks.size() - common);
            document.notices.append({ImportNotice::Severity::Info, entries.at(mine.first()).line,
                                     tr("All %1 comments by %2 end with the same %n line(s) (\"%3\"); they were "
                                        "read as the author's signature and left out of the comments.",
                                        nullptr, int(common))
                                         .arg(mine.size())
                                         .arg(author, signature.join(QStringLiteral(" / ")))});
        }
    }

    // The reply structure: by indentation where the page shows it, else by the reply marks.
    QList<int> indents;
    for (const Entry& entry : entries) {
        if (!indents.contains(entry.indent))
            indents.append(entry.indent);
    }
    std::sort(indents.begin(), indents.end());
    const bool anyReplyMark = std::any_of(entries.cbegin(), entries.cend(), [](const Entry& e) { return e.replyMark; });
    if (indents.size() > 1) {
        // The indentation of one reply level: the step seen most often from a comment to the
        // reply after it (a stray odd indentation elsewhere does not change it).
        QHash<int, int> steps;
        for (qsizetype i = 1; i < entries.size(); ++i) {
            if (entries.at(i).indent > entries.at(i - 1).indent)
                steps[entries.at(i).indent - entries.at(i - 1).indent] += 1;
        }
        int unit = tabStop;
        int seen = 0;
        for (auto step = steps.cbegin(); step != steps.cend(); ++step) {
            if (step.value() > seen || (step.value() == seen && step.key() < unit)) {
                unit = step.key();
                seen = step.value();
            }
        }
        const int base = indents.first();
        QList<qsizetype> path; // the comments from the top level down to the one before
        for (qsizetype k = 0; k < entries.size(); ++k) {
            Entry& entry = entries[k];
            const double levels = double(entry.indent - base) / unit;
            qsizetype depth = qsizetype(std::lround(levels));
            if (levels != double(depth)) {
                document.notices.append({ImportNotice::Severity::Warning, entry.line,
                                         tr("The comment by %1 is indented %2 spaces, between two reply levels; it "
                                            "was read as %3 level(s) deep.")
                                             .arg(entry.comment.author)
                                             .arg(entry.indent - base)
                                             .arg(depth)});
            }
            if (depth > path.size()) {
                document.notices.append(
                    {ImportNotice::Severity::Warning, entry.line,
                     tr("The comment by %1 is indented %2 level(s) deeper than the comment before it; it was read "
                        "as a reply to that comment.")
                         .arg(entry.comment.author)
                         .arg(depth - path.size() + 1)});
                depth = path.size();
            }
            if (entry.headerIndent >= 0 && !entry.body.isEmpty() && entry.headerIndent != entry.indent) {
                document.notices.append({ImportNotice::Severity::Info, entry.line,
                                         tr("The author line of %1 is indented differently from the comment's "
                                            "text; the text's indentation was taken as the reply level.")
                                             .arg(entry.comment.id)});
            }
            path.resize(depth);
            if (!path.isEmpty())
                entry.comment.parentId = entries.at(path.last()).comment.id;
            path.append(k);
        }
    } else if (anyReplyMark) {
        // The page says that a comment answers another but not which one. Comments are shown
        // depth-first with replies in time order, so a reply answers the comment before it or
        // one of that comment's ancestors; a time earlier than the comment before rules the
        // nearer ones out, and a quotation of one points to it. Otherwise the reply is taken
        // to answer the comment right before it, as conversations run.
        QList<qsizetype> path;
        QList<const Entry*> guessed;
        const auto reportGuesses = [&]() {
            if (guessed.isEmpty())
                return;
            document.notices.append({ImportNotice::Severity::Info, guessed.first()->line,
                                     tr("%n comment(s) marked as a reply (%1): the page text does not show which "
                                        "comment each answers; each was read as a reply to the comment before "
                                        "it, or to an earlier one where its time or a quotation said so.",
                                        nullptr, int(guessed.size()))
                                         .arg(commentList(guessed))});
            guessed.clear();
        };
        for (qsizetype k = 0; k < entries.size(); ++k) {
            Entry& entry = entries[k];
            if (!entry.replyMark) {
                reportGuesses();
                path = {k};
                continue;
            }
            if (path.isEmpty()) {
                document.notices.append({ImportNotice::Severity::Warning, entry.line,
                                         tr("%1 is marked as a reply but no comment comes before it; it was read "
                                            "as a comment of its own.")
                                             .arg(entry.comment.id)});
                path = {k};
                continue;
            }
            const QDateTime& time = entry.comment.published;
            const auto notBefore = [&](qsizetype other) {
                const QDateTime& otherTime = entries.at(other).comment.published;
                return !time.isValid() || !otherTime.isValid() || time >= otherTime;
            };
            QList<qsizetype> options; // positions in path, deepest first
            const qsizetype last = path.size() - 1;
            for (qsizetype j = last; j >= 0; --j) {
                if (notBefore(j == last ? path.at(last) : path.at(j + 1)))
                    options.append(j);
            }
            bool timesContradict = false;
            if (options.isEmpty()) {
                options.append(0);
                timesContradict = true;
            }
            qsizetype chosen = options.first();
            bool quoted = false;
            QStringList quotations;
            for (const Block& block : entry.comment.blocks) {
                if (block.kind == Block::Kind::Quote && comparable(block.text).size() >= minimumQuoteLength)
                    quotations.append(comparable(block.text));
            }
            for (const qsizetype option : std::as_const(options)) {
                const QString text = comparable(plainText(entries.at(path.at(option)).comment.blocks));
                if (std::any_of(quotations.cbegin(), quotations.cend(),
                                [&](const QString& quotation) { return text.contains(quotation); })) {
                    chosen = option;
                    quoted = true;
                    break;
                }
            }
            const Entry& parent = entries.at(path.at(chosen));
            entry.comment.parentId = parent.comment.id;
            if (quoted) {
                document.notices.append(
                    {ImportNotice::Severity::Info, entry.line,
                     tr("%1 quotes %2 and was read as a reply to it.").arg(entry.comment.id, parent.comment.id)});
            } else if (timesContradict) {
                document.notices.append({ImportNotice::Severity::Warning, entry.line,
                                         tr("%1 is marked as a reply but is older than the comments it could "
                                            "answer; it was read as a reply to %2, which opens its thread.")
                                             .arg(entry.comment.id, parent.comment.id)});
            } else if (options.size() > 1) {
                guessed.append(&entry);
            }
            path.resize(chosen + 1);
            path.append(k);
        }
        reportGuesses();
    }

    if (document.declaredCommentCount && *document.declaredCommentCount != entries.size()) {
        document.notices.append({ImportNotice::Severity::Warning, markerLine,
                                 tr("The page declares %1 comments but %2 were found.")
                                     .arg(*document.declaredCommentCount)
                                     .arg(entries.size())});
    }
    for (Entry& entry : entries)
        document.comments.append(std::move(entry.comment));
    return ImportResult::success(std::move(document));
}

} // namespace glossator
