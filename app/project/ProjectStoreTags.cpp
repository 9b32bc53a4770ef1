#include "ProjectStore.h"
#include "project/ProjectStoreSql.h"

#include <QSqlDatabase>
#include <QSqlQuery>

// The codebook, and which annotations carry which tag.

namespace glossator {

using namespace storesql;

std::optional<qint64> ProjectStore::addTag(const Tag& tag)
{
    qint64 id = 0;
    const bool ok = transaction([&] {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral(
            "INSERT INTO tags(id, parent_id, name, color, description, position) VALUES (?, ?, ?, ?, ?, "
            "coalesce(?, (SELECT ifnull(max(position), -1) + 1 FROM tags WHERE ifnull(parent_id, 0) = ?)))"));
        query.addBindValue(nullableId(tag.id));
        query.addBindValue(nullableId(tag.parentId));
        query.addBindValue(text(tag.name.trimmed()));
        query.addBindValue(tag.color.name(QColor::HexRgb));
        query.addBindValue(text(tag.description));
        query.addBindValue(tag.id > 0 ? QVariant(tag.position) : QVariant());
        query.addBindValue(tag.parentId);
        if (!exec(query))
            return false;
        id = query.lastInsertId().toLongLong();
        return true;
    });
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

bool ProjectStore::updateTag(const Tag& tag)
{
    return transaction([&] {
        // The codebook stays a tree: the new parent must not be the tag or one of its descendants.
        if (tag.parentId > 0) {
            QSqlQuery ancestors(QSqlDatabase::database(m_connectionName, false));
            ancestors.prepare(QStringLiteral("WITH RECURSIVE chain(id) AS (SELECT ? UNION SELECT t.parent_id FROM tags "
                                             "t JOIN chain c ON t.id = c.id "
                                             "WHERE t.parent_id IS NOT NULL) SELECT count(*) FROM chain WHERE id = ?"));
            ancestors.addBindValue(tag.parentId);
            ancestors.addBindValue(tag.id);
            if (!exec(ancestors) || !ancestors.next())
                return false;
            if (ancestors.value(0).toInt() > 0) {
                m_lastError = tr("a tag cannot be placed under itself or one of its sub-tags");
                return false;
            }
        }
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral(
            "UPDATE tags SET parent_id = ?, name = ?, color = ?, description = ?, position = ? WHERE id = ?"));
        query.addBindValue(nullableId(tag.parentId));
        query.addBindValue(text(tag.name.trimmed()));
        query.addBindValue(tag.color.name(QColor::HexRgb));
        query.addBindValue(text(tag.description));
        query.addBindValue(tag.position);
        query.addBindValue(tag.id);
        return exec(query) && query.numRowsAffected() == 1;
    });
}

bool ProjectStore::removeTag(qint64 id)
{
    return transaction([&] {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("DELETE FROM tags WHERE id = ?"));
        query.addBindValue(id);
        return exec(query) && query.numRowsAffected() == 1;
    });
}

QList<TagUsage> ProjectStore::tags() const
{
    QList<TagUsage> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.exec(QStringLiteral("SELECT t.id, ifnull(t.parent_id, 0), t.name, t.color, t.description, t.position, "
                              "(SELECT count(*) FROM annotation_tags at WHERE at.tag_id = t.id) "
                              "FROM tags t ORDER BY ifnull(t.parent_id, 0), t.position, t.id"));
    while (query.next()) {
        Tag tag{query.value(0).toLongLong(),       query.value(1).toLongLong(), query.value(2).toString(),
                QColor(query.value(3).toString()), query.value(4).toString(),   query.value(5).toInt()};
        result.append({tag, query.value(6).toInt()});
    }
    return result;
}

std::optional<Tag> ProjectStore::tagByPath(const QString& name, qint64 parentId) const
{
    for (const TagUsage& usage : tags()) {
        if (usage.tag.parentId == parentId && usage.tag.name == name)
            return usage.tag;
    }
    return std::nullopt;
}

std::optional<Tag> ProjectStore::tag(qint64 id) const
{
    for (const TagUsage& usage : tags()) {
        if (usage.tag.id == id)
            return usage.tag;
    }
    return std::nullopt;
}

QList<qint64> ProjectStore::annotationsWithTag(qint64 tagId) const
{
    QList<qint64> ids;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT annotation_id FROM annotation_tags WHERE tag_id = ? ORDER BY annotation_id"));
    query.addBindValue(tagId);
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    return ids;
}

bool ProjectStore::linkTag(qint64 tagId, const QList<qint64>& annotationIds)
{
    return writeTagLinks(QStringLiteral("INSERT OR IGNORE INTO annotation_tags(annotation_id, tag_id) VALUES (?, ?)"),
                         tagId, annotationIds);
}

bool ProjectStore::unlinkTag(qint64 tagId, const QList<qint64>& annotationIds)
{
    return writeTagLinks(QStringLiteral("DELETE FROM annotation_tags WHERE annotation_id = ? AND tag_id = ?"), tagId,
                         annotationIds);
}

bool ProjectStore::writeTagLinks(const QString& statement, qint64 tagId, const QList<qint64>& annotationIds)
{
    return transaction([&] {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(statement);
        for (const qint64 id : annotationIds) {
            query.addBindValue(id);
            query.addBindValue(tagId);
            if (!exec(query))
                return false;
        }
        return true;
    });
}

} // namespace glossator
