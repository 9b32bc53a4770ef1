#pragma once

#include "model/Document.h"

#include <QAbstractListModel>

namespace glossator {

// What the importer assumed or could not read about the shown document, line by line.
class NoticeListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { LineRole = Qt::UserRole + 1, WarningRole };

    explicit NoticeListModel(QObject* parent = nullptr);

    void setNotices(const QList<ImportNotice>& notices);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<ImportNotice> m_notices;
};

} // namespace glossator
