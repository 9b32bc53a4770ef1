#include "CommentTreeModel.h"

#include "common/TimeFormat.h"
#include "notes/NoteText.h"

#include <QAbstractProxyModel>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <functional>

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
    // A current find match names a comment of the document before.
    m_findComment = -1;
    // Annotations belong to the document they were given with; the new one's come next.
    m_indexByStoredId.clear();
    m_wholeTags.clear();
    m_highlights.clear();
    m_replyTags.clear();
    endResetModel();
}

void CommentTreeModel::setFindText(const QString& text, Qt::CaseSensitivity sensitivity)
{
    if (text == m_findText && (text.isEmpty() || sensitivity == m_findCase))
        return;
    m_findText = text;
    m_findCase = sensitivity;
    emit findMatchesChanged();
}

void CommentTreeModel::setCurrentFindMatch(int commentIndex, bool inAuthor, int start)
{
    if (commentIndex < 0 && m_findComment < 0)
        return;
    if (commentIndex == m_findComment && inAuthor == m_findInAuthor && start == m_findStart)
        return;
    m_findComment = commentIndex;
    m_findInAuthor = inAuthor;
    m_findStart = start;
    emit findMatchesChanged();
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

Qt::ItemFlags CommentTreeModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    // A comment without replies keeps none until the document is set again. Saying so spares a
    // tree view from keeping an expanded state for every such row when all are expanded.
    if (index.isValid() && m_tree && m_tree->children(commentIndex(index)).isEmpty())
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QModelIndex CommentTreeModel::indexForComment(int commentIndex) const
{
    if (!m_tree || commentIndex < 0 || commentIndex >= m_tree->size())
        return {};
    return createIndex(rowOf(commentIndex), 0, quintptr(commentIndex));
}

namespace {

bool sameTags(const QList<Tag>& a, const QList<Tag>& b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const Tag& x, const Tag& y) {
        return x.id == y.id && x.parentId == y.parentId && x.name == y.name && x.color == y.color &&
               x.description == y.description && x.position == y.position;
    });
}

// The keys whose values differ between two hashes, a key missing from one counting as an empty value.
template <typename Key, typename Value, typename Same>
QList<Key> changedKeys(const QHash<Key, Value>& before, const QHash<Key, Value>& after, Same same)
{
    QList<Key> keys;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!same(it.value(), after.value(it.key())))
            keys.append(it.key());
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()) && !same(Value(), it.value()))
            keys.append(it.key());
    }
    return keys;
}

} // namespace

void CommentTreeModel::setAnnotations(const QList<Annotation>& annotations, const QHash<qint64, Tag>& tags)
{
    QHash<qint64, QList<Tag>> wholeTags;
    QHash<qint64, QList<Highlight>> highlights;
    for (const Annotation& annotation : annotations) {
        if (annotation.commentId == 0 || annotation.orphaned)
            continue;
        if (!annotation.range) {
            QList<Tag>& chips = wholeTags[annotation.commentId];
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
        highlights[annotation.commentId].append(highlight);
    }
    QHash<int, TagCounts> replyTags = replyTagsFor(wholeTags, highlights);

    QList<int> changed;
    if (m_tree && !m_storedIds.isEmpty()) {
        const auto collect = [&](const QList<qint64>& storedIds) {
            for (const qint64 id : storedIds) {
                const int comment = commentIndexOfStoredId(id);
                if (comment >= 0)
                    changed.append(comment);
            }
        };
        collect(changedKeys(m_wholeTags, wholeTags, sameTags));
        collect(changedKeys(m_highlights, highlights, std::equal_to<QList<Highlight>>()));
        changed += changedKeys(m_replyTags, replyTags, std::equal_to<TagCounts>());
    }
    m_wholeTags = std::move(wholeTags);
    m_highlights = std::move(highlights);
    m_replyTags = std::move(replyTags);
    announceTagChanges(changed);
}

// Tag uses roll up through the subtree, so that a collapsed comment can say what its replies hold.
// Only the ancestors of tagged comments are visited: a long thread with a few thousand annotations
// costs a few thousand short walks up the tree.
QHash<int, CommentTreeModel::TagCounts>
CommentTreeModel::replyTagsFor(const QHash<qint64, QList<Tag>>& wholeTags,
                               const QHash<qint64, QList<Highlight>>& highlights) const
{
    QHash<int, TagCounts> result;
    if (!m_tree || m_storedIds.size() != m_tree->size())
        return result;
    QHash<int, QMap<QString, int>> below;
    const auto addToAncestors = [&](qint64 storedId, const QString& name) {
        const int comment = commentIndexOfStoredId(storedId);
        for (int parent = comment >= 0 ? m_tree->parent(comment) : -1; parent >= 0; parent = m_tree->parent(parent))
            below[parent][name] += 1;
    };
    for (auto it = wholeTags.cbegin(); it != wholeTags.cend(); ++it) {
        for (const Tag& tag : it.value())
            addToAncestors(it.key(), tag.name);
    }
    for (auto it = highlights.cbegin(); it != highlights.cend(); ++it) {
        for (const Highlight& highlight : it.value()) {
            for (const QString& name : highlight.tags)
                addToAncestors(it.key(), name);
        }
    }
    for (auto it = below.cbegin(); it != below.cend(); ++it) {
        TagCounts& counts = result[it.key()];
        for (auto count = it.value().cbegin(); count != it.value().cend(); ++count)
            counts.append({count.key(), count.value()});
        // By use, most used first; names in order where the uses are equal.
        std::stable_sort(counts.begin(), counts.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
    }
    return result;
}

void CommentTreeModel::announceTagChanges(const QList<int>& commentIndexes)
{
    if (commentIndexes.isEmpty())
        return;
    // A tree view takes time in proportion to the rows above a changed row to repaint it, so many
    // scattered changes (the first annotations of a long thread, a tag used all over it renamed)
    // are announced as one layout change, after which views lay out and paint once. No row moves.
    constexpr int manyRows = 256;
    if (commentIndexes.size() > manyRows) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
        emit layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
        return;
    }
    // Rows of one parent that follow one another are announced together.
    QList<std::pair<int, int>> rows; // (parent, row)
    rows.reserve(commentIndexes.size());
    for (const int comment : commentIndexes)
        rows.append({m_tree->parent(comment), rowOf(comment)});
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    const QList<int> roles = {WholeTagsRole, HighlightsRole, ReplyTagsRole, Qt::ToolTipRole, Qt::AccessibleTextRole};
    for (qsizetype first = 0; first < rows.size();) {
        qsizetype last = first;
        while (last + 1 < rows.size() && rows.at(last + 1).first == rows.at(first).first &&
               rows.at(last + 1).second == rows.at(last).second + 1)
            ++last;
        const int parent = rows.at(first).first;
        const QModelIndex parentIndex = parent >= 0 ? indexForComment(parent) : QModelIndex();
        emit dataChanged(index(rows.at(first).second, 0, parentIndex), index(rows.at(last).second, 0, parentIndex),
                         roles);
        first = last + 1;
    }
}

int CommentTreeModel::commentIndexOfStoredId(qint64 storedId) const
{
    if (m_indexByStoredId.isEmpty() && !m_storedIds.isEmpty()) {
        m_indexByStoredId.reserve(m_storedIds.size());
        for (int i = 0; i < m_storedIds.size(); ++i)
            m_indexByStoredId.insert(m_storedIds.at(i), i);
    }
    return m_indexByStoredId.value(storedId, -1);
}

QModelIndex CommentTreeModel::indexForStoredId(qint64 storedId) const
{
    return indexForComment(commentIndexOfStoredId(storedId));
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
                if (const QString note = notePreview(highlight.note, 2); !note.isEmpty())
                    text += QLatin1Char('\n') + note;
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
        return m_storedIds.isEmpty() ? QVariant() : QVariant::fromValue(m_replyTags.value(commentIndex));
    case BlocksRole:
        return QVariant::fromValue(comment.blocks);
    case PositionRole:
        return commentIndex;
    case FindMatchesRole: {
        QList<FindMatch> matches;
        if (m_findText.isEmpty())
            return QVariant::fromValue(matches);
        // Worked out for the rows being drawn only, so that a long thread costs nothing more.
        const auto collect = [&](const QString& haystack, bool inAuthor) {
            for (qsizetype at = haystack.indexOf(m_findText, 0, m_findCase); at >= 0;
                 at = haystack.indexOf(m_findText, at + m_findText.size(), m_findCase)) {
                const bool current = commentIndex == m_findComment && inAuthor == m_findInAuthor && at == m_findStart;
                matches.append({inAuthor, int(at), int(m_findText.size()), current});
            }
        };
        collect(comment.author, true);
        collect(plainText(comment.blocks), false);
        return QVariant::fromValue(matches);
    }
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
    names.insert(PositionRole, "position");
    names.insert(FindMatchesRole, "findMatches");
    return names;
}

} // namespace glossator
