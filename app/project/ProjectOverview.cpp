#include "ProjectOverview.h"

#include "project/ProjectStore.h"
#include "project/SchemaCheck.h"
#include "project/WalCheck.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace glossator {

namespace {

std::optional<int> count(QSqlDatabase& database, const QString& table)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return std::nullopt;
    return query.value(0).toInt();
}

} // namespace

ProjectOverview readProjectOverview(const QString& path)
{
    ProjectOverview overview;
    // The header says whether this is a project at all before SQLite is let near the file.
    int version = 0;
    if (const ProjectError error = ProjectStore::inspect(path, &version)) {
        overview.error = error.message;
        return overview;
    }
    // SQLite follows a symbolic link to the file, and takes the log beside the file.
    if (const ProjectError error = projectfile::checkWriteAheadLog(QFileInfo(path).canonicalFilePath())) {
        overview.error = error.message;
        return overview;
    }
    overview.modified = QFileInfo(path).lastModified();
    static QAtomicInt serial;
    const QString connection = QStringLiteral("glossator-overview-%1").arg(serial.fetchAndAddRelaxed(1));
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(path);
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        ProjectError refused;
        if (database.open() && !projectfile::harden(projectfile::handleOf(database))) {
            overview.error = ProjectStore::tr("%1: cannot be opened safely").arg(path);
            database.close();
        } else if (database.isOpen() &&
                   (refused = projectfile::checkSchema(projectfile::handleOf(database), path, version))) {
            overview.error = refused.message;
            database.close();
        } else if (database.isOpen()) {
            QSqlQuery(database).exec(QStringLiteral("PRAGMA query_only = ON"));
            const auto documents = count(database, QStringLiteral("documents"));
            const auto annotations = count(database, QStringLiteral("annotations"));
            if (documents && annotations) {
                overview.readable = true;
                overview.documents = *documents;
                overview.annotations = *annotations;
            } else {
                overview.error = ProjectStore::tr("%1: cannot be read as a project").arg(path);
            }
            database.close();
        } else {
            overview.error = ProjectStore::tr("%1: cannot be opened").arg(path);
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return overview;
}

} // namespace glossator
