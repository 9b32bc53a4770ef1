#pragma once

#include "model/Annotation.h"
#include "model/Document.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QLockFile;
class QSqlQuery;

namespace glossator {

// Why a project could not be opened. The file is never changed when opening fails.
struct ProjectError {
    // Untrusted: the file holds schema objects Glossator did not create, or defines its own otherwise.
    enum class Kind { None, NotFound, Locked, Foreign, Newer, Damaged, Io, Invalid, Untrusted };

    ProjectError() = default;
    ProjectError(Kind errorKind, QString errorMessage, QString errorPath = {})
        : kind(errorKind)
        , message(std::move(errorMessage))
        , path(std::move(errorPath))
    {}

    Kind kind = Kind::None;
    QString message;
    QString path; // the project file it concerns

    explicit operator bool() const { return kind != Kind::None; }
};

// What the project keeps of the file a document came from, so it stays self-contained.
struct Provenance {
    QString fileName;
    QByteArray bytes;
    QDateTime importedAt;
};

// A document as an import brings it: what was read, and the file it was read from.
struct NewDocument {
    Document document;
    Provenance provenance;
};

struct DocumentSummary {
    qint64 id = 0;
    QString title;
    QString format;
    int comments = 0;
    int annotations = 0;
    QString source;
    QString author;
    QString url;
    QDateTime published; // invalid when the source gave no time
};

struct TagUsage {
    Tag tag;
    int uses = 0; // annotations that carry the tag
};

// A stored document with the database ids of its comments, in Document::comments order.
struct StoredDocument {
    qint64 id = 0;
    Document document;
    QList<qint64> commentIds;
};

// One comment as stored: what structural fixes read and write.
struct CommentRow {
    qint64 id = 0;
    qint64 documentId = 0;
    int position = 0;
    QString sourceId;
    qint64 parentId = 0; // database id of the parent comment, 0 at the top level
    QString author;
    QString published; // ISO time or empty
    QString publishedText;
    std::optional<int> score;
    QList<Block> blocks;
};

// Every row the project holds of one document, its comments and their annotations, exactly as
// stored: what removing the document takes away and restoring it puts back, ids included.
struct DocumentSnapshot {
    struct Rows {
        QString table;
        QStringList columns;
        QList<QVariantList> rows; // NULL is an invalid QVariant
    };

    qint64 documentId = 0;
    QList<Rows> tables; // in the order they are written back: referenced rows first
};

// The SQLite project file. Every public write is one transaction, committed before it returns.
// One writer at a time: a lock file beside the project, released on close and recovered when
// the process that held it has died.
class ProjectStore {
    Q_DECLARE_TR_FUNCTIONS(glossator::ProjectStore)

public:
    enum class Access { ReadWrite, ReadOnly };

    ~ProjectStore();
    ProjectStore(const ProjectStore&) = delete;
    ProjectStore& operator=(const ProjectStore&) = delete;

    // A writer that finds the project locked by another one waits up to lockWait for it to let go;
    // with no wait it gives up at once.
    static std::unique_ptr<ProjectStore> create(const QString& path, ProjectError* error,
                                                std::chrono::milliseconds lockWait = {});
    static std::unique_ptr<ProjectStore> open(const QString& path, Access access, ProjectError* error,
                                              std::chrono::milliseconds lockWait = {});
    // An empty file where a project is to be: what a creation killed before its first commit leaves.
    // create() takes it for no file once it holds the lock.
    static bool isAbandonedCreation(const QString& path);
    // Makes a new project at target from the rows of Glossator's tables in source, leaving out
    // everything else the source's schema holds and running none of it; the source is not changed.
    // What was left out or missing is added to notes.
    static ProjectError cleanCopy(const QString& source, const QString& target, QStringList* notes = nullptr);
    // The writer's lock of a project file that is yet to be put in place (Save As), held from before
    // the file takes the name until a store opened on it with openLocked() takes the lock over.
    static std::unique_ptr<QLockFile> lockForWriting(const QString& path, ProjectError* error,
                                                     std::chrono::milliseconds lockWait = {});
    static std::unique_ptr<ProjectStore> openLocked(const QString& path, std::unique_ptr<QLockFile> heldLock,
                                                    ProjectError* error);
    // Reads only the file header: what open() would say, without opening anything.
    static ProjectError inspect(const QString& path, int* schemaVersion = nullptr);

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    QString lastError() const { return m_lastError; }

    // Runs several writes as one transaction: all of them are committed, or none. Nests.
    bool atomically(const std::function<bool()>& work);

    // Writes a consistent copy of the whole project to a new file.
    bool copyTo(const QString& path) const;
    // Replaces everything the project holds with what the project file at path holds, in one
    // step (SQLite's backup API, into this connection): the lock stays held, and a failure leaves
    // the project as it was. The caller checks the file first (open() it read-only).
    bool restoreFrom(const QString& path);

    QString info(const QString& key) const;
    bool setInfo(const QString& key, const QString& value);

    std::optional<qint64> addDocument(const Document& document, const Provenance& provenance);
    QList<DocumentSummary> documents() const;
    // The documents imported from a file with exactly these bytes (by their SHA-256).
    QList<qint64> documentsFromFile(const QByteArray& bytes) const;
    std::optional<DocumentSnapshot> snapshotDocument(qint64 id) const;
    // Deletes the document with its notices, comments and annotations.
    bool removeDocument(qint64 id);
    // Writes a snapshot's rows back as they were; the document must not exist.
    bool restoreDocument(const DocumentSnapshot& snapshot);
    std::optional<StoredDocument> loadDocument(qint64 id) const;
    // Where the document came from; withBytes also reads the original file's bytes.
    std::optional<Provenance> provenance(qint64 documentId, bool withBytes = false) const;
    // The comment's database id from the id the source gave it (as `glossator parse` reports).
    std::optional<qint64> commentIdForSourceId(qint64 documentId, const QString& sourceId) const;
    bool updateDocumentMetadata(qint64 documentId, const Article& metadata);
    // Replaces the body of the article (commentId 0) or of one comment; annotations are not moved.
    bool setTargetBlocks(qint64 documentId, qint64 commentId, const QList<Block>& blocks);
    std::optional<CommentRow> commentRow(qint64 commentId) const;
    QList<qint64> replies(qint64 commentId) const;
    // The id the next new comment will get, so that an edit can name it before it exists.
    qint64 nextCommentId() const;
    // Inserts at row.position, moving later comments down; keeps row.id when it has one.
    std::optional<qint64> insertComment(const CommentRow& row);
    // Writes author, time, score, body and parent; id, document and position stay.
    bool updateComment(const CommentRow& row);
    // Deletes the comment (and, by cascade, annotations still on it), moving later comments up.
    bool deleteComment(qint64 commentId);
    QString targetText(qint64 documentId, qint64 commentId) const;

    std::optional<qint64> addTag(const Tag& tag);
    bool updateTag(const Tag& tag);
    bool removeTag(qint64 id);
    QList<TagUsage> tags() const;
    std::optional<Tag> tag(qint64 id) const;
    QList<qint64> annotationsWithTag(qint64 tagId) const;
    bool linkTag(qint64 tagId, const QList<qint64>& annotationIds);
    bool unlinkTag(qint64 tagId, const QList<qint64>& annotationIds);
    std::optional<Tag> tagByPath(const QString& name, qint64 parentId = 0) const;

    // Adds the annotation with its id if it has one (redo restores the same id), else a new id.
    std::optional<qint64> addAnnotation(const Annotation& annotation);
    bool updateAnnotation(const Annotation& annotation);
    bool removeAnnotation(qint64 id);
    bool setAnnotationAnchor(qint64 id, const std::optional<TextRange>& range, bool orphaned);
    // Moves an annotation to another comment of its document (0: the article) with a new anchor.
    bool setAnnotationTarget(qint64 id, qint64 commentId, const std::optional<TextRange>& range, bool orphaned);
    std::optional<Annotation> annotation(qint64 id) const;
    QList<Annotation> annotations(qint64 documentId) const;
    int annotationCount() const;
    // Everyone who has annotated in this project, by name.
    QStringList coders() const;

private:
    ProjectStore(const QString& path, Access access);
    // Takes the writer's lock beside the file, waiting up to `wait` for another writer to let go.
    bool lock(ProjectError* error, std::chrono::milliseconds wait);
    bool connect(ProjectError* error, bool isNew);
    bool enableWriteAheadLog();
    void close();
    bool transaction(const std::function<bool()>& work);
    QList<Annotation> queryAnnotations(const QString& condition, qint64 value) const;
    // Runs statement (bound to annotation id, tag id) for each annotation, in one transaction.
    bool writeTagLinks(const QString& statement, qint64 tagId, const QList<qint64>& annotationIds);
    bool exec(QSqlQuery& query);
    bool exec(const QString& statement);

    QString m_path;
    Access m_access;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    mutable QString m_lastError;
    int m_transactionDepth = 0;
    // Set once the file has passed every check: a refused file is closed without a write.
    bool m_verified = false;
    // The write-ahead log is switched on by the first write, so that opening a project for writing
    // and closing it again without an edit leaves the file as it was, byte for byte.
    bool m_writeAheadLogPending = false;
};

} // namespace glossator
