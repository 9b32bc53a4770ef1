#pragma once

#include "model/Anchoring.h"
#include "model/Annotation.h"
#include "model/Document.h"
#include "model/TagPalette.h"
#include "project/ProjectStore.h"

#include <QObject>
#include <QUndoStack>

#include <memory>
#include <optional>
#include <utility>

namespace glossator {

class EditCommand;

// An annotation asked for by naming things rather than by ids: the comment by the id its source
// gave it (as `glossator parse` shows it), the passage by offsets or by its words, the tag by its
// path. The rules for each are those of the window's own edits.
struct AnnotationRequest {
    qint64 documentId = 0;
    QString commentSourceId;                    // empty: the article
    std::optional<std::pair<int, int>> offsets; // a passage by UTF-16 offsets, the end exclusive
    std::optional<QString> quote;               // or by its exact words, which must occur once
    QString tagPath;                            // see model/TagPath.h; missing levels are created
    QString note;
};

// An open project: the store, and the undo stack through which every user edit goes. Each edit
// (and each undo and redo of it) is one transaction, committed before the call returns.
class Project : public QObject {
    Q_OBJECT

public:
    explicit Project(std::unique_ptr<ProjectStore> store, QObject* parent = nullptr);
    ~Project() override;

    // For reading only: every change goes through the edits below, so that it can be undone.
    const ProjectStore& store() const { return *m_store; }
    QUndoStack* undoStack() { return &m_undoStack; }
    // Continues in another file holding the same project (Save As). The undo history stays: every
    // id it names is the same in the copy.
    void replaceStore(std::unique_ptr<ProjectStore> store);
    QString lastError() const { return m_lastError; }

    QString coder() const { return m_coder; }
    void setCoder(const QString& coder) { m_coder = coder; }

    // Edits. Each returns false (or nothing) with lastError() set when it could not be made;
    // then nothing changed and nothing was pushed on the undo stack.
    std::optional<qint64> addAnnotation(Annotation annotation);
    bool removeAnnotation(qint64 annotationId);
    bool setAnnotationTags(qint64 annotationId, const QList<qint64>& tagIds);
    bool setAnnotationNote(qint64 annotationId, const QString& note);
    // Gives the annotation the tag (when it lacks it) and the note, as one edit that never merges
    // with the note edits around it.
    bool tagAnnotationWithNote(qint64 annotationId, qint64 tagId, const QString& note);

    std::optional<qint64> createTag(const Tag& tag);
    bool renameTag(qint64 tagId, const QString& name);
    bool recolorTag(qint64 tagId, const QColor& color);
    bool describeTag(qint64 tagId, const QString& description);
    // Moves the tag under newParentId (0: top level) to place `index` among its new siblings.
    bool moveTag(qint64 tagId, qint64 newParentId, int index);
    bool mergeTags(qint64 sourceTagId, qint64 targetTagId);
    bool deleteTag(qint64 tagId);

    // Adds documents as one edit: undo takes them out again, redo puts them back with the same ids.
    std::optional<QList<qint64>> addDocuments(const QList<NewDocument>& documents);
    std::optional<qint64> addDocument(const Document& document, const Provenance& provenance);
    // Removes a document with its comments and annotations; undo restores every row of it exactly.
    bool removeDocument(qint64 documentId);

    // The tag at a path (see model/TagPath.h), creating the levels that are missing, each with the
    // default colour a new tag gets; all of them are one edit, and none is made when all exist.
    std::optional<qint64> createTagPath(const QString& path);
    // Adds the annotation a request names, creating its tag's missing levels, as one edit.
    std::optional<qint64> annotate(const AnnotationRequest& request);

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
    void notifyDocumentAdded(qint64 documentId) { emit documentAdded(documentId); }
    void notifyDocumentRemoved(qint64 documentId) { emit documentRemoved(documentId); }
    void reportFailure(const QString& message);

signals:
    void annotationsChanged(qint64 documentId);
    void tagsChanged();
    void documentChanged(qint64 documentId);
    // A document came into the project or went out of it, by an edit or by its undo or redo.
    void documentAdded(qint64 documentId);
    void documentRemoved(qint64 documentId);
    void editFailed(const QString& message);

private:
    friend class EditCommand;
    friend class ProjectManager; // restores a backup into the store
    ProjectStore& writableStore() { return *m_store; }
    // The levels of a tag path that do not exist yet, as the tags to create for them.
    struct MissingLevels {
        qint64 existingId = 0; // the deepest level that exists (0: none)
        QList<Tag> tags;
    };
    std::optional<MissingLevels> missingLevels(const QString& path);

    bool push(EditCommand* command);
    bool updateTag(qint64 tagId, const std::function<void(Tag&)>& change, const QString& description);
    bool fail(const QString& message);

    std::unique_ptr<ProjectStore> m_store;
    QUndoStack m_undoStack;
    QString m_coder;
    QString m_lastError;
};

} // namespace glossator
