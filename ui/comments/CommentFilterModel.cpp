#include "CommentFilterModel.h"

#include "comments/CommentTreeModel.h"

namespace glossator {

static_assert(int(CommentFilterModel::IsContextOnlyRole) > int(CommentTreeModel::HighlightsRole),
              "the filter's role must not reuse one of the comment model's roles");

CommentFilterModel::CommentFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    // Qt's recursive filtering is what keeps the ancestors of a matching reply.
    setRecursiveFilteringEnabled(true);
    // Any change that can alter the count reaches the views as one of these signals, whether it
    // came from the source (a new annotation, an edited comment) or from the filter itself.
    const auto forget = [this] {
        m_matchCount = -1;
    };
    connect(this, &QAbstractItemModel::dataChanged, this, forget);
    connect(this, &QAbstractItemModel::rowsInserted, this, forget);
    connect(this, &QAbstractItemModel::rowsRemoved, this, forget);
    connect(this, &QAbstractItemModel::rowsMoved, this, forget);
    connect(this, &QAbstractItemModel::modelReset, this, forget);
    connect(this, &QAbstractItemModel::layoutChanged, this, forget);
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
    invalidateFilter();
    m_matchCount = -1;
    announceContextRows();
    emit filterChanged();
}

// Rows that stay visible keep their proxy indexes through a new filter, so the views hear of no
// change, yet such a row may have turned from a match into context or back.
void CommentFilterModel::announceContextRows()
{
    QList<QModelIndex> parents{QModelIndex()};
    while (!parents.isEmpty()) {
        const QModelIndex parent = parents.takeLast();
        const int rows = rowCount(parent);
        if (rows == 0)
            continue;
        emit dataChanged(index(0, 0, parent), index(rows - 1, 0, parent), {IsContextOnlyRole});
        for (int row = 0; row < rows; ++row)
            parents.append(index(row, 0, parent));
    }
}

bool CommentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    return matchesSource(sourceModel()->index(sourceRow, 0, sourceParent));
}

bool CommentFilterModel::matchesSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid())
        return false;
    if (!m_author.isEmpty() &&
        !sourceIndex.data(CommentTreeModel::AuthorRole).toString().contains(m_author, Qt::CaseInsensitive))
        return false;
    if (!m_text.trimmed().isEmpty() &&
        !sourceIndex.data(CommentTreeModel::BodyRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    if ((!m_tagIds.isEmpty() || !m_tagNameSet.isEmpty()) && !matchesTags(sourceIndex))
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
    return !isFiltering() || matchesSource(mapToSource(index));
}

int CommentFilterModel::matchCount() const
{
    if (m_matchCount >= 0)
        return m_matchCount;
    int count = 0;
    if (const QAbstractItemModel* source = sourceModel()) {
        const bool filtering = isFiltering();
        QList<QModelIndex> parents{QModelIndex()};
        while (!parents.isEmpty()) {
            const QModelIndex parent = parents.takeLast();
            const int rows = source->rowCount(parent);
            for (int row = 0; row < rows; ++row) {
                const QModelIndex child = source->index(row, 0, parent);
                if (!filtering || matchesSource(child))
                    ++count;
                parents.append(child);
            }
        }
    }
    m_matchCount = count;
    return count;
}

QVariant CommentFilterModel::data(const QModelIndex& index, int role) const
{
    if (role == IsContextOnlyRole)
        return index.isValid() ? QVariant(!isMatch(index)) : QVariant();
    return QSortFilterProxyModel::data(index, role);
}

QHash<int, QByteArray> CommentFilterModel::roleNames() const
{
    QHash<int, QByteArray> names = QSortFilterProxyModel::roleNames();
    names.insert(IsContextOnlyRole, "isContextOnly");
    return names;
}

} // namespace glossator
