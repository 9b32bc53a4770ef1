#pragma once

#include "model/Annotation.h"
#include "model/Document.h"
#include "project/ProjectStore.h"

#include <QUndoCommand>

namespace glossator {

class Project;

// Base of every user edit. redo() and undo() each write one transaction; when a write fails the
// command makes itself obsolete, so the undo stack drops it rather than holding a lie.
class EditCommand : public QUndoCommand {
public:
    EditCommand(Project* project, const QString& text);

    void redo() final;
    void undo() final;
    bool succeeded() const { return m_succeeded; }

protected:
    virtual bool apply() = 0;
    virtual bool revert() = 0;

    // The store to write; commands are the only writers.
    ProjectStore& projectStore() const;

    Project* m_project;

private:
    bool m_succeeded = false;
};

// The tags an edit creates along a path, each under the one before. The first creation gives them
// their ids and places; a redo makes them again with the same.
struct TagLevels {
    qint64 parentId = 0; // where the first of them goes (0: the top level)
    QList<Tag> tags;

    bool create(ProjectStore& store);
    bool remove(ProjectStore& store) const;
    // The last level: the tag the path names.
    qint64 leafId() const { return tags.isEmpty() ? parentId : tags.last().id; }
};

class CreateTagPathCommand : public EditCommand {
public:
    CreateTagPathCommand(Project* project, const TagLevels& levels, const QString& path);
    qint64 tagId() const { return m_levels.leafId(); }

protected:
    bool apply() override;
    bool revert() override;

private:
    TagLevels m_levels;
};

// Adds an annotation together with the levels of its tag's path that did not exist.
class AnnotateCommand : public EditCommand {
public:
    AnnotateCommand(Project* project, const TagLevels& levels, const Annotation& annotation, const QString& path);
    qint64 annotationId() const { return m_annotation.id; }

protected:
    bool apply() override;
    bool revert() override;

private:
    TagLevels m_levels;
    Annotation m_annotation;
};

// Imports documents. Undo takes each out with a snapshot of every row it had, and redo writes the
// snapshots back, so the documents return with the same ids as the first time.
class AddDocumentsCommand : public EditCommand {
public:
    AddDocumentsCommand(Project* project, const QList<NewDocument>& documents);
    const QList<qint64>& documentIds() const { return m_ids; }

protected:
    bool apply() override;
    bool revert() override;

private:
    QList<NewDocument> m_pending; // until the first import; the snapshots stand in for them after
    QList<qint64> m_ids;
    QList<DocumentSnapshot> m_removed;
};

// Removes a document; undo writes back the snapshot of every row it had.
class RemoveDocumentCommand : public EditCommand {
public:
    RemoveDocumentCommand(Project* project, qint64 documentId, const QString& title);

protected:
    bool apply() override;
    bool revert() override;

private:
    qint64 m_documentId;
    std::optional<DocumentSnapshot> m_removed;
};

class AddAnnotationCommand : public EditCommand {
public:
    AddAnnotationCommand(Project* project, const Annotation& annotation);
    qint64 annotationId() const { return m_annotation.id; }

protected:
    bool apply() override;
    bool revert() override;

private:
    Annotation m_annotation;
};

class RemoveAnnotationCommand : public EditCommand {
public:
    RemoveAnnotationCommand(Project* project, const Annotation& annotation);

protected:
    bool apply() override;
    bool revert() override;

private:
    Annotation m_annotation;
};

// Changes an annotation's tags, its note, or both. Consecutive note edits of one annotation merge
// into one. Undo writes the annotation back exactly, its modification time included; redo brings
// back the time the change was first made.
class ChangeAnnotationCommand : public EditCommand {
public:
    enum class Change { Tags, Note, TagWithNote };

    ChangeAnnotationCommand(Project* project, const Annotation& before, const Annotation& after, Change change);
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

protected:
    bool apply() override;
    bool revert() override;

private:
    bool notify(const Annotation& from, const Annotation& to);

    Annotation m_before;
    Annotation m_after;
    Change m_change;
    bool m_made = false; // m_after holds the time the first apply() gave it
};

class CreateTagCommand : public EditCommand {
public:
    CreateTagCommand(Project* project, const Tag& tag);
    qint64 tagId() const { return m_tag.id; }

protected:
    bool apply() override;
    bool revert() override;

private:
    Tag m_tag;
};

// Changes one tag, or several at once (a move renumbers the siblings it passes).
class UpdateTagCommand : public EditCommand {
public:
    UpdateTagCommand(Project* project, const QList<Tag>& before, const QList<Tag>& after, const QString& text);

protected:
    bool apply() override;
    bool revert() override;

private:
    bool write(const QList<Tag>& tags);

    QList<Tag> m_before;
    QList<Tag> m_after;
};

// Deletes a tag with its sub-tags; undo restores them with the same ids and every use.
class DeleteTagCommand : public EditCommand {
public:
    DeleteTagCommand(Project* project, const QList<Tag>& subtree, const QList<QList<qint64>>& uses);

protected:
    bool apply() override;
    bool revert() override;

private:
    QList<Tag> m_subtree; // parents before children
    QList<QList<qint64>> m_uses;
};

// Gives every annotation of the source tag the target tag, moves the source's sub-tags under the
// target, and deletes the source.
class MergeTagsCommand : public EditCommand {
public:
    MergeTagsCommand(Project* project, const Tag& source, const Tag& target, const QList<Tag>& children,
                     const QList<qint64>& sourceUses, const QList<qint64>& addedToTarget);

protected:
    bool apply() override;
    bool revert() override;

private:
    Tag m_source;
    Tag m_target;
    QList<Tag> m_children;
    QList<qint64> m_sourceUses;
    QList<qint64> m_addedToTarget;
};

class DocumentMetadataCommand : public EditCommand {
public:
    DocumentMetadataCommand(Project* project, qint64 documentId, const Article& before, const Article& after);

protected:
    bool apply() override;
    bool revert() override;

private:
    qint64 m_documentId;
    Article m_before;
    Article m_after;
};

// Replaces a target's text and re-anchors its annotations; undo restores text and anchors exactly.
class ReplaceTargetCommand : public EditCommand {
public:
    ReplaceTargetCommand(Project* project, qint64 documentId, qint64 commentId, const QList<Block>& before,
                         const QList<Block>& after, const QList<Annotation>& annotations, const QString& text);

protected:
    bool apply() override;
    bool revert() override;

private:
    qint64 m_documentId;
    qint64 m_commentId;
    QList<Block> m_before;
    QList<Block> m_after;
    QList<Annotation> m_annotations; // as they were before
};

// The comments and annotations a structural fix touches, as they are on one side of it.
struct CommentStructure {
    QList<CommentRow> rows;        // involved comments that exist in this state, parents first
    QList<qint64> absent;          // involved comments that do not exist in this state
    QList<Annotation> annotations; // involved annotations with their target and anchor in this state
};

// A fix of a document's comment structure (merge, split, author line, reply), given as the states
// before and after it; undo writes the state before back exactly, ids and anchors included.
class RestructureCommand : public EditCommand {
public:
    RestructureCommand(Project* project, qint64 documentId, const CommentStructure& before,
                       const CommentStructure& after, const QString& text);

protected:
    bool apply() override;
    bool revert() override;

private:
    bool write(const CommentStructure& state, const CommentStructure& other);

    qint64 m_documentId;
    CommentStructure m_before;
    CommentStructure m_after;
};

} // namespace glossator
