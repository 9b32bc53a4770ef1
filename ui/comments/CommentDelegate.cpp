#include "CommentDelegate.h"

#include "comments/CommentFilterModel.h"
#include "comments/CommentTextEditor.h"
#include "comments/CommentTreeModel.h"
#include "common/BodyFormat.h"
#include "common/PassageFormat.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QPainter>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTextLayout>
#include <QTreeView>

#include <cmath>
#include <functional>
#include <memory>

namespace glossator {

namespace {

constexpr int padding = 8;
constexpr int headerGap = 4;
constexpr int minimumBodyWidth = 120;
// Threads of up to this many comments have every row wrapped exactly, as a first layout of them
// takes a fraction of a second; longer ones are estimated away from the screen.
constexpr int exactLayoutLimit = 500;

// Runs a function before each paint of a widget, ahead of the widget's own painting. It belongs to
// whoever the function works for, and stops with it.
class PaintHook : public QObject {
public:
    PaintHook(QWidget* widget, QObject* owner, std::function<void()> beforePaint)
        : QObject(owner)
        , m_beforePaint(std::move(beforePaint))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            m_beforePaint();
        return false;
    }

private:
    std::function<void()> m_beforePaint;
};

// The comment model under any proxies, or null.
const CommentTreeModel* commentModelOf(const QAbstractItemModel* model)
{
    while (const auto* proxy = qobject_cast<const QAbstractProxyModel*>(model))
        model = proxy->sourceModel();
    return qobject_cast<const CommentTreeModel*>(model);
}

QFont boldFont(QFont font)
{
    font.setBold(true);
    return font;
}

QFont chipFont(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

// The body laid out for a width; paragraph breaks become line separators of the same length, so
// that offsets into the plain text are offsets into the layout.
struct BodyLayout {
    std::unique_ptr<QTextLayout> layout;
    int height = 0;
};

BodyLayout layoutBody(const QModelIndex& index, const QFont& font, const QPalette& palette, int width)
{
    BodyLayout result;
    const QString body = index.data(CommentTreeModel::BodyRole).toString();
    result.layout = std::make_unique<QTextLayout>(QString(body).replace(QLatin1Char('\n'), QChar::LineSeparator), font);
    // Code and quotes change fonts, so they are part of the layout, not only of drawing.
    result.layout->setFormats(bodyFormats(index.data(CommentTreeModel::BlocksRole).value<QList<Block>>(), palette));
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    result.layout->setTextOption(option);
    result.layout->setCacheEnabled(true);
    result.layout->beginLayout();
    qreal y = 0;
    for (QTextLine line = result.layout->createLine(); line.isValid(); line = result.layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    result.layout->endLayout();
    result.height = int(std::ceil(y));
    return result;
}

// Coding stripes in the card's left margin, as beside the article: one lane per overlapping
// passage, so that passages which share words stay apart even where their colours mix.
void paintCodingStripes(QPainter* painter, const QTextLayout& layout,
                        const QList<CommentTreeModel::Highlight>& highlights, QPoint origin)
{
    constexpr int stripeWidth = 2;
    constexpr int lanes = 2; // what fits in the margin; further overlaps share the last lane
    QList<int> laneEnds(lanes, -1);
    QList<CommentTreeModel::Highlight> ordered = highlights;
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
    for (const CommentTreeModel::Highlight& highlight : std::as_const(ordered)) {
        const QTextLine first = layout.lineForTextPosition(highlight.start);
        const QTextLine last = layout.lineForTextPosition(std::max(highlight.start, highlight.end - 1));
        if (!first.isValid() || !last.isValid())
            continue;
        int lane = 0;
        while (lane < lanes - 1 && laneEnds[lane] > highlight.start)
            ++lane;
        laneEnds[lane] = std::max(laneEnds[lane], highlight.end);
        const int top = origin.y() + int(first.y()) + 1;
        const int bottom = origin.y() + int(std::ceil(last.y() + last.height())) - 1;
        painter->fillRect(QRect(origin.x() + 1 + lane * (stripeWidth + 1), top, stripeWidth, bottom - top),
                          highlight.color);
    }
}

// The find bar's matches: every one tinted, the current one stronger and framed, so that it
// stands out on a tag's colour as well as on the card.
void paintFindMatch(QPainter* painter, const QRectF& rect, bool current, const QPalette& palette)
{
    QColor fill = palette.color(QPalette::Highlight);
    fill.setAlphaF(current ? 0.6f : 0.25f);
    painter->fillRect(rect, fill);
    if (current) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(rect.adjusted(0.75, 0.75, -0.75, -0.75));
    }
}

// Where a match lies in the laid-out body: one rectangle for each line it runs over.
void paintBodyFindMatches(QPainter* painter, const QTextLayout& layout,
                          const QList<CommentTreeModel::FindMatch>& matches, QPointF origin, const QPalette& palette)
{
    for (const CommentTreeModel::FindMatch& match : matches) {
        if (match.inAuthor)
            continue;
        const int end = match.start + match.length;
        for (int i = 0; i < layout.lineCount(); ++i) {
            const QTextLine line = layout.lineAt(i);
            const int from = std::max(match.start, line.textStart());
            const int to = std::min(end, line.textStart() + line.textLength());
            if (from >= to)
                continue;
            const qreal left = line.cursorToX(from);
            const qreal right = line.cursorToX(to);
            paintFindMatch(painter,
                           QRectF(origin.x() + std::min(left, right), origin.y() + line.y(), std::abs(right - left),
                                  line.height()),
                           match.current, palette);
        }
    }
}

} // namespace

CommentDelegate::CommentDelegate(QTreeView* view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    new PaintHook(view->viewport(), this, [this] { measureRowsNearView(); });
}

int CommentDelegate::availableWidth(const QModelIndex& index) const
{
    const int depth = index.data(CommentTreeModel::DepthRole).toInt();
    const int width = m_view->viewport()->width() - m_view->indentation() * (depth + 1) - 2 * padding;
    return std::max(width, minimumBodyWidth);
}

QString CommentDelegate::headerDetails(const QModelIndex& index) const
{
    QStringList parts;
    const QString published = index.data(CommentTreeModel::PublishedRole).toString();
    if (!published.isEmpty())
        parts.append(published);
    const QVariant score = index.data(CommentTreeModel::ScoreRole);
    if (score.isValid())
        parts.append(tr("%n point(s)", nullptr, score.toInt()));
    const int replies = index.data(CommentTreeModel::DescendantCountRole).toInt();
    if (replies > 0) {
        const bool collapsed = !m_view->isExpanded(index);
        parts.append(collapsed ? tr("%n hidden reply/replies", nullptr, replies)
                               : tr("%n reply/replies", nullptr, replies));
        // A collapsed thread still says which tags its replies carry.
        const auto replyTags = index.data(CommentTreeModel::ReplyTagsRole).value<QList<QPair<QString, int>>>();
        if (collapsed && !replyTags.isEmpty()) {
            QStringList tags;
            for (const auto& [name, count] : replyTags)
                tags.append(count > 1 ? QStringLiteral("%1 ×%2").arg(name).arg(count) : name);
            parts.append(tr("inside: %1").arg(tags.join(QStringLiteral(", "))));
        }
    }
    return parts.join(QStringLiteral(" · "));
}

CommentDelegate::Layout CommentDelegate::layoutFor(const QStyleOptionViewItem& option, const QModelIndex& index,
                                                   int width) const
{
    Layout layout;
    const QFontMetrics headerMetrics(boldFont(option.font));
    const int left = option.rect.left() + padding;
    const int top = option.rect.top() + padding;
    layout.header = QRect(left, top, width, headerMetrics.height());
    layout.body = QRect(left, layout.header.bottom() + 1 + headerGap, width, bodyHeight(option, index, width));
    layout.height = layout.header.height() + headerGap + layout.body.height() + 2 * padding;
    return layout;
}

QWidget* CommentDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* editor = new CommentTextEditor(parent);
    connect(editor, &CommentTextEditor::leaveRequested, m_view, [this] { m_view->setFocus(); });
    return editor;
}

void CommentDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* text = static_cast<CommentTextEditor*>(editor);
    text->setFont(m_view->font());
    text->setComment(index.data(CommentTreeModel::BodyRole).toString(),
                     index.data(CommentTreeModel::BlocksRole).value<QList<Block>>(),
                     index.data(CommentTreeModel::HighlightsRole).value<QList<CommentTreeModel::Highlight>>());
}

void CommentDelegate::setModelData(QWidget*, QAbstractItemModel*, const QModelIndex&) const
{
    // The comment text is read-only: the editor exists for selecting passages.
}

void CommentDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                           const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int width = std::max(opt.rect.width() - 2 * padding, 40);
    const Layout layout = layoutFor(opt, index, width);
    editor->setGeometry(layout.body);
}

QSize CommentDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // The view's font as it is: the model gives no font of its own, and filling in the whole style
    // option for every row of a long thread would cost more than the kept height saves.
    prepare(option.font, index.model());
    KeptHeight* kept = keptHeight(index);
    const int viewportWidth = m_view->viewport()->width();
    const bool estimate = m_commentCount > exactLayoutLimit;
    // An estimate stays good enough when the view narrows or widens a little, as it does when its
    // scroll bar appears: the rows near the screen are wrapped again exactly anyway.
    if (kept && kept->viewportWidth > 0 &&
        (kept->exact ? kept->viewportWidth == viewportWidth
                     : estimate && std::abs(kept->viewportWidth - viewportWidth) <= viewportWidth / 16))
        return {std::max(kept->width + viewportWidth - kept->viewportWidth, minimumBodyWidth) + 2 * padding,
                cardHeight(kept->height)};
    const int width = availableWidth(index);
    const int height = estimate ? estimatedBodyHeight(index, width) : exactBodyHeight(option, index, width);
    // What the view is given is kept, exact or not: one it holds as an estimate is made exact, and
    // the view told, before the row is painted (measureRowsNearView()).
    if (kept)
        *kept = {viewportWidth, width, height, !estimate};
    return {width + 2 * padding, cardHeight(height)};
}

CommentDelegate::KeptHeight* CommentDelegate::keptHeight(const QModelIndex& index) const
{
    const QVariant position = index.data(CommentTreeModel::PositionRole);
    const int at = position.isValid() ? position.toInt() : -1;
    return at >= 0 && at < m_heights.size() ? &m_heights[at] : nullptr;
}

int CommentDelegate::cardHeight(int bodyHeight) const
{
    return m_headerHeight + headerGap + bodyHeight + 2 * padding;
}

void CommentDelegate::prepare(const QFont& font, const QAbstractItemModel* model) const
{
    watchModel(model);
    if (m_view->indentation() != m_indentation) {
        forgetHeights();
        m_indentation = m_view->indentation();
    }
    if (font == m_font && m_headerHeight > 0)
        return;
    forgetHeights();
    m_font = font;
    m_headerHeight = QFontMetrics(boldFont(font)).height();
    const QFontMetricsF metrics(font);
    // A wrapped line is as high as the font (QTextLayout leaves leading out).
    m_lineHeight = metrics.height();
    const QString sample = QStringLiteral("The council said the bridge would close for repairs; residents asked why.");
    m_averageCharWidth = std::max<qreal>(1, metrics.horizontalAdvance(sample) / qreal(sample.size()));
}

int CommentDelegate::bodyHeight(const QStyleOptionViewItem& option, const QModelIndex& index, int width) const
{
    prepare(option.font, index.model());
    const KeptHeight* kept = keptHeight(index);
    if (kept && kept->exact && kept->width == width)
        return kept->height;
    return exactBodyHeight(option, index, width);
}

int CommentDelegate::exactBodyHeight(const QStyleOptionViewItem& option, const QModelIndex& index, int width) const
{
    if (index.data(CommentTreeModel::BodyRole).toString().isEmpty())
        return 0;
    return layoutBody(index, option.font, option.palette, width).height;
}

// From the length of each paragraph: as many lines as it fills, less about half a word a line for
// wrapping at word boundaries. Close enough for the scroll bar; rows are wrapped exactly before
// they are shown.
int CommentDelegate::estimatedBodyHeight(const QModelIndex& index, int width) const
{
    const auto blocks = index.data(CommentTreeModel::BlocksRole).value<QList<Block>>();
    if (blocks.isEmpty() || (blocks.size() == 1 && blocks.first().text.isEmpty()))
        return 0;
    const qreal perLine = std::max<qreal>(8, width / m_averageCharWidth - 3);
    qsizetype lines = blocks.size() - 1; // the blank line between blocks
    for (const Block& block : blocks) {
        // Code keeps its own line breaks; other blocks are read as one paragraph each, without
        // looking into their text, which a first layout of a long thread would pay for.
        if (block.kind != Block::Kind::Code) {
            lines += std::max<qsizetype>(1, qsizetype(std::ceil(qreal(block.text.size()) / perLine)));
            continue;
        }
        qsizetype from = 0;
        for (;;) {
            const qsizetype end = block.text.indexOf(QLatin1Char('\n'), from);
            const qsizetype length = (end < 0 ? block.text.size() : end) - from;
            lines += std::max<qsizetype>(1, qsizetype(std::ceil(qreal(length) / perLine)));
            if (end < 0)
                break;
            from = end + 1;
        }
    }
    return int(std::ceil(qreal(lines) * m_lineHeight));
}

void CommentDelegate::watchModel(const QAbstractItemModel* model) const
{
    if (model == m_model)
        return;
    for (const QMetaObject::Connection& connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    m_model = const_cast<QAbstractItemModel*>(model);
    forgetHeights();
    if (!model)
        return;
    // Find matches change only how rows look: a repaint of what is on screen is all they need.
    if (const CommentTreeModel* comments = commentModelOf(model))
        m_modelConnections.append(connect(comments, &CommentTreeModel::findMatchesChanged, m_view->viewport(),
                                          qOverload<>(&QWidget::update)));
    // Another document (a reset) or another text of a comment makes the kept heights wrong.
    auto* self = const_cast<CommentDelegate*>(this);
    const auto forget = [this] {
        forgetHeights();
    };
    m_modelConnections += {
        connect(model, &QAbstractItemModel::modelReset, self, forget),
        connect(model, &QAbstractItemModel::rowsInserted, self, forget),
        connect(model, &QAbstractItemModel::rowsRemoved, self, forget),
        connect(model, &QAbstractItemModel::dataChanged, self,
                [this](const QModelIndex&, const QModelIndex&, const QList<int>& roles) {
                    if (roles.isEmpty() || roles.contains(CommentTreeModel::BodyRole) ||
                        roles.contains(CommentTreeModel::BlocksRole))
                        forgetHeights();
                }),
    };
}

void CommentDelegate::forgetHeights() const
{
    const CommentTreeModel* comments = commentModelOf(m_model);
    m_commentCount = comments && comments->tree() ? comments->tree()->size() : 0;
    m_heights.clear();
    m_heights.resize(m_commentCount);
}

// Wraps exactly the rows on screen and a screen above and two below, so that scrolling a little
// never shows an estimated row; tells the view their heights; and keeps in place what the user is
// looking at (the current comment if it is on screen, else the top row) while rows above it change.
void CommentDelegate::measureRowsNearView()
{
    QAbstractItemModel* model = m_view->model();
    if (m_measuring || !model || !m_view->isVisible())
        return;
    watchModel(model);
    if (m_commentCount <= exactLayoutLimit)
        return;
    const QScopedValueRollback<bool> measuring(m_measuring, true);
    // Asking for an index lays out first what is waiting to be laid out.
    const QModelIndex top = m_view->indexAt(QPoint(0, 0));
    if (!top.isValid())
        return;
    QStyleOptionViewItem option;
    option.font = m_view->font();
    option.palette = m_view->palette();
    prepare(option.font, model);
    const int viewportWidth = m_view->viewport()->width();
    const int viewportHeight = m_view->viewport()->height();
    QList<QModelIndex> rows;
    int above = 0;
    for (QModelIndex row = m_view->indexAbove(top); row.isValid() && above < viewportHeight;
         row = m_view->indexAbove(row)) {
        rows.prepend(row);
        above += sizeHint(option, row).height();
    }
    int below = 0;
    for (QModelIndex row = top; row.isValid() && below < 2 * viewportHeight; row = m_view->indexBelow(row)) {
        rows.append(row);
        below += sizeHint(option, row).height();
    }

    bool measured = false;
    for (const QModelIndex& row : std::as_const(rows)) {
        KeptHeight* kept = keptHeight(row);
        if (!kept || (kept->exact && kept->viewportWidth == viewportWidth))
            continue;
        const int width = availableWidth(row);
        *kept = {viewportWidth, width, exactBodyHeight(option, row, width), true};
        measured = true;
    }
    if (!measured)
        return;

    const QModelIndex current = m_view->currentIndex();
    const QRect currentRect = current.isValid() ? m_view->visualRect(current) : QRect();
    const bool keepCurrent = currentRect.isValid() && currentRect.top() >= 0 && currentRect.bottom() < viewportHeight;
    QModelIndex anchor = keepCurrent ? current : top;
    if (!keepCurrent && m_view->visualRect(top).top() < 0 && m_view->indexBelow(top).isValid())
        anchor = m_view->indexBelow(top);
    const int anchorTop = m_view->visualRect(anchor).top();

    // The view's own slot for changed rows is what makes it ask for their heights again. The
    // scroll bar is silenced while the rows change, so that the view does not scroll its pixels in
    // the middle of a paint; the position is set right below and the whole view repainted.
    QScrollBar* bar = m_view->verticalScrollBar();
    const QSignalBlocker silence(bar);
    // QTreeView reads a range whose ends have the same row number as that one row, even when the
    // ends are under different parents: the range is widened by the rows below until they differ.
    QModelIndex last = rows.last();
    while (last.row() == rows.first().row() && last != rows.first() && m_view->indexBelow(last).isValid())
        last = m_view->indexBelow(last);
    QMetaObject::invokeMethod(m_view, "dataChanged", Qt::DirectConnection, Q_ARG(QModelIndex, rows.first()),
                              Q_ARG(QModelIndex, last), Q_ARG(QList<int>, QList<int>{Qt::SizeHintRole}));
    const QRect moved = m_view->visualRect(anchor);
    int shift = moved.top() - anchorTop;
    // The current comment stays whole on screen where it fits.
    if (keepCurrent && anchorTop + moved.height() > viewportHeight)
        shift += std::min(anchorTop + moved.height() - viewportHeight, anchorTop);
    bar->setValue(bar->value() + shift);
    // Rows moved without the view scrolling its pixels, so its editor is put back over its row.
    QMetaObject::invokeMethod(m_view, "updateEditorGeometries", Qt::DirectConnection);
    m_view->viewport()->update();
}

void CommentDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QPalette& palette = opt.palette;
    const bool selected = opt.state & QStyle::State_Selected;

    painter->save();
    painter->setClipRect(opt.rect);
    if (selected) {
        // A tint and an accent bar rather than a solid fill, so the text (and the passage
        // editor over it) keeps its own colours and highlights stay visible.
        QColor tint = palette.color(QPalette::Highlight);
        tint.setAlphaF(0.14f);
        painter->fillRect(opt.rect, tint);
        painter->fillRect(QRect(opt.rect.left(), opt.rect.top(), 3, opt.rect.height()),
                          palette.color(QPalette::Highlight));
    } else {
        painter->setPen(palette.color(QPalette::Mid));
        painter->drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight());
    }
    QColor text = palette.color(QPalette::Text);
    // Shown only as the context of a matching reply: readable, but quieter than the matches.
    if (index.data(CommentFilterModel::IsContextOnlyRole).toBool())
        text.setAlphaF(0.5f);
    QColor muted = text;
    muted.setAlphaF(0.65f);

    const int width = std::max(opt.rect.width() - 2 * padding, 40);
    const Layout layout = layoutFor(opt, index, width);

    const QString author = index.data(CommentTreeModel::AuthorRole).toString();
    const QFont authorFont = boldFont(opt.font);
    const QFontMetrics authorMetrics(authorFont);
    const QString elidedAuthor = authorMetrics.elidedText(author, Qt::ElideRight, layout.header.width() / 2);
    const auto findMatches = index.data(CommentTreeModel::FindMatchesRole).value<QList<CommentTreeModel::FindMatch>>();
    for (const CommentTreeModel::FindMatch& match : findMatches) {
        if (!match.inAuthor)
            continue;
        // Up to where the name is cut short, if it is.
        const int shown = authorMetrics.horizontalAdvance(elidedAuthor);
        const int left = std::min(authorMetrics.horizontalAdvance(author.left(match.start)), shown);
        const int right = std::min(authorMetrics.horizontalAdvance(author.left(match.start + match.length)), shown);
        if (right > left)
            paintFindMatch(
                painter, QRectF(layout.header.left() + left, layout.header.top(), right - left, layout.header.height()),
                match.current, palette);
    }
    painter->setFont(authorFont);
    painter->setPen(text);
    painter->drawText(layout.header, Qt::AlignLeft | Qt::AlignVCenter, elidedAuthor);

    int x = layout.header.left() + authorMetrics.horizontalAdvance(elidedAuthor) + 10;
    // Whole-comment tags as chips: the tag's colour with its name in it.
    const QFont smallFont = chipFont(opt.font);
    const QFontMetrics chipMetrics(smallFont);
    painter->setFont(smallFont);
    for (const Tag& tag : index.data(CommentTreeModel::WholeTagsRole).value<QList<Tag>>()) {
        const int chipWidth = chipMetrics.horizontalAdvance(tag.name) + 12;
        if (x + chipWidth > layout.header.right())
            break;
        const QRect chip(x, layout.header.top() + 1, chipWidth, layout.header.height() - 2);
        QColor fill = tag.color;
        fill.setAlphaF(0.85f);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(chip, 6, 6);
        painter->setPen(fill.lightness() > 140 ? QColor(Qt::black) : QColor(Qt::white));
        painter->drawText(chip, Qt::AlignCenter, tag.name);
        x += chipWidth + 4;
    }

    const QString details = headerDetails(index);
    if (!details.isEmpty() && x < layout.header.right()) {
        QRect detailsRect = layout.header;
        detailsRect.setLeft(x + 6);
        painter->setFont(opt.font);
        painter->setPen(muted);
        painter->drawText(detailsRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(opt.font).elidedText(details, Qt::ElideRight, detailsRect.width()));
    }

    const QString body = index.data(CommentTreeModel::BodyRole).toString();
    const auto highlights = index.data(CommentTreeModel::HighlightsRole).value<QList<CommentTreeModel::Highlight>>();
    const bool editorOpen = m_view->isPersistentEditorOpen(index);
    if (!body.isEmpty() && (!highlights.isEmpty() || !findMatches.isEmpty() || !editorOpen)) {
        const BodyLayout laidOut = layoutBody(index, opt.font, palette, layout.body.width());
        paintCodingStripes(painter, *laidOut.layout, highlights, QPoint(opt.rect.left(), layout.body.top()));
        // Under the text, and under the open editor too, which lets the card show through.
        paintBodyFindMatches(painter, *laidOut.layout, findMatches, layout.body.topLeft(), palette);
        if (!editorOpen) {
            QList<QTextLayout::FormatRange> formats;
            for (const auto& highlight : highlights) {
                QTextLayout::FormatRange range;
                range.start = highlight.start;
                range.length = highlight.end - highlight.start;
                range.format = passageFormat(highlight.color, palette);
                formats.append(range);
            }
            painter->setPen(text);
            laidOut.layout->draw(painter, layout.body.topLeft(), formats);
        }
    }

    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = opt.rect.adjusted(1, 1, -1, -1);
        QApplication::style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, m_view);
    }
    painter->restore();
}

} // namespace glossator
