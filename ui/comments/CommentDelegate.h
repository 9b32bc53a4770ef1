#pragma once

#include <QFont>
#include <QList>
#include <QPointer>
#include <QStyledItemDelegate>

class QTreeView;

namespace glossator {

// Draws a comment as a small card: author, time, reply count, then the body wrapped to the width.
//
// Wrapping a body is costly, and a tree view with rows of different heights asks for the height of
// every row whenever it lays them out. So heights once wrapped are kept, by comment and width; and
// in a long thread the rows away from the screen get an estimate from the length of their text,
// while the rows on screen and a screen around them are wrapped exactly before they are painted.
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

    // The body's height from its wrapped layout, kept or worked out now.
    int bodyHeight(const QStyleOptionViewItem& option, const QModelIndex& index, int width) const;
    int exactBodyHeight(const QStyleOptionViewItem& option, const QModelIndex& index, int width) const;
    int estimatedBodyHeight(const QModelIndex& index, int width) const;
    int cardHeight(int bodyHeight) const;
    // Forgets kept heights that no longer hold: another font, indentation or model.
    void prepare(const QFont& font, const QAbstractItemModel* model) const;
    void watchModel(const QAbstractItemModel* model) const;
    void forgetHeights() const;
    void measureRowsNearView();

    struct KeptHeight {
        int viewportWidth = 0; // the view's width it was worked out for; 0: nothing kept
        int width = 0;         // the body's width then
        int height = 0;        // the body's height
        bool exact = false;    // from the wrapped text, not estimated
    };
    // Where the row's height is kept, or null for a row of another model.
    KeptHeight* keptHeight(const QModelIndex& index) const;

    QTreeView* m_view;
    // Body heights by the comment's position in its document, for the font and indentation below.
    mutable QList<KeptHeight> m_heights;
    mutable QFont m_font;
    mutable int m_indentation = -1;
    mutable int m_headerHeight = 0;
    mutable qreal m_lineHeight = 0;
    mutable qreal m_averageCharWidth = 1;
    mutable QPointer<QAbstractItemModel> m_model;
    mutable QList<QMetaObject::Connection> m_modelConnections;
    mutable int m_commentCount = 0;
    bool m_measuring = false;
};

} // namespace glossator
