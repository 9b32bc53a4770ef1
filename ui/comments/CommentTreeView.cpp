#include "CommentTreeView.h"

#include "comments/CommentDelegate.h"

#include <QResizeEvent>

namespace glossator {

CommentTreeView::CommentTreeView(QWidget* parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("commentTree"));
    setAccessibleName(tr("Comments"));
    setToolTip(tr("The comment thread. Left and Right collapse and expand replies."));
    setHeaderHidden(true);
    setItemDelegate(new CommentDelegate(this));
    setUniformRowHeights(false);
    setWordWrap(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAnimated(false);
    setIndentation(18);
    // The hidden-reply count in each card changes with its expansion state.
    connect(this, &QTreeView::expanded, viewport(), qOverload<>(&QWidget::update));
    connect(this, &QTreeView::collapsed, viewport(), qOverload<>(&QWidget::update));
}

void CommentTreeView::resizeEvent(QResizeEvent* event)
{
    QTreeView::resizeEvent(event);
    if (viewport()->width() != m_laidOutWidth) {
        m_laidOutWidth = viewport()->width();
        scheduleDelayedItemsLayout();
    }
}

} // namespace glossator
