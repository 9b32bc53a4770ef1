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

signals:
    void leaveRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    QList<CommentTreeModel::Highlight> m_highlights;
    QList<Block> m_blocks;
};

} // namespace glossator
