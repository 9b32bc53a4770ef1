#include "ReportBuilder.h"
#include "export/ReportStyle.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

// The parts of the report about the codebook as a whole: the summary with its tables and chart, and
// the coded segments listed by tag.
namespace glossator::report {

void ReportBuilder::buildSummary()
{
    const QString project = m_data.projectName.isEmpty() ? tr("Untitled project") : m_data.projectName;
    add(PageBreak{});
    add(RunningHeader{project, tr("Codebook summary")});
    mark(tr("Codebook summary"), 0, true);
    heading(tr("Codebook summary"), 1, Column::Wide);

    // Counts per tag: annotations, distinct comments, and annotations per comment author.
    const QString articleColumn = tr("(article)");
    QHash<qint64, int> annotationsPerTag;
    QHash<qint64, QSet<QPair<qint64, qint64>>> commentsPerTag;
    QHash<qint64, QHash<QString, int>> perAuthor;
    QHash<qint64, int> articlePerTag;
    QHash<QString, int> authorTotals;
    int annotationCount = 0;
    for (const ExportDocument& document : m_data.documents) {
        QHash<qint64, int> position;
        for (int i = 0; i < document.stored.commentIds.size(); ++i)
            position.insert(document.stored.commentIds[i], i);
        for (const Annotation& annotation : document.annotations) {
            ++annotationCount;
            QString author;
            if (annotation.commentId != 0) {
                const int index = position.value(annotation.commentId, -1);
                author = index >= 0 ? authorOf(document.document().comments.at(index)) : tr("(no author)");
                ++authorTotals[author];
            }
            for (qint64 id : annotation.tagIds) {
                ++annotationsPerTag[id];
                if (annotation.commentId == 0) {
                    ++articlePerTag[id];
                } else {
                    commentsPerTag[id].insert({document.id(), annotation.commentId});
                    ++perAuthor[id][author];
                }
            }
        }
    }

    Paragraph intro;
    intro.column = Column::Wide;
    intro.font = fontFor(Family::Sans, 8.5);
    intro.text = tr("%n annotation(s)", nullptr, annotationCount) + QStringLiteral(", ") +
                 tr("%n tag(s)", nullptr, int(m_data.tags.size())) + QStringLiteral(", ") +
                 tr("%n document(s)", nullptr, int(m_data.documents.size())) + QStringLiteral(". ") +
                 tr("Each tag is counted on its own: a sub-tag's annotations are not added to its parent's.");
    intro.spaceAfter = pt(4);
    add(std::move(intro));

    const qreal width = m_layout.columnWidth(Column::Wide);
    const QFont headFont = fontFor(Family::Sans, 7.5, QFont::Bold);
    const QFont cellFont = fontFor(Family::Sans, 8);
    const QFont smallFont = fontFor(Family::Sans, 7.5);
    const QColor headBackground(0xEC, 0xEC, 0xEC);
    const QColor rowLine(0xDD, 0xDD, 0xDD);
    const auto cell = [](qreal x, qreal w, const QString& text, const QFont& font,
                         Qt::Alignment alignment = Qt::AlignLeft) {
        Cell c;
        c.x = x;
        c.width = w;
        c.text = text;
        c.font = font;
        c.alignment = alignment;
        return c;
    };
    const auto countCell = [&](qreal x, qreal w, int value) {
        Cell c = cell(x, w - mm(1.5), QLocale().toString(value), cellFont, Qt::AlignRight);
        if (value == 0)
            c.color = lightGrey;
        return c;
    };

    // The codebook as a table.
    mark(tr("Tags"), 1, false);
    heading(tr("Tags"), 2, Column::Wide);
    {
        const qreal swatch = mm(6);
        const qreal name = mm(48);
        const qreal number = mm(22);
        const qreal description = width - swatch - name - 2 * number;
        Row head;
        head.background = headBackground;
        head.keepWithNext = true;
        head.cells = {
            cell(swatch, name, tr("Tag"), headFont), cell(swatch + name, description, tr("Description"), headFont),
            cell(swatch + name + description, number - mm(1.5), tr("Annotations"), headFont, Qt::AlignRight),
            cell(swatch + name + description + number, number - mm(1.5), tr("Comments"), headFont, Qt::AlignRight)};
        add(std::move(head));
        const size_t headItem = m_body.size() - 1;
        for (const TagUsage& usage : m_data.tags) {
            Row row;
            row.lineBelow = rowLine;
            Cell square;
            square.x = mm(1);
            square.width = pt(7);
            square.swatch = validColor(usage.tag.color);
            Cell tagCell = cell(swatch, name - mm(2), usage.tag.name, cellFont);
            tagCell.indent = mm(3) * m_data.tagDepth(usage.tag.id);
            row.cells = {square, tagCell, cell(swatch + name, description - mm(2), usage.tag.description, smallFont),
                         countCell(swatch + name + description, number, annotationsPerTag.value(usage.tag.id)),
                         countCell(swatch + name + description + number, number,
                                   int(commentsPerTag.value(usage.tag.id).size()))};
            row.header = int(headItem);
            add(std::move(row));
        }
        Paragraph note;
        note.column = Column::Wide;
        note.font = smallFont;
        note.color = grey;
        note.spaceBefore = pt(3);
        note.text = tr("Annotations: passages and whole-comment tags that carry the tag. Comments: distinct comments "
                       "with at least one of them.");
        add(std::move(note));
    }

    // A bar per tag; its name and count are written beside it so that it reads without colour.
    mark(tr("Annotations per tag"), 1, false);
    heading(tr("Annotations per tag"), 2, Column::Wide);
    {
        int largest = 1;
        for (const TagUsage& usage : m_data.tags)
            largest = std::max(largest, annotationsPerTag.value(usage.tag.id));
        const qreal labelWidth = mm(48);
        const qreal barLeft = labelWidth + mm(2);
        const qreal barSpace = width - barLeft - mm(16);
        for (const TagUsage& usage : m_data.tags) {
            const int value = annotationsPerTag.value(usage.tag.id);
            Row row;
            row.padding = pt(1.5);
            Cell label = cell(0, labelWidth, usage.tag.name, smallFont, Qt::AlignRight);
            label.indent = mm(3) * m_data.tagDepth(usage.tag.id);
            row.barX = barLeft;
            row.barWidth = value > 0 ? std::max(pt(1), barSpace * value / largest) : 0;
            row.barHeight = pt(7);
            row.barColor = validColor(usage.tag.color);
            Cell count = cell(barLeft + row.barWidth + pt(3), mm(15), QLocale().toString(value), smallFont);
            row.cells = {label, count};
            add(std::move(row));
        }
        if (m_data.tags.isEmpty()) {
            Paragraph none;
            none.column = Column::Wide;
            none.font = smallFont;
            none.color = grey;
            none.text = tr("The project has no tags.");
            add(std::move(none));
        }
    }

    // Tags by the author of the comment they were found in.
    mark(tr("Tags by comment author"), 1, false);
    heading(tr("Tags by comment author"), 2, Column::Wide);
    {
        QStringList authors = authorTotals.keys();
        std::sort(authors.begin(), authors.end(), [&](const QString& a, const QString& b) {
            const int ca = authorTotals.value(a);
            const int cb = authorTotals.value(b);
            return ca != cb ? ca > cb : a.compare(b, Qt::CaseInsensitive) < 0;
        });
        const qreal tagWidth = mm(38);
        const qreal numberWidth = mm(14);
        // As many authors as fit beside the tag, (article), others and total columns.
        const int fit = std::max(1, int((width - tagWidth) / numberWidth) - 3);
        const bool others = authors.size() > fit + 1;
        const int shownAuthors = others ? fit : int(authors.size());
        const QStringList top = authors.mid(0, shownAuthors);
        const QStringList rest = authors.mid(shownAuthors);

        Paragraph explain;
        explain.column = Column::Wide;
        explain.font = smallFont;
        explain.color = grey;
        explain.spaceAfter = pt(4);
        explain.text = tr("Annotations with each tag in each author's comments; %1 counts the article's passages.")
                           .arg(articleColumn);
        if (others)
            explain.text += QLatin1Char(' ') + tr("The %1 authors with most annotations have a column each; the other "
                                                  "%n are added up under “others”.",
                                                  nullptr, int(rest.size()))
                                                   .arg(shownAuthors);
        add(std::move(explain));

        Row head;
        head.background = headBackground;
        head.keepWithNext = true;
        head.cells.append(cell(0, tagWidth, tr("Tag"), headFont, Qt::AlignLeft | Qt::AlignBottom));
        qreal x = tagWidth;
        const auto rotated = [&](const QString& text) {
            Cell c = cell(x, numberWidth - mm(1.5), text, headFont);
            c.rotated = true;
            return c;
        };
        head.cells.append(rotated(articleColumn));
        x += numberWidth;
        for (const QString& author : top) {
            head.cells.append(rotated(author));
            x += numberWidth;
        }
        if (others) {
            head.cells.append(rotated(tr("others")));
            x += numberWidth;
        }
        head.cells.append(rotated(tr("Total")));
        add(std::move(head));
        const size_t headItem = m_body.size() - 1;

        for (const TagUsage& usage : m_data.tags) {
            const qint64 id = usage.tag.id;
            Row row;
            row.lineBelow = rowLine;
            Cell tagCell = cell(0, tagWidth - mm(1), usage.tag.name, cellFont);
            tagCell.indent = mm(3) * m_data.tagDepth(id);
            row.cells.append(tagCell);
            qreal cx = tagWidth;
            row.cells.append(countCell(cx, numberWidth, articlePerTag.value(id)));
            cx += numberWidth;
            const QHash<QString, int> counts = perAuthor.value(id);
            for (const QString& author : top) {
                row.cells.append(countCell(cx, numberWidth, counts.value(author)));
                cx += numberWidth;
            }
            if (others) {
                int sum = 0;
                for (const QString& author : rest)
                    sum += counts.value(author);
                row.cells.append(countCell(cx, numberWidth, sum));
                cx += numberWidth;
            }
            row.cells.append(countCell(cx, numberWidth, annotationsPerTag.value(id)));
            row.header = int(headItem);
            add(std::move(row));
        }
    }
}

void ReportBuilder::buildSegments()
{
    const QString project = m_data.projectName.isEmpty() ? tr("Untitled project") : m_data.projectName;
    add(PageBreak{});
    add(RunningHeader{project, tr("Coded segments by tag")});
    mark(tr("Coded segments by tag"), 0, true);
    heading(tr("Coded segments by tag"), 1, Column::Wide);
    Paragraph intro;
    intro.column = Column::Wide;
    intro.font = fontFor(Family::Sans, 8.5);
    intro.color = grey;
    intro.spaceAfter = pt(4);
    intro.text = tr("Every passage and whole-comment tag, grouped by tag, with its note. The numbers are those of the "
                    "margin labels.");
    add(std::move(intro));

    QHash<qint64, QList<int>> byTag;
    for (int i = 0; i < m_segments.size(); ++i) {
        for (qint64 id : m_segments[i].annotation->tagIds)
            byTag[id].append(i);
    }
    const QFont metaFont = fontFor(Family::Sans, 7.5);
    const QFont quoteFont = fontFor(Family::Serif, 9);
    const QFont noteFont = fontFor(Family::Sans, 8, QFont::Normal, true);
    for (const TagUsage& usage : m_data.tags) {
        const qint64 id = usage.tag.id;
        const QList<int> segments = byTag.value(id);
        mark(m_data.tagPath(id), 1, false);
        Paragraph title;
        title.column = Column::Wide;
        title.font = fontFor(Family::Sans, 10.5, QFont::Bold);
        title.spaceBefore = pt(12);
        title.spaceAfter = pt(2);
        title.keepWithNext = true;
        append(title.text, title.formats, QLatin1Char(' ') + m_data.tagPath(id) + QLatin1Char(' '),
               format(Style::Background, tint(usage.tag.color, 0.45)));
        append(title.text, title.formats, QStringLiteral("  ") + tr("%n segment(s)", nullptr, int(segments.size())),
               format(Style::Color, grey));
        add(std::move(title));
        if (segments.isEmpty()) {
            Paragraph none;
            none.column = Column::Wide;
            none.font = metaFont;
            none.color = grey;
            none.text = tr("No coded segments.");
            add(std::move(none));
            continue;
        }
        for (int index : segments) {
            const Segment& segment = m_segments[index];
            const Annotation& annotation = *segment.annotation;
            Paragraph meta;
            meta.column = Column::Wide;
            meta.font = metaFont;
            meta.spaceBefore = pt(5);
            meta.keepWithNext = true;
            append(meta.text, meta.formats, QString::number(segment.number), format(Style::Bold));
            append(meta.text, meta.formats, QStringLiteral("  ") + whereText(segment), format(Style::Color, grey));
            QStringList also;
            for (qint64 other : annotation.tagIds) {
                if (other != id)
                    also.append(tagName(other));
            }
            if (!also.isEmpty())
                append(meta.text, meta.formats,
                       QStringLiteral("  ·  ") + tr("also %1").arg(also.join(QStringLiteral(", "))),
                       format(Style::Color, grey));
            if (!annotation.coder.isEmpty())
                append(meta.text, meta.formats, QStringLiteral("  ·  ") + tr("coded by %1").arg(annotation.coder),
                       format(Style::Color, grey));
            add(std::move(meta));

            QString text;
            const Document& doc = segment.document->document();
            const QList<Block>& blocks =
                segment.comment < 0 ? doc.article.blocks : doc.comments[segment.comment].blocks;
            if (segment.orphaned) {
                text = annotation.range ? tr("It read: “%1”").arg(annotation.range->exact) : QString();
            } else if (annotation.range) {
                text = plainText(blocks).mid(annotation.range->start, annotation.range->end - annotation.range->start);
            } else {
                text = shortened(plainText(blocks), 1500);
            }
            Paragraph quote;
            quote.column = Column::Wide;
            quote.text = text;
            quote.font = quoteFont;
            quote.indent = mm(5);
            quote.rule = ink(usage.tag.color);
            quote.ruleX = mm(2);
            quote.spaceBefore = pt(1.5);
            quote.lineGap = pt(1.5);
            add(std::move(quote));
            if (!annotation.note.isEmpty()) {
                Paragraph note;
                note.column = Column::Wide;
                note.font = noteFont;
                note.indent = mm(5);
                note.spaceBefore = pt(2);
                append(note.text, note.formats, tr("Note:") + QLatin1Char(' '), format(Style::Bold));
                note.text += annotation.note;
                add(std::move(note));
            }
        }
    }
}

} // namespace glossator::report
