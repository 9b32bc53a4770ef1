#include "ProjectStore.h"
#include "project/WalCheck.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

// A new project made from the data of one that Glossator refuses to open for what its schema holds.

namespace glossator {

namespace {

// Glossator's tables in the order their rows can be written: referenced rows first.
const char* const copiedTables[] = {"project_info", "documents",   "import_notices", "comments",
                                    "tags",         "annotations", "annotation_tags"};

QStringList columnsOf(const QSqlDatabase& db, const QString& schemaName, const QString& table)
{
    QStringList columns;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA %1.table_info(%2)").arg(schemaName, table))) {
        while (query.next())
            columns.append(query.value(1).toString());
    }
    return columns;
}

QString quoted(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace

ProjectError ProjectStore::cleanCopy(const QString& source, const QString& target, QStringList* notes)
{
    QStringList ignoredNotes;
    if (!notes)
        notes = &ignoredNotes;
    if (ProjectError error = inspect(source))
        return error;
    if (QFileInfo::exists(target))
        return {ProjectError::Kind::Invalid, tr("%1: a file of that name exists already").arg(target), target};
    // SQLite follows a symbolic link to the file, and takes the log beside the file.
    const QString sourceFile = QFileInfo(source).canonicalFilePath();
    if (ProjectError error = projectfile::checkWriteAheadLog(sourceFile, false))
        return error;

    // The rows are read from a private copy, so that nothing done to read them can reach the source.
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("source.glossa"));
    const QString sourceLog = sourceFile + QStringLiteral("-wal");
    if (!scratch.isValid() || !QFile::copy(sourceFile, copy) ||
        (QFileInfo::exists(sourceLog) && !QFile::copy(sourceLog, copy + QStringLiteral("-wal"))))
        return {ProjectError::Kind::Io, tr("%1: cannot make a working copy of it to read").arg(source), source};

    // The new project is made under another name and takes the target's only when it is whole.
    const QString building = target + QStringLiteral(".copying-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    ProjectError error;
    std::unique_ptr<ProjectStore> store = create(building, &error);
    if (!store)
        return {error.kind, error.message.replace(building, target), target};
    // Every handle to the connection is gone before the store closes it.
    const QString copyError = [&]() -> QString {
        QSqlDatabase db = QSqlDatabase::database(store->m_connectionName, false);
        // The connection is hardened like every project connection (no triggers, no views, no
        // functions of the schema's), so reading the untrusted tables runs nothing of theirs.
        QSqlQuery attach(db);
        attach.prepare(QStringLiteral("ATTACH DATABASE ? AS untrusted"));
        attach.addBindValue(copy);
        if (!store->exec(QStringLiteral("PRAGMA foreign_keys = OFF")) || !attach.exec())
            return attach.lastError().text();
        QSet<QString> sourceTables;
        QSqlQuery tables(db);
        if (!tables.exec(QStringLiteral("SELECT name, sql FROM untrusted.sqlite_master WHERE type = 'table'")))
            return tables.lastError().text();
        while (tables.next()) {
            if (!tables.value(1).toString().simplified().startsWith(QLatin1String("CREATE VIRTUAL"),
                                                                    Qt::CaseInsensitive))
                sourceTables.insert(tables.value(0).toString().toLower());
        }
        tables.finish();
        QString failure;
        const bool copied = store->transaction([&] {
            if (!store->exec(QStringLiteral("DELETE FROM main.project_info")))
                return false;
            for (const char* name : copiedTables) {
                const QString table = QString::fromLatin1(name);
                if (!sourceTables.contains(table)) {
                    notes->append(tr("%1: it has no table %2; nothing was copied from it").arg(source, table));
                    continue;
                }
                const QStringList available = columnsOf(db, QStringLiteral("untrusted"), table);
                QStringList columns;
                for (const QString& column : columnsOf(db, QStringLiteral("main"), table)) {
                    if (available.contains(column, Qt::CaseInsensitive))
                        columns.append(quoted(column));
                    else
                        notes->append(
                            tr("%1: its table %2 has no column %3; it was left empty").arg(source, table, column));
                }
                const QString list = columns.join(QStringLiteral(", "));
                QSqlQuery insert(db);
                if (!insert.exec(
                        QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM untrusted.%1").arg(table, list))) {
                    failure = tr("table %1: %2").arg(table, insert.lastError().text());
                    return false;
                }
            }
            QSqlQuery check(db);
            if (!check.exec(QStringLiteral("PRAGMA main.foreign_key_check")))
                return false;
            if (check.next()) {
                failure = tr("rows of table %1 refer to rows of %2 that it does not have")
                              .arg(check.value(0).toString(), check.value(2).toString());
                return false;
            }
            return true;
        });
        store->exec(QStringLiteral("DETACH DATABASE untrusted"));
        store->exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (!copied)
            return failure.isEmpty() ? store->lastError() : failure;
        return {};
    }();
    store.reset();
    if (!copyError.isEmpty()) {
        QFile::remove(building);
        return {ProjectError::Kind::Io, tr("%1: cannot make the clean copy: %2").arg(target, copyError), target};
    }
    // rename() would replace a file that appeared meanwhile; QFile::rename never does.
    if (!QFile::rename(building, target)) {
        QFile::remove(building);
        return {ProjectError::Kind::Invalid, tr("%1: a file of that name exists already").arg(target), target};
    }
    return {};
}

} // namespace glossator
