#include "ProjectStore.h"
#include "StoreErrors.h"
#include "project/SchemaCheck.h"

#include <QFile>
#include <QSqlDatabase>

#include <sqlite3.h>

namespace glossator {

bool ProjectStore::restoreFrom(const QString& path)
{
    if (m_access == Access::ReadOnly) {
        m_lastError = tr("the project is open read-only");
        return false;
    }
    if (m_transactionDepth > 0) {
        m_lastError = tr("a project cannot be restored in the middle of an edit");
        return false;
    }
    sqlite3* destination = projectfile::handleOf(QSqlDatabase::database(m_connectionName, false));
    sqlite3* source = nullptr;
    const bool opened =
        sqlite3_open_v2(QFile::encodeName(path).constData(), &source, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK &&
        projectfile::harden(source);
    if (!destination || !opened) {
        m_lastError = tr("%1: cannot be read: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(source)));
        sqlite3_close_v2(source);
        return false;
    }
    sqlite3_backup* backup = sqlite3_backup_init(destination, "main", source, "main");
    int result = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(destination);
    if (backup)
        sqlite3_backup_finish(backup);
    sqlite3_close_v2(source);
    if (result != SQLITE_DONE) {
        m_lastError = tr("the project could not be restored: %1").arg(QString::fromUtf8(sqlite3_errstr(result)));
        return false;
    }
    return true;
}

} // namespace glossator
