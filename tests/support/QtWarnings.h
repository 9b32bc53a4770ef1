#pragma once

#include <QRegularExpression>
#include <QTest>

namespace glossator::test {

// Qt's own warnings about item views (an editor closed that the view no longer has, a model
// changed under a view) point at real bugs; a GUI test calls this in init() so that any of them
// fails the test that caused it.
inline void failOnItemViewWarnings()
{
    QTest::failOnWarning(
        QRegularExpression(QStringLiteral("QAbstractItemView|QTreeView|QHeaderView|QSortFilterProxyModel|"
                                          "QItemSelectionModel|does not belong to this view|"
                                          "persistent model index|QAbstractItemModel")));
}

} // namespace glossator::test
