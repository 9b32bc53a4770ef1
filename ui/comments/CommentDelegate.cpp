#include "CommentDelegate.h"

#include "comments/CommentFilterModel.h"
#include "comments/CommentTextEditor.h"
#include "comments/CommentTreeModel.h"
#include "common/BodyFormat.h"
#include "common/PassageFormat.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>
#include <QTreeView>

#include <cmath>
#include <memory>

namespace glossator {

namespace {

constexpr int padding = 8;
constexpr int headerGap = 4;

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

} // namespace

CommentDelegate::CommentDelegate(QTreeView* view)
    : QStyledItemDelegate(view)
    , m_view(view)
{}

int CommentDelegate::availableWidth(const QModelIndex& index) const
{
    const int depth = index.data(CommentTreeModel::DepthRole).toInt();
    const int width = m_view->viewport()->width() - m_view->indentation() * (depth + 1) - 2 * padding;
    return std::max(width, 120);
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
    const QString body = index.data(CommentTreeModel::BodyRole).toString();
    const int bodyHeight = body.isEmpty() ? 0 : layoutBody(index, option.font, option.palette, width).height;
    layout.body = QRect(left, layout.header.bottom() + 1 + headerGap, width, bodyHeight);
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
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int width = availableWidth(index);
    return {width + 2 * padding, layoutFor(opt, index, width).height};
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
    if (!body.isEmpty() && (!highlights.isEmpty() || !m_view->isPersistentEditorOpen(index))) {
        const BodyLayout laidOut = layoutBody(index, opt.font, palette, layout.body.width());
        paintCodingStripes(painter, *laidOut.layout, highlights, QPoint(opt.rect.left(), layout.body.top()));
        if (!m_view->isPersistentEditorOpen(index)) {
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
