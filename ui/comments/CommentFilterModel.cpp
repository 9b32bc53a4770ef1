#include "CommentFilterModel.h"

#include "comments/CommentTreeModel.h"

#include <algorithm>

namespace glossator {

static_assert(int(CommentFilterModel::IsContextOnlyRole) > int(CommentTreeModel::HighlightsRole),
              "the filter's role must not reuse one of the comment model's roles");

namespace {

const QList<int>& noRows()
{
    static const QList<int> none;
    return none;
}

// Whether a change of these roles can change which comments match.
bool mayChangeMatches(const QList<int>& roles)
{
    static const QList<int> matched = {Qt::DisplayRole,
                                       CommentTreeModel::AuthorRole,
                                       CommentTreeModel::BodyRole,
                                       CommentTreeModel::BlocksRole,
                                       CommentTreeModel::WholeTagsRole,
                                       CommentTreeModel::HighlightsRole};
    return roles.isEmpty() ||
           std::any_of(roles.cbegin(), roles.cend(), [](int role) { return matched.contains(role); });
}

} // namespace

CommentFilterModel::CommentFilterModel(QObject* parent)
    : QAbstractProxyModel(parent)
{}

CommentFilterModel::~CommentFilterModel() = default;

void CommentFilterModel::setSourceModel(QAbstractItemModel* sourceModel)
{
    beginResetModel();
    for (const QMetaObject::Connection& connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    QAbstractProxyModel::setSourceModel(sourceModel);
    m_comments = qobject_cast<CommentTreeModel*>(sourceModel);
    if (m_comments) {
        // The comment model changes its structure only by a reset; rows inserted, removed or moved
        // are taken as one too, so that no index is ever mapped through a stale tree. Its layout
        // changes move no row (they announce many changed rows at once): comments keep their
        // indexes through them, and only what is shown is worked out again.
        const auto begin = [this] {
            beginSourceChange();
        };
        const auto end = [this] {
            endSourceChange();
        };
        m_sourceConnections = {
            connect(m_comments, &QAbstractItemModel::modelAboutToBeReset, this, begin),
            connect(m_comments, &QAbstractItemModel::modelReset, this, end),
            connect(m_comments, &QAbstractItemModel::layoutChanged, this, [this] { refilter(true); }),
            connect(m_comments, &QAbstractItemModel::rowsAboutToBeInserted, this, begin),
            connect(m_comments, &QAbstractItemModel::rowsInserted, this, end),
            connect(m_comments, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin),
            connect(m_comments, &QAbstractItemModel::rowsRemoved, this, end),
            connect(m_comments, &QAbstractItemModel::rowsAboutToBeMoved, this, begin),
            connect(m_comments, &QAbstractItemModel::rowsMoved, this, end),
            connect(m_comments, &QAbstractItemModel::dataChanged, this, &CommentFilterModel::sourceDataChanged),
        };
    }
    m_shown = computeShown();
    m_matchCount = -1;
    endResetModel();
}

void CommentFilterModel::beginSourceChange()
{
    if (m_changingSource)
        return;
    m_changingSource = true;
    beginResetModel();
}

void CommentFilterModel::endSourceChange()
{
    if (!m_changingSource)
        return;
    m_shown = computeShown();
    m_matchCount = -1;
    m_changingSource = false;
    endResetModel();
}

void CommentFilterModel::setAuthorFilter(const QString& text)
{
    const QString author = text.trimmed();
    if (author == m_author)
        return;
    m_author = author;
    apply();
}

void CommentFilterModel::setTextFilter(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    apply();
}

void CommentFilterModel::setTagFilter(const QSet<qint64>& ids, const QStringList& names)
{
    if (ids == m_tagIds && names == m_tagNames)
        return;
    m_tagIds = ids;
    m_tagNames = names;
    m_tagNameSet = QSet<QString>(names.cbegin(), names.cend());
    apply();
}

void CommentFilterModel::clearFilters()
{
    if (m_author.isEmpty() && m_text.isEmpty() && m_tagIds.isEmpty() && m_tagNames.isEmpty())
        return;
    m_author.clear();
    m_text.clear();
    m_tagIds.clear();
    m_tagNames.clear();
    m_tagNameSet.clear();
    apply();
}

bool CommentFilterModel::isFiltering() const
{
    return !m_author.isEmpty() || !m_text.trimmed().isEmpty() || !m_tagIds.isEmpty() || !m_tagNameSet.isEmpty();
}

void CommentFilterModel::apply()
{
    refilter();
    emit filterChanged();
}

// Works out what is shown in one pass over the comments: replies come after what they answer,
// so walking backwards sees every reply before its parent.
CommentFilterModel::Shown CommentFilterModel::computeShown() const
{
    Shown shown;
    const CommentTree* tree = m_comments ? m_comments->tree() : nullptr;
    if (!tree || !isFiltering())
        return shown;
    const int count = tree->size();
    shown.filtered = true;
    shown.matches.resize(count);
    QBitArray visible(count);
    for (int comment = count - 1; comment >= 0; --comment) {
        if (matchesComment(comment)) {
            shown.matches.setBit(comment);
            visible.setBit(comment);
        }
        const int parent = tree->parent(comment);
        if (visible.testBit(comment) && parent >= 0)
            visible.setBit(parent);
    }
    shown.rows.fill(-1, count);
    shown.children.resize(count);
    for (int comment = 0; comment < count; ++comment) {
        if (!visible.testBit(comment))
            continue;
        const int parent = tree->parent(comment);
        QList<int>& siblings = parent >= 0 ? shown.children[parent] : shown.topLevel;
        shown.rows[comment] = int(siblings.size());
        siblings.append(comment);
    }
    return shown;
}

// A new filter is one layout change, as a sort is: the rows that stay keep their persistent
// indexes (and so their expansion, selection and editor), the others lose them.
void CommentFilterModel::refilter(bool always)
{
    Shown shown = computeShown();
    const bool wasFiltered = m_shown.filtered;
    m_matchCount = -1;
    if (!wasFiltered && !shown.filtered && !always)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    const QModelIndexList before = persistentIndexList();
    // What each comment was before: shown, and shown only as context.
    const int count = int(m_shown.rows.size());
    QBitArray shownBefore(count);
    QBitArray contextBefore(count);
    for (int comment = 0; comment < count; ++comment) {
        shownBefore.setBit(comment, m_shown.rows.at(comment) >= 0);
        contextBefore.setBit(comment, isContextOnly(comment));
    }
    m_shown = std::move(shown);
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex& index : before) {
        const int comment = commentOf(index);
        after.append(isShown(comment) ? createIndex(rowOf(comment), index.column(), quintptr(comment)) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    m_matchCount = -1;
    emit layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);

    // A row that stays may turn from a match into context or back; views hear of nothing else
    // about such a row, so it is announced.
    const CommentTree* tree = m_comments ? m_comments->tree() : nullptr;
    for (int comment = 0; tree && comment < tree->size(); ++comment) {
        const bool wasShown = !wasFiltered || shownBefore.testBit(comment);
        const bool wasContext = wasFiltered && contextBefore.testBit(comment);
        if (wasShown && isShown(comment) && wasContext != isContextOnly(comment)) {
            const QModelIndex index = createIndex(rowOf(comment), 0, quintptr(comment));
            emit dataChanged(index, index, {IsContextOnlyRole});
        }
    }
}

void CommentFilterModel::sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                           const QList<int>& roles)
{
    if (m_changingSource || !m_comments || !topLeft.isValid() || !bottomRight.isValid())
        return;
    const QModelIndex sourceParent = topLeft.parent();
    if (mayChangeMatches(roles)) {
        m_matchCount = -1;
        if (m_shown.filtered) {
            for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                const int comment = CommentTreeModel::commentIndex(m_comments->index(row, 0, sourceParent));
                if (matchesComment(comment) != m_shown.matches.testBit(comment)) {
                    // What is shown changes: filtered again as a whole, which also repaints.
                    refilter();
                    break;
                }
            }
        }
    }
    // The rows of the range that are shown, in runs of rows next to each other here.
    int first = -1;
    int last = -1;
    const auto flush = [&] {
        if (first < 0)
            return;
        const int firstComment = CommentTreeModel::commentIndex(m_comments->index(first, 0, sourceParent));
        const int lastComment = CommentTreeModel::commentIndex(m_comments->index(last, 0, sourceParent));
        emit dataChanged(createIndex(rowOf(firstComment), 0, quintptr(firstComment)),
                         createIndex(rowOf(lastComment), 0, quintptr(lastComment)), roles);
        first = last = -1;
    };
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int comment = CommentTreeModel::commentIndex(m_comments->index(row, 0, sourceParent));
        if (!isShown(comment)) {
            flush();
            continue;
        }
        if (first < 0)
            first = row;
        last = row;
    }
    flush();
}

const QList<int>& CommentFilterModel::childrenOf(int comment) const
{
    const CommentTree* tree = m_comments ? m_comments->tree() : nullptr;
    if (!tree || m_changingSource)
        return noRows();
    if (m_shown.filtered) {
        if (comment < 0)
            return m_shown.topLevel;
        return comment < m_shown.children.size() ? m_shown.children.at(comment) : noRows();
    }
    if (comment < 0)
        return tree->topLevel();
    return comment < tree->size() ? tree->children(comment) : noRows();
}

int CommentFilterModel::rowOf(int comment) const
{
    if (m_shown.filtered)
        return m_shown.rows.value(comment, -1);
    return m_comments->indexForComment(comment).row();
}

bool CommentFilterModel::isShown(int comment) const
{
    const CommentTree* tree = m_comments ? m_comments->tree() : nullptr;
    if (!tree || comment < 0 || comment >= tree->size())
        return false;
    return !m_shown.filtered || m_shown.rows.value(comment, -1) >= 0;
}

bool CommentFilterModel::isContextOnly(int comment) const
{
    return m_shown.filtered && m_shown.rows.value(comment, -1) >= 0 && !m_shown.matches.testBit(comment);
}

bool CommentFilterModel::matchesComment(int comment) const
{
    const QModelIndex source = m_comments->indexForComment(comment);
    if (!source.isValid())
        return false;
    if (!m_author.isEmpty() &&
        !source.data(CommentTreeModel::AuthorRole).toString().contains(m_author, Qt::CaseInsensitive))
        return false;
    if (!m_text.trimmed().isEmpty() &&
        !source.data(CommentTreeModel::BodyRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    if ((!m_tagIds.isEmpty() || !m_tagNameSet.isEmpty()) && !matchesTags(source))
        return false;
    return true;
}

bool CommentFilterModel::matchesTags(const QModelIndex& sourceIndex) const
{
    const auto wholeTags = sourceIndex.data(CommentTreeModel::WholeTagsRole).value<QList<Tag>>();
    for (const Tag& tag : wholeTags) {
        if (m_tagIds.contains(tag.id) || m_tagNameSet.contains(tag.name))
            return true;
    }
    if (m_tagNameSet.isEmpty())
        return false;
    const auto highlights =
        sourceIndex.data(CommentTreeModel::HighlightsRole).value<QList<CommentTreeModel::Highlight>>();
    for (const CommentTreeModel::Highlight& highlight : highlights) {
        for (const QString& name : highlight.tags) {
            if (m_tagNameSet.contains(name))
                return true;
        }
    }
    return false;
}

bool CommentFilterModel::isMatch(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return false;
    return !m_shown.filtered || m_shown.matches.testBit(commentOf(index));
}

int CommentFilterModel::matchCount() const
{
    if (m_matchCount >= 0)
        return m_matchCount;
    // The matches are kept up to date as the comments change, whatever is expanded.
    const CommentTree* tree = m_comments ? m_comments->tree() : nullptr;
    m_matchCount = m_shown.filtered ? int(m_shown.matches.count(true)) : tree ? tree->size() : 0;
    return m_matchCount;
}

QModelIndex CommentFilterModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && (parent.model() != this || parent.column() != 0)))
        return {};
    const QList<int>& rows = childrenOf(parent.isValid() ? commentOf(parent) : -1);
    if (row >= rows.size())
        return {};
    return createIndex(row, 0, quintptr(rows.at(row)));
}

QModelIndex CommentFilterModel::parent(const QModelIndex& child) const
{
    const CommentTree* tree = m_comments ? m_comments->tree() : nullptr;
    if (!child.isValid() || !tree || m_changingSource)
        return {};
    const int parent = tree->parent(commentOf(child));
    if (parent < 0)
        return {};
    return createIndex(rowOf(parent), 0, quintptr(parent));
}

QModelIndex CommentFilterModel::sibling(int row, int column, const QModelIndex& index) const
{
    if (row == index.row() && column == index.column())
        return index;
    return this->index(row, column, parent(index));
}

int CommentFilterModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent.isValid() ? commentOf(parent) : -1).size());
}

int CommentFilterModel::columnCount(const QModelIndex& parent) const
{
    return m_comments ? m_comments->columnCount(mapToSource(parent)) : 0;
}

bool CommentFilterModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

QModelIndex CommentFilterModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_comments || m_changingSource)
        return {};
    return m_comments->indexForComment(commentOf(proxyIndex));
}

QModelIndex CommentFilterModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_comments || m_changingSource)
        return {};
    const int comment = CommentTreeModel::commentIndex(sourceIndex);
    if (!isShown(comment))
        return {};
    return createIndex(rowOf(comment), 0, quintptr(comment));
}

QVariant CommentFilterModel::data(const QModelIndex& index, int role) const
{
    if (role == IsContextOnlyRole)
        return index.isValid() ? QVariant(isContextOnly(commentOf(index))) : QVariant();
    return QAbstractProxyModel::data(index, role);
}

QVariant CommentFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_comments ? m_comments->headerData(section, orientation, role) : QVariant();
}

QHash<int, QByteArray> CommentFilterModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractProxyModel::roleNames();
    names.insert(IsContextOnlyRole, "isContextOnly");
    return names;
}

} // namespace glossator
