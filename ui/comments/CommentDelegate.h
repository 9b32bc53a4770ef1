#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace glossator {

// Draws a comment as a small card: author, time, reply count, then the body wrapped to the width.
class CommentDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit CommentDelegate(QTreeView* view);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;

private:
    struct Layout {
        QRect header;
        QRect body;
        int height = 0;
    };
    Layout layoutFor(const QStyleOptionViewItem& option, const QModelIndex& index, int width) const;
    int availableWidth(const QModelIndex& index) const;
    QString headerDetails(const QModelIndex& index) const;

    QTreeView* m_view;
};

} // namespace glossator
