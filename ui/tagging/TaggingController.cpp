#include "TaggingController.h"

#include "article/ArticleView.h"
#include "comments/CommentTreeModel.h"
#include "comments/CommentTreeView.h"
#include "notes/NoteDialog.h"
#include "project/ProjectManager.h"
#include "tagging/QuickTagPalette.h"
#include "tags/CodebookPanel.h"
#include "tags/TagTreeModel.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QTimer>

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
    // Ctrl+Shift+T makes a tag in the codebook; G for gloss, which is what a note on a passage is.
    m_tagWithNoteAction = new QAction(tr("Tag with &Note…"), this);
    m_tagWithNoteAction->setObjectName(QStringLiteral("actionTagWithNote"));
    m_tagWithNoteAction->setShortcut(QKeySequence(tr("Ctrl+Shift+G")));
    m_tagWithNoteAction->setToolTip(tr("Tag the selected passage or the current comment and write a note with the "
                                       "tag, in one step (Shift+Enter in the Tag palette does the same)"));
    connect(m_tagWithNoteAction, &QAction::triggered, this, &TaggingController::openTagWithNote);

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
    return QList<QAction*>{m_quickTagAction, m_tagWithNoteAction} + m_numberActions;
}

void TaggingController::populateMenu(QMenu* menu) const
{
    menu->addAction(m_quickTagAction);
    menu->addAction(m_tagWithNoteAction);
    menu->addSeparator();
    menu->addActions(m_numberActions);
}

void TaggingController::updateActions()
{
    const bool writable = m_projects->hasProject() && !m_projects->isReadOnly();
    m_quickTagAction->setEnabled(writable);
    m_tagWithNoteAction->setEnabled(writable);
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

std::optional<Annotation> TaggingController::targetAnnotation()
{
    const StoredDocument* stored = m_projects->currentDocument();
    if (!stored || !m_projects->project())
        return std::nullopt;
    const Target target = currentTarget();
    if (target == Target::None) {
        emit statusMessage(tr("Select a passage in the article, or choose a comment, to tag it."));
        return std::nullopt;
    }

    Annotation wanted;
    wanted.documentId = stored->id;
    if (target == Target::Article) {
        const auto [start, end] = *m_article->selectedRange();
        wanted.range = TextRange::fromText(plainText(stored->document.article.blocks), start, end);
    } else {
        wanted.commentId = m_comments->currentIndex().data(CommentTreeModel::StoredIdRole).toLongLong();
        if (wanted.commentId == 0)
            return std::nullopt;
        // A passage selected in the comment's text; without one the tag is for the whole comment.
        if (const auto passage = m_comments->selectedPassage()) {
            const qsizetype index = stored->commentIds.indexOf(wanted.commentId);
            const QString text = plainText(stored->document.comments.at(index).blocks);
            wanted.range = TextRange::fromText(text, passage->first, passage->second);
        }
    }
    return wanted;
}

std::optional<Annotation> TaggingController::existingAt(const Annotation& wanted) const
{
    // A tag on a target that already has an annotation there joins it rather than starting another.
    for (const Annotation& existing : m_projects->project()->store().annotations(wanted.documentId)) {
        const bool sameTarget = existing.commentId == wanted.commentId && !existing.orphaned &&
                                existing.range.has_value() == wanted.range.has_value() &&
                                (!wanted.range || (existing.range->start == wanted.range->start &&
                                                   existing.range->end == wanted.range->end));
        if (sameTarget)
            return existing;
    }
    return std::nullopt;
}

bool TaggingController::applyTag(qint64 tagId)
{
    std::optional<Annotation> wanted = targetAnnotation();
    if (!wanted)
        return false;
    Project* project = m_projects->project();
    if (const auto existing = existingAt(*wanted)) {
        QList<qint64> tags = existing->tagIds;
        if (tags.contains(tagId)) {
            tags.removeAll(tagId);
            const bool ok = tags.isEmpty() ? project->removeAnnotation(existing->id)
                                           : project->setAnnotationTags(existing->id, tags);
            if (ok)
                emit statusMessage(tr("Tag removed."));
            return ok;
        }
        tags.append(tagId);
        return project->setAnnotationTags(existing->id, tags);
    }
    wanted->tagIds = {tagId};
    const bool ok = project->addAnnotation(*wanted).has_value();
    if (!ok)
        emit statusMessage(project->lastError());
    return ok;
}

bool TaggingController::applyTagWithNote(qint64 tagId, const QString& note)
{
    const std::optional<Annotation> wanted = targetAnnotation();
    return wanted && applyWithNote(*wanted, tagId, QString(), note);
}

bool TaggingController::applyNewTagWithNote(const QString& path, const QString& note)
{
    const std::optional<Annotation> wanted = targetAnnotation();
    return wanted && applyWithNote(*wanted, 0, path, note);
}

bool TaggingController::applyWithNote(const Annotation& wanted, qint64 tagId, const QString& path, const QString& note)
{
    Project* project = m_projects->project();
    const StoredDocument* stored = m_projects->currentDocument();
    if (!project || !stored || stored->id != wanted.documentId)
        return false;
    const std::optional<Annotation> existing = existingAt(wanted);
    bool ok = false;
    if (tagId == 0 && !existing) {
        // A new annotation with a tag named by its path: the tag's new levels come in the same edit.
        AnnotationRequest request;
        request.documentId = wanted.documentId;
        if (wanted.commentId > 0) {
            const qsizetype index = stored->commentIds.indexOf(wanted.commentId);
            if (index < 0)
                return false;
            request.commentSourceId = stored->document.comments.at(index).id;
        }
        if (wanted.range)
            request.offsets = std::pair{wanted.range->start, wanted.range->end};
        request.tagPath = path;
        request.note = note;
        ok = project->annotate(request).has_value();
    } else {
        if (tagId == 0) {
            const auto created = project->createTagPath(path);
            if (!created) {
                emit statusMessage(project->lastError());
                return false;
            }
            tagId = *created;
        }
        if (existing) {
            // Unlike a plain tag, a tag given with a note is never taken off again.
            ok = project->tagAnnotationWithNote(existing->id, tagId, note);
        } else {
            Annotation annotation = wanted;
            annotation.tagIds = {tagId};
            annotation.note = note;
            ok = project->addAnnotation(annotation).has_value();
        }
    }
    if (!ok)
        emit statusMessage(project->lastError());
    return ok;
}

void TaggingController::askForNote(qint64 tagId, const QString& path)
{
    const std::optional<Annotation> wanted = targetAnnotation();
    if (!wanted)
        return;
    const std::optional<Annotation> existing = existingAt(*wanted);
    const QString tagName =
        tagId > 0 ? m_codebook->model()->indexForTag(tagId).data(TagTreeModel::PathRole).toString() : path.trimmed();
    QString where;
    if (wanted->range) {
        const QString quote = wanted->range->exact.simplified();
        constexpr int limit = 80;
        where = tr("“%1”").arg(quote.size() > limit ? quote.left(limit - 1) + QChar(0x2026) : quote);
    } else {
        where = tr("the whole comment");
    }
    auto* dialog =
        new NoteDialog(tr("Tag %1 with “%2”").arg(where, tagName), existing ? existing->note : QString(), m_window);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, wanted = *wanted, tagId, path] { applyWithNote(wanted, tagId, path, dialog->note()); });
    dialog->open();
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
    openPalette(false);
}

void TaggingController::openTagWithNote()
{
    openPalette(true);
}

void TaggingController::openPalette(bool noteWanted)
{
    if (!m_projects->hasProject() || m_projects->isReadOnly())
        return;
    // Remember the target now: the palette takes the focus.
    const Target target = currentTarget();
    auto* palette = new QuickTagPalette(m_codebook->model(), m_window);
    palette->setAskForNote(noteWanted);
    // The note is asked for once the palette has closed, so that the two never stand one over the other.
    const auto withNote = [this, target](qint64 tagId, const QString& path) {
        QTimer::singleShot(0, this, [this, target, tagId, path] {
            m_lastTarget = target;
            askForNote(tagId, path);
        });
    };
    connect(palette, &QuickTagPalette::tagChosen, this, [this, target, palette, withNote](qint64 tagId) {
        if (palette->asksForNote())
            return withNote(tagId, QString());
        m_lastTarget = target;
        applyTag(tagId);
    });
    connect(palette, &QuickTagPalette::tagRequested, this, [this, target, palette, withNote](const QString& name) {
        if (palette->asksForNote())
            return withNote(0, name);
        m_lastTarget = target;
        applyNewTag(name);
    });
    palette->open();
}

} // namespace glossator
