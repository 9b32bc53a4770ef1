#pragma once

#include "model/Annotation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

namespace glossator {

struct StoredDocument;

// The annotations of one document, or of several, as a table: one row per annotation, the
// documents in the order given and each in reading order. The model keeps what it shows, so the
// documents and annotations given to setData() need not outlive it.
class AnnotationListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // The document column comes last so that the others keep their numbers; a view showing several
    // documents moves it to the front.
    enum Column {
        TargetColumn,
        QuoteColumn,
        TagsColumn,
        NoteColumn,
        CoderColumn,
        ModifiedColumn,
        DocumentColumn,
        ColumnCount
    };

    // Every column of a row answers these.
    enum Role {
        AnnotationIdRole = Qt::UserRole + 1,
        CommentIdRole,  // the comment's id in the project; 0 when the target is the article
        RangeStartRole, // UTF-16 offsets into the target's text; no value for a whole target
        RangeEndRole,
        OrphanedRole,
        TagIdsRole,   // QList<qint64>
        TagNamesRole, // QStringList, in the order of TagIdsRole
        NoteRole,     // the whole note; the display flattens its line breaks
        SortRole,     // what the column sorts by: reading order, times as QDateTime, else text
        SearchRole,   // quote, tag names, note and author, for filtering
        DocumentIdRole,
        DocumentOrderRole, // the document's place among those given to setData()
        ReadingOrderRole,  // the place in its document's reading order
    };

    explicit AnnotationListModel(QObject* parent = nullptr);

    // Shows the annotations of `document` (none when it is null); tags gives names and colours.
    void setData(const StoredDocument* document, const QList<Annotation>& annotations, const QHash<qint64, Tag>& tags);
    // Shows the annotations of every document given, grouped by document in that order.
    void setData(const QList<const StoredDocument*>& documents, const QList<Annotation>& annotations,
                 const QHash<qint64, Tag>& tags);
    void clear();
    using QAbstractTableModel::setData;

    // The row showing the annotation, or -1.
    int rowOf(qint64 annotationId) const;
    qint64 annotationIdAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Annotation annotation;
        QString target;    // "Article", or the author and the comment's source id
        QString author;    // empty for the article
        qint64 readingKey; // the target's place in reading order, then the passage's start
        int documentOrder = 0;
        QString documentTitle;
        QStringList tagNames;
        QColor tagColor; // the first tag's
    };

    QVariant displayData(const Row& row, int column) const;
    QVariant toolTipData(const Row& row, int column) const;
    QVariant sortData(const Row& row, int column) const;
    QString quoteText(const Row& row) const;

    QList<Row> m_rows;
    QIcon m_orphanIcon;
};

} // namespace glossator
