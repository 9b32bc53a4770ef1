#pragma once

#include "project/ProjectStore.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <QStyledItemDelegate>

namespace glossator {

class Project;

// The codebook as a tree: each tag with its colour and how often it is used, by itself and with its
// sub-tags. Renaming in place and re-parenting by drag and drop go through the project's undo stack.
class TagTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    // UsesRole: annotations that carry the tag itself. TotalUsesRole: annotations that carry the tag
    // or any of its sub-tags, each counted once.
    enum Role { TagIdRole = Qt::UserRole + 1, ColorRole, UsesRole, DescriptionRole, PathRole, TotalUsesRole };
    enum Column { NameColumn, UsesColumn, TotalColumn, ColumnCount };

    explicit TagTreeModel(QObject* parent = nullptr);

    void setProject(Project* project);
    QModelIndex indexForTag(qint64 tagId) const;
    // The first tags in the order the codebook shows them, depth first (for number keys 1–9).
    QList<qint64> tagsInOrder() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

public slots:
    void reload();
    // Annotations changed: only the use counts move, so the view keeps its selection and expansion.
    void refreshCounts();

private:
    struct Node {
        TagUsage usage;
        int total = 0;   // annotations of the tag and its sub-tags
        int parent = -1; // index into m_nodes
        QList<int> children;
        int row = 0;
    };
    const QList<int>& childrenOf(const QModelIndex& parent) const;
    int nodeOf(const QModelIndex& index) const { return int(index.internalId()); }
    QString pathOf(int node) const;
    // Fills in every node's total from the store.
    void countTotals();

    QPointer<Project> m_project;
    QList<Node> m_nodes;
    QList<int> m_topLevel;
    // A rename typed into the view arrives through setData() while the view's editor is still
    // open; resetting the model then would pull the editor from under the view. The reload waits.
    bool m_inSetData = false;
    bool m_reloadPending = false;
};

// Shows a colour swatch (a QColor decoration) in that very colour in a selected row too. The style
// would blend the selection colour into it, and a tag would seem to change colour when chosen.
class TagSwatchDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace glossator
