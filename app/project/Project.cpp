#include "Project.h"

#include "model/Anchoring.h"
#include "model/TagPalette.h"
#include "model/TagPath.h"
#include "project/EditCommands.h"

namespace glossator {

namespace {

// A range is refused rather than widened: offsets come from a script or another program, and a
// passage other than the one asked for would pass unnoticed.
QString splitCharacterMessage(int start, int end, int split)
{
    return Project::tr("The range %1–%2 cuts a character in two at offset %3 (an emoji or another character "
                       "written as two UTF-16 units); use offset %4 or %5 there.")
        .arg(start)
        .arg(end)
        .arg(split)
        .arg(split - 1)
        .arg(split + 1);
}

} // namespace

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

void Project::replaceStore(std::unique_ptr<ProjectStore> store)
{
    m_store = std::move(store);
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
    // A range outside the text is refused by the store; one inside it must not cut a character.
    if (annotation.range && !annotation.orphaned) {
        const QString text = m_store->targetText(annotation.documentId, annotation.commentId);
        const TextRange& range = *annotation.range;
        const int split = range.start >= 0 && range.end <= text.size() && range.start < range.end
                              ? splitCharacterOffset(text, range.start, range.end)
                              : -1;
        if (split >= 0) {
            reportFailure(splitCharacterMessage(range.start, range.end, split));
            return std::nullopt;
        }
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
    return push(new ChangeAnnotationCommand(this, *before, after, ChangeAnnotationCommand::Change::Tags));
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
    return push(new ChangeAnnotationCommand(this, *before, after, ChangeAnnotationCommand::Change::Note));
}

bool Project::tagAnnotationWithNote(qint64 annotationId, qint64 tagId, const QString& note)
{
    const auto before = m_store->annotation(annotationId);
    if (!before)
        return fail(tr("There is no annotation %1.").arg(annotationId));
    if (!m_store->tag(tagId))
        return fail(tr("There is no tag %1.").arg(tagId));
    Annotation after = *before;
    after.note = note;
    if (!after.tagIds.contains(tagId)) {
        after.tagIds.append(tagId);
        std::sort(after.tagIds.begin(), after.tagIds.end());
    }
    if (after.note == before->note && after.tagIds == before->tagIds)
        return true;
    return push(new ChangeAnnotationCommand(this, *before, after, ChangeAnnotationCommand::Change::TagWithNote));
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
    // Keeping everything as it was is no edit: nothing to undo, and the project stays unmodified.
    if (after.name == before->name && after.parentId == before->parentId && after.color == before->color &&
        after.description == before->description && after.position == before->position) {
        m_lastError.clear();
        return true;
    }
    if (after.name != before->name || after.parentId != before->parentId) {
        if (const auto clash = m_store->tagByPath(after.name, after.parentId); clash && clash->id != tagId)
            return fail(tr("There is a tag named “%1” at that place already.").arg(after.name));
    }
    return push(new UpdateTagCommand(this, {*before}, {after}, description));
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

bool Project::moveTag(qint64 tagId, qint64 newParentId, int index)
{
    const auto moving = m_store->tag(tagId);
    if (!moving)
        return fail(tr("There is no tag %1.").arg(tagId));
    // A tag cannot become its own descendant.
    for (qint64 ancestor = newParentId; ancestor > 0;) {
        if (ancestor == tagId)
            return fail(tr("A tag cannot be moved under itself."));
        const auto parent = m_store->tag(ancestor);
        if (!parent)
            return fail(tr("There is no tag %1.").arg(ancestor));
        ancestor = parent->parentId;
    }
    if (const auto clash = m_store->tagByPath(moving->name, newParentId); clash && clash->id != tagId)
        return fail(tr("There is a tag named “%1” at that place already.").arg(moving->name));

    QList<Tag> siblings;
    for (const TagUsage& usage : m_store->tags()) {
        if (usage.tag.parentId == newParentId && usage.tag.id != tagId)
            siblings.append(usage.tag);
    }
    std::stable_sort(siblings.begin(), siblings.end(),
                     [](const Tag& a, const Tag& b) { return a.position < b.position; });
    Tag moved = *moving;
    moved.parentId = newParentId;
    siblings.insert(std::clamp<qsizetype>(index, 0, siblings.size()), moved);

    // Positions become the ranks 0, 1, 2 … so that the order is unambiguous afterwards.
    QList<Tag> before;
    QList<Tag> after;
    for (qsizetype rank = 0; rank < siblings.size(); ++rank) {
        Tag tag = siblings.at(rank);
        const Tag old = tag.id == tagId ? *moving : tag;
        tag.position = int(rank);
        if (tag.position != old.position || tag.parentId != old.parentId) {
            before.append(old);
            after.append(tag);
        }
    }
    if (after.isEmpty())
        return true;
    return push(new UpdateTagCommand(this, before, after, tr("Move Tag “%1”").arg(moving->name)));
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

std::optional<QList<qint64>> Project::addDocuments(const QList<NewDocument>& documents)
{
    if (documents.isEmpty())
        return QList<qint64>();
    auto* command = new AddDocumentsCommand(this, documents);
    if (!push(command))
        return std::nullopt;
    return command->documentIds();
}

std::optional<qint64> Project::addDocument(const Document& document, const Provenance& provenance)
{
    const auto ids = addDocuments({NewDocument{document, provenance}});
    if (!ids)
        return std::nullopt;
    return ids->first();
}

bool Project::removeDocument(qint64 documentId)
{
    for (const DocumentSummary& summary : m_store->documents()) {
        if (summary.id == documentId)
            return push(new RemoveDocumentCommand(this, documentId, summary.title));
    }
    return fail(tr("There is no document %1.").arg(documentId));
}

std::optional<Project::MissingLevels> Project::missingLevels(const QString& path)
{
    QString error;
    const std::optional<QStringList> names = tagpath::split(path, &error);
    if (!names) {
        fail(error);
        return std::nullopt;
    }
    QList<Tag> existing;
    for (const TagUsage& usage : m_store->tags())
        existing.append(usage.tag);
    MissingLevels missing;
    qsizetype level = 0;
    for (; level < names->size(); ++level) {
        const qint64 id = tagpath::find(existing, names->first(level + 1));
        if (id == 0)
            break;
        missing.existingId = id;
    }
    for (; level < names->size(); ++level) {
        Tag tag;
        tag.name = names->at(level);
        // Each new level takes the next colour, as if it had been made by hand in the codebook.
        tag.color = defaultTagColor(int(existing.size() + missing.tags.size()));
        missing.tags.append(tag);
    }
    return missing;
}

std::optional<qint64> Project::createTagPath(const QString& path)
{
    const std::optional<MissingLevels> missing = missingLevels(path);
    if (!missing)
        return std::nullopt;
    if (missing->tags.isEmpty())
        return missing->existingId;
    auto* command = new CreateTagPathCommand(this, TagLevels{missing->existingId, missing->tags}, path);
    if (!push(command))
        return std::nullopt;
    return command->tagId();
}

std::optional<qint64> Project::annotate(const AnnotationRequest& request)
{
    const auto refuse = [this](const QString& message) -> std::optional<qint64> {
        fail(message);
        return std::nullopt;
    };
    if (!m_store->provenance(request.documentId))
        return refuse(tr("There is no document %1.").arg(request.documentId));
    Annotation annotation;
    annotation.documentId = request.documentId;
    if (!request.commentSourceId.isEmpty()) {
        const auto commentId = m_store->commentIdForSourceId(request.documentId, request.commentSourceId);
        if (!commentId)
            return refuse(tr("Document %1 has no comment %2.").arg(request.documentId).arg(request.commentSourceId));
        annotation.commentId = *commentId;
    }
    const QString text = m_store->targetText(request.documentId, annotation.commentId);
    if (request.offsets && request.quote)
        return refuse(tr("A passage is given by its offsets or by its words, not by both."));
    if (request.offsets) {
        const auto [from, to] = *request.offsets;
        if (from < 0 || to > text.size() || from >= to)
            return refuse(tr("The range %1–%2 is not inside the target, whose text has %3 characters.")
                              .arg(from)
                              .arg(to)
                              .arg(text.size()));
        const int split = splitCharacterOffset(text, from, to);
        if (split >= 0)
            return refuse(splitCharacterMessage(from, to, split));
        annotation.range = TextRange::fromText(text, from, to);
    } else if (request.quote) {
        const QString& quote = *request.quote;
        const qsizetype first = quote.isEmpty() ? -1 : text.indexOf(quote);
        if (first < 0)
            return refuse(tr("The quote was not found in the target."));
        if (text.indexOf(quote, first + 1) >= 0)
            return refuse(
                tr("The quote occurs %1 times in the target; give the passage by its offsets.").arg(text.count(quote)));
        annotation.range = TextRange::fromText(text, int(first), int(first + quote.size()));
    }
    annotation.note = request.note;
    annotation.coder = m_coder;

    const std::optional<MissingLevels> missing = missingLevels(request.tagPath);
    if (!missing)
        return std::nullopt;
    auto* command =
        new AnnotateCommand(this, TagLevels{missing->existingId, missing->tags}, annotation, request.tagPath.trimmed());
    if (!push(command))
        return std::nullopt;
    return command->annotationId();
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

namespace {

// Offset of paragraph `index` in the plain text of blocks (blocks are joined by a blank line).
int paragraphOffset(const QList<Block>& blocks, int index)
{
    int offset = 0;
    for (int i = 0; i < index && i < blocks.size(); ++i)
        offset += int(blocks.at(i).text.size()) + 2;
    return offset;
}

QList<Annotation> annotationsOn(const ProjectStore& store, qint64 documentId, qint64 commentId)
{
    QList<Annotation> result;
    for (const Annotation& annotation : store.annotations(documentId)) {
        if (annotation.commentId == commentId)
            result.append(annotation);
    }
    return result;
}

// The annotation moved by `shift` characters into a new text; one whose passage is not there
// word for word afterwards is kept where it was and marked an orphan.
Annotation shifted(Annotation annotation, int shift, const QString& newText, qint64 newCommentId)
{
    annotation.commentId = newCommentId;
    if (!annotation.range || annotation.orphaned)
        return annotation;
    const int start = annotation.range->start + shift;
    const int end = annotation.range->end + shift;
    if (start >= 0 && end <= newText.size() &&
        QStringView(newText).sliced(start, end - start) == annotation.range->exact) {
        annotation.range = TextRange::fromText(newText, start, end);
    } else {
        annotation.orphaned = true;
    }
    return annotation;
}

Block paragraph(const QString& text)
{
    return Block{Block::Kind::Paragraph, text, 0, {}};
}

} // namespace

bool Project::mergeCommentIntoPrevious(qint64 commentId)
{
    const auto merged = m_store->commentRow(commentId);
    if (!merged)
        return fail(tr("There is no comment %1.").arg(commentId));
    const auto stored = m_store->loadDocument(merged->documentId);
    const qsizetype index = stored ? stored->commentIds.indexOf(commentId) : -1;
    if (index <= 0)
        return fail(tr("The first comment has no previous comment to merge into."));
    const auto into = m_store->commentRow(stored->commentIds.at(index - 1));

    CommentStructure before;
    before.rows = {*into, *merged};
    CommentStructure after;
    CommentRow joined = *into;
    // The line read as the merged comment's author was a line of the previous comment's text.
    joined.blocks.append(paragraph(merged->author));
    if (!merged->publishedText.isEmpty())
        joined.blocks.append(paragraph(merged->publishedText));
    const int shift = paragraphOffset(joined.blocks, int(joined.blocks.size()));
    joined.blocks.append(merged->blocks);
    after.rows = {joined};
    after.absent = {commentId};
    const QString joinedText = plainText(joined.blocks);
    for (const Annotation& annotation : annotationsOn(*m_store, merged->documentId, commentId)) {
        before.annotations.append(annotation);
        after.annotations.append(shifted(annotation, shift, joinedText, into->id));
    }
    for (const qint64 reply : m_store->replies(commentId)) {
        CommentRow row = *m_store->commentRow(reply);
        before.rows.append(row);
        row.parentId = into->id;
        after.rows.append(row);
    }
    return push(new RestructureCommand(this, merged->documentId, before, after, tr("Merge Comment into Previous")));
}

bool Project::splitComment(qint64 commentId, int paragraphIndex)
{
    const auto original = m_store->commentRow(commentId);
    if (!original)
        return fail(tr("There is no comment %1.").arg(commentId));
    if (paragraphIndex < 1 || paragraphIndex >= original->blocks.size())
        return fail(tr("A comment is split at one of its paragraphs after the first."));

    CommentRow kept = *original;
    kept.blocks = original->blocks.first(paragraphIndex);
    CommentRow split;
    split.id = m_store->nextCommentId();
    split.documentId = original->documentId;
    split.position = original->position + 1;
    split.sourceId = original->sourceId + QStringLiteral("-split-%1").arg(split.id);
    split.parentId = original->parentId;
    split.author = original->blocks.at(paragraphIndex).text;
    split.blocks = original->blocks.mid(paragraphIndex + 1);

    CommentStructure before;
    before.rows = {*original};
    before.absent = {split.id};
    CommentStructure after;
    after.rows = {kept, split};
    const QString keptText = plainText(kept.blocks);
    const QString splitText = plainText(split.blocks);
    const int bodyStart = paragraphOffset(original->blocks, paragraphIndex + 1);
    const int keptEnd = int(keptText.size());
    for (const Annotation& annotation : annotationsOn(*m_store, original->documentId, commentId)) {
        before.annotations.append(annotation);
        if (annotation.range && annotation.range->start >= bodyStart)
            after.annotations.append(shifted(annotation, -bodyStart, splitText, split.id));
        else if (annotation.range && annotation.range->end > keptEnd)
            after.annotations.append(shifted(annotation, 0, QString(), commentId)); // across the cut: orphan
        else
            after.annotations.append(annotation);
    }
    return push(new RestructureCommand(this, original->documentId, before, after, tr("Split Comment")));
}

bool Project::makeFirstLineAuthor(qint64 commentId)
{
    const auto comment = m_store->commentRow(commentId);
    if (!comment)
        return fail(tr("There is no comment %1.").arg(commentId));
    if (comment->blocks.isEmpty())
        return fail(tr("The comment has no text to take its author from."));
    const auto stored = m_store->loadDocument(comment->documentId);
    const qsizetype index = stored->commentIds.indexOf(commentId);
    if (index <= 0)
        return fail(tr("The first comment has no previous comment to take its author line."));
    const auto previous = m_store->commentRow(stored->commentIds.at(index - 1));

    CommentStructure before;
    before.rows = {*previous, *comment};
    CommentRow extended = *previous;
    extended.blocks.append(paragraph(comment->author));
    CommentRow renamed = *comment;
    renamed.author = comment->blocks.first().text;
    renamed.blocks.removeFirst();
    CommentStructure after;
    after.rows = {extended, renamed};
    const QString renamedText = plainText(renamed.blocks);
    const int shift = -paragraphOffset(comment->blocks, 1);
    for (const Annotation& annotation : annotationsOn(*m_store, comment->documentId, commentId)) {
        before.annotations.append(annotation);
        after.annotations.append(shifted(annotation, shift, renamedText, commentId));
    }
    return push(new RestructureCommand(this, comment->documentId, before, after, tr("Make First Line the Author")));
}

bool Project::setReplyParent(qint64 commentId, qint64 parentCommentId)
{
    const auto comment = m_store->commentRow(commentId);
    if (!comment)
        return fail(tr("There is no comment %1.").arg(commentId));
    if (parentCommentId == comment->parentId)
        return true;
    if (parentCommentId > 0) {
        const auto parent = m_store->commentRow(parentCommentId);
        if (!parent || parent->documentId != comment->documentId)
            return fail(tr("Comment %1 is not in the same document.").arg(parentCommentId));
        // Replies follow what they answer in reading order; this also rules out cycles.
        if (parent->position >= comment->position)
            return fail(tr("A comment can only reply to a comment above it."));
    }
    CommentStructure before;
    before.rows = {*comment};
    CommentRow moved = *comment;
    moved.parentId = parentCommentId;
    CommentStructure after;
    after.rows = {moved};
    return push(new RestructureCommand(this, comment->documentId, before, after,
                                       parentCommentId > 0 ? tr("Mark as Reply") : tr("Make Top-Level Comment")));
}

} // namespace glossator
