#include "MarkdownImporter.h"

#include "import/CommentSection.h"
#include "import/TextInput.h"
#include "text/TextDecoder.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

namespace glossator {

namespace {

constexpr int tabStop = 4;
// Lines longer than this are reported: no article has paragraphs that long, so such a line
// usually means the file is not the article it seems to be.
constexpr qsizetype longLineLength = qsizetype(1) << 16;
// Markdown limits a link label to 999 characters; longer bracketed text is never a reference.
constexpr qsizetype maximumLabelLength = 999;
// A level-1 heading longer than this is a paragraph marked up by mistake, not a title.
constexpr qsizetype maximumTitleLength = 300;
// Evidence that a heading or a line in bold before a comment is its author's name.
constexpr double markupNameEvidence = 4.0;
// A line that continues a paragraph is rarely a name: names stand on a line of their own.
constexpr double continuationEvidence = -2.0;

struct SourceLine {
    int number = 0;
    QString text;
};

// Columns of leading white space, tabs reaching to the next multiple of four.
int indentation(QStringView line)
{
    int columns = 0;
    for (const QChar c : line) {
        if (c == u' ')
            ++columns;
        else if (c == u'\t')
            columns += tabStop - columns % tabStop;
        else
            break;
    }
    return columns;
}

// The line without its first `columns` columns of white space; a tab that reaches past them
// leaves the rest of its width as spaces.
QString stripColumns(const QString& line, int columns)
{
    int column = 0;
    qsizetype i = 0;
    while (i < line.size() && column < columns) {
        const QChar c = line.at(i);
        if (c == u' ') {
            ++column;
            ++i;
        } else if (c == u'\t') {
            const int width = tabStop - column % tabStop;
            if (column + width > columns)
                return QString(column + width - columns, u' ') + line.mid(i + 1);
            column += width;
            ++i;
        } else {
            break;
        }
    }
    return line.mid(i);
}

bool isBlank(QStringView line)
{
    for (const QChar c : line) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

// Level and text of an ATX heading ("## Text ##"), or level 0.
std::pair<int, QString> atxHeading(const QString& line)
{
    const int indent = indentation(line);
    if (indent > 3)
        return {0, {}};
    const QString rest = stripColumns(line, indent);
    int level = 0;
    while (level < rest.size() && level < 7 && rest.at(level) == u'#')
        ++level;
    if (level == 0 || level > 6)
        return {0, {}};
    if (level < rest.size() && rest.at(level) != u' ' && rest.at(level) != u'\t')
        return {0, {}};
    QString text = rest.mid(level).trimmed();
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1) == u'#')
        --end;
    if (end == 0)
        text.clear();
    else if (end < text.size() && (text.at(end - 1) == u' ' || text.at(end - 1) == u'\t'))
        text = text.left(end).trimmed();
    return {level, text};
}

bool isThematicBreak(const QString& line)
{
    if (indentation(line) > 3)
        return false;
    QChar mark;
    int count = 0;
    for (const QChar c : line) {
        if (c == u' ' || c == u'\t')
            continue;
        if (c != u'-' && c != u'*' && c != u'_')
            return false;
        if (count > 0 && c != mark)
            return false;
        mark = c;
        ++count;
    }
    return count >= 3;
}

// 1 for "===", 2 for "---" under a paragraph, else 0.
int setextLevel(const QString& line)
{
    if (indentation(line) > 3)
        return 0;
    const QString text = line.trimmed();
    if (text.isEmpty())
        return 0;
    const QChar mark = text.at(0);
    if (mark != u'=' && mark != u'-')
        return 0;
    for (const QChar c : text) {
        if (c != mark)
            return 0;
    }
    if (mark == u'-' && text.size() < 2)
        return 0;
    return mark == u'=' ? 1 : 2;
}

struct Fence {
    QChar mark;
    int length = 0;
    int indent = 0; // columns before the opening fence
    QString language;
};

std::optional<Fence> openingFence(const QString& line, int maximumIndent = 3)
{
    const int indent = indentation(line);
    if (indent > maximumIndent)
        return std::nullopt;
    const QString rest = stripColumns(line, indent);
    if (rest.isEmpty() || (rest.at(0) != u'`' && rest.at(0) != u'~'))
        return std::nullopt;
    Fence fence;
    fence.mark = rest.at(0);
    fence.indent = indent;
    while (fence.length < rest.size() && rest.at(fence.length) == fence.mark)
        ++fence.length;
    if (fence.length < 3)
        return std::nullopt;
    const QString info = rest.mid(fence.length).trimmed();
    // Backticks in the info string mean this is inline code on a line of its own.
    if (fence.mark == u'`' && info.contains(u'`'))
        return std::nullopt;
    fence.language = info.section(u' ', 0, 0, QString::SectionSkipEmpty);
    if (fence.language.startsWith(u'{'))
        fence.language = fence.language.mid(1).remove(u'}').remove(u'.');
    return fence;
}

bool closesFence(const QString& line, const Fence& fence)
{
    const int indent = indentation(line);
    if (indent > fence.indent + 3)
        return false;
    const QString rest = stripColumns(line, indent).trimmed();
    if (rest.size() < fence.length)
        return false;
    for (const QChar c : rest) {
        if (c != fence.mark)
            return false;
    }
    return true;
}

struct ListMarker {
    int markerColumn = 0;
    int contentColumn = 0;
    bool ordered = false;
    int number = 0;
    QString content;
};

std::optional<ListMarker> listMarker(const QString& line)
{
    const int indent = indentation(line);
    const QString rest = stripColumns(line, indent);
    ListMarker marker;
    marker.markerColumn = indent;
    qsizetype width = 0;
    if (!rest.isEmpty() && (rest.at(0) == u'-' || rest.at(0) == u'*' || rest.at(0) == u'+')) {
        width = 1;
    } else {
        while (width < rest.size() && width < 10 && rest.at(width).isDigit())
            ++width;
        if (width == 0 || width > 9 || width >= rest.size() || (rest.at(width) != u'.' && rest.at(width) != u')'))
            return std::nullopt;
        marker.ordered = true;
        marker.number = rest.left(width).toInt();
        ++width;
    }
    if (width < rest.size() && rest.at(width) != u' ' && rest.at(width) != u'\t')
        return std::nullopt;
    const QString after = rest.mid(width);
    marker.content = after.trimmed();
    const int spaces = indentation(after);
    marker.contentColumn = indent + int(width) + (marker.content.isEmpty() || spaces > 4 ? 1 : spaces);
    return marker;
}

// "[label]: destination 'title'"; the label, normalised, or an empty string.
QString referenceDefinition(const QString& line)
{
    if (line.size() > 4 * maximumLabelLength)
        return {};
    static const QRegularExpression pattern(QStringLiteral(R"re(^ {0,3}\[([^\]]{1,999})\]:\s*\S+(?:\s+.*)?$)re"));
    const QRegularExpressionMatch match = pattern.match(line);
    return match.hasMatch() ? match.captured(1).simplified().toCaseFolded() : QString();
}

// A block as written, before its inline Markdown is turned into plain text.
struct RawBlock {
    Block::Kind kind = Block::Kind::Paragraph;
    int level = 0;
    QString language;
    int line = 0;
    bool blankBefore = false;
    QString source;          // inline Markdown, or the code as it stands
    QList<SourceLine> lines; // a paragraph's lines, which a comment section weighs one by one
};

class BlockParser {
public:
    BlockParser(const QList<SourceLine>& lines, QSet<QString>& references, QList<int>& unclosedFences,
                bool insideQuote = false)
        : m_lines(lines)
        , m_references(references)
        , m_unclosedFences(unclosedFences)
        , m_insideQuote(insideQuote)
    {}

    QList<RawBlock> parse()
    {
        while (m_pos < m_lines.size()) {
            const QString& text = m_lines.at(m_pos).text;
            if (isBlank(text)) {
                m_blankBefore = true;
                ++m_pos;
                continue;
            }
            if (!m_listColumns.isEmpty() && continueList(text))
                continue;
            const int indent = indentation(text);
            if (indent >= 4) {
                parseIndentedCode();
            } else if (const auto fence = openingFence(text)) {
                parseFence(*fence);
            } else if (const auto [level, heading] = atxHeading(text); level > 0) {
                RawBlock block{Block::Kind::Heading, level, {}, m_lines.at(m_pos).number, m_blankBefore, heading, {}};
                ++m_pos;
                add(std::move(block));
            } else if (isThematicBreak(text)) {
                m_listColumns.clear();
                ++m_pos;
                m_blankBefore = true;
            } else if (!m_insideQuote && stripColumns(text, indent).startsWith(u'>')) {
                parseQuote();
            } else if (const auto marker = listMarker(text)) {
                parseListItem(*marker);
            } else {
                parseParagraph();
            }
        }
        return std::move(m_blocks);
    }

private:
    // Lines that end a paragraph without a blank line between.
    bool interruptsParagraph(const QString& line) const
    {
        if (indentation(line) >= 4)
            return false;
        if (openingFence(line) || atxHeading(line).first > 0 || isThematicBreak(line))
            return true;
        if (!m_insideQuote && line.trimmed().startsWith(u'>'))
            return true;
        if (const auto marker = listMarker(line))
            return !marker->content.isEmpty() && (!marker->ordered || marker->number == 1);
        return false;
    }

    // Lines inside an open list item; false when the line ends the list.
    bool continueList(const QString& text)
    {
        if (!isThematicBreak(text) && listMarker(text)) {
            parseListItem(*listMarker(text));
            return true;
        }
        const int indent = indentation(text);
        if (indent < m_listColumns.first()) {
            m_listColumns.clear();
            return false;
        }
        while (m_listColumns.size() > 1 && indent < m_listColumns.last())
            m_listColumns.removeLast();
        const QString inner = stripColumns(text, m_listColumns.last());
        if (auto fence = openingFence(inner)) {
            fence->indent += m_listColumns.last();
            parseFence(*fence);
            return true;
        }
        // A later paragraph of the item: joined to it, since a block holds one item.
        if (!m_blocks.isEmpty() && m_blocks.last().kind == Block::Kind::ListItem)
            m_blocks.last().source += u'\n' + text.trimmed();
        else
            add(RawBlock{Block::Kind::Paragraph, 0, {}, m_lines.at(m_pos).number, m_blankBefore, text.trimmed(), {}});
        ++m_pos;
        m_blankBefore = false;
        return true;
    }

    void parseIndentedCode()
    {
        const int first = m_lines.at(m_pos).number;
        QStringList code;
        while (m_pos < m_lines.size()) {
            const QString& text = m_lines.at(m_pos).text;
            if (!isBlank(text) && indentation(text) < 4)
                break;
            code.append(stripColumns(text, 4));
            ++m_pos;
        }
        bool trailingBlank = false;
        while (!code.isEmpty() && isBlank(code.last())) {
            code.removeLast();
            trailingBlank = true;
        }
        add(RawBlock{Block::Kind::Code, 0, {}, first, m_blankBefore, code.join(u'\n'), {}});
        m_blankBefore = trailingBlank;
    }

    void parseFence(const Fence& fence)
    {
        const int first = m_lines.at(m_pos).number;
        ++m_pos;
        QStringList code;
        bool closed = false;
        while (m_pos < m_lines.size()) {
            const QString& text = m_lines.at(m_pos).text;
            ++m_pos;
            if (closesFence(text, fence)) {
                closed = true;
                break;
            }
            code.append(stripColumns(text, fence.indent));
        }
        if (!closed) {
            m_unclosedFences.append(first);
            while (!code.isEmpty() && isBlank(code.last()))
                code.removeLast();
        }
        add(RawBlock{Block::Kind::Code, 0, fence.language, first, m_blankBefore, code.join(u'\n'), {}});
    }

    void parseQuote()
    {
        QList<SourceLine> inner;
        bool lazyAllowed = false;
        while (m_pos < m_lines.size()) {
            const SourceLine& line = m_lines.at(m_pos);
            const int indent = indentation(line.text);
            if (indent <= 3 && stripColumns(line.text, indent).startsWith(u'>')) {
                // Nested quotes are read as one level: a block has no depth of quoting.
                qsizetype i = 0;
                while (true) {
                    qsizetype spaces = 0;
                    while (i + spaces < line.text.size() && spaces < 4 && line.text.at(i + spaces) == u' ')
                        ++spaces;
                    if (spaces > 3 || i + spaces >= line.text.size() || line.text.at(i + spaces) != u'>')
                        break;
                    i += spaces + 1;
                    if (i < line.text.size() && (line.text.at(i) == u' ' || line.text.at(i) == u'\t'))
                        ++i;
                }
                const QString content = line.text.mid(i);
                inner.append(SourceLine{line.number, content});
                lazyAllowed = !isBlank(content) && !openingFence(content);
                ++m_pos;
                continue;
            }
            if (lazyAllowed && !isBlank(line.text) && !interruptsParagraph(line.text)) {
                inner.append(line);
                ++m_pos;
                continue;
            }
            break;
        }
        QList<RawBlock> blocks = BlockParser(inner, m_references, m_unclosedFences, true).parse();
        bool first = true;
        for (RawBlock& block : blocks) {
            if (block.kind != Block::Kind::Code) {
                block.kind = Block::Kind::Quote;
                block.level = 0;
            }
            if (first)
                block.blankBefore = m_blankBefore;
            first = false;
            add(std::move(block));
        }
    }

    void parseListItem(const ListMarker& marker)
    {
        while (!m_listColumns.isEmpty() && marker.markerColumn < m_listColumns.last())
            m_listColumns.removeLast();
        const int level = int(m_listColumns.size());
        m_listColumns.append(marker.contentColumn);
        const int first = m_lines.at(m_pos).number;
        QStringList parts{marker.content};
        ++m_pos;
        while (m_pos < m_lines.size()) {
            const QString& text = m_lines.at(m_pos).text;
            if (isBlank(text) || (!isThematicBreak(text) && listMarker(text)) || interruptsParagraph(text))
                break;
            parts.append(text.trimmed());
            ++m_pos;
        }
        add(RawBlock{Block::Kind::ListItem, level, {}, first, m_blankBefore, parts.join(u'\n'), {}});
    }

    void parseParagraph()
    {
        RawBlock block{Block::Kind::Paragraph, 0, {}, m_lines.at(m_pos).number, m_blankBefore, {}, {}};
        block.lines.append(SourceLine{m_lines.at(m_pos).number, m_lines.at(m_pos).text.trimmed()});
        ++m_pos;
        int setext = 0;
        while (m_pos < m_lines.size()) {
            const QString& text = m_lines.at(m_pos).text;
            if (isBlank(text))
                break;
            if ((setext = setextLevel(text)) > 0) {
                ++m_pos;
                break;
            }
            if (interruptsParagraph(text))
                break;
            block.lines.append(SourceLine{m_lines.at(m_pos).number, text.trimmed()});
            ++m_pos;
        }
        while (!block.lines.isEmpty()) {
            const QString label = referenceDefinition(block.lines.first().text);
            if (label.isEmpty())
                break;
            m_references.insert(label);
            block.lines.removeFirst();
        }
        if (block.lines.isEmpty())
            return;
        QStringList texts;
        for (SourceLine& line : block.lines) {
            // A backslash at the end of a line is a line break, read here as a space.
            if (line.text.endsWith(u'\\') && !line.text.endsWith(QStringLiteral("\\\\")))
                line.text.chop(1);
            texts.append(line.text);
        }
        block.line = block.lines.first().number;
        block.source = texts.join(u'\n');
        if (setext > 0) {
            block.kind = Block::Kind::Heading;
            block.level = setext;
            block.lines.clear();
        }
        add(std::move(block));
    }

    void add(RawBlock block)
    {
        m_blocks.append(std::move(block));
        m_blankBefore = false;
    }

    const QList<SourceLine>& m_lines;
    QSet<QString>& m_references;
    QList<int>& m_unclosedFences;
    const bool m_insideQuote;
    qsizetype m_pos = 0;
    bool m_blankBefore = true;
    QList<int> m_listColumns; // content columns of the open list items, outermost first
    QList<RawBlock> m_blocks;
};

bool isAsciiPunctuation(QChar c)
{
    return c.unicode() < 128 && (c.isPunct() || c.isSymbol());
}

// Turns inline Markdown into the plain text a reader sees: markers of emphasis and code go,
// links and images leave their text, escapes and entities become the characters they stand
// for. Every step is linear in the text, so that a huge paragraph costs no more than reading it.
class InlineRenderer {
public:
    explicit InlineRenderer(const QSet<QString>& references)
        : m_references(references)
    {}

    QString render(const QString& source)
    {
        m_source = source;
        m_output.clear();
        m_output.reserve(source.size());
        m_delimiters.clear();
        findCodeSpans();
        matchBrackets();
        scan();
        resolveEmphasis();
        return assemble();
    }

private:
    struct Delimiter {
        qsizetype position = 0; // in m_output
        qsizetype length = 0;
        qsizetype remaining = 0;
        QChar mark;
        bool canOpen = false;
        bool canClose = false;
    };

    struct CodeSpan {
        qsizetype contentStart = 0;
        qsizetype contentEnd = 0;
        qsizetype end = 0;
    };

    QChar at(qsizetype i) const { return i >= 0 && i < m_source.size() ? m_source.at(i) : QChar(u' '); }

    bool escapedAt(qsizetype i) const
    {
        qsizetype backslashes = 0;
        while (i - backslashes - 1 >= 0 && m_source.at(i - backslashes - 1) == u'\\')
            ++backslashes;
        return backslashes % 2 == 1;
    }

    // Pairs each run of backticks with the next run of the same length.
    void findCodeSpans()
    {
        m_codeSpans.clear();
        struct Run {
            qsizetype position;
            qsizetype length;
        };
        QList<Run> runs;
        QHash<qsizetype, QList<int>> runsByLength;
        for (qsizetype i = 0; i < m_source.size();) {
            if (m_source.at(i) != u'`') {
                ++i;
                continue;
            }
            qsizetype length = 0;
            while (i + length < m_source.size() && m_source.at(i + length) == u'`')
                ++length;
            runsByLength[length].append(int(runs.size()));
            runs.append(Run{i, length});
            i += length;
        }
        QHash<qsizetype, int> nextOfLength; // index into runsByLength[length] of the next unused run
        qsizetype coveredUntil = 0;
        for (qsizetype r = 0; r < runs.size(); ++r) {
            const Run& run = runs.at(r);
            QList<int>& sameLength = runsByLength[run.length];
            int& next = nextOfLength[run.length];
            while (next < sameLength.size() && sameLength.at(next) <= r)
                ++next;
            if (run.position < coveredUntil || escapedAt(run.position))
                continue;
            if (next >= sameLength.size())
                continue;
            const Run& closing = runs.at(sameLength.at(next));
            ++next;
            m_codeSpans.insert(
                run.position, CodeSpan{run.position + run.length, closing.position, closing.position + closing.length});
            coveredUntil = closing.position + closing.length;
        }
    }

    void matchBrackets()
    {
        m_closingBracket.clear();
        m_closingParenthesis.clear();
        QList<qsizetype> brackets;
        QList<qsizetype> parentheses;
        for (qsizetype i = 0; i < m_source.size(); ++i) {
            if (const auto span = m_codeSpans.constFind(i); span != m_codeSpans.cend()) {
                i = span->end - 1;
                continue;
            }
            const QChar c = m_source.at(i);
            if (c == u'\\') {
                ++i;
            } else if (c == u'[') {
                brackets.append(i);
            } else if (c == u']' && !brackets.isEmpty()) {
                m_closingBracket.insert(brackets.takeLast(), i);
            } else if (c == u'(') {
                parentheses.append(i);
            } else if (c == u')' && !parentheses.isEmpty()) {
                m_closingParenthesis.insert(parentheses.takeLast(), i);
            }
        }
    }

    // Where a link or image that opens at `open` ends, or -1 when the brackets are no link.
    qsizetype linkEnd(qsizetype open) const
    {
        const qsizetype close = m_closingBracket.value(open, -1);
        if (close < 0)
            return -1;
        const qsizetype after = close + 1;
        if (at(after) == u'(' && after < m_source.size())
            return m_closingParenthesis.value(after, -1);
        const auto defined = [this](qsizetype from, qsizetype to) {
            return to - from <= maximumLabelLength &&
                   m_references.contains(m_source.mid(from, to - from).simplified().toCaseFolded());
        };
        if (at(after) == u'[' && after < m_source.size()) {
            const qsizetype labelClose = m_closingBracket.value(after, -1);
            if (labelClose < 0)
                return -1;
            if (labelClose == after + 1)
                return defined(open + 1, close) ? labelClose : -1;
            return defined(after + 1, labelClose) ? labelClose : -1;
        }
        return defined(open + 1, close) ? close : -1;
    }

    // "<https://example.org>" and "<name@example.org>" show their address; HTML tags show nothing.
    qsizetype angleEnd(qsizetype open, bool* isTag) const
    {
        static const QRegularExpression autolink(
            QStringLiteral(R"re(^<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]{0,2048}|[\w.+-]{1,64}@[\w.-]{1,255})>)re"));
        static const QRegularExpression tag(
            QStringLiteral(R"re(^</?[A-Za-z][A-Za-z0-9-]{0,31}(?:\s[^<>\n]{0,1024})?/?>)re"));
        const QChar next = at(open + 1);
        if (!next.isLetter() && next != u'/' && !next.isDigit() && next != u'_')
            return -1;
        // Matched on a copy of the few characters that can matter (neither form holds a second
        // '<'): a match at an offset into the whole text would check all of it each time.
        qsizetype end = open + 1;
        while (end < m_source.size() && end - open < 2100 && m_source.at(end) != u'<')
            ++end;
        const QString window = m_source.mid(open, end - open);
        if (const auto match = autolink.match(window); match.hasMatch()) {
            *isTag = false;
            return open + match.capturedEnd();
        }
        if (const auto match = tag.match(window); match.hasMatch()) {
            *isTag = true;
            return open + match.capturedEnd();
        }
        return -1;
    }

    qsizetype entityEnd(qsizetype open, QString* text) const
    {
        static const QRegularExpression entity(
            QStringLiteral(R"re(^&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|(\w{2,31}));)re"));
        static const QHash<QString, QString> named = {
            {QStringLiteral("amp"), QStringLiteral("&")},    {QStringLiteral("lt"), QStringLiteral("<")},
            {QStringLiteral("gt"), QStringLiteral(">")},     {QStringLiteral("quot"), QStringLiteral("\"")},
            {QStringLiteral("apos"), QStringLiteral("'")},   {QStringLiteral("nbsp"), QStringLiteral(" ")},
            {QStringLiteral("ndash"), QStringLiteral("–")},  {QStringLiteral("mdash"), QStringLiteral("—")},
            {QStringLiteral("hellip"), QStringLiteral("…")}, {QStringLiteral("lsquo"), QStringLiteral("‘")},
            {QStringLiteral("rsquo"), QStringLiteral("’")},  {QStringLiteral("ldquo"), QStringLiteral("“")},
            {QStringLiteral("rdquo"), QStringLiteral("”")},  {QStringLiteral("copy"), QStringLiteral("©")},
            {QStringLiteral("eacute"), QStringLiteral("é")}, {QStringLiteral("euro"), QStringLiteral("€")},
        };
        if (!at(open + 1).isLetterOrNumber() && at(open + 1) != u'#')
            return -1;
        const QRegularExpressionMatch match = entity.match(m_source.mid(open, 40));
        if (!match.hasMatch())
            return -1;
        char32_t code = 0;
        if (match.hasCaptured(1))
            code = match.captured(1).toUInt();
        else if (match.hasCaptured(2))
            code = match.captured(2).toUInt(nullptr, 16);
        else if (named.contains(match.captured(3)))
            *text = named.value(match.captured(3));
        else
            return -1;
        if (code != 0) {
            if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                code = 0xFFFD;
            *text = QString::fromUcs4(&code, 1);
        }
        return open + match.capturedEnd();
    }

    void addDelimiterRun(qsizetype start, qsizetype length)
    {
        const QChar mark = m_source.at(start);
        const QChar before = at(start - 1);
        const QChar after = at(start + length);
        const auto isPunctuation = [](QChar c) {
            return c.isPunct() || c.isSymbol();
        };
        const bool leftFlanking =
            !after.isSpace() && (!isPunctuation(after) || before.isSpace() || isPunctuation(before));
        const bool rightFlanking =
            !before.isSpace() && (!isPunctuation(before) || after.isSpace() || isPunctuation(after));
        Delimiter delimiter;
        delimiter.position = m_output.size();
        delimiter.length = length;
        delimiter.remaining = length;
        delimiter.mark = mark;
        if (mark == u'_') {
            // An underscore inside a word (snake_case) is never emphasis.
            delimiter.canOpen = leftFlanking && (!rightFlanking || isPunctuation(before));
            delimiter.canClose = rightFlanking && (!leftFlanking || isPunctuation(after));
        } else {
            delimiter.canOpen = leftFlanking;
            delimiter.canClose = rightFlanking;
        }
        m_output.append(m_source.mid(start, length));
        if (delimiter.canOpen || delimiter.canClose)
            m_delimiters.append(delimiter);
    }

    void scan()
    {
        QHash<qsizetype, qsizetype> skipAt; // a link's closing bracket -> where its text ends
        const qsizetype size = m_source.size();
        for (qsizetype i = 0; i < size;) {
            if (const auto skip = skipAt.constFind(i); skip != skipAt.cend()) {
                i = skip.value();
                continue;
            }
            if (const auto span = m_codeSpans.constFind(i); span != m_codeSpans.cend()) {
                QString code = m_source.mid(span->contentStart, span->contentEnd - span->contentStart);
                code.replace(u'\n', u' ');
                if (code.size() >= 2 && code.startsWith(u' ') && code.endsWith(u' ') && !isBlank(code))
                    code = code.mid(1, code.size() - 2);
                m_output.append(code);
                i = span->end;
                continue;
            }
            const QChar c = m_source.at(i);
            if (c == u'\\' && i + 1 < size && isAsciiPunctuation(m_source.at(i + 1))) {
                m_output.append(m_source.at(i + 1));
                i += 2;
                continue;
            }
            if (c == u'!' && at(i + 1) == u'[' && i + 1 < size) {
                if (const qsizetype end = linkEnd(i + 1); end >= 0) {
                    skipAt.insert(m_closingBracket.value(i + 1), end + 1);
                    i += 2;
                    continue;
                }
            }
            if (c == u'[') {
                if (const qsizetype end = linkEnd(i); end >= 0) {
                    skipAt.insert(m_closingBracket.value(i), end + 1);
                    ++i;
                    continue;
                }
            }
            if (c == u'<') {
                bool isTag = false;
                if (const qsizetype end = angleEnd(i, &isTag); end >= 0) {
                    if (!isTag)
                        m_output.append(m_source.mid(i + 1, end - i - 2));
                    i = end;
                    continue;
                }
            }
            if (c == u'&') {
                QString text;
                if (const qsizetype end = entityEnd(i, &text); end >= 0) {
                    m_output.append(text);
                    i = end;
                    continue;
                }
            }
            if (c == u'*' || c == u'_' || c == u'~') {
                qsizetype length = 0;
                while (i + length < size && m_source.at(i + length) == c)
                    ++length;
                if (c == u'~' && length != 2)
                    m_output.append(m_source.mid(i, length));
                else
                    addDelimiterRun(i, length);
                i += length;
                continue;
            }
            m_output.append(c);
            ++i;
        }
    }

    // Pairs openers and closers of emphasis. An opener that found no closer is never searched
    // again for that mark, which keeps the pairing linear.
    void resolveEmphasis()
    {
        QList<int> openers;
        std::array<qsizetype, 3> bottom{0, 0, 0};
        const auto markIndex = [](QChar mark) {
            return mark == u'*' ? 0 : mark == u'_' ? 1 : 2;
        };
        for (int d = 0; d < m_delimiters.size(); ++d) {
            Delimiter& closer = m_delimiters[d];
            const int index = markIndex(closer.mark);
            if (closer.canClose) {
                bool matchedAny = false;
                bool matched = true;
                while (closer.remaining > 0 && matched) {
                    matched = false;
                    for (qsizetype k = openers.size() - 1; k >= bottom.at(index); --k) {
                        Delimiter& opener = m_delimiters[openers.at(k)];
                        if (opener.mark != closer.mark || opener.remaining == 0)
                            continue;
                        const qsizetype used =
                            closer.mark == u'~' ? 2 : (opener.remaining >= 2 && closer.remaining >= 2 ? 2 : 1);
                        opener.remaining -= used;
                        closer.remaining -= used;
                        openers.resize(opener.remaining > 0 ? k + 1 : k);
                        for (qsizetype& b : bottom)
                            b = std::min(b, openers.size());
                        matched = true;
                        matchedAny = true;
                        break;
                    }
                }
                if (!matchedAny)
                    bottom[index] = openers.size();
            }
            if (closer.remaining > 0 && closer.canOpen)
                openers.append(d);
        }
    }

    QString assemble() const
    {
        QString text;
        text.reserve(m_output.size());
        qsizetype from = 0;
        for (const Delimiter& delimiter : m_delimiters) {
            text.append(QStringView(m_output).mid(from, delimiter.position - from));
            text.append(QString(delimiter.remaining, delimiter.mark));
            from = delimiter.position + delimiter.length;
        }
        text.append(QStringView(m_output).mid(from));
        text.replace(u'\n', u' ');
        return text.trimmed();
    }

    const QSet<QString>& m_references;
    QString m_source;
    QString m_output;
    QList<Delimiter> m_delimiters;
    QHash<qsizetype, CodeSpan> m_codeSpans;
    QHash<qsizetype, qsizetype> m_closingBracket;
    QHash<qsizetype, qsizetype> m_closingParenthesis;
};

struct FrontMatter {
    QString title;
    QString author;
    QString date;
    int lines = 0; // lines it takes at the start of the file, 0 when there is none
};

// "---", "key: value" lines, "---" at the very start: the metadata of static site generators.
FrontMatter readFrontMatter(const QList<SourceLine>& lines)
{
    FrontMatter front;
    if (lines.size() < 2 || lines.first().text.trimmed() != QStringLiteral("---"))
        return front;
    static const QRegularExpression field(QStringLiteral(R"re(^([A-Za-z_][\w -]{0,40}):\s*(.*)$)re"));
    QHash<QString, QString> values;
    for (qsizetype i = 1; i < lines.size() && i < 200; ++i) {
        const QString& text = lines.at(i).text;
        const QString trimmed = text.trimmed();
        if (trimmed == QStringLiteral("---") || trimmed == QStringLiteral("...")) {
            front.title = values.value(QStringLiteral("title"));
            front.author = values.value(QStringLiteral("author"));
            front.date = values.value(QStringLiteral("date"));
            front.lines = int(i) + 1;
            return front;
        }
        if (trimmed.isEmpty() || text.at(0).isSpace() || trimmed.startsWith(u'-') || trimmed.startsWith(u'#'))
            continue;
        const QRegularExpressionMatch match = field.match(text);
        if (!match.hasMatch())
            return front;
        QString value = match.captured(2).trimmed();
        if (value.size() >= 2 && (value.startsWith(u'"') || value.startsWith(u'\'')) && value.endsWith(value.at(0)))
            value = value.mid(1, value.size() - 2);
        values.insert(match.captured(1).trimmed().toLower(), value);
    }
    return front;
}

struct ByLine {
    QString author;
    QDateTime published;
};

// "By Jane Doe", "By Jane Doe · 12 March 2025", with the date possibly on a line of its own.
std::optional<ByLine> parseByLine(const QStringList& lines)
{
    if (lines.isEmpty() || lines.size() > 2 || lines.first().size() > 200)
        return std::nullopt;
    static const QRegularExpression by(QStringLiteral(R"re(^(?:by|BY|By)\s+(\S.*)$)re"));
    const QRegularExpressionMatch match = by.match(lines.first());
    if (!match.hasMatch())
        return std::nullopt;
    ByLine result;
    QString name = match.captured(1).trimmed();
    static const QRegularExpression separator(QStringLiteral(R"re(\s+[·•|—–]\s+|,\s+)re"));
    const QRegularExpressionMatch split = separator.match(name);
    if (split.hasMatch()) {
        const QDateTime time = parseWrittenTime(name.mid(split.capturedEnd()));
        if (time.isValid()) {
            result.published = time;
            name = name.left(split.capturedStart()).trimmed();
        }
    }
    if (lines.size() == 2) {
        result.published = parseWrittenTime(lines.at(1));
        if (!result.published.isValid())
            return std::nullopt;
    }
    if (name.isEmpty() || name.split(u' ', Qt::SkipEmptyParts).size() > 6 || name.endsWith(u'.'))
        return std::nullopt;
    result.author = name;
    return result;
}

bool isCommentHeading(const QString& text)
{
    return CommentSectionReader::commentHeadingPattern().match(text).hasMatch() ||
           CommentSectionReader::countLinePattern().match(text).hasMatch();
}

// "**Peter14**" or "__Peter14__" alone on a line.
bool isWhollyStrong(const QString& source)
{
    if (source.size() > 200)
        return false;
    static const QRegularExpression strong(QStringLiteral(R"re(^(?:\*\*[^*]+\*\*|__[^_]+__):?$)re"));
    return strong.match(source.trimmed()).hasMatch();
}

} // namespace

QString MarkdownImporter::displayName() const
{
    return tr("Markdown article");
}

QStringList MarkdownImporter::fileSuffixes() const
{
    return {QStringLiteral("md"), QStringLiteral("markdown")};
}

int MarkdownImporter::confidence(const QByteArray& content, const QString& fileName) const
{
    const bool suffixMatches = fileSuffixes().contains(QFileInfo(fileName).suffix().toLower());
    if (content.isEmpty())
        return suffixMatches ? 30 : 0;
    if (TextDecoder::looksBinary(content))
        return 0;
    static const QRegularExpression inlineMarkup(
        QStringLiteral(R"re(\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)|\*\*[^*\n]{1,200}\*\*|`[^`\n]{1,200}`)re"));
    const QString head = TextDecoder::decode(content.left(1 << 16)).text;
    int headings = 0;
    bool fence = false;
    bool list = false;
    bool setext = false;
    bool markup = false;
    QString previous;
    for (const QStringView view : QStringTokenizer(head, QLatin1Char('\n'))) {
        const QString line = view.toString();
        if (atxHeading(line).first > 0 && !atxHeading(line).second.isEmpty())
            ++headings;
        else if (openingFence(line))
            fence = true;
        else if (const auto marker = listMarker(line); marker && !marker->content.isEmpty() && !isThematicBreak(line))
            list = true;
        else if (setextLevel(line) > 0 && !isBlank(previous) && line.trimmed().size() >= 3)
            setext = true;
        if (!markup && line.size() < 4096 && inlineMarkup.match(line).hasMatch())
            markup = true;
        previous = line;
    }
    // A heading is the surest sign; each further kind of markup adds to it. Two kinds of
    // markup outweigh a page copy's ".txt" name, the ".md" name outweighs everything but a
    // format marker of another importer.
    int confidence = suffixMatches ? 60 : 10;
    if (headings > 0)
        confidence += headings > 1 ? 45 : 35;
    if (fence)
        confidence += 20;
    if (list)
        confidence += 10;
    if (setext)
        confidence += 10;
    if (markup)
        confidence += 10;
    return std::min(confidence, suffixMatches ? 95 : 90);
}

QString MarkdownImporter::plainInlineText(const QString& markdown)
{
    const QSet<QString> noReferences;
    return InlineRenderer(noReferences).render(markdown);
}

ImportResult MarkdownImporter::read(const QByteArray& content, const QString& fileName) const
{
    TextInput input = readTextInput(content, fileName);
    if (input.failure)
        return *input.failure;
    Document document = std::move(input.document);
    document.article.title.clear(); // a Markdown title comes from its first heading

    QList<SourceLine> lines;
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
            lines.append(SourceLine{number, raw.toString()});
        });
        if (longLines > 0) {
            document.notices.append({ImportNotice::Severity::Warning, firstLongLine,
                                     tr("%n line(s) of more than %1 characters (the longest has %2); "
                                        "an article rarely has paragraphs that long, so the file may not "
                                        "be what it seems. They were read as they stand.",
                                        nullptr, longLines)
                                         .arg(longLineLength)
                                         .arg(longest)});
        }
    }
    if (std::all_of(lines.cbegin(), lines.cend(), [](const SourceLine& line) { return isBlank(line.text); })) {
        document.article.title = QFileInfo(fileName).completeBaseName();
        document.notices.append({ImportNotice::Severity::Warning, 0, tr("The file holds no text.")});
        return ImportResult::success(std::move(document));
    }

    const FrontMatter front = readFrontMatter(lines);
    if (front.lines > 0)
        lines.remove(0, front.lines);

    QSet<QString> references;
    QList<int> unclosedFences;
    QList<RawBlock> blocks = BlockParser(lines, references, unclosedFences).parse();
    for (const int line : unclosedFences) {
        document.notices.append({ImportNotice::Severity::Warning, line,
                                 tr("The code block opened here is never closed; it was read to the end of "
                                    "the file (or of the quote it is in).")});
    }

    InlineRenderer renderer(references);
    QList<QString> plain;
    plain.reserve(blocks.size());
    for (const RawBlock& block : blocks)
        plain.append(block.kind == Block::Kind::Code ? block.source : renderer.render(block.source));

    qsizetype titleIndex = -1;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        if (blocks.at(i).kind == Block::Kind::Heading && blocks.at(i).level == 1 && !plain.at(i).isEmpty() &&
            plain.at(i).size() <= maximumTitleLength) {
            titleIndex = i;
            break;
        }
    }
    if (titleIndex >= 0) {
        document.article.title = plain.at(titleIndex);
    } else if (!front.title.isEmpty()) {
        document.article.title = front.title;
    } else {
        document.article.title = QFileInfo(fileName).completeBaseName();
        document.notices.append(
            {ImportNotice::Severity::Info, 0, tr("The file has no level-1 heading; its name was taken as the title.")});
    }
    document.article.author = front.author;
    document.article.published = parseWrittenTime(front.date);

    qsizetype bylineIndex = -1;
    if (titleIndex >= 0 && titleIndex + 1 < blocks.size() && blocks.at(titleIndex + 1).kind == Block::Kind::Paragraph) {
        QStringList lineTexts;
        for (const SourceLine& line : blocks.at(titleIndex + 1).lines)
            lineTexts.append(renderer.render(line.text));
        if (const auto byline = parseByLine(lineTexts)) {
            bylineIndex = titleIndex + 1;
            document.article.author = byline->author;
            if (byline->published.isValid())
                document.article.published = byline->published;
        }
    }

    qsizetype sectionIndex = -1;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        if (i != titleIndex && blocks.at(i).kind == Block::Kind::Heading && isCommentHeading(plain.at(i))) {
            sectionIndex = i;
            break;
        }
    }

    const qsizetype articleEnd = sectionIndex < 0 ? blocks.size() : sectionIndex;
    for (qsizetype i = 0; i < articleEnd; ++i) {
        if (i == titleIndex || i == bylineIndex || plain.at(i).isEmpty())
            continue;
        const RawBlock& raw = blocks.at(i);
        document.article.blocks.append(Block{raw.kind, plain.at(i), raw.level, raw.language});
    }
    if (sectionIndex < 0)
        return ImportResult::success(std::move(document));

    const auto countMatch = CommentSectionReader::countLinePattern().match(plain.at(sectionIndex));
    if (countMatch.hasMatch()) {
        document.declaredCommentCount = CommentSectionReader::parseCount(
            countMatch.captured(1).isEmpty() ? countMatch.captured(2) : countMatch.captured(1));
    }

    // Each paragraph line is weighed on its own, since a name and the comment after it are
    // often written without a blank line between; the comment's paragraphs are joined again.
    QList<CommentSectionLine> sectionLines;
    for (qsizetype i = sectionIndex + 1; i < blocks.size(); ++i) {
        const RawBlock& raw = blocks.at(i);
        if (raw.kind == Block::Kind::Paragraph) {
            bool first = true;
            for (const SourceLine& line : raw.lines) {
                const QString text = renderer.render(line.text);
                if (text.isEmpty())
                    continue;
                const double evidence = isWhollyStrong(line.text) ? markupNameEvidence
                                        : first                   ? 0.0
                                                                  : continuationEvidence;
                sectionLines.append(
                    CommentSectionLine{line.number, text, first && raw.blankBefore, evidence, !first, std::nullopt});
                first = false;
            }
            continue;
        }
        if (plain.at(i).isEmpty())
            continue;
        const Block block{raw.kind, plain.at(i), raw.level, raw.language};
        const double evidence = raw.kind == Block::Kind::Heading ? markupNameEvidence : CommentSectionReader::noName;
        sectionLines.append(CommentSectionLine{raw.line, plain.at(i), raw.blankBefore, evidence, false, block});
    }
    CommentSection section = CommentSectionReader::read(std::move(sectionLines), blocks.at(sectionIndex).line,
                                                        document.declaredCommentCount);
    document.comments = std::move(section.comments);
    if (section.chromeLinesLeftOut > 0) {
        document.notices.append({ImportNotice::Severity::Info, 0,
                                 tr("%n line(s) of site chrome (such as \"Reply\") left out of the comments.", nullptr,
                                    section.chromeLinesLeftOut)});
    }
    document.notices.append(section.notices);
    return ImportResult::success(std::move(document));
}

} // namespace glossator
