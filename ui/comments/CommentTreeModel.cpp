#include "CommentTreeModel.h"

#include "common/TimeFormat.h"

#include <QAbstractProxyModel>
#include <QLocale>
#include <QMap>

namespace glossator {

CommentTreeModel::CommentTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

CommentTreeModel::~CommentTreeModel() = default;

void CommentTreeModel::setDocument(const Document& document, const QList<qint64>& storedIds)
{
    beginResetModel();
    m_document = &document;
    m_storedIds = storedIds.size() == document.comments.size() ? storedIds : QList<qint64>();
    m_tree = std::make_unique<CommentTree>(document);
    m_rowInParent.fill(0, m_tree->size());
    const auto number = [this](const QList<int>& siblings) {
        for (int row = 0; row < siblings.size(); ++row)
            m_rowInParent[siblings.at(row)] = row;
    };
    number(m_tree->topLevel());
    for (int i = 0; i < m_tree->size(); ++i)
        number(m_tree->children(i));
    endResetModel();
}

const QList<int>& CommentTreeModel::childrenOf(const QModelIndex& parent) const
{
    return parent.isValid() ? m_tree->children(int(parent.internalId())) : m_tree->topLevel();
}

int CommentTreeModel::rowOf(int commentIndex) const
{
    return m_rowInParent.at(commentIndex);
}

QModelIndex CommentTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!m_tree || column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<int>& children = childrenOf(parent);
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex CommentTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || !m_tree)
        return {};
    const int parentIndex = m_tree->parent(int(child.internalId()));
    if (parentIndex < 0)
        return {};
    return createIndex(rowOf(parentIndex), 0, quintptr(parentIndex));
}

int CommentTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!m_tree || (parent.isValid() && parent.column() != 0))
        return 0;
    return int(childrenOf(parent).size());
}

int CommentTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QModelIndex CommentTreeModel::indexForComment(int commentIndex) const
{
    if (!m_tree || commentIndex < 0 || commentIndex >= m_tree->size())
        return {};
    return createIndex(rowOf(commentIndex), 0, quintptr(commentIndex));
}

void CommentTreeModel::setAnnotations(const QList<Annotation>& annotations, const QHash<qint64, Tag>& tags)
{
    m_wholeTags.clear();
    m_highlights.clear();
    for (const Annotation& annotation : annotations) {
        if (annotation.commentId == 0 || annotation.orphaned)
            continue;
        if (!annotation.range) {
            QList<Tag>& chips = m_wholeTags[annotation.commentId];
            for (const qint64 tagId : annotation.tagIds) {
                if (tags.contains(tagId))
                    chips.append(tags.value(tagId));
            }
            continue;
        }
        Highlight highlight{annotation.range->start, annotation.range->end, {}, {}, annotation.note};
        for (const qint64 tagId : annotation.tagIds)
            highlight.tags.append(tags.value(tagId).name);
        if (!annotation.tagIds.isEmpty())
            highlight.color = tags.value(annotation.tagIds.first()).color;
        m_highlights[annotation.commentId].append(highlight);
    }
    // Tag uses roll up through the subtree, so a collapsed comment can say what its replies hold.
    m_replyTags.clear();
    if (m_tree && m_storedIds.size() == m_tree->size()) {
        const int count = m_tree->size();
        QList<QMap<QString, int>> own(count);
        QList<QMap<QString, int>> below(count);
        for (int i = 0; i < count; ++i) {
            const qint64 id = m_storedIds.at(i);
            for (const Tag& tag : m_wholeTags.value(id))
                own[i][tag.name] += 1;
            for (const Highlight& highlight : m_highlights.value(id)) {
                for (const QString& name : highlight.tags)
                    own[i][name] += 1;
            }
        }
        // Children come after their parents, so walking backwards sees every subtree complete.
        for (int i = count - 1; i >= 0; --i) {
            const int parent = m_tree->parent(i);
            if (parent < 0)
                continue;
            for (auto it = own.at(i).cbegin(); it != own.at(i).cend(); ++it)
                below[parent][it.key()] += it.value();
            for (auto it = below.at(i).cbegin(); it != below.at(i).cend(); ++it)
                below[parent][it.key()] += it.value();
        }
        m_replyTags.resize(count);
        for (int i = 0; i < count; ++i) {
            for (auto it = below.at(i).cbegin(); it != below.at(i).cend(); ++it)
                m_replyTags[i].append({it.key(), it.value()});
            std::stable_sort(m_replyTags[i].begin(), m_replyTags[i].end(),
                             [](const auto& a, const auto& b) { return a.second > b.second; });
        }
    }
    if (m_tree && m_tree->size() > 0) {
        // Every row may have changed; a reset would lose the expansion state, dataChanged keeps it.
        std::function<void(const QModelIndex&)> touch = [&](const QModelIndex& parent) {
            const int rows = rowCount(parent);
            if (rows == 0)
                return;
            emit dataChanged(index(0, 0, parent), index(rows - 1, 0, parent));
            for (int row = 0; row < rows; ++row)
                touch(index(row, 0, parent));
        };
        touch({});
    }
}

QModelIndex CommentTreeModel::indexForStoredId(qint64 storedId) const
{
    return indexForComment(int(m_storedIds.indexOf(storedId)));
}

QModelIndex CommentTreeModel::findStoredId(const QAbstractItemModel* model, qint64 storedId)
{
    if (const auto* own = qobject_cast<const CommentTreeModel*>(model))
        return own->indexForStoredId(storedId);
    const auto* proxy = qobject_cast<const QAbstractProxyModel*>(model);
    if (!proxy)
        return {};
    return proxy->mapFromSource(findStoredId(proxy->sourceModel(), storedId));
}

QVariant CommentTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_document)
        return {};
    const int commentIndex = int(index.internalId());
    const Comment& comment = m_document->comments.at(commentIndex);
    switch (role) {
    case Qt::DisplayRole:
    case AuthorRole:
        return comment.author;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const int replies = m_tree->descendantCount(commentIndex);
        QString text = tr("%1 wrote: %2").arg(comment.author, plainText(comment.blocks).left(400));
        if (replies > 0)
            text += QLatin1Char(' ') + tr("(%n reply/replies)", nullptr, replies);
        // Tag names in words, so that colour is never the only sign of them.
        if (!m_storedIds.isEmpty()) {
            QStringList names;
            for (const Tag& tag : m_wholeTags.value(m_storedIds.at(commentIndex)))
                names.append(tag.name);
            if (!names.isEmpty())
                text += QLatin1Char('\n') + tr("Tagged: %1").arg(names.join(QStringLiteral(", ")));
            for (const Highlight& highlight : m_highlights.value(m_storedIds.at(commentIndex))) {
                text += QLatin1Char('\n') +
                        tr("“%1”: %2")
                            .arg(plainText(comment.blocks).mid(highlight.start, highlight.end - highlight.start),
                                 highlight.tags.join(QStringLiteral(", ")));
            }
        }
        return text;
    }
    case PublishedRole:
        if (comment.published.isValid())
            return displayTime(comment.published);
        return comment.publishedText;
    case BodyRole:
        return plainText(comment.blocks);
    case ReplyCountRole:
        return int(m_tree->children(commentIndex).size());
    case DescendantCountRole:
        return m_tree->descendantCount(commentIndex);
    case CommentIdRole:
        return comment.id;
    case DepthRole:
        return m_tree->depth(commentIndex);
    case ScoreRole:
        return comment.score ? QVariant(*comment.score) : QVariant();
    case StoredIdRole:
        return m_storedIds.isEmpty() ? qint64(0) : m_storedIds.at(commentIndex);
    case WholeTagsRole:
        return m_storedIds.isEmpty() ? QVariant()
                                     : QVariant::fromValue(m_wholeTags.value(m_storedIds.at(commentIndex)));
    case HighlightsRole:
        return m_storedIds.isEmpty() ? QVariant()
                                     : QVariant::fromValue(m_highlights.value(m_storedIds.at(commentIndex)));
    case ReplyTagsRole:
        return commentIndex < m_replyTags.size() ? QVariant::fromValue(m_replyTags.at(commentIndex)) : QVariant();
    case BlocksRole:
        return QVariant::fromValue(comment.blocks);
    case ParagraphsRole: {
        QStringList paragraphs;
        for (const Block& block : comment.blocks)
            paragraphs.append(block.text);
        return paragraphs;
    }
    default:
        return {};
    }
}

QVariant CommentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Comments");
    return {};
}

QHash<int, QByteArray> CommentTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(AuthorRole, "author");
    names.insert(PublishedRole, "published");
    names.insert(BodyRole, "body");
    names.insert(ReplyCountRole, "replyCount");
    names.insert(DescendantCountRole, "descendantCount");
    names.insert(CommentIdRole, "commentId");
    names.insert(DepthRole, "depth");
    names.insert(ScoreRole, "score");
    names.insert(StoredIdRole, "storedId");
    names.insert(ParagraphsRole, "paragraphs");
    names.insert(BlocksRole, "blocks");
    return names;
}

} // namespace glossator
