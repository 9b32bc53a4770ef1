#include "ProjectBackups.h"

#include "project/SchemaCheck.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <sqlite3.h>

namespace glossator {

namespace {

const QString timeFormat = QStringLiteral("yyyy-MM-dd HHmmss");

// Opened and closed with the C API: the copy runs on a thread of its own, where QtSql's
// connections of the window cannot go.
struct Connection {
    sqlite3* db = nullptr;
    ~Connection() { sqlite3_close_v2(db); }
};

} // namespace

QString ProjectBackups::folderFor(const QString& projectPath)
{
    const QFileInfo project(projectPath);
    const QString place =
        project.canonicalFilePath().isEmpty() ? project.absoluteFilePath() : project.canonicalFilePath();
    const QByteArray key = QCryptographicHash::hash(place.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("backups/%1-%2").arg(project.completeBaseName(), QString::fromLatin1(key)));
}

QList<ProjectBackup> ProjectBackups::list(const QString& projectPath)
{
    QList<ProjectBackup> backups;
    const QDir folder(folderFor(projectPath));
    const QString stem = QFileInfo(projectPath).completeBaseName() + QLatin1Char(' ');
    for (const QFileInfo& file : folder.entryInfoList({QStringLiteral("*.glossa")}, QDir::Files)) {
        const QString name = file.completeBaseName();
        if (!name.startsWith(stem))
            continue;
        QDateTime made = QDateTime::fromString(name.mid(stem.size()), timeFormat);
        if (!made.isValid())
            continue;
        backups.append({file.absoluteFilePath(), made, file.size()});
    }
    std::sort(backups.begin(), backups.end(),
              [](const ProjectBackup& a, const ProjectBackup& b) { return a.made > b.made; });
    return backups;
}

QString ProjectBackups::make(const QString& projectPath, int keep, QString* error)
{
    return copy(projectPath, keep, false, error);
}

QString ProjectBackups::makeNow(const QString& projectPath, int keep, QString* error)
{
    return copy(projectPath, std::max(keep, 1), true, error);
}

QString ProjectBackups::copy(const QString& projectPath, int keep, bool always, QString* error)
{
    error->clear();
    if (keep <= 0)
        return {};
    const QFileInfo project(projectPath);
    const QList<ProjectBackup> existing = list(projectPath);
    QDateTime changed = project.lastModified();
    const QFileInfo log(projectPath + QStringLiteral("-wal"));
    if (log.exists())
        changed = std::max(changed, log.lastModified());
    if (!always && !existing.isEmpty() && QFileInfo(existing.first().path).lastModified() >= changed)
        return {};

    QDir().mkpath(folderFor(projectPath));
    QDateTime now = QDateTime::currentDateTime();
    // Two copies in one second (a restore right after an open) must not share a name.
    while (std::any_of(existing.cbegin(), existing.cend(), [&](const ProjectBackup& backup) {
        return backup.made.toString(timeFormat) == now.toString(timeFormat);
    }))
        now = now.addSecs(1);
    const QString target =
        QDir(folderFor(projectPath))
            .filePath(QStringLiteral("%1 %2.glossa").arg(project.completeBaseName(), now.toString(timeFormat)));
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);

    Connection source;
    Connection destination;
    if (sqlite3_open_v2(QFile::encodeName(projectPath).constData(), &source.db, SQLITE_OPEN_READONLY, nullptr) !=
            SQLITE_OK ||
        !projectfile::harden(source.db)) {
        *error =
            tr("%1: cannot be read for a backup: %2").arg(projectPath, QString::fromUtf8(sqlite3_errmsg(source.db)));
        return {};
    }
    if (sqlite3_open_v2(QFile::encodeName(partial).constData(), &destination.db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        *error = tr("%1: cannot be written: %2").arg(partial, QString::fromUtf8(sqlite3_errmsg(destination.db)));
        return {};
    }
    sqlite3_backup* backup = sqlite3_backup_init(destination.db, "main", source.db, "main");
    if (!backup) {
        *error = tr("%1: cannot be copied: %2").arg(projectPath, QString::fromUtf8(sqlite3_errmsg(destination.db)));
        QFile::remove(partial);
        return {};
    }
    // A few hundred pages a step: a writer in the window is never held up for long.
    int result = SQLITE_OK;
    for (int tries = 0; tries < 2000; ++tries) {
        result = sqlite3_backup_step(backup, 256);
        if (result == SQLITE_DONE)
            break;
        if (result == SQLITE_BUSY || result == SQLITE_LOCKED) {
            QThread::msleep(10);
            continue;
        }
        if (result != SQLITE_OK)
            break;
    }
    sqlite3_backup_finish(backup);
    if (result == SQLITE_DONE) {
        // A copy is one file: no write-ahead log of its own.
        result = sqlite3_exec(destination.db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) == SQLITE_OK
                     ? SQLITE_DONE
                     : sqlite3_errcode(destination.db);
    }
    if (result != SQLITE_DONE) {
        *error = tr("%1: the backup could not be written: %2").arg(target, QString::fromUtf8(sqlite3_errstr(result)));
        sqlite3_close_v2(destination.db);
        destination.db = nullptr;
        QFile::remove(partial);
        return {};
    }
    sqlite3_close_v2(destination.db);
    destination.db = nullptr;
    if (!QFile::rename(partial, target)) {
        *error = tr("%1: the backup could not be put in place").arg(target);
        QFile::remove(partial);
        return {};
    }
    const QList<ProjectBackup> all = list(projectPath);
    for (qsizetype index = keep; index < all.size(); ++index)
        QFile::remove(all.at(index).path);
    return target;
}

} // namespace glossator
