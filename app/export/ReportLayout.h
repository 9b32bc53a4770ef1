#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPageSize>
#include <QString>
#include <QTextLayout>

#include <deque>
#include <variant>
#include <vector>

class QPainter;

namespace glossator::report {

class GlyphCollector;

// Layout units: 1/1200 inch, the resolution the PDF is written at, so that what is measured is what
// is printed.
inline constexpr qreal unitsPerInch = 1200.0;
constexpr qreal mm(qreal value)
{
    return value * unitsPerInch / 25.4;
}
constexpr qreal pt(qreal value)
{
    return value * unitsPerInch / 72.0;
}

using Formats = QList<QTextLayout::FormatRange>;

// A short text set apart from the flow: a label in the right margin or a footnote.
struct Note {
    QString text;
    Formats formats;
};

// A line under part of a paragraph, in one of several lanes so that overlapping passages stay apart.
struct Underline {
    int start = 0;
    int end = 0;
    QColor color;
    int lane = 0;
};

// What hangs on a character of a paragraph: a margin label beside its line, a footnote at the foot
// of its page. Indices into Layout's notes, -1 for none.
struct Anchor {
    int position = 0;
    int label = -1;
    int footnote = -1;
};

enum class Column {
    Body, // beside the margin for labels
    Wide, // the whole width between the page margins
};

struct Paragraph {
    QString text; // '\n' is shown as a line break
    Formats formats;
    QFont font;
    QColor color = Qt::black;
    Column column = Column::Body;
    qreal indent = 0; // from the column's left edge
    Qt::Alignment alignment = Qt::AlignLeft;
    bool code = false; // spaces kept, tab stops, lines broken anywhere when they must
    qreal spaceBefore = 0;
    qreal spaceAfter = 0;
    qreal lineGap = 0; // added below every line
    QColor background; // behind the whole paragraph, for code
    QColor rule;       // a vertical line left of the paragraph, for quotes and replies
    qreal ruleX = 0;   // from the column's left edge
    bool ruleJoinsPrevious = false;
    QString bullet; // drawn before the first line, outside the text so that it is not part of it
    QList<Underline> underlines;
    int lanes = 0; // underline lanes below each line
    QList<Anchor> anchors;
    bool keepWithNext = false;
    bool unbreakable = false;
};

// One cell of a table row or chart row.
struct Cell {
    qreal x = 0; // from the column's left edge
    qreal width = 0;
    qreal indent = 0;
    QString text;
    Formats formats;
    QFont font;
    QColor color = Qt::black;
    Qt::Alignment alignment = Qt::AlignLeft;
    QColor swatch;        // a filled square instead of text
    int outlinePage = -1; // the text is the page number of this outline entry, known after layout
    // Read upwards, for narrow column headings: one line up to rotatedLength, then wrapped into as
    // many lines as the column is wide, the heading growing taller until the whole text fits.
    bool rotated = false;
};

inline constexpr qreal rotatedLength = 28 * unitsPerInch / 25.4;
// Past this a rotated heading is cut with an ellipsis: a name of hundreds of characters.
inline constexpr qreal maxRotatedLength = 4 * rotatedLength;

// A row that is never split: a table row, or a bar of a chart.
struct Row {
    QList<Cell> cells;
    Column column = Column::Wide;
    qreal padding = pt(2);
    qreal spaceBefore = 0;
    QColor background;
    QColor lineBelow;
    qreal barX = 0;
    qreal barWidth = 0;
    qreal barHeight = 0;
    QColor barColor;
    int header = -1; // item repeated above this row when it starts a page
    bool keepWithNext = false;
};

struct PageBreak {};

// The running header from the next new page on (or this one, while it is still empty).
struct RunningHeader {
    QString left;
    QString right;
};

// A bookmark at whatever is placed next.
struct OutlineMark {
    QString title;
    int level = 0;
};

using Item = std::variant<Paragraph, Row, PageBreak, RunningHeader, OutlineMark>;

struct OutlineEntry {
    QString title;
    int level = 0;
    int page = 0;
    qreal y = 0; // from the top of the page
};

// Fonts and strings of the page furniture.
struct PageStyle {
    QFont header;
    QFont footer;
    QFont label;
    QFont footnote;
    QString footerFormat; // "Page %1 of %2"
};

// Breaks a flow of paragraphs and rows into pages, with margin labels beside the lines they belong
// to and footnotes at the foot of the page where they are referred to. Only what is needed to lay
// a page out again is kept; text is shaped again when a page is painted.
class Layout {
public:
    Layout(const QPageSize& pageSize, const PageStyle& style);

    // Items are kept in a deque: a report of thousands of pages never copies them to grow.
    using Items = std::deque<Item>;
    void setItems(Items items);
    int addNote(Note note);

    qreal pageWidth() const { return m_pageWidth; }
    qreal pageHeight() const { return m_pageHeight; }
    qreal columnWidth(Column column) const;
    qreal labelWidth() const { return m_labelWidth; }
    qreal footnoteWidth() const { return columnWidth(Column::Body); }
    // How many lines the text takes at that width: the builder shortens long footnotes with it.
    static int lineCount(const QString& text, const QFont& font, qreal width);

    void paginate();
    int pageCount() const { return int(m_pages.size()); }
    const QList<OutlineEntry>& outline() const { return m_outline; }
    // Paints the page in layout units at the painter's origin; the caller scales.
    void paintPage(QPainter& painter, int index, GlyphCollector* glyphs = nullptr) const;

private:
    struct Line {
        qreal top = 0;
        qreal height = 0; // to the next line
        int start = 0;
        int length = 0;
    };
    enum class Kind : quint8 { Lines, Row, Label, Footnote, FootnoteRule };
    struct Placement {
        Kind kind = Kind::Lines;
        int index = 0; // item, or note
        int firstLine = 0;
        int lineCount = 0;
        qreal y = 0;
        qreal x = 0;
        qreal joinAbove = 0; // how far a rule reaches up to the paragraph before
    };
    struct Page {
        std::vector<Placement> placements;
        int header = -1; // item index of the RunningHeader
    };
    struct State;

    qreal columnLeft(Column column) const;
    std::vector<Line> measure(const Paragraph& paragraph) const;
    void shape(QTextLayout& layout, const Paragraph& paragraph) const;
    qreal rowHeight(const Row& row) const;
    qreal noteHeight(int note, const QFont& font, qreal width) const;
    qreal firstChunkHeight(size_t index, int depth) const;

    void placeParagraph(State& state, int index, const Paragraph& paragraph);
    void placeRow(State& state, int index, const Row& row);
    void finishPage(State& state);
    void startPage(State& state);

    void paintLines(QPainter& painter, const Placement& placement, GlyphCollector* glyphs) const;
    void paintRow(QPainter& painter, const Row& row, qreal y, GlyphCollector* glyphs) const;
    void paintNote(QPainter& painter, int note, const QFont& font, qreal width, QPointF at,
                   GlyphCollector* glyphs) const;
    void paintFurniture(QPainter& painter, int index, GlyphCollector* glyphs) const;

    PageStyle m_style;
    qreal m_pageWidth = 0;
    qreal m_pageHeight = 0;
    qreal m_margin = mm(20);
    qreal m_labelWidth = 0;
    qreal m_labelGap = mm(4);
    Items m_items;
    std::deque<Note> m_notes;
    std::vector<Page> m_pages;
    QList<OutlineEntry> m_outline;
};

} // namespace glossator::report
