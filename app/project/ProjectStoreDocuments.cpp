#include "ProjectStore.h"
#include "StoreErrors.h"
#include "project/ProjectStoreSql.h"
#include "project/SchemaCheck.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

// Documents: the article with its metadata, import notices and provenance, and reading a whole
// document with its comments.

namespace glossator {

using namespace storesql;

namespace {

// One row of a document's comments as stored.
struct CommentColumns {
    qint64 id = 0;
    QString sourceId;
    qint64 parentId = 0;
    QString author;
    QString published;
    QString publishedText;
    std::optional<int> score;
    QString blocks;
};

// Reads rows of comments (the columns of CommentColumns, one parameter bound to `value`) through a
// read-only SQLite connection of its own. QtSql turns every column of every row into a QVariant of
// UTF-16 text first, which for the hundred thousand comments of a long thread takes longer than
// all the rest of opening it. Says false, having read nothing or part, when it cannot be done.
template <typename Row>
bool readCommentsDirectly(const QString& path, const QString& select, qint64 value, Row&& row)
{
    sqlite3* db = nullptr;
    const auto closeDb = qScopeGuard([&] { sqlite3_close(db); });
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK ||
        !projectfile::harden(db))
        return false;
    sqlite3_busy_timeout(db, 2000);
    sqlite3_stmt* statement = nullptr;
    const auto finalize = qScopeGuard([&] { sqlite3_finalize(statement); });
    const QByteArray sql = select.toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK ||
        sqlite3_bind_int64(statement, 1, value) != SQLITE_OK)
        return false;
    const auto text = [&](int column) {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
        return data ? QString::fromUtf8(data, sqlite3_column_bytes(statement, column)) : QString();
    };
    int result = SQLITE_ROW;
    while ((result = sqlite3_step(statement)) == SQLITE_ROW) {
        row(CommentColumns{
            sqlite3_column_int64(statement, 0), text(1), sqlite3_column_int64(statement, 2), text(3), text(4), text(5),
            sqlite3_column_type(statement, 6) == SQLITE_NULL ? std::nullopt
                                                             : std::optional<int>(sqlite3_column_int(statement, 6)),
            text(7)});
    }
    return result == SQLITE_DONE;
}

} // namespace

std::optional<qint64> ProjectStore::addDocument(const Document& document, const Provenance& provenance)
{
    qint64 documentId = 0;
    const bool ok = transaction([&] {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "INSERT INTO documents(position, title, source, author, url, published, text, blocks, format, "
            "declared_comment_count, original_file_name, original_sha256, original_bytes, imported_at) "
            "VALUES ((SELECT ifnull(max(position), -1) + 1 FROM documents), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const Article& article = document.article;
        query.addBindValue(text(article.title));
        query.addBindValue(text(article.source));
        query.addBindValue(text(article.author));
        query.addBindValue(text(article.url));
        query.addBindValue(nullable(isoTime(article.published)));
        query.addBindValue(text(plainText(article.blocks)));
        query.addBindValue(blocksText(article.blocks));
        query.addBindValue(text(document.format));
        query.addBindValue(document.declaredCommentCount ? QVariant(*document.declaredCommentCount) : QVariant());
        query.addBindValue(text(provenance.fileName));
        query.addBindValue(
            QString::fromLatin1(QCryptographicHash::hash(provenance.bytes, QCryptographicHash::Sha256).toHex()));
        // A null array binds as NULL; an empty file is an empty blob.
        query.addBindValue(provenance.bytes.isNull() ? QByteArray("", 0) : provenance.bytes);
        query.addBindValue(
            isoTime(provenance.importedAt.isValid() ? provenance.importedAt : QDateTime::currentDateTimeUtc()));
        if (!exec(query))
            return false;
        documentId = query.lastInsertId().toLongLong();

        QSqlQuery notice(db);
        notice.prepare(
            QStringLiteral("INSERT INTO import_notices(document_id, severity, line, message) VALUES (?, ?, ?, ?)"));
        for (const ImportNotice& n : document.notices) {
            notice.addBindValue(documentId);
            notice.addBindValue(n.severity == ImportNotice::Severity::Warning ? QStringLiteral("warning")
                                                                              : QStringLiteral("info"));
            notice.addBindValue(n.line);
            notice.addBindValue(text(n.message));
            if (!exec(notice))
                return false;
        }

        QHash<QString, qint64> idBySource;
        QSqlQuery comment(db);
        comment.prepare(QStringLiteral(
            "INSERT INTO comments(document_id, position, source_id, parent_id, author, published, published_text, "
            "score, text, blocks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < document.comments.size(); ++i) {
            const Comment& c = document.comments.at(i);
            comment.addBindValue(documentId);
            comment.addBindValue(i);
            comment.addBindValue(c.id);
            comment.addBindValue(nullableId(idBySource.value(c.parentId)));
            comment.addBindValue(text(c.author));
            comment.addBindValue(nullable(isoTime(c.published)));
            comment.addBindValue(text(c.publishedText));
            comment.addBindValue(c.score ? QVariant(*c.score) : QVariant());
            comment.addBindValue(text(plainText(c.blocks)));
            comment.addBindValue(blocksText(c.blocks));
            if (!exec(comment))
                return false;
            idBySource.insert(c.id, comment.lastInsertId().toLongLong());
        }
        return true;
    });
    return ok ? std::optional<qint64>(documentId) : std::nullopt;
}

QList<DocumentSummary> ProjectStore::documents() const
{
    QList<DocumentSummary> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT d.id, d.title, d.format, "
                                   "(SELECT count(*) FROM comments c WHERE c.document_id = d.id), "
                                   "(SELECT count(*) FROM annotations a WHERE a.document_id = d.id), "
                                   "d.source, d.author, d.url, ifnull(d.published, '') "
                                   "FROM documents d ORDER BY d.position"))) {
        m_lastError = describeStoreError(query.lastError());
        return result;
    }
    while (query.next()) {
        DocumentSummary summary;
        summary.id = query.value(0).toLongLong();
        summary.title = query.value(1).toString();
        summary.format = query.value(2).toString();
        summary.comments = query.value(3).toInt();
        summary.annotations = query.value(4).toInt();
        summary.source = query.value(5).toString();
        summary.author = query.value(6).toString();
        summary.url = query.value(7).toString();
        summary.published = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
        result.append(summary);
    }
    return result;
}

QList<qint64> ProjectStore::documentsFromFile(const QByteArray& bytes) const
{
    QList<qint64> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT id FROM documents WHERE original_sha256 = ? ORDER BY position"));
    query.addBindValue(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    if (!query.exec()) {
        m_lastError = describeStoreError(query.lastError());
        return result;
    }
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

namespace {

// The tables that hold a document's rows, each with the rows that belong to the document (bound
// to its id), in the order that lets every row be written after the rows it refers to.
struct DocumentTable {
    const char* table;
    const char* rows;
};

constexpr DocumentTable documentTables[] = {
    {"documents", "id = ?"},
    {"import_notices", "document_id = ? ORDER BY id"},
    {"comments", "document_id = ? ORDER BY position"},
    {"annotations", "document_id = ? ORDER BY id"},
    {"annotation_tags",
     "annotation_id IN (SELECT id FROM annotations WHERE document_id = ?) ORDER BY annotation_id, tag_id"},
};

} // namespace

std::optional<DocumentSnapshot> ProjectStore::snapshotDocument(qint64 id) const
{
    DocumentSnapshot snapshot;
    snapshot.documentId = id;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    for (const DocumentTable& table : documentTables) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(
            QStringLiteral("SELECT * FROM %1 WHERE %2").arg(QLatin1String(table.table), QLatin1String(table.rows)));
        query.addBindValue(id);
        if (!query.exec()) {
            m_lastError = describeStoreError(query.lastError());
            return std::nullopt;
        }
        DocumentSnapshot::Rows rows;
        rows.table = QLatin1String(table.table);
        const QSqlRecord record = query.record();
        for (int column = 0; column < record.count(); ++column)
            rows.columns.append(record.fieldName(column));
        while (query.next()) {
            QVariantList values;
            values.reserve(record.count());
            for (int column = 0; column < record.count(); ++column) {
                QVariant value = query.isNull(column) ? QVariant() : query.value(column);
                // QtSql reads an empty text or blob as a null string or array and would write it
                // back as NULL; it was not NULL, so it must not come back as NULL.
                if (value.typeId() == QMetaType::QString && value.toString().isNull())
                    value = QStringLiteral("");
                else if (value.typeId() == QMetaType::QByteArray && value.toByteArray().isNull())
                    value = QByteArray("", 0);
                values.append(value);
            }
            rows.rows.append(values);
        }
        if (rows.table == QLatin1String("documents") && rows.rows.isEmpty()) {
            m_lastError = tr("there is no document %1").arg(id);
            return std::nullopt;
        }
        snapshot.tables.append(rows);
    }
    return snapshot;
}

bool ProjectStore::removeDocument(qint64 id)
{
    return transaction([&] {
        // Its notices, comments and annotations, and those annotations' tag links, go by cascade.
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("DELETE FROM documents WHERE id = ?"));
        query.addBindValue(id);
        if (!exec(query))
            return false;
        if (query.numRowsAffected() != 1) {
            m_lastError = tr("there is no document %1").arg(id);
            return false;
        }
        return true;
    });
}

bool ProjectStore::restoreDocument(const DocumentSnapshot& snapshot)
{
    return transaction([&] {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery exists(db);
        exists.prepare(QStringLiteral("SELECT 1 FROM documents WHERE id = ?"));
        exists.addBindValue(snapshot.documentId);
        if (!exec(exists))
            return false;
        if (exists.next()) {
            m_lastError = tr("there is a document %1 already").arg(snapshot.documentId);
            return false;
        }
        // The rows go back table by table; the references between them are whole again, and are
        // checked, once every row is back.
        if (!exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
            return false;
        for (const DocumentSnapshot::Rows& rows : snapshot.tables) {
            if (rows.rows.isEmpty())
                continue;
            QStringList placeholders;
            for (qsizetype i = 0; i < rows.columns.size(); ++i)
                placeholders.append(QStringLiteral("?"));
            QSqlQuery insert(db);
            insert.prepare(
                QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                    .arg(rows.table, rows.columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))));
            for (const QVariantList& values : rows.rows) {
                for (const QVariant& value : values)
                    insert.addBindValue(value);
                if (!exec(insert))
                    return false;
            }
        }
        return true;
    });
}

std::optional<Provenance> ProjectStore::provenance(qint64 documentId, bool withBytes) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(withBytes ? QStringLiteral("SELECT original_file_name, imported_at, original_bytes "
                                             "FROM documents WHERE id = ?")
                            : QStringLiteral("SELECT original_file_name, imported_at FROM documents WHERE id = ?"));
    query.addBindValue(documentId);
    if (!query.exec() || !query.next()) {
        m_lastError = tr("there is no document %1").arg(documentId);
        return std::nullopt;
    }
    Provenance provenance;
    provenance.fileName = query.value(0).toString();
    provenance.importedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    if (withBytes)
        provenance.bytes = query.value(2).toByteArray();
    return provenance;
}

std::optional<StoredDocument> ProjectStore::loadDocument(qint64 id) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT title, source, author, url, published, blocks, format, "
                                 "declared_comment_count FROM documents WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        m_lastError = tr("there is no document %1").arg(id);
        return std::nullopt;
    }
    StoredDocument stored;
    stored.id = id;
    Document& document = stored.document;
    document.article.title = query.value(0).toString();
    document.article.source = query.value(1).toString();
    document.article.author = query.value(2).toString();
    document.article.url = query.value(3).toString();
    document.article.published = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
    document.article.blocks = blocksFromText(query.value(5).toString());
    document.format = query.value(6).toString();
    if (!query.value(7).isNull())
        document.declaredCommentCount = query.value(7).toInt();

    QSqlQuery notices(db);
    notices.prepare(
        QStringLiteral("SELECT severity, line, message FROM import_notices WHERE document_id = ? ORDER BY id"));
    notices.addBindValue(id);
    notices.exec();
    while (notices.next()) {
        document.notices.append({notices.value(0).toString() == QLatin1String("warning")
                                     ? ImportNotice::Severity::Warning
                                     : ImportNotice::Severity::Info,
                                 notices.value(1).toInt(), notices.value(2).toString()});
    }

    QSqlQuery count(db);
    count.prepare(QStringLiteral("SELECT count(*) FROM comments WHERE document_id = ?"));
    count.addBindValue(id);
    if (count.exec() && count.next()) {
        document.comments.reserve(count.value(0).toInt());
        stored.commentIds.reserve(count.value(0).toInt());
    }

    // Parents are found by their database id rather than joined in, so that a reply's parent id
    // shares the text of the parent's own id instead of being read again.
    QList<qint64> parentIds;
    parentIds.reserve(stored.commentIds.capacity());
    const auto add = [&](CommentColumns&& row) {
        Comment comment;
        stored.commentIds.append(row.id);
        comment.id = std::move(row.sourceId);
        parentIds.append(row.parentId);
        comment.author = std::move(row.author);
        comment.published = QDateTime::fromString(row.published, Qt::ISODateWithMs);
        comment.publishedText = std::move(row.publishedText);
        comment.score = row.score;
        comment.blocks = blocksFromText(row.blocks);
        document.comments.append(std::move(comment));
    };
    const QString select = QStringLiteral("SELECT id, source_id, ifnull(parent_id, 0), author, published, "
                                          "published_text, score, blocks FROM comments WHERE document_id = ? "
                                          "ORDER BY position");
    // Inside a transaction of this connection, only this connection sees what it wrote.
    if (m_transactionDepth > 0 || !readCommentsDirectly(m_path, select, id, add)) {
        document.comments.clear();
        stored.commentIds.clear();
        parentIds.clear();
        QSqlQuery comments(db);
        comments.setForwardOnly(true);
        comments.prepare(select);
        comments.addBindValue(id);
        comments.exec();
        while (comments.next()) {
            add({comments.value(0).toLongLong(), comments.value(1).toString(), comments.value(2).toLongLong(),
                 comments.value(3).toString(), comments.value(4).toString(), comments.value(5).toString(),
                 comments.value(6).isNull() ? std::nullopt : std::optional<int>(comments.value(6).toInt()),
                 comments.value(7).toString()});
        }
    }
    QHash<qint64, qsizetype> positionOf;
    positionOf.reserve(stored.commentIds.size());
    for (qsizetype i = 0; i < stored.commentIds.size(); ++i)
        positionOf.insert(stored.commentIds.at(i), i);
    for (qsizetype i = 0; i < parentIds.size(); ++i) {
        if (parentIds.at(i) == 0)
            continue;
        const auto parent = positionOf.constFind(parentIds.at(i));
        if (parent != positionOf.cend())
            document.comments[i].parentId = document.comments.at(*parent).id;
    }
    return stored;
}

std::optional<qint64> ProjectStore::commentIdForSourceId(qint64 documentId, const QString& sourceId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT id FROM comments WHERE document_id = ? AND source_id = ?"));
    query.addBindValue(documentId);
    query.addBindValue(sourceId);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

QString ProjectStore::targetText(qint64 documentId, qint64 commentId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (commentId > 0) {
        query.prepare(QStringLiteral("SELECT text FROM comments WHERE id = ? AND document_id = ?"));
        query.addBindValue(commentId);
        query.addBindValue(documentId);
    } else {
        query.prepare(QStringLiteral("SELECT text FROM documents WHERE id = ?"));
        query.addBindValue(documentId);
    }
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool ProjectStore::updateDocumentMetadata(qint64 documentId, const Article& metadata)
{
    return transaction([&] {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral(
            "UPDATE documents SET title = ?, source = ?, author = ?, url = ?, published = ? WHERE id = ?"));
        query.addBindValue(text(metadata.title));
        query.addBindValue(text(metadata.source));
        query.addBindValue(text(metadata.author));
        query.addBindValue(text(metadata.url));
        query.addBindValue(nullable(isoTime(metadata.published)));
        query.addBindValue(documentId);
        if (!exec(query))
            return false;
        if (query.numRowsAffected() != 1) {
            m_lastError = tr("there is no document %1").arg(documentId);
            return false;
        }
        return true;
    });
}

bool ProjectStore::setTargetBlocks(qint64 documentId, qint64 commentId, const QList<Block>& blocks)
{
    return transaction([&] {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        if (commentId > 0) {
            query.prepare(QStringLiteral("UPDATE comments SET text = ?, blocks = ? WHERE id = ? AND document_id = ?"));
        } else {
            query.prepare(QStringLiteral("UPDATE documents SET text = ?, blocks = ? WHERE id = ?"));
        }
        query.addBindValue(text(plainText(blocks)));
        query.addBindValue(blocksText(blocks));
        if (commentId > 0)
            query.addBindValue(commentId);
        query.addBindValue(documentId);
        if (!exec(query))
            return false;
        if (query.numRowsAffected() != 1) {
            m_lastError = tr("there is no such target in document %1").arg(documentId);
            return false;
        }
        return true;
    });
}

} // namespace glossator
