#include "CommentStructureActions.h"

#include "comments/CommentTreeModel.h"
#include "common/ActionFactory.h"
#include "common/MessageBoxes.h"
#include "project/ProjectManager.h"

#include <QAction>
#include <QTreeView>

namespace glossator {

namespace {

QAction* makeAction(QObject* parent, const QString& text, const char* objectName, const QString& shortcut,
                    const QString& toolTip)
{
    return createAction(parent, text, objectName, QKeySequence(shortcut), Qt::WindowShortcut, toolTip);
}

QString summary(const QString& author, const QString& text)
{
    QString preview = text.simplified();
    if (preview.size() > 70)
        preview = preview.left(69) + QChar(0x2026);
    return author + QStringLiteral(": ") + preview;
}

} // namespace

CommentStructureActions::CommentStructureActions(ProjectManager* projects, QTreeView* tree, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_projects(projects)
    , m_tree(tree)
    , m_dialogParent(dialogParent)
{
    m_mergeAction = makeAction(this, tr("&Merge into Previous Comment"), "actionMergeComment", tr("Ctrl+Alt+M"),
                               tr("The selected comment's name line and text belong to the comment above it"));
    m_splitAction = makeAction(this, tr("&Split Comment…"), "actionSplitComment", tr("Ctrl+Alt+S"),
                               tr("A commenter's name was missed: start a new comment at one of this comment's lines"));
    m_authorAction =
        makeAction(this, tr("Take &Author from First Line"), "actionFirstLineAuthor", tr("Ctrl+Alt+A"),
                   tr("The first line is the commenter's name; the current name line goes back to the comment above"));
    m_replyAction = makeAction(this, tr("Mark as &Reply to…"), "actionMarkReply", tr("Ctrl+Alt+R"),
                               tr("Make the selected comment a reply to a comment above it"));
    m_topLevelAction = makeAction(this, tr("Make &Top-Level Comment"), "actionMakeTopLevel", tr("Ctrl+Alt+T"),
                                  tr("The selected comment replies to the article, not to another comment"));
    connect(m_mergeAction, &QAction::triggered, this, &CommentStructureActions::merge);
    connect(m_splitAction, &QAction::triggered, this, &CommentStructureActions::split);
    connect(m_authorAction, &QAction::triggered, this, &CommentStructureActions::takeAuthorFromFirstLine);
    connect(m_replyAction, &QAction::triggered, this, &CommentStructureActions::markAsReply);
    connect(m_topLevelAction, &QAction::triggered, this, &CommentStructureActions::makeTopLevel);
    connect(m_projects, &ProjectManager::documentChanged, this, &CommentStructureActions::restoreSelection,
            Qt::QueuedConnection);
    connect(m_projects, &ProjectManager::projectChanged, this, &CommentStructureActions::updateEnabled);
    updateEnabled();
}

QList<QAction*> CommentStructureActions::actions() const
{
    return {m_mergeAction, m_splitAction, m_authorAction, m_replyAction, m_topLevelAction};
}

qint64 CommentStructureActions::currentComment() const
{
    return m_tree->currentIndex().data(CommentTreeModel::StoredIdRole).toLongLong();
}

// Position of the current comment in reading order, or -1.
int CommentStructureActions::currentRow() const
{
    const StoredDocument* stored = m_projects->currentDocument();
    return stored ? int(stored->commentIds.indexOf(currentComment())) : -1;
}

void CommentStructureActions::updateEnabled()
{
    const bool writable = m_projects->hasProject() && !m_projects->isReadOnly();
    const int row = writable ? currentRow() : -1;
    const QModelIndex current = m_tree->currentIndex();
    const int paragraphs = int(current.data(CommentTreeModel::ParagraphsRole).toStringList().size());
    m_mergeAction->setEnabled(row > 0);
    m_splitAction->setEnabled(row >= 0 && paragraphs >= 2);
    m_authorAction->setEnabled(row > 0 && paragraphs >= 1);
    m_replyAction->setEnabled(row > 0);
    m_topLevelAction->setEnabled(row >= 0 && current.parent().isValid());
}

void CommentStructureActions::keepSelection(qint64 storedId)
{
    m_pendingSelection = storedId;
}

void CommentStructureActions::restoreSelection()
{
    if (m_pendingSelection != 0) {
        const QModelIndex index = CommentTreeModel::findStoredId(m_tree->model(), m_pendingSelection);
        if (index.isValid()) {
            m_tree->setCurrentIndex(index);
            m_tree->scrollTo(index);
        }
        m_pendingSelection = 0;
    }
    updateEnabled();
}

void CommentStructureActions::merge()
{
    const StoredDocument* stored = m_projects->currentDocument();
    const int row = currentRow();
    if (!stored || row <= 0)
        return;
    keepSelection(stored->commentIds.at(row - 1));
    m_projects->project()->mergeCommentIntoPrevious(stored->commentIds.at(row));
}

void CommentStructureActions::split()
{
    const qint64 comment = currentComment();
    const QStringList paragraphs = m_tree->currentIndex().data(CommentTreeModel::ParagraphsRole).toStringList();
    if (comment == 0 || paragraphs.size() < 2)
        return;
    QStringList choices;
    for (int i = 1; i < paragraphs.size(); ++i)
        choices.append(summary(tr("Line %1").arg(i + 1), paragraphs.at(i)));
    const int chosen =
        MessageBoxes::chooseItem(m_dialogParent, QStringLiteral("splitCommentChooser"), tr("Split Comment"),
                                 tr("Which line is the name of the commenter who wrote what follows?"), choices, 0);
    if (chosen < 0)
        return;
    keepSelection(comment);
    m_projects->project()->splitComment(comment, chosen + 1);
}

void CommentStructureActions::takeAuthorFromFirstLine()
{
    const qint64 comment = currentComment();
    if (comment == 0)
        return;
    keepSelection(comment);
    m_projects->project()->makeFirstLineAuthor(comment);
}

void CommentStructureActions::markAsReply()
{
    const StoredDocument* stored = m_projects->currentDocument();
    const int row = currentRow();
    if (!stored || row <= 0)
        return;
    QStringList choices;
    for (int i = 0; i < row; ++i) {
        const Comment& earlier = stored->document.comments.at(i);
        choices.append(summary(earlier.author, plainText(earlier.blocks)));
    }
    const int chosen = MessageBoxes::chooseItem(
        m_dialogParent, QStringLiteral("replyParentChooser"), tr("Mark as Reply"),
        tr("Which comment does “%1” answer?").arg(stored->document.comments.at(row).author), choices, row - 1);
    if (chosen < 0)
        return;
    keepSelection(stored->commentIds.at(row));
    m_projects->project()->setReplyParent(stored->commentIds.at(row), stored->commentIds.at(chosen));
}

void CommentStructureActions::makeTopLevel()
{
    const qint64 comment = currentComment();
    if (comment == 0)
        return;
    keepSelection(comment);
    m_projects->project()->setReplyParent(comment, 0);
}

} // namespace glossator
