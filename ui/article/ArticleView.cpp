#include "ArticleView.h"

#include "common/PassageFormat.h"
#include "common/TimeFormat.h"
#include "model/Document.h"
#include "notes/NoteText.h"
#include "text/CodeHighlighter.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QToolTip>

namespace glossator {

namespace {

constexpr int laneWidth = 5;
constexpr int laneGap = 2;
constexpr int maximumLanes = 6;

// The strip left of the text where each tagged passage is a bar in its tag's colour, side by
// side where passages overlap, as coding stripes are drawn in QDA tools.
class LaneMargin : public QWidget {
public:
    explicit LaneMargin(ArticleView* view)
        : QWidget(view)
        , m_view(view)
    {
        setObjectName(QStringLiteral("articleLanes"));
        setAccessibleName(ArticleView::tr("Coding stripes"));
        setMouseTracking(true);
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), palette().color(QPalette::Window));
        for (const ArticleView::LaneBar& bar : m_view->laneBars()) {
            const int x = width() - (bar.lane + 1) * (laneWidth + laneGap);
            painter.fillRect(QRect(x, bar.top, laneWidth, std::max(bar.bottom - bar.top, 4)), bar.color);
        }
    }

    bool event(QEvent* event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto* help = static_cast<QHelpEvent*>(event);
            QStringList names;
            for (const ArticleView::LaneBar& bar : m_view->laneBars()) {
                if (help->pos().y() >= bar.top && help->pos().y() <= bar.bottom)
                    names.append(bar.tags);
            }
            if (!names.isEmpty())
                QToolTip::showText(help->globalPos(), names.join(QLatin1Char('\n')), this);
            else
                QToolTip::hideText();
            return true;
        }
        return QWidget::event(event);
    }

private:
    ArticleView* m_view;
};

} // namespace

ArticleView::ArticleView(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("articleView"));
    setAccessibleName(tr("Article"));
    setToolTip(tr("The article. Select a passage to work with it."));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::LinksAccessibleByMouse |
                            Qt::LinksAccessibleByKeyboard);
    document()->setDocumentMargin(24);
    m_margin = new LaneMargin(this);
    setViewportMargins(maximumLanes * (laneWidth + laneGap) + 4, 0, 0, 0);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, m_margin, qOverload<>(&QWidget::update));
}

void ArticleView::resizeEvent(QResizeEvent* event)
{
    QTextBrowser::resizeEvent(event);
    const QRect area = contentsRect();
    m_margin->setGeometry(area.left(), area.top(), viewportMargins().left(), area.height());
    m_margin->update();
}

QList<ArticleView::LaneBar> ArticleView::laneBars() const
{
    struct Extent {
        int top;
        int bottom;
        const Annotation* annotation;
    };
    QList<Extent> spans;
    for (const Annotation& annotation : m_annotations) {
        const int from = documentPosition(annotation.range->start);
        const int to = documentPosition(annotation.range->end);
        if (from < 0 || to <= from)
            continue;
        QTextCursor start(document());
        start.setPosition(from);
        QTextCursor end(document());
        end.setPosition(to);
        spans.append({cursorRect(start).top(), cursorRect(end).bottom(), &annotation});
    }
    std::sort(spans.begin(), spans.end(), [](const Extent& a, const Extent& b) { return a.top < b.top; });
    // Greedy interval partitioning: each bar takes the first lane free at its top.
    QList<int> laneEnds;
    QList<LaneBar> bars;
    for (const Extent& span : spans) {
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds.at(lane) >= span.top)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.append(span.bottom);
        else
            laneEnds[lane] = span.bottom;
        QStringList names;
        for (const qint64 tag : span.annotation->tagIds)
            names.append(m_tags.value(tag).name);
        const QColor color =
            span.annotation->tagIds.isEmpty() ? QColor(Qt::gray) : m_tags.value(span.annotation->tagIds.first()).color;
        bars.append({std::min(lane, maximumLanes - 1), span.top, span.bottom, color, names.join(QStringLiteral(", "))});
    }
    return bars;
}

void ArticleView::cycleOverlaps()
{
    ++m_frontRotation;
    updateHighlights();
}

void ArticleView::setDocument(const Document& document)
{
    m_document = &document;
    render();
}

QVariant ArticleView::loadResource(int type, const QUrl& name)
{
    // Imported content may name remote images or style sheets, or local files by a relative path;
    // only bundled resources (qrc:/ or :/) load.
    if (name.scheme() == QLatin1String("qrc") ||
        (name.scheme().isEmpty() && name.path().startsWith(QLatin1String(":/"))))
        return QTextBrowser::loadResource(type, name);
    return {};
}

void ArticleView::changeEvent(QEvent* event)
{
    QTextBrowser::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) && m_document) {
        // The reader stays at the same place in the text when its size or colours change.
        QScrollBar* bar = verticalScrollBar();
        const double fraction = bar->maximum() > 0 ? double(bar->value()) / bar->maximum() : 0.0;
        render();
        bar->setValue(int(fraction * bar->maximum()));
    }
}

void ArticleView::render()
{
    QTextDocument* doc = document();
    doc->clear();
    m_spans.clear();
    if (!m_document) {
        updateHighlights();
        return;
    }
    const Article& article = m_document->article;
    const QPalette pal = palette();
    const QColor muted = pal.color(QPalette::PlaceholderText);
    const QFont baseFont = font();

    QTextCursor cursor(doc);
    QTextBlockFormat blockFormat;
    blockFormat.setBottomMargin(10);
    blockFormat.setLineHeight(130, QTextBlockFormat::ProportionalHeight);

    QTextCharFormat titleFormat;
    titleFormat.setFontPointSize(baseFont.pointSizeF() * 1.8);
    titleFormat.setFontWeight(QFont::Bold);
    QTextBlockFormat titleBlock = blockFormat;
    titleBlock.setBottomMargin(6);
    titleBlock.setHeadingLevel(1);
    cursor.setBlockFormat(titleBlock);
    cursor.setCharFormat(titleFormat);
    cursor.insertText(article.title);

    QStringList byline;
    if (!article.author.isEmpty())
        byline.append(tr("By %1").arg(article.author));
    if (!article.source.isEmpty())
        byline.append(article.source);
    if (article.published.isValid())
        byline.append(displayTime(article.published, true));
    if (!byline.isEmpty()) {
        QTextCharFormat bylineFormat;
        bylineFormat.setForeground(muted);
        QTextBlockFormat bylineBlock = blockFormat;
        bylineBlock.setBottomMargin(16);
        cursor.insertBlock(bylineBlock, bylineFormat);
        cursor.insertText(byline.join(QStringLiteral(" · ")));
    }

    const QFont monospace = CodeHighlighter::fixedPitchFont();
    int plainStart = 0;
    const auto theme = isDarkPalette(pal) ? CodeHighlighter::Theme::Dark : CodeHighlighter::Theme::Light;
    for (const Block& block : article.blocks) {
        QTextBlockFormat format = blockFormat;
        QTextCharFormat charFormat;
        switch (block.kind) {
        case Block::Kind::Heading:
            format.setHeadingLevel(std::clamp(block.level, 1, 6));
            format.setTopMargin(12);
            charFormat.setFontWeight(QFont::Bold);
            charFormat.setFontPointSize(baseFont.pointSizeF() * (block.level <= 2 ? 1.4 : 1.15));
            break;
        case Block::Kind::Quote:
            format.setLeftMargin(24);
            charFormat.setFontItalic(true);
            break;
        case Block::Kind::ListItem:
            format.setLeftMargin(24.0 * (block.level + 1));
            break;
        case Block::Kind::Code:
            format.setLeftMargin(12);
            format.setBackground(pal.color(QPalette::AlternateBase));
            format.setNonBreakableLines(true);
            format.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
            charFormat.setFont(monospace);
            break;
        case Block::Kind::Paragraph:
            break;
        }
        cursor.insertBlock(format, charFormat);
        if (block.kind == Block::Kind::ListItem)
            cursor.insertText(QStringLiteral("• "));
        const int start = cursor.position();
        m_spans.append(Span{plainStart, start, int(block.text.size())});
        plainStart += int(block.text.size()) + 2;
        if (block.kind == Block::Kind::Code) {
            // Code lines stay one block so that the background and selection read as one unit.
            cursor.insertText(QString(block.text).replace(QLatin1Char('\n'), QChar::LineSeparator));
            for (const QTextLayout::FormatRange& range :
                 CodeHighlighter::highlight(block.text, block.language, theme)) {
                QTextCursor span(doc);
                span.setPosition(start + range.start);
                span.setPosition(start + range.start + range.length, QTextCursor::KeepAnchor);
                span.mergeCharFormat(range.format);
            }
        } else {
            cursor.insertText(block.text);
        }
    }
    moveCursor(QTextCursor::Start);
    updateHighlights();
}

int ArticleView::documentPosition(int offset) const
{
    for (const Span& span : m_spans) {
        if (offset >= span.plainStart && offset <= span.plainStart + span.length)
            return span.documentStart + offset - span.plainStart;
        // An offset in the blank line between two blocks belongs to the end of the first.
        if (offset < span.plainStart)
            return span.documentStart;
    }
    return -1;
}

int ArticleView::plainOffset(int position) const
{
    for (const Span& span : m_spans) {
        if (position >= span.documentStart && position <= span.documentStart + span.length)
            return span.plainStart + position - span.documentStart;
        if (position < span.documentStart)
            return span.plainStart; // in the title, byline or a list bullet: the next block's start
    }
    return -1;
}

std::optional<std::pair<int, int>> ArticleView::selectedRange() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection() || m_spans.isEmpty())
        return std::nullopt;
    const int start = plainOffset(cursor.selectionStart());
    const int end = plainOffset(cursor.selectionEnd());
    if (start < 0 || end <= start) {
        // A selection that ends past the last block runs to the end of the text.
        const Span& last = m_spans.last();
        if (start >= 0 && cursor.selectionEnd() > last.documentStart + last.length)
            return std::pair{start, last.plainStart + last.length};
        return std::nullopt;
    }
    return std::pair{start, end};
}

void ArticleView::selectRange(int start, int end)
{
    const int from = documentPosition(start);
    const int to = documentPosition(end);
    if (from < 0 || to < 0)
        return;
    QTextCursor cursor(document());
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
}

void ArticleView::setAnnotations(const QList<Annotation>& annotations, const QHash<qint64, Tag>& tags)
{
    m_annotations.clear();
    for (const Annotation& annotation : annotations) {
        if (annotation.commentId == 0 && annotation.range && !annotation.orphaned)
            m_annotations.append(annotation);
    }
    m_tags = tags;
    updateHighlights();
}

void ArticleView::setSearchMatches(const QList<QPair<int, int>>& matches)
{
    m_searchMatches = matches;
    updateHighlights();
}

void ArticleView::updateHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    // Later selections are drawn over earlier ones; rotating the order brings another to the front.
    QList<Annotation> ordered = m_annotations;
    if (!ordered.isEmpty())
        std::rotate(ordered.begin(), ordered.begin() + (m_frontRotation % ordered.size()), ordered.end());
    for (const Annotation& annotation : std::as_const(ordered)) {
        const int from = documentPosition(annotation.range->start);
        const int to = documentPosition(annotation.range->end);
        if (from < 0 || to <= from)
            continue;
        const QColor color = annotation.tagIds.isEmpty() ? palette().color(QPalette::Highlight)
                                                         : m_tags.value(annotation.tagIds.first()).color;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(from);
        selection.cursor.setPosition(to, QTextCursor::KeepAnchor);
        selection.format = passageFormat(color, palette());
        selections.append(selection);
    }
    // Find matches: an outline-like frame in the selection colour, so they stand out on any tag.
    for (const auto& [from, to] : std::as_const(m_searchMatches)) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(from);
        selection.cursor.setPosition(to, QTextCursor::KeepAnchor);
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlphaF(0.3f);
        selection.format.setBackground(fill);
        selection.format.setFontWeight(QFont::Bold);
        selections.append(selection);
    }
    setExtraSelections(selections);
    if (m_margin)
        m_margin->update();
}

bool ArticleView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int offset = plainOffset(cursorForPosition(viewport()->mapFromGlobal(help->globalPos())).position());
        QStringList lines;
        for (const Annotation& annotation : std::as_const(m_annotations)) {
            if (offset < annotation.range->start || offset >= annotation.range->end)
                continue;
            QStringList names;
            for (const qint64 tag : annotation.tagIds)
                names.append(m_tags.value(tag).name);
            lines.append(names.join(QStringLiteral(", ")));
            // The note under its tags, a few lines of it: the Notes panel has the rest.
            if (const QString note = notePreview(annotation.note); !note.isEmpty())
                lines.append(note);
        }
        if (!lines.isEmpty()) {
            QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), this);
            return true;
        }
    }
    return QTextBrowser::event(event);
}

} // namespace glossator
