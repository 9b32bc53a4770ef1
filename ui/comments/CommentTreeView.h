#pragma once

#include <QPointer>
#include <QTreeView>

#include <optional>

namespace glossator {

// The collapsible comment tree. Rows are word-wrapped cards, so a change of width re-lays them out.
class CommentTreeView : public QTreeView {
    Q_OBJECT

public:
    explicit CommentTreeView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;
    // The passage selected in the current comment's text, as offsets into its plain text.
    std::optional<std::pair<int, int>> selectedPassage() const;
    // Selects a passage of the current comment and moves the keyboard into its text.
    void selectPassage(int start, int end);
    // Moves the keyboard into the current comment's text, to select a passage.
    void enterCommentText();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void drawBranches(QPainter* painter, const QRect& rect, const QModelIndex& index) const override;
    void keyPressEvent(QKeyEvent* event) override;
    // A press on a comment that was not current makes it current and opens its text; the rest of
    // the same drag goes to that text, so a first drag already selects a passage.
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override;

private:
    class CommentTextEditor* editorFor(const QModelIndex& index) const;

    int m_laidOutWidth = -1;
    QPersistentModelIndex m_editorIndex;
    QPointer<QWidget> m_dragTarget; // the text a drag that began on the tree goes on in
};

} // namespace glossator
