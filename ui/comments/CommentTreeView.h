#pragma once

#include <QTreeView>

namespace glossator {

// The collapsible comment tree. Rows are word-wrapped cards, so a change of width re-lays them out.
class CommentTreeView : public QTreeView {
    Q_OBJECT

public:
    explicit CommentTreeView(QWidget* parent = nullptr);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    int m_laidOutWidth = -1;
};

} // namespace glossator
