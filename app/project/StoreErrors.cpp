#include "StoreErrors.h"

#include <QCoreApplication>
#include <QSqlError>

#include <sqlite3.h>

namespace glossator {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("glossator::ProjectStore", text);
}

} // namespace

QString describeStoreError(const QSqlError& error)
{
    bool numeric = false;
    int code = error.nativeErrorCode().toInt(&numeric);
    const QString detail = error.text().trimmed();
    if (!numeric) {
        // Some of Qt's errors (a failed COMMIT) keep SQLite's message but not its code; the message
        // is SQLite's own text for the code, in English whatever the locale.
        code = -1;
        for (int known : {SQLITE_FULL, SQLITE_IOERR, SQLITE_READONLY, SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_BUSY,
                          SQLITE_LOCKED, SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_NOMEM}) {
            if (error.databaseText().contains(QLatin1String(sqlite3_errstr(known)))) {
                code = known;
                break;
            }
        }
        if (code < 0)
            return detail;
    }
    switch (code & 0xff) {
    case SQLITE_FULL:
        return tr("the disk is full: there is no room to save the change");
    case SQLITE_IOERR:
        return tr("the disk could not be written or read (input/output error %1)").arg(code);
    case SQLITE_READONLY:
        return tr("the project file cannot be written: it, or its folder, is read-only");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return tr("the project file is damaged");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("another program is using the project file; try again in a moment");
    case SQLITE_CANTOPEN:
        return tr("the project file cannot be opened: its folder may have gone, or it may not be readable");
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return tr("the system does not allow the project file to be written");
    case SQLITE_NOMEM:
        return tr("there is not enough memory to save the change");
    default:
        return detail;
    }
}

} // namespace glossator
