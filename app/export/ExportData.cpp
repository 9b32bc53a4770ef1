#include "ExportData.h"

#include "model/TagPath.h"
#include "settings/Settings.h"

#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace glossator {

QPageSize ExportOptions::defaultPageSize()
{
    return QPageSize(Settings::localePageSize() == Settings::PageSize::Letter ? QPageSize::Letter : QPageSize::A4);
}

int ExportDocument::commentIndex(qint64 commentId) const
{
    return commentId == 0 ? -1 : int(stored.commentIds.indexOf(commentId));
}

namespace {

// Tags in codebook order: each parent, then its children by position, depth first.
QList<TagUsage> codebookOrder(const QList<TagUsage>& tags)
{
    QHash<qint64, QList<int>> children;
    QSet<qint64> ids;
    for (const TagUsage& usage : tags)
        ids.insert(usage.tag.id);
    for (int i = 0; i < tags.size(); ++i) {
        const qint64 parent = ids.contains(tags[i].tag.parentId) ? tags[i].tag.parentId : 0;
        children[parent].append(i);
    }
    for (QList<int>& siblings : children) {
        std::stable_sort(siblings.begin(), siblings.end(),
                         [&](int a, int b) { return tags[a].tag.position < tags[b].tag.position; });
    }
    QList<TagUsage> ordered;
    ordered.reserve(tags.size());
    const auto visit = [&](const auto& self, qint64 parent) -> void {
        for (int index : children.value(parent)) {
            ordered.append(tags[index]);
            self(self, tags[index].tag.id);
        }
    };
    visit(visit, 0);
    return ordered;
}

} // namespace

std::optional<ExportData> ExportData::load(const ProjectStore& store, const ExportOptions& options, QString* error)
{
    ExportData data;
    data.projectPath = store.path();
    data.projectName = QFileInfo(store.path()).completeBaseName();
    data.projectCreated = store.info(QStringLiteral("created"));
    data.exportedAt = options.exportedAt.isValid() ? options.exportedAt.toLocalTime() : QDateTime::currentDateTime();

    const QList<TagUsage> allTags = codebookOrder(store.tags());
    QSet<qint64> chosen;
    if (options.tagIds.isEmpty()) {
        for (const TagUsage& usage : allTags)
            chosen.insert(usage.tag.id);
    } else {
        for (qint64 id : options.tagIds) {
            if (!std::any_of(allTags.begin(), allTags.end(), [id](const TagUsage& u) { return u.tag.id == id; })) {
                if (error)
                    *error = tr("there is no tag %1 in the project").arg(id);
                return std::nullopt;
            }
            chosen.insert(id);
        }
        // Parents come before their children, so one pass takes in every sub-tag.
        for (const TagUsage& usage : allTags) {
            if (chosen.contains(usage.tag.parentId))
                chosen.insert(usage.tag.id);
        }
    }

    QList<qint64> documentIds = options.documentIds;
    if (documentIds.isEmpty()) {
        for (const DocumentSummary& summary : store.documents())
            documentIds.append(summary.id);
    }

    QHash<qint64, int> uses;
    QSet<QString> coders;
    for (qint64 documentId : std::as_const(documentIds)) {
        std::optional<StoredDocument> stored = store.loadDocument(documentId);
        if (!stored) {
            if (error)
                *error = tr("there is no document %1 in the project").arg(documentId);
            return std::nullopt;
        }
        ExportDocument exported;
        exported.stored = std::move(*stored);
        exported.provenance = store.provenance(documentId).value_or(Provenance{});

        QHash<qint64, int> position;
        for (int i = 0; i < exported.stored.commentIds.size(); ++i)
            position.insert(exported.stored.commentIds[i], i);
        for (Annotation annotation : store.annotations(documentId)) {
            if (!options.tagIds.isEmpty()) {
                annotation.tagIds.removeIf([&](qint64 id) { return !chosen.contains(id); });
                if (annotation.tagIds.isEmpty())
                    continue;
            }
            for (qint64 id : std::as_const(annotation.tagIds))
                ++uses[id];
            if (!annotation.coder.isEmpty())
                coders.insert(annotation.coder);
            exported.annotations.append(std::move(annotation));
        }
        const auto order = [&](const Annotation& a) {
            return std::make_tuple(a.commentId == 0 ? -1 : position.value(a.commentId, INT_MAX),
                                   a.range ? a.range->start : -1, a.range ? a.range->end : -1, a.id);
        };
        std::stable_sort(exported.annotations.begin(), exported.annotations.end(),
                         [&](const Annotation& a, const Annotation& b) { return order(a) < order(b); });
        data.documents.append(std::move(exported));
    }

    // Parents come before their children in codebook order, so each parent's path is known first.
    // Paths are written as the command line reads them, a slash inside a name escaped.
    for (const TagUsage& usage : allTags) {
        const QString parentPath = data.m_tagPaths.value(usage.tag.parentId);
        const QString name = tagpath::escape(usage.tag.name);
        data.m_tagPaths.insert(usage.tag.id, parentPath.isEmpty() ? name : parentPath + QLatin1Char('/') + name);
        data.m_tagDepths.insert(
            usage.tag.id, data.m_tagDepths.contains(usage.tag.parentId) ? data.m_tagDepths[usage.tag.parentId] + 1 : 0);
    }
    for (TagUsage usage : allTags) {
        if (!chosen.contains(usage.tag.id))
            continue;
        usage.uses = uses.value(usage.tag.id);
        data.m_tagIndex.insert(usage.tag.id, int(data.tags.size()));
        data.tags.append(usage);
    }
    data.coders = QStringList(coders.begin(), coders.end());
    data.coders.sort(Qt::CaseInsensitive);
    return data;
}

std::optional<Tag> ExportData::tag(qint64 id) const
{
    const int index = m_tagIndex.value(id, -1);
    if (index < 0)
        return std::nullopt;
    return tags[index].tag;
}

QString ExportData::tagPath(qint64 id) const
{
    return m_tagPaths.value(id);
}

int ExportData::tagDepth(qint64 id) const
{
    return m_tagDepths.value(id);
}

int ExportData::annotationCount() const
{
    int count = 0;
    for (const ExportDocument& document : documents)
        count += int(document.annotations.size());
    return count;
}

} // namespace glossator
