#pragma once

#include "model/Annotation.h"

#include <QAbstractProxyModel>
#include <QBitArray>
#include <QSet>
#include <QStringList>

namespace glossator {

class CommentTreeModel;

// Narrows a CommentTreeModel to the comments by an author, containing a text, carrying a tag,
// annotated by a coder, or carrying no tag at all. The criteria combine with AND; an empty
// criterion lets every comment through. A reply that
// matches keeps its ancestors visible, since a reply read without what it answers is easily
// misread; IsContextOnlyRole tells those ancestors apart so that they can be drawn dimmed.
//
// Built on the comment model's own tree rather than on QSortFilterProxyModel, so that a thread of
// a hundred thousand comments is filtered in one pass and one layout change, and browsed unfiltered
// at the cost of the comment model itself. Other source models show no rows.
class CommentFilterModel : public QAbstractProxyModel {
    Q_OBJECT

public:
    enum Role {
        // true for a row shown only because a reply below it matches. Far above the source
        // model's roles so that new roles there cannot collide with it.
        IsContextOnlyRole = Qt::UserRole + 0x100,
    };

    explicit CommentFilterModel(QObject* parent = nullptr);
    ~CommentFilterModel() override;

    void setSourceModel(QAbstractItemModel* sourceModel) override;

    // A case-insensitive part of the author's name; surrounding spaces are ignored.
    void setAuthorFilter(const QString& text);
    QString authorFilter() const { return m_author; }

    // A case-insensitive part of the comment's text. A text of spaces only filters nothing.
    void setTextFilter(const QString& text);
    QString textFilter() const { return m_text; }

    // A comment matches when the whole comment carries a tag of `ids` or named in `names`, or a
    // passage of it carries a tag named in `names`: passages know their tags only by name, so
    // pass the names of the same tags for passages to count. Sub-tags count only when included.
    // With annotations given (setAnnotations()), an id finds passages as well. Clears the tag path.
    void setTagFilter(const QSet<qint64>& ids, const QStringList& names);
    QSet<qint64> tagIdFilter() const { return m_tagIds; }
    QStringList tagNameFilter() const { return m_tagNames; }

    // Tags named the way a reader types them, each with its sub-tags (see tagsNamedBy()), looked
    // up in the codebook given with setCodebook() and again whenever it changes. A text that
    // names no tag matches no comment. Replaces the tags of setTagFilter().
    void setTagPathFilter(const QString& text);
    QString tagPathFilter() const { return m_tagPath; }

    // Comments with an annotation by a coder: the coder of that name, ignoring case, or, when no
    // coder of the annotations has it, every coder whose name contains it. Read from the
    // annotations given with setAnnotations(); surrounding spaces are ignored.
    void setCoderFilter(const QString& text);
    QString coderFilter() const { return m_coder; }

    // Only the comments that carry no tag, neither on the whole comment nor on a passage.
    void setUntaggedFilter(bool on);
    bool untaggedFilter() const { return m_untagged; }

    // The annotations of the source's document, as the source model was given them; those on the
    // article, orphaned ones and those of other documents change nothing. The coder criterion
    // needs them; with them the tag criteria are answered from the annotations, at the cost of a
    // pass over them rather than over every comment's tags.
    void setAnnotations(const QList<Annotation>& annotations);
    // The tags that tag paths are looked up in.
    void setCodebook(const QList<Tag>& tags);

    // The tags a filter text names, each with all its sub-tags: the tag at that path or the only
    // tag with that name (as tagpath::resolve() reads them), else every tag whose path contains
    // the text, ignoring case. None for a text of spaces only.
    static QSet<qint64> tagsNamedBy(const QList<Tag>& codebook, const QString& text);

    void clearFilters();
    bool isFiltering() const;

    // Comments that match by themselves, not counting context rows; every comment when nothing
    // is filtered. Counted over the whole tree, collapsed or not.
    int matchCount() const;
    // Whether the comment at a proxy index matches by itself.
    bool isMatch(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // After any criterion changed and the rows were filtered again.
    void filterChanged();

private:
    // Which comments are shown, and where. Unfiltered, the comment model's tree is used as it is.
    // Per comment index, what the annotations say for the criteria that read them.
    struct Coding {
        bool known = false;  // annotations were given: the bits below answer for them
        QBitArray wantedTag; // carries a tag of m_tagIds
        QBitArray byCoder;   // annotated by a coder the coder criterion names
        QBitArray tagged;    // carries any tag
    };
    struct Shown {
        bool filtered = false;
        Coding coding;
        QBitArray matches;          // by comment index
        QBitArray kept;             // of the matches, those kept from before an edit (see m_kept)
        QList<int> rows;            // by comment index: row under its parent, -1 when hidden
        QList<QList<int>> children; // by comment index: shown replies
        QList<int> topLevel;        // shown top-level comments
    };

    int commentOf(const QModelIndex& proxyIndex) const { return int(proxyIndex.internalId()); }
    const QList<int>& childrenOf(int comment) const; // comment -1: the top level
    int rowOf(int comment) const;
    bool isShown(int comment) const;
    bool isContextOnly(int comment) const;
    bool matchesComment(int comment, const Coding& coding) const;
    bool matchesTags(int comment, const QModelIndex& sourceIndex, const Coding& coding) const;
    bool hasTags(int comment, const QModelIndex& sourceIndex, const Coding& coding) const;
    bool hasTagCriterion() const;
    Coding computeCoding() const;
    Shown computeShown() const;
    void apply();
    // Works out again what is shown; a layout change when that changes, or always when asked.
    void refilter(bool always = false);
    void beginSourceChange();
    void endSourceChange();
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);

    CommentTreeModel* m_comments = nullptr;
    QList<QMetaObject::Connection> m_sourceConnections;
    Shown m_shown;
    bool m_changingSource = false;

    QString m_author;
    QString m_text;
    QSet<qint64> m_tagIds;
    QStringList m_tagNames;
    QSet<QString> m_tagNameSet;
    QString m_tagPath;
    QString m_coder;
    bool m_untagged = false;
    // Comments that matched before the user's coding changed them (tagged under "Untagged", a tag
    // taken off under a tag filter): they stay in view until a filter is set again, so that the
    // comment being coded does not vanish under the reader's hands.
    QBitArray m_kept;
    bool m_hasAnnotations = false;
    QList<Annotation> m_annotations; // on comments, not orphaned
    QList<Tag> m_codebook;
    mutable int m_matchCount = -1; // -1: to be counted again
};

} // namespace glossator
