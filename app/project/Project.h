#pragma once

#include "model/Anchoring.h"
#include "model/Annotation.h"
#include "project/ProjectStore.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace glossator {

class EditCommand;

// An open project: the store, and the undo stack through which every user edit goes. Each edit
// (and each undo and redo of it) is one transaction, committed before the call returns.
class Project : public QObject {
    Q_OBJECT

public:
    explicit Project(std::unique_ptr<ProjectStore> store, QObject* parent = nullptr);
    ~Project() override;

    ProjectStore& store() { return *m_store; }
    const ProjectStore& store() const { return *m_store; }
    QUndoStack* undoStack() { return &m_undoStack; }
    QString lastError() const { return m_lastError; }

    QString coder() const { return m_coder; }
    void setCoder(const QString& coder) { m_coder = coder; }

    // Edits. Each returns false (or nothing) with lastError() set when it could not be made;
    // then nothing changed and nothing was pushed on the undo stack.
    std::optional<qint64> addAnnotation(Annotation annotation);
    bool removeAnnotation(qint64 annotationId);
    bool setAnnotationTags(qint64 annotationId, const QList<qint64>& tagIds);
    bool setAnnotationNote(qint64 annotationId, const QString& note);

    std::optional<qint64> createTag(const Tag& tag);
    bool renameTag(qint64 tagId, const QString& name);
    bool recolorTag(qint64 tagId, const QColor& color);
    bool describeTag(qint64 tagId, const QString& description);
    // Moves the tag under newParentId (0: top level) to place `index` among its new siblings.
    bool moveTag(qint64 tagId, qint64 newParentId, int index);
    bool mergeTags(qint64 sourceTagId, qint64 targetTagId);
    bool deleteTag(qint64 tagId);

    bool setDocumentMetadata(qint64 documentId, const Article& metadata);
    // A structural fix of a target's text (article: commentId 0); its annotations re-anchor.
    bool replaceTargetBlocks(qint64 documentId, qint64 commentId, const QList<Block>& blocks,
                             const QString& description);

    // Structural fixes of a comment thread read wrongly; each re-anchors the annotations it touches.
    // The comment's line that was taken as its author goes back to the previous comment's text.
    bool mergeCommentIntoPrevious(qint64 commentId);
    // Paragraph `paragraph` (from 1) becomes the author line of a new comment with what follows.
    bool splitComment(qint64 commentId, int paragraph);
    // The first paragraph becomes the author; the old author line returns to the previous comment.
    bool makeFirstLineAuthor(qint64 commentId);
    // Makes the comment a reply to an earlier comment of its document (0: a top-level comment).
    bool setReplyParent(qint64 commentId, qint64 parentCommentId);

    // Called by the edit commands; not for other callers.
    void notifyAnnotationsChanged(qint64 documentId) { emit annotationsChanged(documentId); }
    void notifyTagsChanged() { emit tagsChanged(); }
    void notifyDocumentChanged(qint64 documentId) { emit documentChanged(documentId); }
    void reportFailure(const QString& message);

signals:
    void annotationsChanged(qint64 documentId);
    void tagsChanged();
    void documentChanged(qint64 documentId);
    void editFailed(const QString& message);

private:
    bool push(EditCommand* command);
    bool updateTag(qint64 tagId, const std::function<void(Tag&)>& change, const QString& description);
    bool fail(const QString& message);

    std::unique_ptr<ProjectStore> m_store;
    QUndoStack m_undoStack;
    QString m_coder;
    QString m_lastError;
};

} // namespace glossator
