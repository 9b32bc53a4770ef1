#include "DocumentListModel.h"

namespace glossator {

DocumentListModel::DocumentListModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void DocumentListModel::setDocuments(const QList<DocumentSummary>& documents)
{
    beginResetModel();
    m_documents = documents;
    endResetModel();
}

int DocumentListModel::rowOf(qint64 documentId) const
{
    for (int row = 0; row < m_documents.size(); ++row) {
        if (m_documents.at(row).id == documentId)
            return row;
    }
    return -1;
}

int DocumentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

QVariant DocumentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DocumentSummary& document = m_documents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return document.title;
    case Qt::ToolTipRole:
        return QString(tr("%1: %n comment(s)", nullptr, document.comments).arg(document.title) + QLatin1Char('\n') +
                       tr("%n annotation(s)", nullptr, document.annotations));
    case DocumentIdRole:
        return document.id;
    case CommentCountRole:
        return document.comments;
    case AnnotationCountRole:
        return document.annotations;
    default:
        return {};
    }
}

} // namespace glossator
