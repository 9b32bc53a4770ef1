#include "CommentFilterModel.h"

#include "comments/CommentTreeModel.h"
#include "model/TagPath.h"

#include <QHash>

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
    m_kept.clear();
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
    // Comment indexes change with the structure: what was kept by index means nothing now.
    m_kept.clear();
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
    if (ids == m_tagIds && names == m_tagNames && m_tagPath.isEmpty())
        return;
    m_tagPath.clear();
    m_tagIds = ids;
    m_tagNames = names;
    m_tagNameSet = QSet<QString>(names.cbegin(), names.cend());
    apply();
}

void CommentFilterModel::setTagPathFilter(const QString& text)
{
    const QString path = text.trimmed();
    const QSet<qint64> ids = tagsNamedBy(m_codebook, path);
    if (path == m_tagPath && ids == m_tagIds && m_tagNames.isEmpty())
        return;
    m_tagPath = path;
    m_tagIds = ids;
    m_tagNames.clear();
    m_tagNameSet.clear();
    apply();
}

void CommentFilterModel::setCoderFilter(const QString& text)
{
    const QString coder = text.trimmed();
    if (coder == m_coder)
        return;
    m_coder = coder;
    apply();
}

void CommentFilterModel::setUntaggedFilter(bool on)
{
    if (on == m_untagged)
        return;
    m_untagged = on;
    apply();
}

void CommentFilterModel::setAnnotations(const QList<Annotation>& annotations)
{
    m_annotations.clear();
    for (const Annotation& annotation : annotations) {
        if (annotation.commentId != 0 && !annotation.orphaned)
            m_annotations.append(annotation);
    }
    m_hasAnnotations = true;
    // Not a new criterion, so filterChanged() stays quiet; what is shown follows the annotations,
    // except that nothing shown as a match goes.
    if (hasTagCriterion() || !m_coder.isEmpty() || m_untagged) {
        if (m_shown.filtered) {
            m_kept.resize(m_shown.matches.size());
            m_kept |= m_shown.matches;
        }
        refilter();
    }
}

void CommentFilterModel::setCodebook(const QList<Tag>& tags)
{
    m_codebook = tags;
    if (m_tagPath.isEmpty())
        return;
    const QSet<qint64> ids = tagsNamedBy(m_codebook, m_tagPath);
    if (ids == m_tagIds)
        return;
    // A tag renamed or moved may now be named by the path, or no longer.
    m_tagIds = ids;
    refilter();
}

QSet<qint64> CommentFilterModel::tagsNamedBy(const QList<Tag>& codebook, const QString& text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return {};
    QList<qint64> named = tagpath::resolve(codebook, {wanted}, nullptr);
    QHash<qint64, QList<qint64>> children;
    for (const Tag& tag : codebook)
        children[tag.parentId].append(tag.id);
    if (named.isEmpty()) {
        // Paths from the top down, each from its parent's, so that a long codebook costs one pass a level.
        QHash<qint64, QString> paths;
        QList<qint64> level = children.value(0);
        QHash<qint64, const Tag*> byId;
        for (const Tag& tag : codebook)
            byId.insert(tag.id, &tag);
        while (!level.isEmpty()) {
            QList<qint64> next;
            for (const qint64 id : std::as_const(level)) {
                if (paths.contains(id))
                    continue; // a damaged codebook whose parents form a loop
                const Tag* tag = byId.value(id);
                const QString parentPath = paths.value(tag->parentId);
                const QString path = parentPath.isEmpty() ? tagpath::escape(tag->name)
                                                          : parentPath + QLatin1Char('/') + tagpath::escape(tag->name);
                paths.insert(id, path);
                if (path.contains(wanted, Qt::CaseInsensitive))
                    named.append(id);
                next += children.value(id);
            }
            level = std::move(next);
        }
    }
    QSet<qint64> ids;
    while (!named.isEmpty()) {
        const qint64 id = named.takeLast();
        if (ids.contains(id))
            continue;
        ids.insert(id);
        named += children.value(id);
    }
    return ids;
}

void CommentFilterModel::clearFilters()
{
    if (m_author.isEmpty() && m_text.isEmpty() && !hasTagCriterion() && m_coder.isEmpty() && !m_untagged)
        return;
    m_author.clear();
    m_text.clear();
    m_tagIds.clear();
    m_tagNames.clear();
    m_tagNameSet.clear();
    m_tagPath.clear();
    m_coder.clear();
    m_untagged = false;
    apply();
}

bool CommentFilterModel::hasTagCriterion() const
{
    return !m_tagIds.isEmpty() || !m_tagNameSet.isEmpty() || !m_tagPath.isEmpty();
}

bool CommentFilterModel::isFiltering() const
{
    return !m_author.isEmpty() || !m_text.trimmed().isEmpty() || hasTagCriterion() || !m_coder.isEmpty() || m_untagged;
}

void CommentFilterModel::apply()
{
    m_kept.clear();
    refilter();
    emit filterChanged();
}

// One pass over the annotations, a few thousand in a long thread, rather than over the tags of
// every comment.
CommentFilterModel::Coding CommentFilterModel::computeCoding() const
{
    Coding coding;
    const CommentTree* tree = m_comments ? m_comments->tree() : nullptr;
    if (!tree || !m_hasAnnotations)
        return coding;
    coding.known = true;
    const bool wantTags = !m_tagIds.isEmpty();
    const bool wantCoder = !m_coder.isEmpty();
    if (!wantTags && !wantCoder && !m_untagged)
        return coding;
    const int count = tree->size();
    coding.wantedTag.resize(wantTags ? count : 0);
    coding.byCoder.resize(wantCoder ? count : 0);
    coding.tagged.resize(m_untagged ? count : 0);
    const bool wholeName = wantCoder && std::any_of(m_annotations.cbegin(), m_annotations.cend(), [&](const auto& a) {
                               return a.coder.compare(m_coder, Qt::CaseInsensitive) == 0;
                           });
    for (const Annotation& annotation : m_annotations) {
        const QModelIndex source = m_comments->indexForStoredId(annotation.commentId);
        if (!source.isValid())
            continue;
        const int comment = CommentTreeModel::commentIndex(source);
        if (wantTags && std::any_of(annotation.tagIds.cbegin(), annotation.tagIds.cend(),
                                    [this](qint64 id) { return m_tagIds.contains(id); }))
            coding.wantedTag.setBit(comment);
        if (wantCoder && (wholeName ? annotation.coder.compare(m_coder, Qt::CaseInsensitive) == 0
                                    : annotation.coder.contains(m_coder, Qt::CaseInsensitive)))
            coding.byCoder.setBit(comment);
        if (m_untagged && !annotation.tagIds.isEmpty())
            coding.tagged.setBit(comment);
    }
    return coding;
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
    shown.coding = computeCoding();
    shown.matches.resize(count);
    shown.kept.resize(count);
    QBitArray visible(count);
    for (int comment = count - 1; comment >= 0; --comment) {
        const bool matches = matchesComment(comment, shown.coding);
        const bool kept = !matches && comment < m_kept.size() && m_kept.testBit(comment);
        if (matches || kept) {
            shown.matches.setBit(comment);
            shown.kept.setBit(comment, kept);
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
                if (matchesComment(comment, m_shown.coding) != m_shown.matches.testBit(comment)) {
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

bool CommentFilterModel::matchesComment(int comment, const Coding& coding) const
{
    // What the annotations answer first: a bit each, where the others read the comment.
    if (!m_coder.isEmpty() && !(coding.known && coding.byCoder.testBit(comment)))
        return false;
    const QModelIndex source = m_comments->indexForComment(comment);
    if (!source.isValid())
        return false;
    if (hasTagCriterion() && !matchesTags(comment, source, coding))
        return false;
    if (m_untagged && hasTags(comment, source, coding))
        return false;
    if (!m_author.isEmpty() &&
        !source.data(CommentTreeModel::AuthorRole).toString().contains(m_author, Qt::CaseInsensitive))
        return false;
    if (!m_text.trimmed().isEmpty() &&
        !source.data(CommentTreeModel::BodyRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

bool CommentFilterModel::matchesTags(int comment, const QModelIndex& sourceIndex, const Coding& coding) const
{
    if (coding.known) {
        if (comment < coding.wantedTag.size() && coding.wantedTag.testBit(comment))
            return true;
        // The ids are answered; names, given without annotations in mind, are looked for below.
        if (m_tagNameSet.isEmpty())
            return false;
    }
    const auto wholeTags = sourceIndex.data(CommentTreeModel::WholeTagsRole).value<QList<Tag>>();
    for (const Tag& tag : wholeTags) {
        if ((!coding.known && m_tagIds.contains(tag.id)) || m_tagNameSet.contains(tag.name))
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

bool CommentFilterModel::hasTags(int comment, const QModelIndex& sourceIndex, const Coding& coding) const
{
    if (coding.known)
        return comment < coding.tagged.size() && coding.tagged.testBit(comment);
    if (!sourceIndex.data(CommentTreeModel::WholeTagsRole).value<QList<Tag>>().isEmpty())
        return true;
    const auto highlights =
        sourceIndex.data(CommentTreeModel::HighlightsRole).value<QList<CommentTreeModel::Highlight>>();
    return std::any_of(highlights.cbegin(), highlights.cend(), [](const auto& h) { return !h.tags.isEmpty(); });
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
    m_matchCount = m_shown.filtered ? int(m_shown.matches.count(true) - m_shown.kept.count(true))
                   : tree           ? tree->size()
                                    : 0;
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
