#include "AnnotationListModel.h"

#include "common/TimeFormat.h"
#include "notes/NoteText.h"
#include "project/ProjectStore.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

#include <algorithm>

namespace glossator {

namespace {

// Table cells are one line high; line breaks in a quote or note would cut the text off.
QString oneLine(const QString& text)
{
    return text.simplified();
}

} // namespace

AnnotationListModel::AnnotationListModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_orphanIcon(QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                    QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning)))
{}

void AnnotationListModel::setData(const StoredDocument* document, const QList<Annotation>& annotations,
                                  const QHash<qint64, Tag>& tags)
{
    setData(document ? QList<const StoredDocument*>{document} : QList<const StoredDocument*>(), annotations, tags);
}

void AnnotationListModel::setData(const QList<const StoredDocument*>& documents, const QList<Annotation>& annotations,
                                  const QHash<qint64, Tag>& tags)
{
    beginResetModel();
    m_rows.clear();
    QHash<qint64, int> documentOrder;
    for (int i = 0; i < documents.size(); ++i)
        documentOrder.insert(documents.at(i)->id, i);
    QHash<qint64, QHash<qint64, int>> commentIndexes; // by document, built when first needed
    for (const Annotation& annotation : annotations) {
        const auto order = documentOrder.constFind(annotation.documentId);
        if (order == documentOrder.constEnd())
            continue;
        const StoredDocument* document = documents.at(*order);
        auto indexes = commentIndexes.find(document->id);
        if (indexes == commentIndexes.end()) {
            indexes = commentIndexes.insert(document->id, {});
            for (int i = 0; i < document->commentIds.size(); ++i)
                indexes->insert(document->commentIds.at(i), i);
        }
        const qint64 commentCount = document->document.comments.size();
        Row row;
        row.annotation = annotation;
        row.documentOrder = *order;
        row.documentTitle = document->document.article.title;
        qint64 targetOrder = 0;
        if (annotation.commentId == 0) {
            row.target = tr("Article");
        } else if (const int at = indexes->value(annotation.commentId, -1); at >= 0 && at < commentCount) {
            const Comment& comment = document->document.comments.at(at);
            row.author = comment.author;
            row.target = tr("%1 (%2)").arg(comment.author, comment.id);
            targetOrder = at + 1;
        } else {
            // The document given is older than the annotations (a comment was just split off):
            // say what is known and keep the row rather than hide the annotation.
            row.target = tr("Comment %1").arg(annotation.commentId);
            targetOrder = commentCount + 1;
        }
        // A whole-target tag comes before the passages of its target.
        const qint64 start = annotation.range ? annotation.range->start + 1 : 0;
        row.readingKey = (targetOrder << 32) | start;
        for (const qint64 tagId : annotation.tagIds) {
            const auto tag = tags.constFind(tagId);
            // Names stay aligned with the ids, so that a choice among them names the right tag.
            row.tagNames.append(tag != tags.constEnd() ? tag->name : tr("Tag %1").arg(tagId));
            if (row.tagNames.size() == 1 && tag != tags.constEnd())
                row.tagColor = tag->color;
        }
        m_rows.append(row);
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) {
        if (a.documentOrder != b.documentOrder)
            return a.documentOrder < b.documentOrder;
        return a.readingKey != b.readingKey ? a.readingKey < b.readingKey : a.annotation.id < b.annotation.id;
    });
    endResetModel();
}

void AnnotationListModel::clear()
{
    setData(nullptr, {}, {});
}

int AnnotationListModel::rowOf(qint64 annotationId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).annotation.id == annotationId)
            return row;
    }
    return -1;
}

qint64 AnnotationListModel::annotationIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).annotation.id : 0;
}

int AnnotationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnnotationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AnnotationListModel::quoteText(const Row& row) const
{
    const Annotation& annotation = row.annotation;
    if (!annotation.range)
        return annotation.commentId == 0 ? tr("(whole article)") : tr("(whole comment)");
    const QString quote = oneLine(annotation.range->exact);
    return annotation.orphaned ? tr("(orphaned) %1").arg(quote) : quote;
}

QVariant AnnotationListModel::displayData(const Row& row, int column) const
{
    switch (column) {
    case TargetColumn:
        return row.target;
    case QuoteColumn:
        return quoteText(row);
    case TagsColumn:
        return row.tagNames.join(tr(", "));
    case NoteColumn:
        return oneLine(row.annotation.note);
    case CoderColumn:
        return row.annotation.coder;
    case ModifiedColumn:
        // An edit time is always a moment, never a date alone: given in local time, it is shown
        // with its hour and minute even when it falls on midnight UTC.
        return displayTime(row.annotation.modified.toLocalTime());
    case DocumentColumn:
        return oneLine(row.documentTitle);
    default:
        return {};
    }
}

QVariant AnnotationListModel::toolTipData(const Row& row, int column) const
{
    const Annotation& annotation = row.annotation;
    switch (column) {
    case TargetColumn:
        return annotation.commentId == 0 ? tr("On the article") : tr("On the comment by %1").arg(row.target);
    case QuoteColumn:
        if (!annotation.range)
            return annotation.commentId == 0 ? tr("The tags apply to the whole article")
                                             : tr("The tags apply to the whole comment");
        if (annotation.orphaned)
            return tr("Orphaned: this passage could not be found again after the text changed. It is kept "
                      "with its old place, shown here:\n%1")
                .arg(annotation.range->exact);
        return annotation.range->exact;
    case TagsColumn:
        return row.tagNames.join(QLatin1Char('\n'));
    case NoteColumn:
        // The note as written, line by line; a cell shows it on one line.
        return notePreview(annotation.note, 20);
    case CoderColumn:
        return annotation.created.isValid()
                   ? tr("Made by %1 on %2").arg(annotation.coder, displayTime(annotation.created.toLocalTime()))
                   : QVariant();
    case ModifiedColumn:
        return QLocale().toString(annotation.modified.toLocalTime(), QLocale::LongFormat);
    case DocumentColumn:
        return row.documentTitle;
    default:
        return {};
    }
}

QVariant AnnotationListModel::sortData(const Row& row, int column) const
{
    switch (column) {
    case TargetColumn:
        // Where the annotation is in the text, which says more than the authors' alphabet.
        return row.readingKey;
    case QuoteColumn:
        return row.annotation.range ? row.annotation.range->exact : QString();
    case ModifiedColumn:
        return row.annotation.modified;
    case DocumentColumn:
        // The project's order, as the Documents panel lists them.
        return row.documentOrder;
    default:
        return displayData(row, column);
    }
}

QVariant AnnotationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const Annotation& annotation = row.annotation;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        return toolTipData(row, index.column());
    case Qt::DecorationRole:
        if (index.column() == QuoteColumn && annotation.orphaned)
            return m_orphanIcon;
        if (index.column() == TagsColumn && row.tagColor.isValid())
            return row.tagColor;
        return {};
    case AnnotationIdRole:
        return annotation.id;
    case CommentIdRole:
        return annotation.commentId;
    case RangeStartRole:
        return annotation.range ? QVariant(annotation.range->start) : QVariant();
    case RangeEndRole:
        return annotation.range ? QVariant(annotation.range->end) : QVariant();
    case OrphanedRole:
        return annotation.orphaned;
    case TagIdsRole:
        return QVariant::fromValue(annotation.tagIds);
    case TagNamesRole:
        return row.tagNames;
    case NoteRole:
        return annotation.note;
    case SortRole:
        return sortData(row, index.column());
    case DocumentIdRole:
        return annotation.documentId;
    case DocumentOrderRole:
        return row.documentOrder;
    case ReadingOrderRole:
        return row.readingKey;
    case SearchRole:
        return QStringList{annotation.range ? annotation.range->exact : QString(), row.tagNames.join(QLatin1Char(' ')),
                           annotation.note, row.author}
            .join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant AnnotationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TargetColumn:
            return tr("Target");
        case QuoteColumn:
            return tr("Quote");
        case TagsColumn:
            return tr("Tags");
        case NoteColumn:
            return tr("Note");
        case CoderColumn:
            return tr("Coder");
        case ModifiedColumn:
            return tr("Modified");
        case DocumentColumn:
            return tr("Document");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TargetColumn:
            return tr("The article, or the comment's author and id; sorts in reading order");
        case QuoteColumn:
            return tr("The passage coded, or the whole target");
        case TagsColumn:
            return tr("The tags the annotation carries");
        case NoteColumn:
            return tr("The coder's note");
        case CoderColumn:
            return tr("Who made the annotation");
        case ModifiedColumn:
            return tr("When the annotation last changed");
        case DocumentColumn:
            return tr("The document the annotation is in; sorts in the project's order");
        default:
            return {};
        }
    }
    return {};
}

} // namespace glossator
