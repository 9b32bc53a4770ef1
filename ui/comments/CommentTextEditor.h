#pragma once

#include "comments/CommentTreeModel.h"

#include <QTextBrowser>

#include <optional>

namespace glossator {

// The current comment's text, laid over its card so that a passage can be selected with the
// mouse or the keyboard (Enter or F2 in the tree moves into it, Escape back). Positions in it are
// offsets into the comment's plain text.
class CommentTextEditor : public QTextBrowser {
    Q_OBJECT

public:
    explicit CommentTextEditor(QWidget* parent);

    void setComment(const QString& body, const QList<Block>& blocks,
                    const QList<CommentTreeModel::Highlight>& highlights);
    std::optional<std::pair<int, int>> selectedPassage() const;
    void selectPassage(int start, int end);

    // The card decides the row's height, not the editor laid over it: a tree view makes a row at
    // least as high as its open editor asks, and a text browser asks for a fixed, generous height,
    // which left an empty band under a comment re-measured while its editor was open.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void leaveRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    // A click selects the comment and leaves the keyboard with the tree; a drag or a double click
    // selects text and moves the keyboard into it.
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    QList<CommentTreeModel::Highlight> m_highlights;
    QList<Block> m_blocks;
    QPoint m_pressedAt;
    bool m_dragging = false;
};

} // namespace glossator
