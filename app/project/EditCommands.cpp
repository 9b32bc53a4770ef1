#include "EditCommands.h"

#include "model/Anchoring.h"
#include "project/Project.h"

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
        m_project->reportFailure(m_project->store().lastError());
    }
}

void EditCommand::undo()
{
    if (!revert()) {
        setObsolete(true);
        m_project->reportFailure(m_project->store().lastError());
    }
}

AddAnnotationCommand::AddAnnotationCommand(Project* project, const Annotation& annotation)
    : EditCommand(project, QCoreApplication::translate("glossator::EditCommands", "Add Annotation"))
    , m_annotation(annotation)
{}

bool AddAnnotationCommand::apply()
{
    // The first redo assigns the id; later redos restore the same one, so references stay valid.
    const auto id = m_project->store().addAnnotation(m_annotation);
    if (!id)
        return false;
    m_annotation.id = *id;
    m_project->notifyAnnotationsChanged(m_annotation.documentId);
    return true;
}

bool AddAnnotationCommand::revert()
{
    if (!m_project->store().removeAnnotation(m_annotation.id))
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
    if (!m_project->store().removeAnnotation(m_annotation.id))
        return false;
    m_project->notifyAnnotationsChanged(m_annotation.documentId);
    return true;
}

bool RemoveAnnotationCommand::revert()
{
    if (!m_project->store().addAnnotation(m_annotation))
        return false;
    m_project->notifyAnnotationsChanged(m_annotation.documentId);
    return true;
}

ChangeAnnotationCommand::ChangeAnnotationCommand(Project* project, const Annotation& before, const Annotation& after,
                                                 bool noteEdit)
    : EditCommand(project, noteEdit ? QCoreApplication::translate("glossator::EditCommands", "Edit Note")
                                    : QCoreApplication::translate("glossator::EditCommands", "Change Tags"))
    , m_before(before)
    , m_after(after)
    , m_noteEdit(noteEdit)
{}

int ChangeAnnotationCommand::id() const
{
    return m_noteEdit ? AnnotationNoteId : -1;
}

bool ChangeAnnotationCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ChangeAnnotationCommand*>(other);
    if (!next->m_noteEdit || next->m_after.id != m_after.id)
        return false;
    m_after = next->m_after;
    return true;
}

bool ChangeAnnotationCommand::apply()
{
    if (!m_project->store().updateAnnotation(m_after))
        return false;
    m_project->notifyAnnotationsChanged(m_after.documentId);
    m_project->notifyTagsChanged();
    return true;
}

bool ChangeAnnotationCommand::revert()
{
    if (!m_project->store().updateAnnotation(m_before))
        return false;
    m_project->notifyAnnotationsChanged(m_before.documentId);
    m_project->notifyTagsChanged();
    return true;
}

CreateTagCommand::CreateTagCommand(Project* project, const Tag& tag)
    : EditCommand(project, QCoreApplication::translate("glossator::EditCommands", "Create Tag “%1”").arg(tag.name))
    , m_tag(tag)
{}

bool CreateTagCommand::apply()
{
    const auto id = m_project->store().addTag(m_tag);
    if (!id)
        return false;
    if (m_tag.id == 0) {
        m_tag.id = *id;
        if (const auto stored = m_project->store().tag(*id))
            m_tag.position = stored->position;
    }
    m_project->notifyTagsChanged();
    return true;
}

bool CreateTagCommand::revert()
{
    if (!m_project->store().removeTag(m_tag.id))
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
    ProjectStore& store = m_project->store();
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
    if (!m_project->store().removeTag(m_subtree.first().id))
        return false;
    m_project->notifyTagsChanged();
    m_project->notifyAnnotationsChanged(0);
    return true;
}

bool DeleteTagCommand::revert()
{
    ProjectStore& store = m_project->store();
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
    ProjectStore& store = m_project->store();
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
    ProjectStore& store = m_project->store();
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
    if (!m_project->store().updateDocumentMetadata(m_documentId, m_after))
        return false;
    m_project->notifyDocumentChanged(m_documentId);
    return true;
}

bool DocumentMetadataCommand::revert()
{
    if (!m_project->store().updateDocumentMetadata(m_documentId, m_before))
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
    ProjectStore& store = m_project->store();
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
    ProjectStore& store = m_project->store();
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
    ProjectStore& store = m_project->store();
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
