#pragma once

#include <QObject>

class QAction;
class QTreeView;
class QWidget;

namespace glossator {

class ProjectManager;

// The fixes a user makes when a page copied as text was read wrongly: merge a comment into the
// previous one, split one where a commenter's name was missed, take the first line as the author,
// and mark replies. Each is one undoable edit of the project.
class CommentStructureActions : public QObject {
    Q_OBJECT

public:
    CommentStructureActions(ProjectManager* projects, QTreeView* tree, QWidget* dialogParent);

    QList<QAction*> actions() const;

public slots:
    void updateEnabled();

private:
    qint64 currentComment() const;
    int currentRow() const;
    void merge();
    void split();
    void takeAuthorFromFirstLine();
    void markAsReply();
    void makeTopLevel();
    void keepSelection(qint64 storedId);
    void restoreSelection();

    ProjectManager* m_projects;
    QTreeView* m_tree;
    QWidget* m_dialogParent;
    qint64 m_pendingSelection = 0;
    QAction* m_mergeAction;
    QAction* m_splitAction;
    QAction* m_authorAction;
    QAction* m_replyAction;
    QAction* m_topLevelAction;
};

} // namespace glossator
