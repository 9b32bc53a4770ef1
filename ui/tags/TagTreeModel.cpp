#include "TagTreeModel.h"

#include "project/Project.h"

#include <QHash>
#include <QIODevice>
#include <QIcon>
#include <QMimeData>
#include <QPixmap>
#include <QSet>

namespace glossator {

namespace {

const QString tagMimeType = QStringLiteral("application/x-glossator-tag-id");

} // namespace

TagTreeModel::TagTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void TagTreeModel::setProject(Project* project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (m_project) {
        connect(m_project, &Project::tagsChanged, this, &TagTreeModel::reload);
        connect(m_project, &Project::annotationsChanged, this, &TagTreeModel::refreshCounts);
    }
    reload();
}

void TagTreeModel::reload()
{
    if (m_inSetData) {
        m_reloadPending = true;
        return;
    }
    m_reloadPending = false;
    beginResetModel();
    m_nodes.clear();
    m_topLevel.clear();
    if (m_project) {
        QList<TagUsage> tags = m_project->store().tags();
        std::stable_sort(tags.begin(), tags.end(),
                         [](const TagUsage& a, const TagUsage& b) { return a.tag.position < b.tag.position; });
        QHash<qint64, int> nodeById;
        for (const TagUsage& usage : tags) {
            nodeById.insert(usage.tag.id, int(m_nodes.size()));
            m_nodes.append(Node{usage, 0, -1, {}, 0});
        }
        for (int i = 0; i < m_nodes.size(); ++i) {
            const int parent = nodeById.value(m_nodes.at(i).usage.tag.parentId, -1);
            m_nodes[i].parent = parent;
            QList<int>& siblings = parent >= 0 ? m_nodes[parent].children : m_topLevel;
            m_nodes[i].row = int(siblings.size());
            siblings.append(i);
        }
        countTotals();
    }
    endResetModel();
}

void TagTreeModel::countTotals()
{
    // An annotation may carry a tag and its sub-tag at once; it counts once for the parent.
    std::function<QSet<qint64>(int)> collect = [&](int node) {
        const QList<qint64> own = m_project->store().annotationsWithTag(m_nodes.at(node).usage.tag.id);
        QSet<qint64> annotations(own.cbegin(), own.cend());
        for (const int child : m_nodes.at(node).children)
            annotations.unite(collect(child));
        m_nodes[node].total = int(annotations.size());
        return annotations;
    };
    for (const int node : std::as_const(m_topLevel)) {
        // Without sub-tags the total is the tag's own count, which the store has already given.
        if (m_nodes.at(node).children.isEmpty())
            m_nodes[node].total = m_nodes.at(node).usage.uses;
        else
            collect(node);
    }
}

void TagTreeModel::refreshCounts()
{
    if (!m_project)
        return;
    QHash<qint64, int> uses;
    for (const TagUsage& usage : m_project->store().tags())
        uses.insert(usage.tag.id, usage.uses);
    QList<std::pair<int, int>> before;
    for (Node& node : m_nodes) {
        before.append({node.usage.uses, node.total});
        node.usage.uses = uses.value(node.usage.tag.id, node.usage.uses);
    }
    countTotals();
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Node& node = m_nodes.at(i);
        if (before.at(i) == std::pair(node.usage.uses, node.total))
            continue;
        const QModelIndex changed = createIndex(node.row, NameColumn, quintptr(i));
        emit dataChanged(changed, changed.siblingAtColumn(TotalColumn));
    }
}

const QList<int>& TagTreeModel::childrenOf(const QModelIndex& parent) const
{
    return parent.isValid() ? m_nodes.at(nodeOf(parent)).children : m_topLevel;
}

QString TagTreeModel::pathOf(int node) const
{
    QStringList names;
    for (int at = node; at >= 0; at = m_nodes.at(at).parent)
        names.prepend(m_nodes.at(at).usage.tag.name);
    return names.join(QStringLiteral(" › "));
}

QModelIndex TagTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<int>& children = childrenOf(parent);
    if (row < 0 || row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex TagTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_nodes.at(nodeOf(child)).parent;
    if (parent < 0)
        return {};
    return createIndex(m_nodes.at(parent).row, 0, quintptr(parent));
}

int TagTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent).size());
}

int TagTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QModelIndex TagTreeModel::indexForTag(qint64 tagId) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).usage.tag.id == tagId)
            return createIndex(m_nodes.at(i).row, 0, quintptr(i));
    }
    return {};
}

QList<qint64> TagTreeModel::tagsInOrder() const
{
    QList<qint64> ordered;
    std::function<void(const QList<int>&)> visit = [&](const QList<int>& nodes) {
        for (const int node : nodes) {
            ordered.append(m_nodes.at(node).usage.tag.id);
            visit(m_nodes.at(node).children);
        }
    };
    visit(m_topLevel);
    return ordered;
}

QVariant TagTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node& node = m_nodes.at(nodeOf(index));
    const Tag& tag = node.usage.tag;
    const bool hasSubTags = !node.children.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return tag.name;
        case UsesColumn:
            return node.usage.uses;
        default:
            return node.total;
        }
    case Qt::EditRole:
        return index.column() == NameColumn ? QVariant(tag.name) : QVariant();
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(tag.color) : QVariant();
    case Qt::ToolTipRole: {
        QString tip = pathOf(nodeOf(index)) + QLatin1Char('\n') + tr("Used %n time(s)", nullptr, node.usage.uses);
        if (hasSubTags)
            tip += QLatin1Char('\n') + tr("%n annotation(s) with it or its sub-tags", nullptr, node.total);
        if (!tag.description.isEmpty())
            tip += QLatin1Char('\n') + tag.description;
        return tip;
    }
    case Qt::AccessibleTextRole: {
        QString text = tr("%1, used %n time(s)", nullptr, node.usage.uses).arg(pathOf(nodeOf(index)));
        if (hasSubTags)
            text += QStringLiteral("; ") + tr("%n annotation(s) with it or its sub-tags", nullptr, node.total);
        return text;
    }
    case Qt::TextAlignmentRole:
        return index.column() != NameColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case TagIdRole:
        return tag.id;
    case ColorRole:
        return tag.color;
    case UsesRole:
        return node.usage.uses;
    case TotalUsesRole:
        return node.total;
    case DescriptionRole:
        return tag.description;
    case PathRole:
        return pathOf(nodeOf(index));
    default:
        return {};
    }
}

bool TagTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != NameColumn || !m_project)
        return false;
    const int node = nodeOf(index);
    m_inSetData = true;
    const bool renamed = m_project->renameTag(m_nodes.at(node).usage.tag.id, value.toString());
    m_inSetData = false;
    if (m_reloadPending) {
        // The name shows at once; the rest of the codebook is read again once the editor is closed.
        if (renamed) {
            m_nodes[node].usage.tag.name = value.toString().trimmed();
            emit dataChanged(index, index);
        }
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_reloadPending)
                    reload();
            },
            Qt::QueuedConnection);
    }
    return renamed;
}

QVariant TagTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Tag");
        case UsesColumn:
            return tr("Uses");
        default:
            return tr("Total");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NameColumn:
            return tr("The tag's name; its sub-tags are below it");
        case UsesColumn:
            return tr("Annotations with this tag itself");
        default:
            return tr("Annotations with this tag or any of its sub-tags, each counted once");
        }
    }
    return {};
}

Qt::ItemFlags TagTreeModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index) | Qt::ItemIsDropEnabled;
    if (index.isValid()) {
        flags |= Qt::ItemIsDragEnabled;
        if (index.column() == NameColumn && m_project && !m_project->store().isReadOnly())
            flags |= Qt::ItemIsEditable;
    }
    return flags;
}

Qt::DropActions TagTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList TagTreeModel::mimeTypes() const
{
    return {tagMimeType};
}

QMimeData* TagTreeModel::mimeData(const QModelIndexList& indexes) const
{
    for (const QModelIndex& index : indexes) {
        if (index.isValid() && index.column() == NameColumn) {
            auto* data = new QMimeData;
            data->setData(tagMimeType, QByteArray::number(m_nodes.at(nodeOf(index)).usage.tag.id));
            return data;
        }
    }
    return nullptr;
}

bool TagTreeModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int, const QModelIndex&) const
{
    return action == Qt::MoveAction && data && data->hasFormat(tagMimeType) && m_project &&
           !m_project->store().isReadOnly();
}

bool TagTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int, const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    const qint64 tagId = data->data(tagMimeType).toLongLong();
    const QModelIndex parentName = parent.sibling(parent.row(), NameColumn);
    const qint64 parentId = parentName.isValid() ? m_nodes.at(nodeOf(parentName)).usage.tag.id : 0;
    int index = row >= 0 ? row : int(childrenOf(parentName).size());
    // Qt counts the drop row with the dragged tag still in place; among its old siblings it leaves
    // a gap above the drop point.
    const QModelIndex dragged = indexForTag(tagId);
    if (dragged.isValid() && dragged.parent() == parentName && dragged.row() < index)
        --index;
    // The move itself happens through the undo stack; the view must not delete the dragged row.
    m_project->moveTag(tagId, parentId, index);
    return false;
}

void TagSwatchDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant decoration = index.data(Qt::DecorationRole);
    if (decoration.typeId() != QMetaType::QColor)
        return;
    QPixmap swatch(option->decorationSize);
    swatch.fill(decoration.value<QColor>());
    // An expanded tag's row asks for the icon's "on" state.
    QIcon icon;
    for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Active, QIcon::Selected}) {
        icon.addPixmap(swatch, mode, QIcon::Off);
        icon.addPixmap(swatch, mode, QIcon::On);
    }
    option->icon = icon;
}

} // namespace glossator
