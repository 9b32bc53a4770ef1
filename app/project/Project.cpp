#include "Project.h"

#include "project/EditCommands.h"

namespace glossator {

Project::Project(std::unique_ptr<ProjectStore> store, QObject* parent)
    : QObject(parent)
    , m_store(std::move(store))
{
    m_undoStack.setUndoLimit(0);
}

Project::~Project()
{
    // Commands refer to the store; drop them first.
    m_undoStack.clear();
}

void Project::reportFailure(const QString& message)
{
    m_lastError = message;
    emit editFailed(message);
}

bool Project::fail(const QString& message)
{
    m_lastError = message;
    return false;
}

bool Project::push(EditCommand* command)
{
    if (m_store->isReadOnly()) {
        delete command;
        return fail(tr("The project is open read-only."));
    }
    m_lastError.clear();
    // push() runs redo(); a command that failed there reported it and was dropped as obsolete.
    m_undoStack.push(command);
    return m_lastError.isEmpty();
}

std::optional<qint64> Project::addAnnotation(Annotation annotation)
{
    if (annotation.tagIds.isEmpty()) {
        fail(tr("An annotation needs at least one tag."));
        return std::nullopt;
    }
    if (annotation.coder.isEmpty())
        annotation.coder = m_coder;
    annotation.id = 0;
    auto* command = new AddAnnotationCommand(this, annotation);
    // A successful command stays alive on the stack (this kind never merges), so it can be asked.
    if (!push(command))
        return std::nullopt;
    return command->annotationId();
}

bool Project::removeAnnotation(qint64 annotationId)
{
    const auto annotation = m_store->annotation(annotationId);
    if (!annotation)
        return fail(tr("There is no annotation %1.").arg(annotationId));
    return push(new RemoveAnnotationCommand(this, *annotation));
}

bool Project::setAnnotationTags(qint64 annotationId, const QList<qint64>& tagIds)
{
    const auto before = m_store->annotation(annotationId);
    if (!before)
        return fail(tr("There is no annotation %1.").arg(annotationId));
    if (tagIds.isEmpty())
        return fail(tr("An annotation needs at least one tag; delete the annotation instead."));
    Annotation after = *before;
    after.tagIds = tagIds;
    std::sort(after.tagIds.begin(), after.tagIds.end());
    after.tagIds.erase(std::unique(after.tagIds.begin(), after.tagIds.end()), after.tagIds.end());
    if (after.tagIds == before->tagIds)
        return true;
    return push(new ChangeAnnotationCommand(this, *before, after, false));
}

bool Project::setAnnotationNote(qint64 annotationId, const QString& note)
{
    const auto before = m_store->annotation(annotationId);
    if (!before)
        return fail(tr("There is no annotation %1.").arg(annotationId));
    if (before->note == note)
        return true;
    Annotation after = *before;
    after.note = note;
    return push(new ChangeAnnotationCommand(this, *before, after, true));
}

std::optional<qint64> Project::createTag(const Tag& tag)
{
    Tag fresh = tag;
    fresh.id = 0;
    fresh.name = fresh.name.trimmed();
    if (fresh.name.isEmpty()) {
        fail(tr("A tag needs a name."));
        return std::nullopt;
    }
    if (fresh.parentId > 0 && !m_store->tag(fresh.parentId)) {
        fail(tr("There is no parent tag %1.").arg(fresh.parentId));
        return std::nullopt;
    }
    if (m_store->tagByPath(fresh.name, fresh.parentId)) {
        fail(tr("There is a tag named “%1” at that place already.").arg(fresh.name));
        return std::nullopt;
    }
    auto* command = new CreateTagCommand(this, fresh);
    if (!push(command))
        return std::nullopt;
    return command->tagId();
}

bool Project::updateTag(qint64 tagId, const std::function<void(Tag&)>& change, const QString& description)
{
    const auto before = m_store->tag(tagId);
    if (!before)
        return fail(tr("There is no tag %1.").arg(tagId));
    Tag after = *before;
    change(after);
    after.name = after.name.trimmed();
    if (after.name.isEmpty())
        return fail(tr("A tag needs a name."));
    if (after.name != before->name || after.parentId != before->parentId) {
        if (const auto clash = m_store->tagByPath(after.name, after.parentId); clash && clash->id != tagId)
            return fail(tr("There is a tag named “%1” at that place already.").arg(after.name));
    }
    return push(new UpdateTagCommand(this, *before, after, description));
}

bool Project::renameTag(qint64 tagId, const QString& name)
{
    return updateTag(
        tagId, [&](Tag& tag) { tag.name = name; }, tr("Rename Tag to “%1”").arg(name.trimmed()));
}

bool Project::recolorTag(qint64 tagId, const QColor& color)
{
    if (!color.isValid())
        return fail(tr("That is not a colour."));
    return updateTag(
        tagId, [&](Tag& tag) { tag.color = color; }, tr("Change Tag Colour"));
}

bool Project::describeTag(qint64 tagId, const QString& description)
{
    return updateTag(
        tagId, [&](Tag& tag) { tag.description = description; }, tr("Edit Tag Description"));
}

bool Project::moveTag(qint64 tagId, qint64 newParentId, int position)
{
    // A tag cannot become its own descendant.
    for (qint64 ancestor = newParentId; ancestor > 0;) {
        if (ancestor == tagId)
            return fail(tr("A tag cannot be moved under itself."));
        const auto parent = m_store->tag(ancestor);
        if (!parent)
            return fail(tr("There is no tag %1.").arg(ancestor));
        ancestor = parent->parentId;
    }
    return updateTag(
        tagId,
        [&](Tag& tag) {
            tag.parentId = newParentId;
            tag.position = position;
        },
        tr("Move Tag"));
}

bool Project::mergeTags(qint64 sourceTagId, qint64 targetTagId)
{
    const auto source = m_store->tag(sourceTagId);
    const auto target = m_store->tag(targetTagId);
    if (!source || !target)
        return fail(tr("There is no tag %1.").arg(!source ? sourceTagId : targetTagId));
    if (sourceTagId == targetTagId)
        return fail(tr("A tag cannot be merged into itself."));
    for (qint64 ancestor = target->parentId; ancestor > 0;) {
        if (ancestor == sourceTagId)
            return fail(tr("A tag cannot be merged into one of its own sub-tags."));
        ancestor = m_store->tag(ancestor)->parentId;
    }
    QList<Tag> children;
    for (const TagUsage& usage : m_store->tags()) {
        if (usage.tag.parentId != sourceTagId)
            continue;
        if (const auto clash = m_store->tagByPath(usage.tag.name, targetTagId))
            return fail(tr("Both tags have a sub-tag named “%1”; merge or rename those first.").arg(clash->name));
        children.append(usage.tag);
    }
    const QList<qint64> sourceUses = m_store->annotationsWithTag(sourceTagId);
    const QList<qint64> targetUses = m_store->annotationsWithTag(targetTagId);
    QList<qint64> added;
    for (const qint64 id : sourceUses) {
        if (!targetUses.contains(id))
            added.append(id);
    }
    return push(new MergeTagsCommand(this, *source, *target, children, sourceUses, added));
}

bool Project::deleteTag(qint64 tagId)
{
    const auto root = m_store->tag(tagId);
    if (!root)
        return fail(tr("There is no tag %1.").arg(tagId));
    const QList<TagUsage> all = m_store->tags();
    QList<Tag> subtree{*root};
    for (qsizetype i = 0; i < subtree.size(); ++i) {
        for (const TagUsage& usage : all) {
            if (usage.tag.parentId == subtree.at(i).id)
                subtree.append(usage.tag);
        }
    }
    QList<QList<qint64>> uses;
    for (const Tag& tag : subtree)
        uses.append(m_store->annotationsWithTag(tag.id));
    return push(new DeleteTagCommand(this, subtree, uses));
}

bool Project::setDocumentMetadata(qint64 documentId, const Article& metadata)
{
    const auto stored = m_store->loadDocument(documentId);
    if (!stored)
        return fail(tr("There is no document %1.").arg(documentId));
    if (metadata.title.trimmed().isEmpty())
        return fail(tr("A document needs a title."));
    return push(new DocumentMetadataCommand(this, documentId, stored->document.article, metadata));
}

bool Project::replaceTargetBlocks(qint64 documentId, qint64 commentId, const QList<Block>& blocks,
                                  const QString& description)
{
    const auto stored = m_store->loadDocument(documentId);
    if (!stored)
        return fail(tr("There is no document %1.").arg(documentId));
    QList<Block> before;
    if (commentId > 0) {
        const qsizetype index = stored->commentIds.indexOf(commentId);
        if (index < 0)
            return fail(tr("Document %1 has no comment %2.").arg(documentId).arg(commentId));
        before = stored->document.comments.at(index).blocks;
    } else {
        before = stored->document.article.blocks;
    }
    QList<Annotation> affected;
    for (const Annotation& annotation : m_store->annotations(documentId)) {
        if (annotation.commentId == commentId)
            affected.append(annotation);
    }
    return push(new ReplaceTargetCommand(this, documentId, commentId, before, blocks, affected, description));
}

} // namespace glossator
