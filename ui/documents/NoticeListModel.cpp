#include "NoticeListModel.h"

#include <QApplication>
#include <QStyle>

namespace glossator {

NoticeListModel::NoticeListModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void NoticeListModel::setNotices(const QList<ImportNotice>& notices)
{
    beginResetModel();
    m_notices = notices;
    endResetModel();
}

int NoticeListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_notices.size());
}

QVariant NoticeListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportNotice& notice = m_notices.at(index.row());
    const bool warning = notice.severity == ImportNotice::Severity::Warning;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        // The words carry the severity too, so that it does not rest on the icon alone.
        return QString((warning ? tr("Warning") : tr("Note")) + QStringLiteral(": ") +
                       (notice.line > 0 ? tr("line %1: %2").arg(notice.line).arg(notice.message) : notice.message));
    case Qt::DecorationRole:
        return QApplication::style()->standardIcon(warning ? QStyle::SP_MessageBoxWarning
                                                           : QStyle::SP_MessageBoxInformation);
    case LineRole:
        return notice.line;
    case WarningRole:
        return warning;
    default:
        return {};
    }
}

} // namespace glossator
