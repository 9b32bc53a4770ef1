#include "ReportBuilder.h"

#include "export/ReportStyle.h"
#include "text/CodeHighlighter.h"

#include <QLocale>
#include <QMap>

#include <algorithm>
#include <climits>

namespace glossator::report {

namespace {

// A date without a time of day is read in as midnight; it is shown as the date it names, not moved
// into another day by the time zone.
QString when(const QDateTime& time, QLocale::FormatType format)
{
    if (time.time() == QTime(0, 0))
        return QLocale().toString(time.date(), format);
    return QLocale().toString(time.toLocalTime(), format);
}

} // namespace

struct ReportBuilder::Passage {
    const Annotation* annotation = nullptr;
    int start = 0;
    int end = 0;
    int lane = 0;
    int number = 0;
    QColor color;
    int label = -1;
    int footnote = -1;
};

ReportBuilder::ReportBuilder(const ExportData& data, const ExportOptions& options, Layout& layout)
    : m_data(data)
    , m_options(options)
    , m_layout(layout)
    , m_style(pageStyle())
{
    for (const TagUsage& usage : data.tags)
        ++m_nameUses[usage.tag.name];
}

PageStyle ReportBuilder::pageStyle()
{
    PageStyle style;
    style.header = makeFont(Family::Sans, 7.5);
    style.footer = makeFont(Family::Sans, 7.5);
    style.label = makeFont(Family::Sans, 6.5);
    style.footnote = makeFont(Family::Serif, 7.5);
    style.footerFormat = tr("Page %1 of %2");
    return style;
}

void ReportBuilder::add(Item item)
{
    m_body.push_back(std::move(item));
}

void ReportBuilder::mark(const QString& title, int level, bool inContents)
{
    m_marks.append(Mark{title, level, inContents});
    add(OutlineMark{title, level});
}

void ReportBuilder::heading(const QString& text, int level, Column column)
{
    Paragraph p;
    p.text = text;
    p.column = column;
    p.keepWithNext = true;
    switch (level) {
    case 1:
        p.font = fontFor(Family::Sans, 15, QFont::Bold);
        p.spaceAfter = pt(6);
        break;
    case 2:
        p.font = fontFor(Family::Sans, 11.5, QFont::Bold);
        p.spaceBefore = pt(14);
        p.spaceAfter = pt(4);
        break;
    default:
        p.font = fontFor(Family::Sans, 10, QFont::Bold);
        p.spaceBefore = pt(9);
        p.spaceAfter = pt(3);
        break;
    }
    add(std::move(p));
}

QString ReportBuilder::tagName(qint64 id) const
{
    const std::optional<Tag> tag = m_data.tag(id);
    if (!tag)
        return tr("(tag %1)").arg(id);
    return m_nameUses.value(tag->name) > 1 ? m_data.tagPath(id) : tag->name;
}

QColor ReportBuilder::tagColor(qint64 id) const
{
    const std::optional<Tag> tag = m_data.tag(id);
    return validColor(tag ? tag->color : QColor());
}

QFont ReportBuilder::fontFor(Family family, qreal points, QFont::Weight weight, bool italic)
{
    // One font object per style, shared by every paragraph that uses it.
    const QString key = QStringLiteral("%1/%2/%3/%4").arg(int(family)).arg(points).arg(int(weight)).arg(italic);
    auto it = m_fonts.find(key);
    if (it == m_fonts.end())
        it = m_fonts.insert(key, makeFont(family, points, weight, italic));
    return *it;
}

QTextCharFormat ReportBuilder::format(Style style, const QColor& color)
{
    // Formats are shared, not made afresh for every passage: a report of thousands of comments
    // would otherwise hold as many copies of a handful of formats.
    const quint64 key = quint64(style) << 32 | color.rgba();
    auto it = m_formats.find(key);
    if (it != m_formats.end())
        return *it;
    QTextCharFormat f;
    switch (style) {
    case Style::Bold:
        f.setFontWeight(QFont::Bold);
        break;
    case Style::Color:
        f.setForeground(color);
        break;
    case Style::Tint:
        f.setBackground(color);
        break;
    case Style::Background:
        f.setBackground(color);
        f.setForeground(QColor(Qt::black));
        break;
    case Style::Marker:
        f.setForeground(color);
        f.setFontWeight(QFont::Bold);
        break;
    case Style::Raised:
        f.setForeground(color);
        f.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
        break;
    case Style::Italic:
        f.setForeground(color);
        f.setFontItalic(true);
        break;
    }
    return *m_formats.insert(key, f);
}

QString ReportBuilder::commentTime(const Comment& comment) const
{
    if (comment.published.isValid())
        return when(comment.published, QLocale::ShortFormat);
    return comment.publishedText;
}

QString ReportBuilder::authorOf(const Comment& comment) const
{
    return comment.author.isEmpty() ? tr("(no author)") : comment.author;
}

void ReportBuilder::build()
{
    for (const ExportDocument& document : m_data.documents)
        buildDocument(document);
    buildSummary();
    buildSegments();

    // The title page comes first but lists what follows, so it is made last.
    Layout::Items body = std::move(m_body);
    m_body = {};
    buildTitlePage();
    const int titleItems = int(m_body.size());
    for (Item& item : body) {
        // Rows name their table's header by position, which moves by the title page's length.
        if (auto* row = std::get_if<Row>(&item); row && row->header >= 0)
            row->header += titleItems;
    }
    while (!m_body.empty()) {
        body.push_front(std::move(m_body.back()));
        m_body.pop_back();
    }
    m_layout.setItems(std::move(body));
}

void ReportBuilder::buildTitlePage()
{
    const QString project = m_data.projectName.isEmpty() ? tr("Untitled project") : m_data.projectName;
    add(RunningHeader{project, tr("Annotated report")});

    Paragraph title;
    title.text = project;
    title.font = fontFor(Family::Sans, 22, QFont::Bold);
    title.column = Column::Wide;
    title.spaceAfter = pt(2);
    add(std::move(title));
    Paragraph subtitle;
    subtitle.text = tr("Annotated report");
    subtitle.font = fontFor(Family::Sans, 12);
    subtitle.color = grey;
    subtitle.column = Column::Wide;
    subtitle.spaceAfter = pt(10);
    add(std::move(subtitle));

    const qreal width = m_layout.columnWidth(Column::Wide);
    const qreal keyWidth = mm(32);
    const QFont keyFont = fontFor(Family::Sans, 8);
    const QFont valueFont = fontFor(Family::Sans, 8.5);
    const auto field = [&](const QString& key, const QString& value) {
        if (value.trimmed().isEmpty())
            return;
        Row row;
        row.padding = pt(1.5);
        Cell k;
        k.width = keyWidth - mm(2);
        k.text = key;
        k.font = keyFont;
        k.color = grey;
        Cell v;
        v.x = keyWidth;
        v.width = width - keyWidth;
        v.text = value;
        v.font = valueFont;
        row.cells = {k, v};
        add(std::move(row));
    };

    heading(tr("%n document(s)", nullptr, int(m_data.documents.size())), 2, Column::Wide);
    for (const ExportDocument& document : m_data.documents) {
        const Article& article = document.document().article;
        Paragraph name;
        name.text = article.title.isEmpty() ? tr("(untitled article)") : article.title;
        name.font = fontFor(Family::Serif, 11.5, QFont::Bold);
        name.column = Column::Wide;
        name.spaceBefore = pt(6);
        name.spaceAfter = pt(2);
        name.keepWithNext = true;
        add(std::move(name));
        field(tr("Source"), article.source);
        field(tr("Author"), article.author);
        if (article.published.isValid())
            field(tr("Published"), when(article.published, QLocale::LongFormat));
        field(tr("URL"), article.url);
        field(tr("Original file"), document.provenance.fileName);
        if (document.provenance.importedAt.isValid())
            field(tr("Imported"),
                  QLocale().toString(document.provenance.importedAt.toLocalTime(), QLocale::LongFormat));
        field(tr("Comments"), QLocale().toString(int(document.document().comments.size())));
        field(tr("Annotations"), QLocale().toString(int(document.annotations.size())));
    }

    heading(tr("This export"), 2, Column::Wide);
    field(tr("Coders"), m_data.coders.isEmpty() ? tr("none named") : m_data.coders.join(QStringLiteral(", ")));
    field(tr("Exported"), QLocale().toString(m_data.exportedAt, QLocale::LongFormat));
    field(tr("Comments shown"), m_options.onlyTaggedComments
                                    ? tr("only comments with annotations, and the comments they reply to as context")
                                    : tr("all comments"));
    if (m_options.tagIds.isEmpty()) {
        field(tr("Tags"), tr("all tags"));
    } else {
        QStringList chosen;
        for (qint64 id : m_options.tagIds)
            chosen.append(m_data.tagPath(id));
        field(tr("Tags"), tr("only %1, with their sub-tags").arg(chosen.join(QStringLiteral(", "))));
    }
    field(tr("Page size"), m_options.pageSize.name());
    field(tr("Reading the report"),
          tr("Highlighted passages end with a raised number; the same number in the right margin names the "
             "passage's tags, and at the foot of the page gives its note. Overlapping passages are underlined in "
             "separate lines."));

    heading(tr("Contents"), 2, Column::Wide);
    for (int i = 0; i < m_marks.size(); ++i) {
        if (!m_marks[i].inContents)
            continue;
        Row row;
        row.padding = pt(1.5);
        Cell name;
        name.indent = mm(5) * m_marks[i].level;
        name.width = width - mm(20);
        name.text = m_marks[i].title;
        name.font =
            fontFor(Family::Sans, m_marks[i].level == 0 ? 9 : 8.5, m_marks[i].level == 0 ? QFont::Bold : QFont::Normal);
        Cell page;
        page.x = width - mm(15);
        page.width = mm(15);
        page.font = name.font;
        page.alignment = Qt::AlignRight;
        page.outlinePage = i;
        row.cells = {name, page};
        row.lineBelow = QColor(0xE4, 0xE4, 0xE4);
        add(std::move(row));
    }
}

int ReportBuilder::number(const ExportDocument& document, const Annotation& annotation, int comment, int paragraph,
                          bool orphaned)
{
    const int n = m_nextNumber++;
    m_segments.append(Segment{&document, &annotation, n, comment, paragraph, orphaned});
    return n;
}

int ReportBuilder::labelFor(const Annotation& annotation, int n)
{
    Note note;
    append(note.text, note.formats, QString::number(n), format(Style::Bold));
    for (qint64 id : annotation.tagIds) {
        note.text += QLatin1Char(' ');
        append(note.text, note.formats, tagName(id), format(Style::Background, tint(tagColor(id), 0.4)));
    }
    return m_layout.addNote(std::move(note));
}

int ReportBuilder::footnoteFor(const Annotation& annotation, int n)
{
    Note note;
    append(note.text, note.formats, QString::number(n), format(Style::Bold));
    note.text += QStringLiteral("  ");
    QString text = annotation.note.simplified();
    const QString rest = tr(" (the whole note is under “Coded segments by tag”)");
    const qreal width = m_layout.footnoteWidth();
    // A long note is cut so that footnotes never crowd the page; the coded segments keep it whole.
    if (Layout::lineCount(note.text + text, m_style.footnote, width) > maxFootnoteLines) {
        qsizetype length = text.size();
        do {
            length = length * 4 / 5;
            text = shortened(annotation.note.simplified(), int(length));
        } while (length > 20 && Layout::lineCount(note.text + text + rest, m_style.footnote, width) > maxFootnoteLines);
        text += rest;
    }
    note.text += text;
    return m_layout.addNote(std::move(note));
}

void ReportBuilder::addChips(const ExportDocument& document, int comment, const QList<const Annotation*>& wholes,
                             qreal indent, const QColor& rule, qreal ruleX)
{
    if (wholes.isEmpty())
        return;
    Paragraph p;
    p.font = fontFor(Family::Sans, 7.5);
    p.indent = indent;
    p.spaceBefore = pt(2);
    p.lineGap = pt(2);
    p.rule = rule;
    p.ruleX = ruleX;
    p.ruleJoinsPrevious = true;
    p.keepWithNext = true;
    append(p.text, p.formats, tr("Tagged:"), format(Style::Color, grey));
    for (const Annotation* annotation : wholes) {
        const int n = number(document, *annotation, comment, -1, false);
        for (qint64 id : annotation->tagIds) {
            p.text += QLatin1Char(' ');
            append(p.text, p.formats, QLatin1Char(' ') + tagName(id) + QLatin1Char(' '),
                   format(Style::Background, tint(tagColor(id), 0.45)));
        }
        const int at = int(p.text.size());
        append(p.text, p.formats, superscript(n), format(Style::Marker, ink(tagColor(annotation->tagIds.value(0)))));
        if (!annotation->note.isEmpty())
            p.anchors.append(Anchor{at, -1, footnoteFor(*annotation, n)});
    }
    add(std::move(p));
}

void ReportBuilder::addBody(const ExportDocument& document, const QList<Block>& blocks, int comment,
                            const QList<const Annotation*>& annotations, qreal indent, bool context,
                            QList<Segment>& orphans)
{
    QList<int> starts;
    int length = 0;
    for (const Block& block : blocks) {
        if (!starts.isEmpty())
            length += 2;
        starts.append(length);
        length += int(block.text.size());
    }
    const auto blockAt = [&](int offset) {
        return int(std::upper_bound(starts.begin(), starts.end(), offset) - starts.begin()) - 1;
    };

    QList<Passage> passages;
    for (const Annotation* annotation : annotations) {
        if (!annotation->range)
            continue;
        const TextRange& r = *annotation->range;
        if (annotation->orphaned || r.start < 0 || r.end > length || r.start >= r.end) {
            orphans.append(Segment{&document, annotation, 0, comment, -1, true});
            continue;
        }
        Passage passage;
        passage.annotation = annotation;
        passage.start = r.start;
        passage.end = r.end;
        passage.color = tagColor(annotation->tagIds.value(0));
        passages.append(passage);
    }
    std::stable_sort(passages.begin(), passages.end(), [](const Passage& a, const Passage& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    // Lanes: each passage takes the first underline lane free at its start.
    QList<int> laneEnds;
    for (Passage& passage : passages) {
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds[lane] > passage.start)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.append(passage.end);
        else
            laneEnds[lane] = passage.end;
        passage.lane = std::min(lane, maxLanes - 1);
        passage.number = number(document, *passage.annotation, comment, blockAt(passage.start), false);
        passage.label = labelFor(*passage.annotation, passage.number);
        if (!passage.annotation->note.isEmpty())
            passage.footnote = footnoteFor(*passage.annotation, passage.number);
    }

    const QFont bodyFont = fontFor(Family::Serif, comment < 0 ? 9.5 : 9);
    const QColor textColor = context ? QColor(0x6A, 0x6A, 0x6A) : QColor(Qt::black);
    for (int b = 0; b < blocks.size(); ++b) {
        const Block& block = blocks[b];
        const int blockStart = starts[b];
        const int blockEnd = blockStart + int(block.text.size());
        const int nextStart = b + 1 < blocks.size() ? starts[b + 1] : INT_MAX;

        // Markers go after the last character of their passage; one that ends in the blank line
        // between blocks goes at the end of the block before.
        QMap<int, QList<int>> markers;
        for (int i = 0; i < passages.size(); ++i) {
            const int last = passages[i].end - 1;
            if (last >= blockStart && last < nextStart)
                markers[std::min(passages[i].end, blockEnd) - blockStart].append(i);
        }

        Paragraph p;
        QList<std::pair<int, int>> inserted; // position in the block, length inserted there
        int cursor = 0;
        for (auto it = markers.cbegin(); it != markers.cend(); ++it) {
            p.text += block.text.mid(cursor, it.key() - cursor);
            cursor = it.key();
            const int before = int(p.text.size());
            for (int k = 0; k < it.value().size(); ++k) {
                const Passage& passage = passages[it.value()[k]];
                if (k > 0)
                    append(p.text, p.formats, QStringLiteral(","), format(Style::Raised, grey));
                const int at = int(p.text.size());
                append(p.text, p.formats, superscript(passage.number), format(Style::Marker, ink(passage.color)));
                p.anchors.append(Anchor{at, passage.label, passage.footnote});
            }
            inserted.append({it.key(), int(p.text.size()) - before});
        }
        p.text += block.text.mid(cursor);

        // Offsets of the block's text in the paragraph's text, markers included.
        const auto shiftedStart = [&](int offset) {
            int shift = 0;
            for (const auto& [position, size] : std::as_const(inserted)) {
                if (position <= offset)
                    shift += size;
            }
            return offset + shift;
        };
        const auto shiftedEnd = [&](int offset) {
            int shift = 0;
            for (const auto& [position, size] : std::as_const(inserted)) {
                if (position < offset)
                    shift += size;
            }
            return offset + shift;
        };

        Formats formats;
        if (block.kind == Block::Kind::Code) {
            for (const QTextLayout::FormatRange& r :
                 CodeHighlighter::highlight(block.text, block.language, CodeHighlighter::Theme::Light)) {
                const int from = shiftedStart(r.start);
                const int to = shiftedEnd(r.start + r.length);
                if (to > from)
                    formats.append(range(from, to - from, r.format));
            }
        }

        // Tints: between every two passage boundaries, the mix of the passages that cover it.
        struct Portion {
            int start;
            int end;
            int passage;
        };
        QList<Portion> portions;
        QList<int> bounds;
        for (int i = 0; i < passages.size(); ++i) {
            const int from = std::max(passages[i].start, blockStart) - blockStart;
            const int to = std::min(passages[i].end, blockEnd) - blockStart;
            if (from < to) {
                portions.append(Portion{from, to, i});
                bounds << from << to;
            }
        }
        std::sort(bounds.begin(), bounds.end());
        bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
        for (int i = 0; i + 1 < bounds.size(); ++i) {
            const int from = bounds[i];
            const int to = bounds[i + 1];
            float red = 0;
            float green = 0;
            float blue = 0;
            int covering = 0;
            for (const Portion& portion : std::as_const(portions)) {
                if (portion.start <= from && portion.end >= to) {
                    const QColor c = passages[portion.passage].color.toRgb();
                    red += c.redF();
                    green += c.greenF();
                    blue += c.blueF();
                    ++covering;
                }
            }
            if (covering == 0)
                continue;
            const QColor mixed =
                QColor::fromRgbF(red / float(covering), green / float(covering), blue / float(covering));
            // Overlaps are a little darker, so they show in grey too.
            const qreal amount = std::min(0.26 + 0.08 * (covering - 1), 0.42);
            int displayFrom = from;
            for (const auto& [position, size] : std::as_const(inserted)) {
                if (position < from)
                    displayFrom += size;
            }
            const int displayTo = shiftedEnd(to);
            formats.append(range(displayFrom, displayTo - displayFrom, format(Style::Tint, tint(mixed, amount))));
        }
        for (const Portion& portion : std::as_const(portions)) {
            const Passage& passage = passages[portion.passage];
            p.underlines.append(
                Underline{shiftedStart(portion.start), shiftedEnd(portion.end), ink(passage.color), passage.lane});
            p.lanes = std::max(p.lanes, passage.lane + 1);
        }
        // Marker formats go last so that they win over tints and code colours.
        p.formats = formats + p.formats;

        p.color = textColor;
        p.indent = indent;
        p.lineGap = pt(comment < 0 ? 2.5 : 2);
        p.font = bodyFont;
        p.spaceBefore = pt(comment < 0 ? 5 : 3.5);
        switch (block.kind) {
        case Block::Kind::Paragraph:
            break;
        case Block::Kind::Heading:
            p.font = fontFor(Family::Sans, block.level <= 1 ? 12.5 : block.level == 2 ? 11 : 10, QFont::Bold);
            p.spaceBefore = pt(9);
            p.keepWithNext = true;
            break;
        case Block::Kind::Quote:
            p.font = fontFor(Family::Serif, comment < 0 ? 9.5 : 9, QFont::Normal, true);
            p.indent = indent + mm(5);
            p.rule = ruleGrey;
            p.ruleX = indent + mm(2);
            if (!context)
                p.color = QColor(0x30, 0x30, 0x30);
            break;
        case Block::Kind::ListItem:
            p.indent = indent + mm(5) + mm(4) * std::clamp(block.level, 0, 6);
            p.bullet = block.level % 2 ? QString(QChar(0x25E6)) : QString(QChar(0x2022));
            p.spaceBefore = pt(2);
            break;
        case Block::Kind::Code:
            p.font = fontFor(Family::Mono, comment < 0 ? 8.5 : 8);
            p.code = true;
            p.background = QColor(0xF2, 0xF2, 0xF2);
            p.indent = indent + pt(4);
            p.spaceBefore = pt(7);
            p.spaceAfter = pt(3);
            p.lineGap = pt(1);
            break;
        }
        add(std::move(p));
    }
}

void ReportBuilder::buildDocument(const ExportDocument& document)
{
    const Document& doc = document.document();
    const QString title = doc.article.title.isEmpty() ? tr("(untitled article)") : doc.article.title;

    QHash<qint64, QList<const Annotation*>> byTarget;
    for (const Annotation& annotation : document.annotations)
        byTarget[annotation.commentId].append(&annotation);

    add(PageBreak{});
    add(RunningHeader{title, tr("Article")});
    mark(title, 0, true);

    Paragraph heading1;
    heading1.text = title;
    heading1.font = fontFor(Family::Serif, 16, QFont::Bold);
    heading1.spaceAfter = pt(3);
    heading1.keepWithNext = true;
    add(std::move(heading1));

    QStringList meta;
    if (!doc.article.source.isEmpty())
        meta.append(doc.article.source);
    if (!doc.article.author.isEmpty())
        meta.append(tr("by %1").arg(doc.article.author));
    if (doc.article.published.isValid())
        meta.append(when(doc.article.published, QLocale::LongFormat));
    if (!doc.article.url.isEmpty())
        meta.append(doc.article.url);
    if (!meta.isEmpty()) {
        Paragraph line;
        line.text = meta.join(QStringLiteral("  ·  "));
        line.font = fontFor(Family::Sans, 7.5);
        line.color = grey;
        line.spaceAfter = pt(4);
        add(std::move(line));
    }

    const QList<const Annotation*> articleAnnotations = byTarget.value(0);
    QList<const Annotation*> wholes;
    QList<const Annotation*> ranged;
    for (const Annotation* annotation : articleAnnotations)
        (annotation->range ? ranged : wholes).append(annotation);
    addChips(document, -1, wholes, 0, QColor(), 0);

    QList<Segment> orphans;
    if (doc.article.blocks.isEmpty()) {
        Paragraph empty;
        empty.text = tr("The article has no text.");
        empty.font = fontFor(Family::Sans, 8.5, QFont::Normal, true);
        empty.color = grey;
        add(std::move(empty));
    }
    addBody(document, doc.article.blocks, -1, ranged, 0, false, orphans);

    buildComments(document, byTarget, orphans);
    buildOrphans(document, orphans);
}

void ReportBuilder::buildComments(const ExportDocument& document,
                                  const QHash<qint64, QList<const Annotation*>>& byTarget, QList<Segment>& orphans)
{
    const Document& doc = document.document();
    const CommentTree tree(doc);
    const int count = int(doc.comments.size());
    const QList<qint64>& ids = document.stored.commentIds;

    std::vector<char> tagged(size_t(count), 0);
    std::vector<char> shown(size_t(count), m_options.onlyTaggedComments ? 0 : 1);
    int taggedCount = 0;
    for (int i = 0; i < count && i < ids.size(); ++i) {
        if (!byTarget.contains(ids[i]))
            continue;
        tagged[size_t(i)] = 1;
        ++taggedCount;
        for (int j = i; j >= 0 && !shown[size_t(j)]; j = tree.parent(j))
            shown[size_t(j)] = 1;
    }
    const int shownCount = int(std::count(shown.begin(), shown.end(), 1));

    add(RunningHeader{doc.article.title.isEmpty() ? tr("(untitled article)") : doc.article.title, tr("Comments")});
    mark(tr("Comments"), 1, true);
    heading(tr("Comments"), 2, Column::Body);
    Paragraph summary;
    summary.font = fontFor(Family::Sans, 8);
    summary.color = grey;
    summary.spaceAfter = pt(2);
    if (count == 0)
        summary.text = tr("The article has no comments.");
    else if (m_options.onlyTaggedComments)
        summary.text = tr("%1 of %n comment(s) shown: the %2 with annotations, and the comments they reply to as "
                          "context.",
                          nullptr, count)
                           .arg(shownCount)
                           .arg(taggedCount);
    else
        summary.text = tr("%n comment(s).", nullptr, count);
    add(std::move(summary));

    // Depth first, in reading order, without recursion: threads can be thousands deep.
    std::vector<int> stack(tree.topLevel().rbegin(), tree.topLevel().rend());
    const QFont headerFont = fontFor(Family::Sans, 7.5);
    const qreal step = mm(4);
    while (!stack.empty()) {
        const int i = stack.back();
        stack.pop_back();
        const QList<int>& children = tree.children(i);
        for (auto child = children.rbegin(); child != children.rend(); ++child)
            stack.push_back(*child);
        if (!shown[size_t(i)])
            continue;

        const Comment& comment = doc.comments[i];
        const int depth = tree.depth(i);
        const qreal indent = step * std::min(depth, maxIndentDepth);
        const bool context = m_options.onlyTaggedComments && !tagged[size_t(i)];
        const QColor rule = depth > 0 ? ruleGrey : QColor();
        const qreal ruleX = indent - mm(2);

        Paragraph header;
        header.font = headerFont;
        header.indent = indent;
        header.spaceBefore = pt(8);
        header.keepWithNext = true;
        header.rule = rule;
        header.ruleX = ruleX;
        append(header.text, header.formats, QStringLiteral("#%1").arg(i + 1), format(Style::Color, grey));
        header.text += QStringLiteral("  ");
        append(header.text, header.formats, authorOf(comment), format(Style::Bold));
        QStringList details;
        const QString time = commentTime(comment);
        if (!time.isEmpty())
            details.append(time);
        if (comment.score)
            details.append(tr("score %1").arg(*comment.score));
        if (tree.parent(i) >= 0)
            details.append(tr("reply to #%1").arg(tree.parent(i) + 1));
        if (depth > maxIndentDepth)
            details.append(tr("depth %1").arg(depth));
        if (!details.isEmpty())
            append(header.text, header.formats, QStringLiteral("  ·  ") + details.join(QStringLiteral("  ·  ")),
                   format(Style::Color, grey));
        if (context)
            append(header.text, header.formats, QStringLiteral("  ·  ") + tr("context, not tagged"),
                   format(Style::Italic, grey));
        add(std::move(header));

        const QList<const Annotation*> annotations =
            i < ids.size() ? byTarget.value(ids[i]) : QList<const Annotation*>();
        QList<const Annotation*> wholes;
        QList<const Annotation*> ranged;
        for (const Annotation* annotation : annotations)
            (annotation->range ? ranged : wholes).append(annotation);
        addChips(document, i, wholes, indent, rule, ruleX);

        const size_t first = m_body.size();
        addBody(document, comment.blocks, i, ranged, indent, context, orphans);
        for (size_t k = first; k < m_body.size(); ++k) {
            if (auto* p = std::get_if<Paragraph>(&m_body[k]); p && rule.isValid()) {
                if (!p->rule.isValid()) {
                    p->rule = rule;
                    p->ruleX = ruleX;
                }
                p->ruleJoinsPrevious = true;
            }
        }
    }
}

void ReportBuilder::buildOrphans(const ExportDocument& document, const QList<Segment>& orphans)
{
    if (orphans.isEmpty())
        return;
    mark(tr("Orphaned annotations"), 1, true);
    heading(tr("Orphaned annotations"), 2, Column::Body);
    Paragraph intro;
    intro.text = tr("Their words were changed or removed after they were made, so they have no place in the text "
                    "above; they are kept with the words they had.");
    intro.font = fontFor(Family::Sans, 8);
    intro.color = grey;
    add(std::move(intro));
    for (const Segment& orphan : orphans) {
        const int n = number(document, *orphan.annotation, orphan.comment, -1, true);
        Paragraph p;
        p.font = fontFor(Family::Sans, 8);
        p.spaceBefore = pt(4);
        append(p.text, p.formats, QString::number(n), format(Style::Bold));
        p.text += QStringLiteral("  ");
        append(p.text, p.formats, whereText(m_segments.back()), format(Style::Color, grey));
        for (qint64 id : orphan.annotation->tagIds) {
            p.text += QLatin1Char(' ');
            append(p.text, p.formats, QLatin1Char(' ') + tagName(id) + QLatin1Char(' '),
                   format(Style::Background, tint(tagColor(id), 0.45)));
        }
        p.text += QLatin1Char('\n');
        const QString exact = orphan.annotation->range ? orphan.annotation->range->exact : QString();
        p.text += tr("It read: “%1”").arg(exact);
        if (!orphan.annotation->note.isEmpty()) {
            p.text += QLatin1Char('\n');
            p.text += tr("Note: %1").arg(orphan.annotation->note);
        }
        add(std::move(p));
    }
}

QString ReportBuilder::whereText(const Segment& segment) const
{
    QStringList parts;
    if (m_data.documents.size() > 1) {
        const QString title = segment.document->document().article.title;
        parts.append(title.isEmpty() ? tr("(untitled article)") : title);
    }
    if (segment.comment < 0) {
        if (segment.paragraph >= 0)
            parts.append(tr("article, paragraph %1").arg(segment.paragraph + 1));
        else
            parts.append(tr("article, as a whole"));
    } else {
        const Comment& comment = segment.document->document().comments.at(segment.comment);
        parts.append(tr("comment #%1").arg(segment.comment + 1));
        parts.append(authorOf(comment));
        const QString time = commentTime(comment);
        if (!time.isEmpty())
            parts.append(time);
        if (!segment.annotation->range)
            parts.append(tr("whole comment"));
    }
    if (segment.orphaned)
        parts.append(tr("orphaned"));
    return parts.join(QStringLiteral("  ·  "));
}

} // namespace glossator::report
