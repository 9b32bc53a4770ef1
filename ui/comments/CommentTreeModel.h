#pragma once

#include "model/Annotation.h"
#include "model/Document.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QHash>

#include <memory>

namespace glossator {

// The comment tree of one document. Each index's internal id is the comment's position in
// Document::comments, so lookups in either direction cost nothing.
class CommentTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Role {
        AuthorRole = Qt::UserRole + 1,
        PublishedRole,
        BodyRole,
        ReplyCountRole,      // direct replies
        DescendantCountRole, // every reply below, at any depth
        CommentIdRole,
        DepthRole,
        ScoreRole,
        StoredIdRole,   // the comment's id in the project, 0 when the document is not stored
        ParagraphsRole, // the body's paragraphs as a QStringList
        WholeTagsRole,  // tags on the whole comment: QList<Tag>
        HighlightsRole, // tagged passages: QList<Highlight>
        ReplyTagsRole,  // tags used anywhere in the replies below, with counts: QList<QPair<QString, int>>
        BlocksRole,     // the body as blocks, for code and quotes: QList<Block>
    };

    // A tagged passage of a comment's text, for drawing.
    struct Highlight {
        int start = 0;
        int end = 0;
        QColor color;
        QStringList tags;
        QString note;
    };

    explicit CommentTreeModel(QObject* parent = nullptr);
    ~CommentTreeModel() override;

    // storedIds, when given, are the comments' ids in the project, in Document::comments order.
    void setDocument(const Document& document, const QList<qint64>& storedIds = {});

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Annotations of the shown document; those on comments are drawn in the tree.
    void setAnnotations(const QList<Annotation>& annotations, const QHash<qint64, Tag>& tags);

    QModelIndex indexForComment(int commentIndex) const;
    QModelIndex indexForStoredId(qint64 storedId) const;
    // The same through any proxy of this model (a filter, say); invalid when not shown there.
    static QModelIndex findStoredId(const QAbstractItemModel* model, qint64 storedId);

private:
    const QList<int>& childrenOf(const QModelIndex& parent) const;
    int rowOf(int commentIndex) const;

    const Document* m_document = nullptr;
    std::unique_ptr<CommentTree> m_tree;
    QList<int> m_rowInParent;
    QList<qint64> m_storedIds;
    QHash<qint64, QList<Tag>> m_wholeTags;         // by stored comment id
    QHash<qint64, QList<Highlight>> m_highlights;  // by stored comment id
    QList<QList<QPair<QString, int>>> m_replyTags; // by comment index: what the subtree below uses
};

} // namespace glossator

Q_DECLARE_METATYPE(glossator::CommentTreeModel::Highlight)
