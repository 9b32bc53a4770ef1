#pragma once

#include "model/Document.h"
#include "project/ProjectStore.h"

#include <QCryptographicHash>
#include <QStringList>

#include <algorithm>

namespace glossator::test {

// Everything a coder would miss if it were lost, one line a fact, without the times at which
// things were made (they differ from run to run): documents with their comments' structure, the
// codebook, and every annotation with its anchor, tags and note.
inline QStringList projectFacts(const ProjectStore& store)
{
    QStringList facts;
    for (const DocumentSummary& summary : store.documents()) {
        facts.append(QStringLiteral("document %1 %2").arg(summary.id).arg(summary.title));
        if (const std::optional<StoredDocument> stored = store.loadDocument(summary.id)) {
            for (qsizetype i = 0; i < stored->document.comments.size(); ++i) {
                const Comment& comment = stored->document.comments.at(i);
                facts.append(QStringLiteral("comment %1 %2 parent=%3 author=%4 text=%5")
                                 .arg(summary.id)
                                 .arg(stored->commentIds.value(i))
                                 .arg(comment.parentId, comment.author)
                                 .arg(plainText(comment.blocks).size()));
            }
        }
        QList<Annotation> annotations = store.annotations(summary.id);
        std::sort(annotations.begin(), annotations.end(),
                  [](const Annotation& a, const Annotation& b) { return a.id < b.id; });
        for (Annotation& annotation : annotations) {
            std::sort(annotation.tagIds.begin(), annotation.tagIds.end());
            QStringList tags;
            for (qint64 tag : annotation.tagIds)
                tags.append(QString::number(tag));
            facts.append(QStringLiteral("annotation %1 doc=%2 comment=%3 range=%4 tags=%5 orphan=%6 coder=%7 note=%8")
                             .arg(annotation.id)
                             .arg(annotation.documentId)
                             .arg(annotation.commentId)
                             .arg(annotation.range ? QStringLiteral("%1-%2:%3")
                                                         .arg(annotation.range->start)
                                                         .arg(annotation.range->end)
                                                         .arg(annotation.range->exact)
                                                   : QStringLiteral("whole"))
                             .arg(tags.join(QLatin1Char(',')))
                             .arg(annotation.orphaned)
                             .arg(annotation.coder, annotation.note));
        }
    }
    for (const TagUsage& usage : store.tags()) {
        facts.append(QStringLiteral("tag %1 parent=%2 pos=%3 name=%4 colour=%5 description=%6")
                         .arg(usage.tag.id)
                         .arg(usage.tag.parentId)
                         .arg(usage.tag.position)
                         .arg(usage.tag.name, usage.tag.color.name(), usage.tag.description));
    }
    return facts;
}

inline QByteArray projectDigest(const ProjectStore& store)
{
    return QCryptographicHash::hash(projectFacts(store).join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha1)
        .toHex();
}

} // namespace glossator::test
