#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace glossator {

// Narrows a CommentTreeModel to the comments by an author, containing a text or carrying a tag.
// The criteria combine with AND; an empty criterion lets every comment through. A reply that
// matches keeps its ancestors visible, since a reply read without what it answers is easily
// misread; IsContextOnlyRole tells those ancestors apart so that they can be drawn dimmed.
class CommentFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum Role {
        // true for a row shown only because a reply below it matches. Far above the source
        // model's roles so that new roles there cannot collide with it.
        IsContextOnlyRole = Qt::UserRole + 0x100,
    };

    explicit CommentFilterModel(QObject* parent = nullptr);

    // A case-insensitive part of the author's name; surrounding spaces are ignored.
    void setAuthorFilter(const QString& text);
    QString authorFilter() const { return m_author; }

    // A case-insensitive part of the comment's text. A text of spaces only filters nothing.
    void setTextFilter(const QString& text);
    QString textFilter() const { return m_text; }

    // A comment matches when the whole comment carries a tag of `ids` or named in `names`, or a
    // passage of it carries a tag named in `names`: passages know their tags only by name, so
    // pass the names of the same tags for passages to count. Sub-tags count only when included.
    void setTagFilter(const QSet<qint64>& ids, const QStringList& names);
    QSet<qint64> tagIdFilter() const { return m_tagIds; }
    QStringList tagNameFilter() const { return m_tagNames; }

    void clearFilters();
    bool isFiltering() const;

    // Comments that match by themselves, not counting context rows; every comment when nothing
    // is filtered. Counted over the whole tree, collapsed or not.
    int matchCount() const;
    // Whether the comment at a proxy index matches by itself.
    bool isMatch(const QModelIndex& index) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // After any criterion changed and the rows were filtered again.
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool matchesSource(const QModelIndex& sourceIndex) const;
    bool matchesTags(const QModelIndex& sourceIndex) const;
    void apply();
    void announceContextRows();

    QString m_author;
    QString m_text;
    QSet<qint64> m_tagIds;
    QStringList m_tagNames;
    QSet<QString> m_tagNameSet;
    mutable int m_matchCount = -1; // -1: to be counted again
};

} // namespace glossator
