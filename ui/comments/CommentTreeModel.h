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
        PositionRole,   // the comment's position in Document::comments, until the document is set again
        // The find bar's matches in the author's name and the text: QList<FindMatch>. Announced
        // by findMatchesChanged() rather than dataChanged(): a new text to find touches rows all
        // over a long thread, and only how they are drawn.
        FindMatchesRole,
    };

    // A match of the text being found, in the author's name or in the plain text (BodyRole).
    struct FindMatch {
        bool inAuthor = false;
        int start = 0;
        int length = 0;
        bool current = false; // the match the find bar is at

        bool operator==(const FindMatch&) const = default;
    };

    // A tagged passage of a comment's text, for drawing.
    struct Highlight {
        int start = 0;
        int end = 0;
        QColor color;
        QStringList tags;
        QString note;

        bool operator==(const Highlight&) const = default;
    };

    explicit CommentTreeModel(QObject* parent = nullptr);
    ~CommentTreeModel() override;

    // storedIds, when given, are the comments' ids in the project, in Document::comments order.
    void setDocument(const Document& document, const QList<qint64>& storedIds = {});

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Annotations of the shown document; those on comments are drawn in the tree. Only the rows
    // whose tags change are announced, so that an edit in a long thread stays cheap.
    void setAnnotations(const QList<Annotation>& annotations, const QHash<qint64, Tag>& tags);

    // What the find bar looks for; an empty text finds nothing.
    void setFindText(const QString& text, Qt::CaseSensitivity sensitivity);
    // The match the find bar is at, by its comment's position and where it starts; a comment of
    // -1 when it is at none here.
    void setCurrentFindMatch(int commentIndex, bool inAuthor = false, int start = 0);

    // The parent/child structure of the shown document; null before a document is set.
    const CommentTree* tree() const { return m_tree.get(); }
    // The comment's position in Document::comments, for an index of this model.
    static int commentIndex(const QModelIndex& index) { return int(index.internalId()); }
    QModelIndex indexForComment(int commentIndex) const;
    QModelIndex indexForStoredId(qint64 storedId) const;
    // The same through any proxy of this model (a filter, say); invalid when not shown there.
    static QModelIndex findStoredId(const QAbstractItemModel* model, qint64 storedId);

signals:
    void findMatchesChanged();

private:
    using TagCounts = QList<QPair<QString, int>>;

    const QList<int>& childrenOf(const QModelIndex& parent) const;
    int rowOf(int commentIndex) const;
    int commentIndexOfStoredId(qint64 storedId) const;
    QHash<int, TagCounts> replyTagsFor(const QHash<qint64, QList<Tag>>& wholeTags,
                                       const QHash<qint64, QList<Highlight>>& highlights) const;
    void announceTagChanges(const QList<int>& commentIndexes);

    const Document* m_document = nullptr;
    std::unique_ptr<CommentTree> m_tree;
    QList<int> m_rowInParent;
    QList<qint64> m_storedIds;
    mutable QHash<qint64, int> m_indexByStoredId; // built when first needed
    QHash<qint64, QList<Tag>> m_wholeTags;        // by stored comment id
    QHash<qint64, QList<Highlight>> m_highlights; // by stored comment id
    QHash<int, TagCounts> m_replyTags;            // by comment index: what the subtree below uses, where it uses any
    QString m_findText;
    Qt::CaseSensitivity m_findCase = Qt::CaseInsensitive;
    int m_findComment = -1; // the current match's comment, or -1
    bool m_findInAuthor = false;
    int m_findStart = 0;
};

} // namespace glossator

Q_DECLARE_METATYPE(glossator::CommentTreeModel::Highlight)
Q_DECLARE_METATYPE(glossator::CommentTreeModel::FindMatch)
