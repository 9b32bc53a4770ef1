#include "CommentTreeView.h"

#include "comments/CommentDelegate.h"
#include "comments/CommentTextEditor.h"
#include "comments/CommentTreeModel.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QResizeEvent>

namespace glossator {

CommentTreeView::CommentTreeView(QWidget* parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("commentTree"));
    setAccessibleName(tr("Comments"));
    setToolTip(tr("The comment thread. Left and Right collapse and expand replies; Enter moves into a comment's "
                  "text to select a passage."));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHeaderHidden(true);
    setItemDelegate(new CommentDelegate(this));
    setUniformRowHeights(false);
    setWordWrap(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAnimated(false);
    setIndentation(18);
    // The hidden-reply count in each card changes with its expansion state; QTreeView repaints
    // after expanding or collapsing a shown row by itself. A slot on expanded() or collapsed()
    // would make collapseAll() signal every expanded row of a long thread one by one.
}

void CommentTreeView::setModel(QAbstractItemModel* model)
{
    QTreeView::setModel(model);
    // A reset takes the editor's row away; the next current row opens a new one.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_editorIndex = QPersistentModelIndex(); });
}

CommentTextEditor* CommentTreeView::editorFor(const QModelIndex& index) const
{
    return index.isValid() ? qobject_cast<CommentTextEditor*>(indexWidget(index)) : nullptr;
}

void CommentTreeView::currentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    QTreeView::currentChanged(current, previous);
    // Only the current comment carries a text editor: hundreds of thousands of rows stay cheap.
    if (m_editorIndex.isValid() && m_editorIndex != current)
        closePersistentEditor(m_editorIndex);
    m_editorIndex = current;
    if (current.isValid() && !current.data(CommentTreeModel::BodyRole).toString().isEmpty())
        openPersistentEditor(current);
}

std::optional<std::pair<int, int>> CommentTreeView::selectedPassage() const
{
    const CommentTextEditor* editor = editorFor(currentIndex());
    return editor ? editor->selectedPassage() : std::nullopt;
}

void CommentTreeView::selectPassage(int start, int end)
{
    if (CommentTextEditor* editor = editorFor(currentIndex())) {
        editor->selectPassage(start, end);
        editor->setFocus();
    }
}

void CommentTreeView::enterCommentText()
{
    if (CommentTextEditor* editor = editorFor(currentIndex()))
        editor->setFocus();
}

void CommentTreeView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_F2) {
        enterCommentText();
        return;
    }
    QTreeView::keyPressEvent(event);
}

namespace {

void forward(QWidget* target, QMouseEvent* event, QWidget* from)
{
    const QPointF local = target->mapFrom(from, event->position().toPoint());
    QMouseEvent copy(event->type(), local, event->globalPosition(), event->button(), event->buttons(),
                     event->modifiers());
    QCoreApplication::sendEvent(target, &copy);
}

} // namespace

void CommentTreeView::mousePressEvent(QMouseEvent* event)
{
    m_dragTarget.clear();
    QTreeView::mousePressEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    const QModelIndex pressed = indexAt(event->position().toPoint());
    CommentTextEditor* editor = pressed.isValid() && pressed == currentIndex() ? editorFor(pressed) : nullptr;
    if (!editor)
        return;
    QWidget* text = editor->viewport();
    const QPoint inText = text->mapFrom(viewport(), event->position().toPoint());
    if (!text->rect().contains(inText))
        return;
    m_dragTarget = text;
    forward(text, event, viewport());
}

void CommentTreeView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragTarget) {
        forward(m_dragTarget, event, viewport());
        return;
    }
    QTreeView::mouseMoveEvent(event);
}

void CommentTreeView::mouseReleaseEvent(QMouseEvent* event)
{
    if (QWidget* text = m_dragTarget) {
        m_dragTarget.clear();
        forward(text, event, viewport());
        return;
    }
    QTreeView::mouseReleaseEvent(event);
}

void CommentTreeView::drawBranches(QPainter* painter, const QRect& rect, const QModelIndex& index) const
{
    // The expand arrow belongs beside the author line, not halfway down a long comment.
    QRect header = rect;
    header.setHeight(std::min(rect.height(), fontMetrics().height() + 16));
    QTreeView::drawBranches(painter, header, index);
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
