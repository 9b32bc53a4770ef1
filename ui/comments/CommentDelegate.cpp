#include "CommentDelegate.h"

#include "comments/CommentTreeModel.h"

#include <QApplication>
#include <QPainter>
#include <QTreeView>

namespace glossator {

namespace {

constexpr int padding = 8;
constexpr int headerGap = 4;

QFont boldFont(QFont font)
{
    font.setBold(true);
    return font;
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
    }
    return parts.join(QStringLiteral(" · "));
}

CommentDelegate::Layout CommentDelegate::layoutFor(const QStyleOptionViewItem& option, const QModelIndex& index,
                                                   int width) const
{
    Layout layout;
    const QFontMetrics headerMetrics(boldFont(option.font));
    const QFontMetrics bodyMetrics(option.font);
    const int left = option.rect.left() + padding;
    const int top = option.rect.top() + padding;
    layout.header = QRect(left, top, width, headerMetrics.height());
    const QString body = index.data(CommentTreeModel::BodyRole).toString();
    const QRect bodyBounds = bodyMetrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, body);
    layout.body = QRect(left, layout.header.bottom() + 1 + headerGap, width, body.isEmpty() ? 0 : bodyBounds.height());
    layout.height = layout.header.height() + headerGap + layout.body.height() + 2 * padding;
    return layout;
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
        painter->fillRect(opt.rect, palette.color(QPalette::Highlight));
    } else {
        painter->setPen(palette.color(QPalette::Mid));
        painter->drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight());
    }
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
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

    const QString details = headerDetails(index);
    if (!details.isEmpty()) {
        QRect detailsRect = layout.header;
        detailsRect.setLeft(layout.header.left() + authorMetrics.horizontalAdvance(elidedAuthor) + 10);
        painter->setFont(opt.font);
        painter->setPen(muted);
        painter->drawText(detailsRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(opt.font).elidedText(details, Qt::ElideRight, detailsRect.width()));
    }

    painter->setFont(opt.font);
    painter->setPen(text);
    painter->drawText(layout.body, Qt::TextWordWrap, index.data(CommentTreeModel::BodyRole).toString());

    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = opt.rect.adjusted(1, 1, -1, -1);
        QApplication::style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, m_view);
    }
    painter->restore();
}

} // namespace glossator
