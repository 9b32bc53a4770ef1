#pragma once

#include "project/ProjectStore.h"

#include <QAbstractListModel>

namespace glossator {

// The documents of the open project, in their order, for the documents panel.
class DocumentListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { DocumentIdRole = Qt::UserRole + 1, CommentCountRole, AnnotationCountRole };

    explicit DocumentListModel(QObject* parent = nullptr);

    void setDocuments(const QList<DocumentSummary>& documents);
    int rowOf(qint64 documentId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<DocumentSummary> m_documents;
};

} // namespace glossator
