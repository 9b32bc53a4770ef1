#include "ReportLayout.h"

#include "ReportPdf.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPen>
#include <QTextLine>
#include <QTextOption>

#include <algorithm>

namespace glossator::report {

namespace {

// Fonts are resolved against a device of the layout's resolution, whatever is painted on later:
// glyph positions are then the same in the PDF and in a scaled preview.
const QPaintDevice* layoutDevice()
{
    static const QImage device = [] {
        QImage image(1, 1, QImage::Format_RGB32);
        const int dotsPerMeter = qRound(unitsPerInch / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    }();
    return &device;
}

constexpr qreal laneHeight = pt(1.6);
constexpr qreal noteGap = pt(2.5);
constexpr qreal footnoteRuleSpace = pt(8);

QString displayText(QString text)
{
    // QTextLayout breaks lines only at the Unicode line separator; the length stays the same, so
    // offsets into the text still hold.
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return text;
}

// Lays out text at a width and returns its height; lines start at y = 0.
qreal layOut(QTextLayout& layout, qreal width, Qt::Alignment alignment, bool code, qreal gap)
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    if (code) {
        const QFontMetricsF metrics(layout.font(), layoutDevice());
        option.setTabStopDistance(metrics.horizontalAdvance(QLatin1Char(' ')) * 4);
    }
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(std::max<qreal>(width, 1));
        line.setPosition(QPointF(0, y));
        y += line.height() + gap;
    }
    layout.endLayout();
    return y;
}

// Paints a short text (a cell, a note, the running header) and returns its height.
qreal paintText(QPainter& painter, const QString& text, const Formats& formats, const QFont& font, const QColor& color,
                QPointF at, qreal width, Qt::Alignment alignment, GlyphCollector* glyphs)
{
    QTextLayout layout(displayText(text), font, layoutDevice());
    layout.setFormats(formats);
    const qreal height = layOut(layout, width, alignment, false, 0);
    painter.setPen(color);
    layout.draw(&painter, at);
    if (glyphs) {
        for (int i = 0; i < layout.lineCount(); ++i)
            glyphs->addLine(layout.lineAt(i), layout.text());
    }
    return height;
}

// Paints one line of text with its baseline at y, whatever fonts it falls back to.
void paintLine(QPainter& painter, const QString& text, const QFont& font, const QColor& color, qreal x, qreal y,
               qreal width, Qt::Alignment alignment, GlyphCollector* glyphs)
{
    QTextLayout layout(displayText(text), font, layoutDevice());
    layOut(layout, width, alignment, false, 0);
    if (layout.lineCount() == 0)
        return;
    painter.setPen(color);
    const QTextLine line = layout.lineAt(0);
    line.draw(&painter, QPointF(x, y - line.ascent()));
    if (glyphs)
        glyphs->addLine(line, layout.text());
}

QPen lanePen(const QColor& color, int lane)
{
    QPen pen(color, pt(0.9));
    pen.setCapStyle(Qt::FlatCap);
    // Different dashes per lane keep overlapping passages apart in black and white.
    switch (lane % 4) {
    case 1:
        pen.setDashPattern({4, 2});
        break;
    case 2:
        pen.setDashPattern({1, 1.5});
        break;
    case 3:
        pen.setDashPattern({6, 1.5, 1, 1.5});
        break;
    default:
        break;
    }
    return pen;
}

// How long a rotated heading is: its own length when short, else the shortest length at which it
// wraps into no more lines than the column is wide.
struct RotatedText {
    QString text;
    qreal length = 0;
    int lines = 1;
};

RotatedText rotatedText(const Cell& cell)
{
    const QFontMetricsF metrics(cell.font, layoutDevice());
    const qreal full = metrics.horizontalAdvance(cell.text);
    // A name a little longer than usual stays on one line: breaking it would read worse than a
    // taller heading.
    if (full <= 2 * rotatedLength)
        return {cell.text, full, 1};
    const int lines = std::max(1, int(cell.width / metrics.height()));
    qreal length = rotatedLength;
    while (length < maxRotatedLength && Layout::lineCount(cell.text, cell.font, length) > lines)
        length = std::min(maxRotatedLength, length * 1.08);
    const int used = Layout::lineCount(cell.text, cell.font, length);
    if (used <= lines)
        return {cell.text, length, used};
    return {metrics.elidedText(cell.text, Qt::ElideRight, maxRotatedLength * lines), maxRotatedLength, lines};
}

} // namespace

struct Layout::State {
    qreal y = 0;
    bool hasContent = false;
    qreal labelBottom = 0;
    qreal footnotes = 0; // height of the footnote area, its rule included
    std::vector<int> footnoteNotes;
    int header = -1;
    QList<OutlineMark> pendingOutline;
};

Layout::Layout(const QPageSize& pageSize, const PageStyle& style)
    : m_style(style)
{
    const QSizeF points = pageSize.size(QPageSize::Point);
    m_pageWidth = pt(points.width());
    m_pageHeight = pt(points.height());
    // Labels get about a quarter of the width between the margins: 30 to 42 mm where the page allows.
    const qreal content = m_pageWidth - 2 * m_margin;
    m_labelWidth = std::clamp(content * 0.24, std::min(mm(30), content * 0.3), mm(42));
}

void Layout::setItems(Items items)
{
    m_items = std::move(items);
}

int Layout::addNote(Note note)
{
    m_notes.push_back(std::move(note));
    return int(m_notes.size()) - 1;
}

qreal Layout::columnLeft(Column) const
{
    return m_margin;
}

qreal Layout::columnWidth(Column column) const
{
    const qreal content = m_pageWidth - 2 * m_margin;
    return column == Column::Wide ? content : content - m_labelWidth - m_labelGap;
}

int Layout::lineCount(const QString& text, const QFont& font, qreal width)
{
    QTextLayout layout(displayText(text), font, layoutDevice());
    layOut(layout, width, Qt::AlignLeft, false, 0);
    return layout.lineCount();
}

void Layout::shape(QTextLayout& layout, const Paragraph& paragraph) const
{
    layout.setFormats(paragraph.formats);
    layOut(layout, columnWidth(paragraph.column) - paragraph.indent, paragraph.alignment, paragraph.code,
           paragraph.lineGap + paragraph.lanes * laneHeight);
}

std::vector<Layout::Line> Layout::measure(const Paragraph& paragraph) const
{
    QTextLayout layout(displayText(paragraph.text), paragraph.font, layoutDevice());
    shape(layout, paragraph);
    const qreal gap = paragraph.lineGap + paragraph.lanes * laneHeight;
    std::vector<Line> lines;
    lines.reserve(size_t(layout.lineCount()));
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        lines.push_back(Line{line.y(), line.height() + gap, line.textStart(), line.textLength()});
    }
    return lines;
}

qreal Layout::rowHeight(const Row& row) const
{
    qreal height = row.barHeight;
    for (const Cell& cell : row.cells) {
        if (cell.swatch.isValid()) {
            height = std::max(height, pt(8));
            continue;
        }
        if (cell.rotated) {
            height = std::max(height, rotatedText(cell).length + pt(2));
            continue;
        }
        QTextLayout layout(displayText(cell.text), cell.font, layoutDevice());
        layout.setFormats(cell.formats);
        height = std::max(height, layOut(layout, cell.width - cell.indent, cell.alignment, false, 0));
    }
    return height + 2 * row.padding;
}

qreal Layout::noteHeight(int note, const QFont& font, qreal width) const
{
    QTextLayout layout(displayText(m_notes.at(size_t(note)).text), font, layoutDevice());
    layout.setFormats(m_notes.at(size_t(note)).formats);
    return layOut(layout, width, Qt::AlignLeft, false, 0);
}

// The height of what follows item index up to its second line, so that a heading is not left
// alone at the foot of a page.
qreal Layout::firstChunkHeight(size_t index, int depth) const
{
    for (size_t next = index + 1; next < m_items.size(); ++next) {
        const Item& item = m_items[next];
        if (std::holds_alternative<PageBreak>(item))
            return 0;
        if (const auto* paragraph = std::get_if<Paragraph>(&item)) {
            const std::vector<Line> lines = measure(*paragraph);
            qreal height = paragraph->spaceBefore;
            const size_t take = paragraph->unbreakable ? lines.size() : std::min<size_t>(2, lines.size());
            for (size_t i = 0; i < take; ++i)
                height += lines[i].height;
            if (paragraph->keepWithNext && depth < 3)
                height += firstChunkHeight(next, depth + 1);
            return height;
        }
        if (const auto* row = std::get_if<Row>(&item)) {
            qreal height = row->spaceBefore + rowHeight(*row);
            if (row->keepWithNext && depth < 3)
                height += firstChunkHeight(next, depth + 1);
            return height;
        }
    }
    return 0;
}

void Layout::startPage(State& state)
{
    Page page;
    page.header = state.header;
    m_pages.push_back(std::move(page));
    state.y = m_margin;
    state.hasContent = false;
    state.labelBottom = 0;
    state.footnotes = 0;
    state.footnoteNotes.clear();
}

void Layout::finishPage(State& state)
{
    if (state.footnoteNotes.empty())
        return;
    // In the order of their numbers, which is the order notes were made in.
    std::sort(state.footnoteNotes.begin(), state.footnoteNotes.end());
    Page& page = m_pages.back();
    qreal y = m_pageHeight - m_margin - state.footnotes;
    page.placements.push_back(Placement{Kind::FootnoteRule, 0, 0, 0, y, m_margin, 0});
    y += footnoteRuleSpace;
    for (int note : state.footnoteNotes) {
        page.placements.push_back(Placement{Kind::Footnote, note, 0, 0, y, m_margin, 0});
        y += noteHeight(note, m_style.footnote, footnoteWidth()) + noteGap;
    }
}

void Layout::paginate()
{
    m_pages.clear();
    m_outline.clear();
    State state;
    startPage(state);
    for (size_t i = 0; i < m_items.size(); ++i) {
        const Item& item = m_items[i];
        if (std::holds_alternative<PageBreak>(item)) {
            if (state.hasContent) {
                finishPage(state);
                startPage(state);
            }
        } else if (std::holds_alternative<RunningHeader>(item)) {
            state.header = int(i);
            if (!state.hasContent)
                m_pages.back().header = int(i);
        } else if (const auto* mark = std::get_if<OutlineMark>(&item)) {
            state.pendingOutline.append(*mark);
        } else if (const auto* paragraph = std::get_if<Paragraph>(&item)) {
            placeParagraph(state, int(i), *paragraph);
        } else if (const auto* row = std::get_if<Row>(&item)) {
            placeRow(state, int(i), *row);
        }
    }
    finishPage(state);
    // Marks after the last placed item point at the end of the last page.
    for (const OutlineMark& mark : std::as_const(state.pendingOutline))
        m_outline.append(OutlineEntry{mark.title, mark.level, pageCount() - 1, state.y});
}

void Layout::placeRow(State& state, int index, const Row& row)
{
    const qreal bottom = m_pageHeight - m_margin;
    const qreal height = rowHeight(row);
    qreal before = state.hasContent ? row.spaceBefore : 0;
    qreal need = before + height;
    if (row.keepWithNext)
        need += firstChunkHeight(size_t(index), 0);
    if (state.hasContent && state.y + need > bottom - state.footnotes) {
        finishPage(state);
        startPage(state);
        before = 0;
    }
    Page& page = m_pages.back();
    if (!state.hasContent && row.header >= 0 && row.header != index) {
        const Row& header = std::get<Row>(m_items.at(size_t(row.header)));
        page.placements.push_back(Placement{Kind::Row, row.header, 0, 0, state.y, 0, 0});
        state.y += rowHeight(header);
    }
    for (const OutlineMark& mark : std::as_const(state.pendingOutline))
        m_outline.append(OutlineEntry{mark.title, mark.level, pageCount() - 1, state.y + before});
    state.pendingOutline.clear();
    page.placements.push_back(Placement{Kind::Row, index, 0, 0, state.y + before, 0, 0});
    state.y += before + height;
    state.hasContent = true;
}

void Layout::placeParagraph(State& state, int index, const Paragraph& paragraph)
{
    const std::vector<Line> lines = measure(paragraph);
    const int count = int(lines.size());
    if (count == 0)
        return;
    const qreal bottom = m_pageHeight - m_margin;
    const qreal labelLeft = m_pageWidth - m_margin - m_labelWidth;

    if (state.hasContent && (paragraph.unbreakable || paragraph.keepWithNext)) {
        qreal need = paragraph.spaceBefore;
        for (const Line& line : lines)
            need += line.height;
        if (paragraph.keepWithNext)
            need += firstChunkHeight(size_t(index), 0);
        if (state.y + need > bottom - state.footnotes) {
            finishPage(state);
            startPage(state);
        }
    }

    // Anchors sorted by position, walked once alongside the lines.
    QList<Anchor> anchors = paragraph.anchors;
    std::stable_sort(anchors.begin(), anchors.end(),
                     [](const Anchor& a, const Anchor& b) { return a.position < b.position; });
    qsizetype nextAnchor = 0;

    int i = 0;
    while (i < count) {
        const qreal before = i == 0 && state.hasContent ? paragraph.spaceBefore : 0;
        const qreal joinAbove = i == 0 && state.hasContent && paragraph.ruleJoinsPrevious ? before : 0;
        const qreal chunkTop = state.y + before;
        const int first = i;
        while (i < count) {
            const Line& line = lines[size_t(i)];
            const qreal lineTop = chunkTop + line.top - lines[size_t(first)].top;
            const qreal lineBottom = lineTop + line.height;
            const bool lastLine = i == count - 1;

            qsizetype anchorEnd = nextAnchor;
            while (anchorEnd < anchors.size() && (lastLine || anchors[anchorEnd].position < line.start + line.length))
                ++anchorEnd;

            qreal footnotes = state.footnotes;
            qreal labelY = state.labelBottom;
            QList<std::pair<int, qreal>> labels;
            for (qsizetype a = nextAnchor; a < anchorEnd; ++a) {
                const Anchor& anchor = anchors[a];
                if (anchor.footnote >= 0) {
                    if (footnotes == 0)
                        footnotes = footnoteRuleSpace - noteGap;
                    footnotes += noteHeight(anchor.footnote, m_style.footnote, footnoteWidth()) + noteGap;
                }
                if (anchor.label >= 0) {
                    // Below the label before it on this page, else level with the line.
                    const qreal top = std::max(lineTop + pt(0.5), labelY > 0 ? labelY + noteGap : 0);
                    labels.append({anchor.label, top});
                    labelY = top + noteHeight(anchor.label, m_style.label, m_labelWidth);
                }
            }
            bool fits = lineBottom <= bottom - footnotes && labelY <= bottom;
            // A paragraph does not leave its first line alone at the foot of a page.
            if (fits && i == 0 && count > 1 && !paragraph.unbreakable)
                fits = lineBottom + lines[1].height <= bottom - footnotes;
            if (!fits && (state.hasContent || i > first))
                break;

            Page& page = m_pages.back();
            if (i == 0) {
                for (const OutlineMark& mark : std::as_const(state.pendingOutline))
                    m_outline.append(OutlineEntry{mark.title, mark.level, pageCount() - 1, lineTop});
                state.pendingOutline.clear();
            }
            for (const auto& [note, top] : std::as_const(labels))
                page.placements.push_back(Placement{Kind::Label, note, 0, 0, top, labelLeft, 0});
            for (qsizetype a = nextAnchor; a < anchorEnd; ++a) {
                if (anchors[a].footnote >= 0)
                    state.footnoteNotes.push_back(anchors[a].footnote);
            }
            state.footnotes = footnotes;
            state.labelBottom = labelY;
            nextAnchor = anchorEnd;
            state.hasContent = true;
            ++i;
        }
        if (i > first) {
            const Line& last = lines[size_t(i - 1)];
            m_pages.back().placements.push_back(
                Placement{Kind::Lines, index, first, i - first, chunkTop, 0, joinAbove});
            state.y = chunkTop + last.top - lines[size_t(first)].top + last.height;
        }
        if (i < count) {
            finishPage(state);
            startPage(state);
        }
    }
    state.y += paragraph.spaceAfter;
}

void Layout::paintPage(QPainter& painter, int index, GlyphCollector* glyphs) const
{
    if (index < 0 || index >= pageCount())
        return;
    paintFurniture(painter, index, glyphs);
    for (const Placement& placement : m_pages[size_t(index)].placements) {
        switch (placement.kind) {
        case Kind::Lines:
            paintLines(painter, placement, glyphs);
            break;
        case Kind::Row:
            paintRow(painter, std::get<Row>(m_items.at(size_t(placement.index))), placement.y, glyphs);
            break;
        case Kind::Label:
            paintNote(painter, placement.index, m_style.label, m_labelWidth, QPointF(placement.x, placement.y), glyphs);
            break;
        case Kind::Footnote:
            paintNote(painter, placement.index, m_style.footnote, footnoteWidth(), QPointF(placement.x, placement.y),
                      glyphs);
            break;
        case Kind::FootnoteRule:
            painter.setPen(QPen(QColor(0x70, 0x70, 0x70), pt(0.5)));
            painter.drawLine(QPointF(m_margin, placement.y + pt(3)), QPointF(m_margin + mm(40), placement.y + pt(3)));
            break;
        }
    }
}

void Layout::paintFurniture(QPainter& painter, int index, GlyphCollector* glyphs) const
{
    const QColor grey(0x55, 0x55, 0x55);
    const qreal width = m_pageWidth - 2 * m_margin;
    const int headerItem = m_pages[size_t(index)].header;
    if (headerItem >= 0) {
        const auto& header = std::get<RunningHeader>(m_items.at(size_t(headerItem)));
        const QFontMetricsF metrics(m_style.header, layoutDevice());
        const qreal rightWidth = std::min(metrics.horizontalAdvance(header.right) + pt(2), width / 3);
        const qreal leftWidth = width - rightWidth - mm(4);
        const QString left = metrics.elidedText(header.left, Qt::ElideRight, leftWidth);
        const qreal baseline = m_margin - mm(9) + metrics.ascent();
        paintLine(painter, left, m_style.header, grey, m_margin, baseline, leftWidth, Qt::AlignLeft, glyphs);
        paintLine(painter, header.right, m_style.header, grey, m_pageWidth - m_margin - rightWidth, baseline,
                  rightWidth, Qt::AlignRight, glyphs);
        painter.setPen(QPen(QColor(0xB0, 0xB0, 0xB0), pt(0.5)));
        const qreal ruleY = m_margin - mm(4);
        painter.drawLine(QPointF(m_margin, ruleY), QPointF(m_pageWidth - m_margin, ruleY));
    }
    const QString footer = m_style.footerFormat.arg(index + 1).arg(pageCount());
    const QFontMetricsF footerMetrics(m_style.footer, layoutDevice());
    paintLine(painter, footer, m_style.footer, grey, m_margin, m_pageHeight - m_margin + mm(7) + footerMetrics.ascent(),
              width, Qt::AlignHCenter, glyphs);
}

void Layout::paintLines(QPainter& painter, const Placement& placement, GlyphCollector* glyphs) const
{
    const Paragraph& paragraph = std::get<Paragraph>(m_items.at(size_t(placement.index)));
    QTextLayout layout(displayText(paragraph.text), paragraph.font, layoutDevice());
    shape(layout, paragraph);
    if (placement.firstLine + placement.lineCount > layout.lineCount())
        return;
    const qreal gap = paragraph.lineGap + paragraph.lanes * laneHeight;
    const QTextLine first = layout.lineAt(placement.firstLine);
    const QTextLine last = layout.lineAt(placement.firstLine + placement.lineCount - 1);
    const qreal x = columnLeft(paragraph.column) + paragraph.indent;
    const qreal dy = placement.y - first.y();
    const qreal top = placement.y;
    const qreal bottom = dy + last.y() + last.height() + gap;
    const qreal width = columnWidth(paragraph.column) - paragraph.indent;

    if (paragraph.background.isValid()) {
        const qreal pad = pt(3);
        painter.fillRect(QRectF(x - pad, top - pad, width + 2 * pad, bottom - top - gap + 2 * pad),
                         paragraph.background);
    }
    if (paragraph.rule.isValid()) {
        painter.setPen(QPen(paragraph.rule, pt(1.2), Qt::SolidLine, Qt::FlatCap));
        const qreal ruleX = columnLeft(paragraph.column) + paragraph.ruleX;
        painter.drawLine(QPointF(ruleX, top - placement.joinAbove), QPointF(ruleX, bottom));
    }
    if (!paragraph.bullet.isEmpty() && placement.firstLine == 0) {
        const QFontMetricsF metrics(paragraph.font, layoutDevice());
        const qreal bulletWidth = mm(4);
        paintText(painter, paragraph.bullet, {}, paragraph.font, paragraph.color,
                  QPointF(x - bulletWidth, top + first.ascent() - metrics.ascent()), bulletWidth - pt(2),
                  Qt::AlignRight, glyphs);
    }

    painter.setPen(paragraph.color);
    for (int i = placement.firstLine; i < placement.firstLine + placement.lineCount; ++i) {
        const QTextLine line = layout.lineAt(i);
        line.draw(&painter, QPointF(x, dy));
        if (glyphs)
            glyphs->addLine(line, layout.text());
    }

    for (const Underline& underline : paragraph.underlines) {
        const QPen pen = lanePen(underline.color, underline.lane);
        for (int i = placement.firstLine; i < placement.firstLine + placement.lineCount; ++i) {
            const QTextLine line = layout.lineAt(i);
            const int from = std::max(underline.start, line.textStart());
            const int to = std::min(underline.end, line.textStart() + line.textLength());
            if (from >= to)
                continue;
            qreal x1 = line.cursorToX(from);
            qreal x2 = line.cursorToX(to);
            if (x2 < x1)
                std::swap(x1, x2);
            const qreal y = dy + line.y() + line.height() + laneHeight * (underline.lane + 0.5);
            painter.setPen(pen);
            painter.drawLine(QPointF(x + x1, y), QPointF(x + x2, y));
        }
    }
}

void Layout::paintRow(QPainter& painter, const Row& row, qreal y, GlyphCollector* glyphs) const
{
    const qreal left = columnLeft(row.column);
    const qreal width = columnWidth(row.column);
    const qreal height = rowHeight(row);
    if (row.background.isValid())
        painter.fillRect(QRectF(left, y, width, height), row.background);
    if (row.lineBelow.isValid()) {
        painter.setPen(QPen(row.lineBelow, pt(0.5)));
        painter.drawLine(QPointF(left, y + height), QPointF(left + width, y + height));
    }
    if (row.barColor.isValid() && row.barWidth > 0) {
        const QRectF bar(left + row.barX, y + (height - row.barHeight) / 2, row.barWidth, row.barHeight);
        painter.fillRect(bar, row.barColor);
        painter.setPen(QPen(row.barColor.darker(150), pt(0.5)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(bar);
    }
    for (const Cell& cell : row.cells) {
        const QPointF at(left + cell.x + cell.indent, y + row.padding);
        if (cell.swatch.isValid()) {
            const QRectF square(at.x(), at.y() + pt(0.5), pt(7), pt(7));
            painter.fillRect(square, cell.swatch);
            painter.setPen(QPen(QColor(0x40, 0x40, 0x40), pt(0.4)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(square);
            continue;
        }
        if (cell.rotated) {
            // Upwards from the foot of the row; the last line over the right edge of the column, where
            // the numbers are, the lines before it to its left.
            const QFontMetricsF metrics(cell.font, layoutDevice());
            const RotatedText rotated = rotatedText(cell);
            const qreal lineHeight = metrics.height();
            painter.save();
            painter.translate(left + cell.x + cell.width - lineHeight * 0.6, y + height - row.padding);
            painter.rotate(-90);
            paintText(painter, rotated.text, cell.formats, cell.font, cell.color,
                      QPointF(0, -lineHeight / 2 - (rotated.lines - 1) * lineHeight),
                      rotated.length + (rotated.lines > 1 ? 0 : pt(4)), Qt::AlignLeft, glyphs);
            painter.restore();
            continue;
        }
        QString text = cell.text;
        if (cell.outlinePage >= 0 && cell.outlinePage < m_outline.size())
            text = QString::number(m_outline.at(cell.outlinePage).page + 1);
        QPointF position = at;
        if (cell.alignment & Qt::AlignBottom) {
            QTextLayout layout(displayText(text), cell.font, layoutDevice());
            position.ry() +=
                height - 2 * row.padding - layOut(layout, cell.width - cell.indent, Qt::AlignLeft, false, 0);
        }
        paintText(painter, text, cell.formats, cell.font, cell.color, position, cell.width - cell.indent,
                  cell.alignment & Qt::AlignHorizontal_Mask, glyphs);
    }
}

void Layout::paintNote(QPainter& painter, int note, const QFont& font, qreal width, QPointF at,
                       GlyphCollector* glyphs) const
{
    const Note& text = m_notes.at(size_t(note));
    paintText(painter, text.text, text.formats, font, Qt::black, at, width, Qt::AlignLeft, glyphs);
}

} // namespace glossator::report
