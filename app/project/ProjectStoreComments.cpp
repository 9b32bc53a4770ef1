#include "ProjectStore.h"
#include "project/ProjectStoreSql.h"

#include <QSqlDatabase>
#include <QSqlQuery>

// Single comments, as the structural fixes of a thread read and write them.

namespace glossator {

using namespace storesql;

std::optional<CommentRow> ProjectStore::commentRow(qint64 commentId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT id, document_id, position, source_id, ifnull(parent_id, 0), author, "
                                 "ifnull(published, ''), published_text, score, blocks FROM comments WHERE id = ?"));
    query.addBindValue(commentId);
    if (!query.exec() || !query.next()) {
        m_lastError = tr("there is no comment %1").arg(commentId);
        return std::nullopt;
    }
    CommentRow row;
    row.id = query.value(0).toLongLong();
    row.documentId = query.value(1).toLongLong();
    row.position = query.value(2).toInt();
    row.sourceId = query.value(3).toString();
    row.parentId = query.value(4).toLongLong();
    row.author = query.value(5).toString();
    row.published = query.value(6).toString();
    row.publishedText = query.value(7).toString();
    if (!query.value(8).isNull())
        row.score = query.value(8).toInt();
    row.blocks = blocksFromText(query.value(9).toString());
    return row;
}

QList<qint64> ProjectStore::replies(qint64 commentId) const
{
    QList<qint64> ids;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT id FROM comments WHERE parent_id = ? ORDER BY position"));
    query.addBindValue(commentId);
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    return ids;
}

qint64 ProjectStore::nextCommentId() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return query.exec(QStringLiteral("SELECT ifnull(max(id), 0) + 1 FROM comments")) && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

std::optional<qint64> ProjectStore::insertComment(const CommentRow& row)
{
    qint64 id = 0;
    const bool ok = transaction([&] {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery shift(db);
        shift.prepare(
            QStringLiteral("UPDATE comments SET position = position + 1 WHERE document_id = ? AND position >= ?"));
        shift.addBindValue(row.documentId);
        shift.addBindValue(row.position);
        if (!exec(shift))
            return false;
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "INSERT INTO comments(id, document_id, position, source_id, parent_id, author, published, published_text, "
            "score, text, blocks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(nullableId(row.id));
        query.addBindValue(row.documentId);
        query.addBindValue(row.position);
        query.addBindValue(text(row.sourceId));
        query.addBindValue(nullableId(row.parentId));
        query.addBindValue(text(row.author));
        query.addBindValue(nullable(row.published));
        query.addBindValue(text(row.publishedText));
        query.addBindValue(row.score ? QVariant(*row.score) : QVariant());
        query.addBindValue(text(plainText(row.blocks)));
        query.addBindValue(blocksText(row.blocks));
        if (!exec(query))
            return false;
        id = query.lastInsertId().toLongLong();
        return true;
    });
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

bool ProjectStore::updateComment(const CommentRow& row)
{
    return transaction([&] {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(
            QStringLiteral("UPDATE comments SET parent_id = ?, author = ?, published = ?, published_text = ?, "
                           "score = ?, text = ?, blocks = ? WHERE id = ?"));
        query.addBindValue(nullableId(row.parentId));
        query.addBindValue(text(row.author));
        query.addBindValue(nullable(row.published));
        query.addBindValue(text(row.publishedText));
        query.addBindValue(row.score ? QVariant(*row.score) : QVariant());
        query.addBindValue(text(plainText(row.blocks)));
        query.addBindValue(blocksText(row.blocks));
        query.addBindValue(row.id);
        if (!exec(query))
            return false;
        if (query.numRowsAffected() != 1) {
            m_lastError = tr("there is no comment %1").arg(row.id);
            return false;
        }
        return true;
    });
}

bool ProjectStore::deleteComment(qint64 commentId)
{
    const auto row = commentRow(commentId);
    if (!row)
        return false;
    return transaction([&] {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM comments WHERE id = ?"));
        query.addBindValue(commentId);
        if (!exec(query))
            return false;
        QSqlQuery shift(db);
        shift.prepare(
            QStringLiteral("UPDATE comments SET position = position - 1 WHERE document_id = ? AND position > ?"));
        shift.addBindValue(row->documentId);
        shift.addBindValue(row->position);
        return exec(shift);
    });
}

} // namespace glossator
