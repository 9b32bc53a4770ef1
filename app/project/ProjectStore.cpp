#include "ProjectStore.h"

#include "StoreErrors.h"
#include "project/ProjectStoreSql.h"
#include "project/Schema.h"
#include "project/SchemaCheck.h"
#include "project/WalCheck.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QtEndian>

#include <algorithm>
#include <sqlite3.h>

// Opening, checking, locking and closing a project file, and its transactions. Documents, comments,
// tags and annotations are read and written in the other ProjectStore*.cpp files.

namespace glossator {

using namespace storesql;

namespace {

constexpr char sqliteMagic[] = "SQLite format 3";

// The file a path leads to, so that a symbolic link cannot get a second writer past the lock.
QString resolvedPath(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + QLatin1Char('/') + info.fileName();
}

} // namespace

ProjectStore::ProjectStore(const QString& path, Access access)
    : m_path(resolvedPath(path))
    , m_access(access)
    , m_connectionName(QStringLiteral("glossator-project-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

ProjectStore::~ProjectStore()
{
    close();
}

ProjectError ProjectStore::inspect(const QString& path, int* schemaVersion)
{
    QFile file(path);
    if (!file.exists())
        return {ProjectError::Kind::NotFound, tr("%1: the project file does not exist").arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        return {ProjectError::Kind::Io, tr("%1: cannot be read: %2").arg(path, file.errorString())};
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArray(sqliteMagic, sizeof sqliteMagic)))
        return {ProjectError::Kind::Damaged,
                tr("%1: not a Glossator project (byte 0: no SQLite header); the file was not changed").arg(path)};
    // The header keeps user_version at byte 60 and application_id at byte 68, big-endian.
    const auto version = qFromBigEndian<qint32>(header.constData() + 60);
    const auto application = qFromBigEndian<qint32>(header.constData() + 68);
    if (application != schema::applicationId)
        return {ProjectError::Kind::Foreign,
                tr("%1: an SQLite database of another application (application id %2 at byte 68); the file was "
                   "not changed")
                    .arg(path)
                    .arg(application)};
    if (schemaVersion)
        *schemaVersion = version;
    if (version > schema::currentVersion)
        return {ProjectError::Kind::Newer, tr("%1: made by a newer Glossator (schema %2; this version reads up to "
                                              "%3); the file was not changed")
                                               .arg(path)
                                               .arg(version)
                                               .arg(schema::currentVersion)};
    if (version < 1)
        return {ProjectError::Kind::Damaged,
                tr("%1: the schema version (byte 60) is %2, which no Glossator writes; the file was not changed")
                    .arg(path)
                    .arg(version)};
    return {};
}

bool ProjectStore::isAbandonedCreation(const QString& path)
{
    const QFileInfo file(path);
    return file.exists() && file.isFile() && file.size() == 0;
}

std::unique_ptr<ProjectStore> ProjectStore::create(const QString& path, ProjectError* error,
                                                   std::chrono::milliseconds lockWait)
{
    if (QFileInfo::exists(path) && !isAbandonedCreation(path)) {
        *error = {ProjectError::Kind::Invalid, tr("%1: a file of that name exists already").arg(path)};
        return nullptr;
    }
    std::unique_ptr<ProjectStore> store(new ProjectStore(path, Access::ReadWrite));
    if (!store->lock(error, lockWait))
        return nullptr;
    // Another writer may have made the file while this one waited for the lock: it is theirs, and
    // stays as it is. An empty file that nobody holds is what a creation killed before its first
    // commit leaves (SQLite makes the file when it opens it): it is no project, and is made one.
    if (QFileInfo::exists(path) && !(isAbandonedCreation(path) && QFile::remove(path))) {
        *error = {ProjectError::Kind::Invalid, tr("%1: a file of that name exists already").arg(path)};
        return nullptr;
    }
    if (!store->connect(error, true))
        return nullptr;
    // The header fields that identify a project (application_id, user_version) are written with a
    // rollback journal, so that they are in the main file before any write-ahead log exists: a
    // crash at any later moment leaves a file that is recognised as a Glossator project.
    const bool created = store->transaction([&] {
        for (const QString& statement : schema::creationStatements()) {
            if (!store->exec(statement))
                return false;
        }
        return store->exec(QStringLiteral("PRAGMA application_id = %1").arg(schema::applicationId)) &&
               store->exec(QStringLiteral("PRAGMA user_version = %1").arg(schema::currentVersion));
    });
    if (!created || !store->setInfo(QStringLiteral("created"), isoTime(QDateTime::currentDateTimeUtc()))) {
        *error = {ProjectError::Kind::Io, tr("%1: cannot create the project: %2").arg(path, store->lastError())};
        store.reset();
        QFile::remove(path);
        return nullptr;
    }
    store->enableWriteAheadLog();
    return store;
}

std::unique_ptr<ProjectStore> ProjectStore::open(const QString& path, Access access, ProjectError* error,
                                                 std::chrono::milliseconds lockWait)
{
    if ((*error = inspect(path)))
        return nullptr;
    std::unique_ptr<ProjectStore> store(new ProjectStore(path, access));
    if (access == Access::ReadWrite) {
        if (!store->lock(error, lockWait))
            return nullptr;
        // The writer that held the lock may have changed the file meanwhile; what counts is how it
        // is now that nobody else can write it.
        if ((*error = inspect(path)))
            return nullptr;
    }
    if ((*error = projectfile::checkWriteAheadLog(store->m_path, access == Access::ReadWrite)))
        return nullptr;
    if (!store->connect(error, false))
        return nullptr;
    return store;
}

std::unique_ptr<QLockFile> ProjectStore::lockForWriting(const QString& path, ProjectError* error,
                                                        std::chrono::milliseconds lockWait)
{
    ProjectStore store(path, Access::ReadWrite);
    if (!store.lock(error, lockWait))
        return nullptr;
    return std::move(store.m_lock);
}

std::unique_ptr<ProjectStore> ProjectStore::openLocked(const QString& path, std::unique_ptr<QLockFile> heldLock,
                                                       ProjectError* error)
{
    std::unique_ptr<ProjectStore> store(new ProjectStore(path, Access::ReadWrite));
    store->m_lock = std::move(heldLock);
    if ((*error = inspect(path)) || (*error = projectfile::checkWriteAheadLog(store->m_path, true)) ||
        !store->connect(error, false))
        return nullptr;
    return store;
}

namespace {

// Who holds a lock, for the message that says so. The holder writes its details just after it has
// created the lock file, so a reader can come between the two and find the file empty or half
// written; it reads again for a moment before it gives up on naming the holder.
QString lockHolder(const QLockFile& lock)
{
    for (int attempt = 0; attempt < 10; ++attempt) {
        qint64 pid = 0;
        QString host;
        QString application;
        if (lock.getLockInfo(&pid, &host, &application) && pid > 0 && !host.isEmpty())
            return ProjectStore::tr("process %1 on %2").arg(pid).arg(host);
        QThread::msleep(20);
    }
    return {};
}

bool lockHolderKnown(const QLockFile& lock)
{
    for (int attempt = 0; attempt < 3; ++attempt) {
        qint64 pid = 0;
        QString host;
        QString application;
        if (lock.getLockInfo(&pid, &host, &application) && pid > 0)
            return true;
        if (!QFileInfo::exists(lock.fileName()))
            return true; // gone meanwhile: the next attempt takes it
        QThread::msleep(30);
    }
    return false;
}

} // namespace

bool ProjectStore::lock(ProjectError* error, std::chrono::milliseconds wait)
{
    using namespace std::chrono_literals;
    m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    const QDeadlineTimer deadline(std::max(wait, 0ms));
    // tryLock removes a lock whose process has died, so a crash never leaves the project locked.
    // Waiting asks again at short, even intervals (QLockFile's own doubles them), so that a command
    // queued behind another starts soon after the other is done.
    while (!m_lock->tryLock(0)) {
        if (m_lock->error() != QLockFile::LockFailedError) {
            const QFileInfo folder(QFileInfo(m_path).absolutePath());
            *error = {ProjectError::Kind::Io,
                      !folder.isDir()        ? tr("%1: the folder %2 does not exist").arg(m_path, folder.filePath())
                      : !folder.isWritable() ? tr("%1: the folder %2 cannot be written to (a lock file is made beside "
                                                  "the project)")
                                                   .arg(m_path, folder.filePath())
                                             : tr("%1: cannot create the lock file beside it").arg(m_path),
                      m_path};
            m_lock.reset();
            return false;
        }
        // QLockFile takes a lock file that names nobody (empty, or garbage) for held until it is 30 s
        // old. One that still names nobody a moment later was left by a writer that died between
        // creating and filling it, or is not a lock file at all: nobody holds it. Removing it goes
        // through QLockFile, which fails while a live holder keeps the file open.
        if (!lockHolderKnown(*m_lock) && m_lock->removeStaleLockFile())
            continue;
        if (deadline.hasExpired()) {
            const QString holder = lockHolder(*m_lock);
            *error = {ProjectError::Kind::Locked,
                      holder.isEmpty()
                          ? tr("%1 is open in another Glossator; it can be opened read-only").arg(m_path)
                          : tr("%1 is open in another Glossator (%2); it can be opened read-only").arg(m_path, holder),
                      m_path};
            m_lock.reset();
            return false;
        }
        QThread::msleep(std::clamp<qint64>(deadline.remainingTime(), 1, 50));
    }
    return true;
}

bool ProjectStore::connect(ProjectError* error, bool isNew)
{
    ProjectError failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        // A reader of a writable file still connects read-write, made query-only, so that SQLite can
        // keep the log's shared index beside it and, as the last to close, remove an empty log. Only
        // a file the user may not write is opened with SQLite's read-only flag.
        if (m_access == Access::ReadOnly && !QFileInfo(m_path).isWritable())
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        int version = schema::currentVersion;
        if (!db.open()) {
            failure = {ProjectError::Kind::Io, tr("%1: cannot open: %2").arg(m_path, db.lastError().text()), m_path};
        } else if (!projectfile::harden(projectfile::handleOf(db))) {
            failure = {ProjectError::Kind::Io,
                       tr("%1: cannot be opened safely: this SQLite has no defensive mode").arg(m_path), m_path};
        } else {
            // Before the first statement that could run what the schema holds.
            if (!isNew && !inspect(m_path, &version))
                failure = projectfile::checkSchema(projectfile::handleOf(db), m_path, version);
        }
        if (db.isOpen() && !failure) {
            QSqlQuery check(db);
            if (m_access == Access::ReadOnly)
                check.exec(QStringLiteral("PRAGMA query_only = ON"));
            if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next() ||
                check.value(0).toString() != QLatin1String("ok")) {
                failure = {ProjectError::Kind::Damaged,
                           tr("%1: the project file is damaged (%2); the file was not changed")
                               .arg(m_path,
                                    check.lastError().isValid() ? check.lastError().text() : check.value(0).toString()),
                           m_path};
            }
        }
        // A refused file is left as it was: not even a log beside it is folded into it on close.
        if (failure && db.isOpen())
            sqlite3_db_config(projectfile::handleOf(db), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    }
    // The connection is removed only once no handle to it is left in this scope.
    if (failure) {
        *error = failure;
        close();
        return false;
    }
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = 2000"),
    };
    for (const QString& pragma : pragmas)
        exec(pragma);
    m_verified = true;
    // A new project switches once its header is written (see create()).
    m_writeAheadLogPending = m_access == Access::ReadWrite && !isNew;
    return true;
}

bool ProjectStore::enableWriteAheadLog()
{
    // WAL makes each commit one append and fsync; FULL syncs it before the commit returns, so an
    // edit reported done survives a crash of the program or the machine.
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const bool switched = query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && query.next() &&
                          query.value(0).toString() == QLatin1String("wal");
    exec(QStringLiteral("PRAGMA synchronous = FULL"));
    return switched;
}

void ProjectStore::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            // Back to a rollback journal so that a closed project is one file, with no WAL beside it.
            // While another connection is open this fails harmlessly; the last one to close succeeds.
            // A reader never does it: a read-only command leaves the file as it found it, byte for
            // byte. SQLite removes an empty log when the last connection closes; one with pages in it
            // (a writer's that crashed) it would fold into the file, so a reader leaves it for the
            // next writer.
            if (db.isOpen() && m_access == Access::ReadOnly && QFileInfo(m_path + QStringLiteral("-wal")).size() > 0)
                sqlite3_db_config(projectfile::handleOf(db), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
            if (db.isOpen() && m_access == Access::ReadWrite && m_verified) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next() &&
                    query.value(0).toString() == QLatin1String("wal")) {
                    query.exec(QStringLiteral("PRAGMA query_only = OFF"));
                    query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                    query.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

bool ProjectStore::exec(QSqlQuery& query)
{
    if (query.exec())
        return true;
    m_lastError = describeStoreError(query.lastError());
    return false;
}

bool ProjectStore::exec(const QString& statement)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(statement))
        return true;
    const QString described = describeStoreError(query.lastError());
    // A failure the user cannot cause says where it happened, for the report of a bug.
    m_lastError = described == query.lastError().text().trimmed()
                      ? tr("%1 (in: %2)").arg(described, statement.simplified().left(80))
                      : described;
    return false;
}

bool ProjectStore::transaction(const std::function<bool()>& work)
{
    if (m_access == Access::ReadOnly) {
        m_lastError = tr("the project is open read-only");
        return false;
    }
    // Inside an outer transaction the work joins it; the outermost one commits or rolls back.
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        const bool ok = work();
        --m_transactionDepth;
        return ok;
    }
    // The journal mode cannot change inside a transaction; a switch that fails (another connection
    // is busy) is tried again by the next write.
    if (m_writeAheadLogPending && enableWriteAheadLog())
        m_writeAheadLogPending = false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        m_lastError = describeStoreError(db.lastError());
        return false;
    }
    ++m_transactionDepth;
    // Every commit also writes the row that names the project (its creation stamp) anew, unchanged,
    // so that each transaction in the write-ahead log carries the page that says whose log it is:
    // that is how a log found beside a project is told to be its own (see WalCheck.cpp).
    const bool ok = work() && exec(QStringLiteral("REPLACE INTO project_info(key, value) SELECT key, value FROM "
                                                  "project_info WHERE key = 'created'"));
    --m_transactionDepth;
    if (!ok) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        m_lastError = describeStoreError(db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

bool ProjectStore::atomically(const std::function<bool()>& work)
{
    return transaction(work);
}

bool ProjectStore::copyTo(const QString& path) const
{
    // VACUUM INTO reads one snapshot, including what is still in the write-ahead log.
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(path);
    if (query.exec())
        return true;
    m_lastError = describeStoreError(query.lastError());
    return false;
}

QString ProjectStore::info(const QString& key) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT value FROM project_info WHERE key = ?"));
    query.addBindValue(text(key));
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool ProjectStore::setInfo(const QString& key, const QString& value)
{
    return transaction([&] {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("INSERT INTO project_info(key, value) VALUES (?, ?) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        query.addBindValue(text(key));
        query.addBindValue(text(value));
        return exec(query);
    });
}

} // namespace glossator
