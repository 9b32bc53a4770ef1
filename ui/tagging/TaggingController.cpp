#include "TaggingController.h"

#include "article/ArticleView.h"
#include "comments/CommentTreeModel.h"
#include "comments/CommentTreeView.h"
#include "project/ProjectManager.h"
#include "tagging/QuickTagPalette.h"
#include "tags/CodebookPanel.h"
#include "tags/TagTreeModel.h"

#include <QAction>
#include <QApplication>
#include <QMenu>

namespace glossator {

TaggingController::TaggingController(ProjectManager* projects, ArticleView* article, CommentTreeView* comments,
                                     CodebookPanel* codebook, QWidget* window)
    : QObject(window)
    , m_projects(projects)
    , m_article(article)
    , m_comments(comments)
    , m_codebook(codebook)
    , m_window(window)
{
    m_quickTagAction = new QAction(QIcon(QStringLiteral(":/icons/tag.svg")), tr("&Tag…"), this);
    m_quickTagAction->setObjectName(QStringLiteral("actionQuickTag"));
    m_quickTagAction->setShortcut(QKeySequence(tr("Ctrl+T")));
    m_quickTagAction->setToolTip(
        tr("Tag the selected passage, or the current comment as a whole; type to find or create a tag"));
    connect(m_quickTagAction, &QAction::triggered, this, &TaggingController::openQuickTag);

    for (int number = 1; number <= 9; ++number) {
        auto* action = new QAction(this);
        action->setObjectName(QStringLiteral("actionTagWith%1").arg(number));
        action->setShortcut(QKeySequence(Qt::Key_0 + number));
        connect(action, &QAction::triggered, this, [this, number] {
            const QList<qint64> tags = m_codebook->model()->tagsInOrder();
            if (number <= tags.size())
                applyTag(tags.at(number - 1));
        });
        m_numberActions.append(action);
    }

    // The target is where the user last worked: the article or the comment tree.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now && (now == m_article || m_article->isAncestorOf(now)))
            m_lastTarget = Target::Article;
        else if (now && (now == m_comments || m_comments->isAncestorOf(now)))
            m_lastTarget = Target::Comment;
    });
    connect(m_codebook->model(), &QAbstractItemModel::modelReset, this, &TaggingController::updateActions);
    connect(m_codebook->model(), &QAbstractItemModel::dataChanged, this, &TaggingController::updateActions);
    updateActions();
}

QList<QAction*> TaggingController::actions() const
{
    return QList<QAction*>{m_quickTagAction} + m_numberActions;
}

void TaggingController::populateMenu(QMenu* menu) const
{
    menu->addAction(m_quickTagAction);
    menu->addSeparator();
    menu->addActions(m_numberActions);
}

void TaggingController::updateActions()
{
    const bool writable = m_projects->hasProject() && !m_projects->isReadOnly();
    m_quickTagAction->setEnabled(writable);
    const QList<qint64> tags = m_codebook->model()->tagsInOrder();
    for (int i = 0; i < m_numberActions.size(); ++i) {
        QAction* action = m_numberActions.at(i);
        const bool exists = i < tags.size();
        const QString name = exists ? m_codebook->model()->indexForTag(tags.at(i)).data().toString() : QString();
        action->setText(exists ? tr("Tag with %1: %2").arg(i + 1).arg(name) : tr("Tag with %1").arg(i + 1));
        action->setToolTip(exists ? tr("Apply or remove “%1” (key %2)").arg(name).arg(i + 1)
                                  : tr("The codebook has no tag number %1 yet").arg(i + 1));
        action->setEnabled(writable && exists);
        action->setVisible(exists || i == 0);
    }
}

TaggingController::Target TaggingController::currentTarget() const
{
    if (m_lastTarget == Target::Article && m_article->selectedRange())
        return Target::Article;
    if (m_comments->currentIndex().isValid() && m_lastTarget != Target::Article)
        return Target::Comment;
    if (m_article->selectedRange())
        return Target::Article;
    return m_comments->currentIndex().isValid() ? Target::Comment : Target::None;
}

bool TaggingController::applyTag(qint64 tagId)
{
    const StoredDocument* stored = m_projects->currentDocument();
    Project* project = m_projects->project();
    if (!stored || !project)
        return false;
    const Target target = currentTarget();
    if (target == Target::None) {
        emit statusMessage(tr("Select a passage in the article, or choose a comment, to tag it."));
        return false;
    }

    Annotation wanted;
    wanted.documentId = stored->id;
    if (target == Target::Article) {
        const auto [start, end] = *m_article->selectedRange();
        wanted.range = TextRange::fromText(plainText(stored->document.article.blocks), start, end);
    } else {
        wanted.commentId = m_comments->currentIndex().data(CommentTreeModel::StoredIdRole).toLongLong();
        if (wanted.commentId == 0)
            return false;
        // A passage selected in the comment's text; without one the tag is for the whole comment.
        if (const auto passage = m_comments->selectedPassage()) {
            const qsizetype index = stored->commentIds.indexOf(wanted.commentId);
            const QString text = plainText(stored->document.comments.at(index).blocks);
            wanted.range = TextRange::fromText(text, passage->first, passage->second);
        }
    }

    // A tag on a target that already has an annotation there joins it, or leaves it when present.
    for (const Annotation& existing : project->store().annotations(stored->id)) {
        const bool sameTarget = existing.commentId == wanted.commentId && !existing.orphaned &&
                                existing.range.has_value() == wanted.range.has_value() &&
                                (!wanted.range || (existing.range->start == wanted.range->start &&
                                                   existing.range->end == wanted.range->end));
        if (!sameTarget)
            continue;
        QList<qint64> tags = existing.tagIds;
        if (tags.contains(tagId)) {
            tags.removeAll(tagId);
            const bool ok =
                tags.isEmpty() ? project->removeAnnotation(existing.id) : project->setAnnotationTags(existing.id, tags);
            if (ok)
                emit statusMessage(tr("Tag removed."));
            return ok;
        }
        tags.append(tagId);
        return project->setAnnotationTags(existing.id, tags);
    }
    wanted.tagIds = {tagId};
    const bool ok = project->addAnnotation(wanted).has_value();
    if (!ok)
        emit statusMessage(project->lastError());
    return ok;
}

bool TaggingController::applyNewTag(const QString& name)
{
    Project* project = m_projects->project();
    if (!project)
        return false;
    // A typed name is a path, as everywhere a tag is named by text: "Stance/For" makes the sub-tag.
    const auto id = project->createTagPath(name);
    if (!id) {
        emit statusMessage(project->lastError());
        return false;
    }
    return applyTag(*id);
}

void TaggingController::openQuickTag()
{
    if (!m_projects->hasProject() || m_projects->isReadOnly())
        return;
    // Remember the target now: the palette takes the focus.
    const Target target = currentTarget();
    auto* palette = new QuickTagPalette(m_codebook->model(), m_window);
    connect(palette, &QuickTagPalette::tagChosen, this, [this, target](qint64 tagId) {
        m_lastTarget = target;
        applyTag(tagId);
    });
    connect(palette, &QuickTagPalette::tagRequested, this, [this, target](const QString& name) {
        m_lastTarget = target;
        applyNewTag(name);
    });
    palette->open();
}

} // namespace glossator
