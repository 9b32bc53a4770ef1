#include "ProjectStore.h"
#include "StoreErrors.h"
#include "project/ProjectStoreSql.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringTokenizer>

#include <algorithm>

// Annotations: their targets, passages, notes and coders.

namespace glossator {

using namespace storesql;

TextRange TextRange::fromText(const QString& text, int start, int end)
{
    TextRange range;
    range.start = start;
    range.end = end;
    range.exact = text.mid(start, end - start);
    // The context never ends inside a surrogate pair: half a character would not survive storage
    // as the same text, and a quote selector must match the text exactly.
    int prefixStart = std::max(0, start - contextLength);
    if (prefixStart > 0 && prefixStart < text.size() && text.at(prefixStart).isLowSurrogate())
        ++prefixStart;
    range.prefix = text.mid(prefixStart, start - prefixStart);
    int suffixLength = std::min(contextLength, int(text.size()) - end);
    if (suffixLength > 0 && text.at(end + suffixLength - 1).isHighSurrogate())
        --suffixLength;
    range.suffix = text.mid(end, std::max(suffixLength, 0));
    return range;
}

std::optional<qint64> ProjectStore::addAnnotation(const Annotation& annotation)
{
    if (annotation.commentId > 0) {
        QSqlQuery owner(QSqlDatabase::database(m_connectionName, false));
        owner.prepare(QStringLiteral("SELECT 1 FROM comments WHERE id = ? AND document_id = ?"));
        owner.addBindValue(annotation.commentId);
        owner.addBindValue(annotation.documentId);
        if (!owner.exec() || !owner.next()) {
            m_lastError = tr("document %1 has no comment %2").arg(annotation.documentId).arg(annotation.commentId);
            return std::nullopt;
        }
    }
    if (annotation.range) {
        const QString text = targetText(annotation.documentId, annotation.commentId);
        const TextRange& range = *annotation.range;
        if (range.start < 0 || range.end > text.size() || range.start > range.end) {
            m_lastError = tr("the range %1–%2 lies outside the text, which has %3 characters")
                              .arg(range.start)
                              .arg(range.end)
                              .arg(text.size());
            return std::nullopt;
        }
    }
    qint64 id = 0;
    const bool ok = transaction([&] {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "INSERT INTO annotations(id, document_id, comment_id, range_start, range_end, exact, prefix, suffix, "
            "note, coder, created, modified, orphaned) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        query.addBindValue(nullableId(annotation.id));
        query.addBindValue(annotation.documentId);
        query.addBindValue(nullableId(annotation.commentId));
        const auto& range = annotation.range;
        query.addBindValue(range ? QVariant(range->start) : QVariant());
        query.addBindValue(range ? QVariant(range->end) : QVariant());
        query.addBindValue(range ? text(range->exact) : QVariant());
        query.addBindValue(range ? text(range->prefix) : QVariant());
        query.addBindValue(range ? text(range->suffix) : QVariant());
        query.addBindValue(text(annotation.note));
        query.addBindValue(text(annotation.coder));
        query.addBindValue(isoTime(annotation.created.isValid() ? annotation.created : now));
        query.addBindValue(isoTime(annotation.modified.isValid() ? annotation.modified : now));
        query.addBindValue(annotation.orphaned ? 1 : 0);
        if (!exec(query))
            return false;
        id = query.lastInsertId().toLongLong();
        QSqlQuery tag(db);
        tag.prepare(QStringLiteral("INSERT INTO annotation_tags(annotation_id, tag_id) VALUES (?, ?)"));
        for (const qint64 tagId : annotation.tagIds) {
            tag.addBindValue(id);
            tag.addBindValue(tagId);
            if (!exec(tag))
                return false;
        }
        return true;
    });
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

bool ProjectStore::updateAnnotation(const Annotation& annotation)
{
    return transaction([&] {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE annotations SET note = ?, modified = ?, orphaned = ? WHERE id = ?"));
        query.addBindValue(text(annotation.note));
        query.addBindValue(isoTime(QDateTime::currentDateTimeUtc()));
        query.addBindValue(annotation.orphaned ? 1 : 0);
        query.addBindValue(annotation.id);
        if (!exec(query) || query.numRowsAffected() != 1)
            return false;
        QSqlQuery clear(db);
        clear.prepare(QStringLiteral("DELETE FROM annotation_tags WHERE annotation_id = ?"));
        clear.addBindValue(annotation.id);
        if (!exec(clear))
            return false;
        QSqlQuery tag(db);
        tag.prepare(QStringLiteral("INSERT INTO annotation_tags(annotation_id, tag_id) VALUES (?, ?)"));
        for (const qint64 tagId : annotation.tagIds) {
            tag.addBindValue(annotation.id);
            tag.addBindValue(tagId);
            if (!exec(tag))
                return false;
        }
        return true;
    });
}

bool ProjectStore::removeAnnotation(qint64 id)
{
    return transaction([&] {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("DELETE FROM annotations WHERE id = ?"));
        query.addBindValue(id);
        return exec(query) && query.numRowsAffected() == 1;
    });
}

std::optional<Annotation> ProjectStore::annotation(qint64 id) const
{
    const QList<Annotation> found = queryAnnotations(QStringLiteral("a.id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional<Annotation>(found.first());
}

QList<Annotation> ProjectStore::annotations(qint64 documentId) const
{
    return queryAnnotations(QStringLiteral("a.document_id = ?"), documentId);
}

QList<Annotation> ProjectStore::queryAnnotations(const QString& condition, qint64 value) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT a.id, ifnull(a.comment_id, 0), a.range_start, a.range_end, a.exact, a.prefix, a.suffix, "
                       "a.note, a.coder, a.created, a.modified, a.orphaned, "
                       "(SELECT group_concat(tag_id) FROM annotation_tags WHERE annotation_id = a.id), a.document_id "
                       "FROM annotations a WHERE ") +
        condition + QStringLiteral(" ORDER BY a.id"));
    query.addBindValue(value);
    QList<Annotation> result;
    if (!query.exec()) {
        m_lastError = describeStoreError(query.lastError());
        return result;
    }
    while (query.next()) {
        Annotation a;
        a.id = query.value(0).toLongLong();
        a.documentId = query.value(13).toLongLong();
        a.commentId = query.value(1).toLongLong();
        if (!query.value(2).isNull()) {
            a.range = TextRange{query.value(2).toInt(), query.value(3).toInt(), query.value(4).toString(),
                                query.value(5).toString(), query.value(6).toString()};
        }
        a.note = query.value(7).toString();
        a.coder = query.value(8).toString();
        a.created = QDateTime::fromString(query.value(9).toString(), Qt::ISODateWithMs);
        a.modified = QDateTime::fromString(query.value(10).toString(), Qt::ISODateWithMs);
        a.orphaned = query.value(11).toInt() != 0;
        const QString tagList = query.value(12).toString();
        for (const QStringView tag : QStringTokenizer(tagList, QLatin1Char(','), Qt::SkipEmptyParts))
            a.tagIds.append(tag.toLongLong());
        std::sort(a.tagIds.begin(), a.tagIds.end());
        result.append(a);
    }
    return result;
}

QStringList ProjectStore::coders() const
{
    QStringList names;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(QStringLiteral("SELECT DISTINCT coder FROM annotations WHERE coder <> '' ORDER BY coder"))) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}

int ProjectStore::annotationCount() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return query.exec(QStringLiteral("SELECT count(*) FROM annotations")) && query.next() ? query.value(0).toInt() : 0;
}

bool ProjectStore::setAnnotationAnchor(qint64 id, const std::optional<TextRange>& range, bool orphaned)
{
    return transaction([&] {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("UPDATE annotations SET range_start = ?, range_end = ?, exact = ?, prefix = ?, "
                                     "suffix = ?, orphaned = ? WHERE id = ?"));
        query.addBindValue(range ? QVariant(range->start) : QVariant());
        query.addBindValue(range ? QVariant(range->end) : QVariant());
        query.addBindValue(range ? text(range->exact) : QVariant());
        query.addBindValue(range ? text(range->prefix) : QVariant());
        query.addBindValue(range ? text(range->suffix) : QVariant());
        query.addBindValue(orphaned ? 1 : 0);
        query.addBindValue(id);
        return exec(query) && query.numRowsAffected() == 1;
    });
}

bool ProjectStore::setAnnotationTarget(qint64 id, qint64 commentId, const std::optional<TextRange>& range,
                                       bool orphaned)
{
    return transaction([&] {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("UPDATE annotations SET comment_id = ? WHERE id = ?"));
        query.addBindValue(nullableId(commentId));
        query.addBindValue(id);
        return exec(query) && query.numRowsAffected() == 1 && setAnnotationAnchor(id, range, orphaned);
    });
}

} // namespace glossator
