#include "EditCommands.h"

#include "model/Anchoring.h"
#include "project/Project.h"

#include <utility>

namespace glossator {

namespace {

enum CommandId { AnnotationNoteId = 1 };

} // namespace

EditCommand::EditCommand(Project* project, const QString& text)
    : QUndoCommand(text)
    , m_project(project)
{}

void EditCommand::redo()
{
    m_succeeded = apply();
    if (!m_succeeded) {
        setObsolete(true);
        m_project->reportFailure(projectStore().lastError());
    }
}

void EditCommand::undo()
{
    if (!revert()) {
        setObsolete(true);
        m_project->reportFailure(projectStore().lastError());
    }
}

ProjectStore& EditCommand::projectStore() const
{
    return m_project->writableStore();
}

bool TagLevels::create(ProjectStore& store)
{
    return store.atomically([&] {
        qint64 parent = parentId;
        for (Tag& tag : tags) {
            tag.parentId = parent;
            const auto id = store.addTag(tag);
            if (!id)
                return false;
            if (tag.id == 0) {
                tag.id = *id;
                if (const auto stored = store.tag(*id))
                    tag.position = stored->position;
            }
            parent = tag.id;
        }
        return true;
    });
}

bool TagLevels::remove(ProjectStore& store) const
{
    // The first level takes the ones under it along (ON DELETE CASCADE).
    return tags.isEmpty() || store.removeTag(tags.first().id);
}

CreateTagPathCommand::CreateTagPathCommand(Project* project, const TagLevels& levels, const QString& path)
    : EditCommand(project, QCoreApplication::translate("glossator::EditCommands", "Create Tag “%1”").arg(path))
    , m_levels(levels)
{}

bool CreateTagPathCommand::apply()
{
    if (!m_levels.create(projectStore()))
        return false;
    m_project->notifyTagsChanged();
    return true;
}

bool CreateTagPathCommand::revert()
{
    if (!m_levels.remove(projectStore()))
        return false;
    m_project->notifyTagsChanged();
    return true;
}

AnnotateCommand::AnnotateCommand(Project* project, const TagLevels& levels, const Annotation& annotation,
                                 const QString& path)
    : EditCommand(project, QCoreApplication::translate("glossator::EditCommands", "Tag with “%1”").arg(path))
    , m_levels(levels)
    , m_annotation(annotation)
{}

bool AnnotateCommand::apply()
{
    ProjectStore& store = projectStore();
    const bool ok = store.atomically([&] {
        if (!m_levels.create(store))
            return false;
        m_annotation.tagIds = {m_levels.leafId()};
        const auto id = store.addAnnotation(m_annotation);
        if (!id)
            return false;
        m_annotation.id = *id;
        return true;
    });
    if (!ok)
        return false;
    if (!m_levels.tags.isEmpty())
        m_project->notifyTagsChanged();
    m_project->notifyAnnotationsChanged(m_annotation.documentId);
    return true;
}

bool AnnotateCommand::revert()
{
    ProjectStore& store = projectStore();
    if (!store.atomically([&] { return store.removeAnnotation(m_annotation.id) && m_levels.remove(store); }))
        return false;
    if (!m_levels.tags.isEmpty())
        m_project->notifyTagsChanged();
    m_project->notifyAnnotationsChanged(m_annotation.documentId);
    return true;
}

namespace {

// Takes documents out of the store, keeping a snapshot of each to write back.
bool takeOut(ProjectStore& store, const QList<qint64>& ids, QList<DocumentSnapshot>* snapshots)
{
    QList<DocumentSnapshot> taken;
    const bool ok = store.atomically([&] {
        for (const qint64 id : ids) {
            std::optional<DocumentSnapshot> snapshot = store.snapshotDocument(id);
            if (!snapshot || !store.removeDocument(id))
                return false;
            taken.append(std::move(*snapshot));
        }
        return true;
    });
    if (ok)
        *snapshots = std::move(taken);
    return ok;
}

bool putBack(ProjectStore& store, const QList<DocumentSnapshot>& snapshots)
{
    return store.atomically([&] {
        for (const DocumentSnapshot& snapshot : snapshots) {
            if (!store.restoreDocument(snapshot))
                return false;
        }
        return true;
    });
}

} // namespace

AddDocumentsCommand::AddDocumentsCommand(Project* project, const QList<NewDocument>& documents)
    : EditCommand(project, documents.size() == 1
                               ? QCoreApplication::translate("glossator::EditCommands", "Import “%1”")
                                     .arg(documents.first().provenance.fileName)
                               : QCoreApplication::translate("glossator::EditCommands", "Import %n Files", nullptr,
                                                             int(documents.size())))
    , m_pending(documents)
{}

bool AddDocumentsCommand::apply()
{
    ProjectStore& store = projectStore();
    if (!m_pending.isEmpty()) {
        QList<qint64> ids;
        const bool ok = store.atomically([&] {
            for (const NewDocument& document : std::as_const(m_pending)) {
                const auto id = store.addDocument(document.document, document.provenance);
                if (!id)
                    return false;
                ids.append(*id);
            }
            return true;
        });
        if (!ok)
            return false;
        m_ids = ids;
        m_pending.clear();
    } else {
        if (!putBack(store, m_removed))
            return false;
        m_removed.clear();
    }
    for (const qint64 id : std::as_const(m_ids))
        m_project->notifyDocumentAdded(id);
    return true;
}

bool AddDocumentsCommand::revert()
{
    if (!takeOut(projectStore(), m_ids, &m_removed))
        return false;
    for (const qint64 id : std::as_const(m_ids))
        m_project->notifyDocumentRemoved(id);
    return true;
}

RemoveDocumentCommand::RemoveDocumentCommand(Project* project, qint64 documentId, const QString& title)
    : EditCommand(project, QCoreApplication::translate("glossator::EditCommands", "Remove “%1”").arg(title))
    , m_documentId(documentId)
{}

bool RemoveDocumentCommand::apply()
{
    QList<DocumentSnapshot> removed;
    if (!takeOut(projectStore(), {m_documentId}, &removed))
        return false;
    m_removed = std::move(removed.first());
    m_project->notifyDocumentRemoved(m_documentId);
    // The tags lost the uses the document's annotations gave them.
    m_project->notifyTagsChanged();
    return true;
}

bool RemoveDocumentCommand::revert()
{
    if (!m_removed || !putBack(projectStore(), {*m_removed}))
        return false;
    m_removed.reset();
    m_project->notifyDocumentAdded(m_documentId);
    m_project->notifyTagsChanged();
    return true;
}

AddAnnotationCommand::AddAnnotationCommand(Project* project, const Annotation& annotation)
    : EditCommand(project, QCoreApplication::translate("glossator::EditCommands", "Add Annotation"))
    , m_annotation(annotation)
{}

bool AddAnnotationCommand::apply()
{
    // The first redo assigns the id; later redos restore the same one, so references stay valid.
    const auto id = projectStore().addAnnotation(m_annotation);
    if (!id)
        return false;
    m_annotation.id = *id;
    m_project->notifyAnnotationsChanged(m_annotation.documentId);
    return true;
}

bool AddAnnotationCommand::revert()
{
    if (!projectStore().removeAnnotation(m_annotation.id))
        return false;
    m_project->notifyAnnotationsChanged(m_annotation.documentId);
    return true;
}

RemoveAnnotationCommand::RemoveAnnotationCommand(Project* project, const Annotation& annotation)
    : EditCommand(project, QCoreApplication::translate("glossator::EditCommands", "Delete Annotation"))
    , m_annotation(annotation)
{}

bool RemoveAnnotationCommand::apply()
{
    if (!projectStore().removeAnnotation(m_annotation.id))
        return false;
    m_project->notifyAnnotationsChanged(m_annotation.documentId);
    return true;
}

bool RemoveAnnotationCommand::revert()
{
    if (!projectStore().addAnnotation(m_annotation))
        return false;
    m_project->notifyAnnotationsChanged(m_annotation.documentId);
    return true;
}

namespace {

QString changeText(ChangeAnnotationCommand::Change change)
{
    switch (change) {
    case ChangeAnnotationCommand::Change::Note:
        return QCoreApplication::translate("glossator::EditCommands", "Edit Note");
    case ChangeAnnotationCommand::Change::TagWithNote:
        return QCoreApplication::translate("glossator::EditCommands", "Tag with Note");
    case ChangeAnnotationCommand::Change::Tags:
        break;
    }
    return QCoreApplication::translate("glossator::EditCommands", "Change Tags");
}

} // namespace

ChangeAnnotationCommand::ChangeAnnotationCommand(Project* project, const Annotation& before, const Annotation& after,
                                                 Change change)
    : EditCommand(project, changeText(change))
    , m_before(before)
    , m_after(after)
    , m_change(change)
{}

int ChangeAnnotationCommand::id() const
{
    return m_change == Change::Note ? AnnotationNoteId : -1;
}

bool ChangeAnnotationCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ChangeAnnotationCommand*>(other);
    if (next->m_change != Change::Note || next->m_after.id != m_after.id)
        return false;
    m_after = next->m_after;
    return true;
}

bool ChangeAnnotationCommand::notify(const Annotation& from, const Annotation& to)
{
    m_project->notifyAnnotationsChanged(to.documentId);
    // A note alone changes no tag's count of uses.
    if (from.tagIds != to.tagIds)
        m_project->notifyTagsChanged();
    return true;
}

namespace {

// Writes an annotation back exactly as it was. updateAnnotation() stamps the current time as the
// modification time, which would make an undo look like a new change.
bool restoreAnnotation(ProjectStore& store, const Annotation& annotation)
{
    return store.atomically(
        [&] { return store.removeAnnotation(annotation.id) && store.addAnnotation(annotation).has_value(); });
}

} // namespace

bool ChangeAnnotationCommand::apply()
{
    ProjectStore& store = projectStore();
    if (!m_made) {
        if (!store.updateAnnotation(m_after))
            return false;
        if (const auto written = store.annotation(m_after.id))
            m_after.modified = written->modified;
        m_made = true;
    } else if (!restoreAnnotation(store, m_after)) {
        return false;
    }
    return notify(m_before, m_after);
}

bool ChangeAnnotationCommand::revert()
{
    if (!restoreAnnotation(projectStore(), m_before))
        return false;
    return notify(m_after, m_before);
}

CreateTagCommand::CreateTagCommand(Project* project, const Tag& tag)
    : EditCommand(project, QCoreApplication::translate("glossator::EditCommands", "Create Tag “%1”").arg(tag.name))
    , m_tag(tag)
{}

bool CreateTagCommand::apply()
{
    const auto id = projectStore().addTag(m_tag);
    if (!id)
        return false;
    if (m_tag.id == 0) {
        m_tag.id = *id;
        if (const auto stored = projectStore().tag(*id))
            m_tag.position = stored->position;
    }
    m_project->notifyTagsChanged();
    return true;
}

bool CreateTagCommand::revert()
{
    if (!projectStore().removeTag(m_tag.id))
        return false;
    m_project->notifyTagsChanged();
    return true;
}

UpdateTagCommand::UpdateTagCommand(Project* project, const QList<Tag>& before, const QList<Tag>& after,
                                   const QString& text)
    : EditCommand(project, text)
    , m_before(before)
    , m_after(after)
{}

bool UpdateTagCommand::write(const QList<Tag>& tags)
{
    ProjectStore& store = projectStore();
    const bool ok = store.atomically([&] {
        for (const Tag& tag : tags) {
            if (!store.updateTag(tag))
                return false;
        }
        return true;
    });
    if (!ok)
        return false;
    m_project->notifyTagsChanged();
    return true;
}

bool UpdateTagCommand::apply()
{
    return write(m_after);
}

bool UpdateTagCommand::revert()
{
    return write(m_before);
}

DeleteTagCommand::DeleteTagCommand(Project* project, const QList<Tag>& subtree, const QList<QList<qint64>>& uses)
    : EditCommand(project,
                  QCoreApplication::translate("glossator::EditCommands", "Delete Tag “%1”").arg(subtree.first().name))
    , m_subtree(subtree)
    , m_uses(uses)
{}

bool DeleteTagCommand::apply()
{
    // Sub-tags and their uses go with the tag (ON DELETE CASCADE).
    if (!projectStore().removeTag(m_subtree.first().id))
        return false;
    m_project->notifyTagsChanged();
    m_project->notifyAnnotationsChanged(0);
    return true;
}

bool DeleteTagCommand::revert()
{
    ProjectStore& store = projectStore();
    const bool ok = store.atomically([&] {
        for (qsizetype i = 0; i < m_subtree.size(); ++i) {
            if (!store.addTag(m_subtree.at(i)) || !store.linkTag(m_subtree.at(i).id, m_uses.at(i)))
                return false;
        }
        return true;
    });
    if (!ok)
        return false;
    m_project->notifyTagsChanged();
    m_project->notifyAnnotationsChanged(0);
    return true;
}

MergeTagsCommand::MergeTagsCommand(Project* project, const Tag& source, const Tag& target, const QList<Tag>& children,
                                   const QList<qint64>& sourceUses, const QList<qint64>& addedToTarget)
    : EditCommand(project, QCoreApplication::translate("glossator::EditCommands", "Merge Tag “%1” into “%2”")
                               .arg(source.name, target.name))
    , m_source(source)
    , m_target(target)
    , m_children(children)
    , m_sourceUses(sourceUses)
    , m_addedToTarget(addedToTarget)
{}

bool MergeTagsCommand::apply()
{
    ProjectStore& store = projectStore();
    const bool ok = store.atomically([&] {
        for (Tag child : m_children) {
            child.parentId = m_target.id;
            if (!store.updateTag(child))
                return false;
        }
        return store.linkTag(m_target.id, m_addedToTarget) && store.removeTag(m_source.id);
    });
    if (!ok)
        return false;
    m_project->notifyTagsChanged();
    m_project->notifyAnnotationsChanged(0);
    return true;
}

bool MergeTagsCommand::revert()
{
    ProjectStore& store = projectStore();
    const bool ok = store.atomically([&] {
        if (!store.addTag(m_source))
            return false;
        for (const Tag& child : m_children) {
            if (!store.updateTag(child))
                return false;
        }
        return store.unlinkTag(m_target.id, m_addedToTarget) && store.linkTag(m_source.id, m_sourceUses);
    });
    if (!ok)
        return false;
    m_project->notifyTagsChanged();
    m_project->notifyAnnotationsChanged(0);
    return true;
}

DocumentMetadataCommand::DocumentMetadataCommand(Project* project, qint64 documentId, const Article& before,
                                                 const Article& after)
    : EditCommand(project, QCoreApplication::translate("glossator::EditCommands", "Edit Document Details"))
    , m_documentId(documentId)
    , m_before(before)
    , m_after(after)
{}

bool DocumentMetadataCommand::apply()
{
    if (!projectStore().updateDocumentMetadata(m_documentId, m_after))
        return false;
    m_project->notifyDocumentChanged(m_documentId);
    return true;
}

bool DocumentMetadataCommand::revert()
{
    if (!projectStore().updateDocumentMetadata(m_documentId, m_before))
        return false;
    m_project->notifyDocumentChanged(m_documentId);
    return true;
}

ReplaceTargetCommand::ReplaceTargetCommand(Project* project, qint64 documentId, qint64 commentId,
                                           const QList<Block>& before, const QList<Block>& after,
                                           const QList<Annotation>& annotations, const QString& text)
    : EditCommand(project, text)
    , m_documentId(documentId)
    , m_commentId(commentId)
    , m_before(before)
    , m_after(after)
    , m_annotations(annotations)
{}

bool ReplaceTargetCommand::apply()
{
    ProjectStore& store = projectStore();
    const QString newText = plainText(m_after);
    const bool ok = store.atomically([&] {
        if (!store.setTargetBlocks(m_documentId, m_commentId, m_after))
            return false;
        for (const Annotation& annotation : m_annotations) {
            if (!annotation.range || annotation.orphaned)
                continue;
            const Reanchoring placed = reanchor(*annotation.range, newText);
            if (!store.setAnnotationAnchor(annotation.id, placed.range, placed.method == Reanchoring::Method::Orphan))
                return false;
        }
        return true;
    });
    if (!ok)
        return false;
    m_project->notifyDocumentChanged(m_documentId);
    m_project->notifyAnnotationsChanged(m_documentId);
    return true;
}

bool ReplaceTargetCommand::revert()
{
    ProjectStore& store = projectStore();
    const bool ok = store.atomically([&] {
        if (!store.setTargetBlocks(m_documentId, m_commentId, m_before))
            return false;
        for (const Annotation& annotation : m_annotations) {
            if (!store.setAnnotationAnchor(annotation.id, annotation.range, annotation.orphaned))
                return false;
        }
        return true;
    });
    if (!ok)
        return false;
    m_project->notifyDocumentChanged(m_documentId);
    m_project->notifyAnnotationsChanged(m_documentId);
    return true;
}

RestructureCommand::RestructureCommand(Project* project, qint64 documentId, const CommentStructure& before,
                                       const CommentStructure& after, const QString& text)
    : EditCommand(project, text)
    , m_documentId(documentId)
    , m_before(before)
    , m_after(after)
{}

bool RestructureCommand::write(const CommentStructure& state, const CommentStructure& other)
{
    ProjectStore& store = projectStore();
    const bool ok = store.atomically([&] {
        for (const CommentRow& row : state.rows) {
            const bool written =
                other.absent.contains(row.id) ? store.insertComment(row).has_value() : store.updateComment(row);
            if (!written)
                return false;
        }
        // Annotations move before comments go, or the cascade would take them along.
        for (const Annotation& annotation : state.annotations) {
            if (!store.setAnnotationTarget(annotation.id, annotation.commentId, annotation.range, annotation.orphaned))
                return false;
        }
        for (const qint64 id : state.absent) {
            if (!store.deleteComment(id))
                return false;
        }
        return true;
    });
    if (!ok)
        return false;
    m_project->notifyDocumentChanged(m_documentId);
    m_project->notifyAnnotationsChanged(m_documentId);
    return true;
}

bool RestructureCommand::apply()
{
    return write(m_after, m_before);
}

bool RestructureCommand::revert()
{
    return write(m_before, m_after);
}

} // namespace glossator
