#include "WalCheck.h"

#include "project/Schema.h"
#include "project/SchemaCheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QUrl>
#include <QtEndian>

#include <optional>
#include <sqlite3.h>

// The log's format is SQLite's (https://www.sqlite.org/fileformat2.html#walformat): a 32-byte header
// (magic, format version, page size, checkpoint sequence, two salts, a checksum of the header), then
// frames of a 24-byte header (page number, database size in pages for the frame that commits a
// transaction, the header's salts, a running checksum) and one page. Recovery applies the frames up
// to the last commit whose salts and checksums all hold, and stops at the first that does not.

namespace glossator::projectfile {

namespace {

struct LogContents {
    bool applied = false; // SQLite would replay at least one committed transaction
    quint32 pageSize = 0;
    QByteArray pageOne; // the last committed image of page 1, when the log has one
};

quint32 word(const char* bytes, bool bigEndian)
{
    return bigEndian ? qFromBigEndian<quint32>(bytes) : qFromLittleEndian<quint32>(bytes);
}

void addChecksum(const QByteArray& bytes, qsizetype size, bool bigEndian, quint32* s1, quint32* s2)
{
    for (qsizetype i = 0; i + 8 <= size; i += 8) {
        *s1 += word(bytes.constData() + i, bigEndian) + *s2;
        *s2 += word(bytes.constData() + i + 4, bigEndian) + *s1;
    }
}

LogContents readLog(QFile& log)
{
    LogContents contents;
    const QByteArray header = log.read(32);
    if (header.size() < 32)
        return contents;
    const quint32 magic = qFromBigEndian<quint32>(header.constData());
    if (magic != 0x377f0682 && magic != 0x377f0683)
        return contents;
    const bool bigEndian = magic & 1;
    const quint32 pageSize = qFromBigEndian<quint32>(header.constData() + 8);
    if (qFromBigEndian<quint32>(header.constData() + 4) != 3007000 || pageSize < 512 || pageSize > 65536 ||
        (pageSize & (pageSize - 1)) != 0)
        return contents;
    quint32 s1 = 0;
    quint32 s2 = 0;
    addChecksum(header, 24, bigEndian, &s1, &s2);
    if (s1 != qFromBigEndian<quint32>(header.constData() + 24) ||
        s2 != qFromBigEndian<quint32>(header.constData() + 28))
        return contents;
    contents.pageSize = pageSize;
    QByteArray latestPageOne;
    for (;;) {
        const QByteArray frame = log.read(24);
        const QByteArray page = log.read(pageSize);
        if (frame.size() < 24 || page.size() < qsizetype(pageSize))
            break;
        if (frame.mid(8, 8) != header.mid(16, 8))
            break;
        const quint32 pageNumber = qFromBigEndian<quint32>(frame.constData());
        if (pageNumber == 0)
            break;
        addChecksum(frame, 8, bigEndian, &s1, &s2);
        addChecksum(page, page.size(), bigEndian, &s1, &s2);
        if (s1 != qFromBigEndian<quint32>(frame.constData() + 16) ||
            s2 != qFromBigEndian<quint32>(frame.constData() + 20))
            break;
        if (pageNumber == 1)
            latestPageOne = page;
        if (qFromBigEndian<quint32>(frame.constData() + 4) != 0) {
            contents.applied = true;
            contents.pageOne = latestPageOne;
        }
    }
    return contents;
}

quint32 pageSizeOf(const QByteArray& header)
{
    const quint16 size = qFromBigEndian<quint16>(header.constData() + 16);
    return size == 1 ? 65536 : size;
}

// Whether a running copy of this very program on this machine holds the project's lock: then the
// log is that writer's own, which it checked when it opened the project.
bool ownWriterHolds(const QString& path)
{
    QLockFile lock(path + QStringLiteral(".lock"));
    qint64 pid = 0;
    QString host;
    QString application;
    if (!lock.getLockInfo(&pid, &host, &application) || pid <= 0 || host != QSysInfo::machineHostName())
        return false;
    if (pid == QCoreApplication::applicationPid())
        return true;
    const QString executable = QFileInfo(QStringLiteral("/proc/%1/exe").arg(pid)).canonicalFilePath();
    return !executable.isEmpty() &&
           executable == QFileInfo(QCoreApplication::applicationFilePath()).canonicalFilePath();
}

// The creation stamp the project keeps in project_info, read through a hardened connection; nothing
// when it cannot be read. `uri` names the database as SQLite's URI filenames do.
std::optional<QString> creationStamp(const QByteArray& uri, int flags)
{
    sqlite3* db = nullptr;
    std::optional<QString> stamp;
    if (sqlite3_open_v2(uri.constData(), &db, flags | SQLITE_OPEN_URI, nullptr) == SQLITE_OK && harden(db)) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT value FROM main.project_info WHERE key = 'created'", -1, &statement,
                               nullptr) == SQLITE_OK) {
            const int result = sqlite3_step(statement);
            if (result == SQLITE_ROW)
                stamp = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
            else if (result == SQLITE_DONE)
                stamp = QString();
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return stamp;
}

QByteArray uriOf(const QString& path, const char* parameters = nullptr)
{
    QByteArray uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded();
    if (parameters)
        uri += parameters;
    return uri;
}

} // namespace

ProjectError checkWriteAheadLog(const QString& path, bool callerHoldsLock)
{
    const QString logPath = path + QStringLiteral("-wal");
    QFile log(logPath);
    if (!log.exists())
        return {};
    if (!log.open(QIODevice::ReadOnly))
        return {ProjectError::Kind::Io,
                ProjectStore::tr("%1: cannot be read: %2; the project was not opened").arg(logPath, log.errorString()),
                path};
    const LogContents contents = readLog(log);
    log.close();
    if (!contents.applied)
        return {};

    const auto foreign = [&](const QString& reason) {
        return ProjectError{ProjectError::Kind::Foreign,
                            ProjectStore::tr("%1: the write-ahead log beside it, %2, is another database's (%3), so "
                                             "the project is not opened; neither file was changed. Move %2 away if "
                                             "it is not this project's")
                                .arg(path, logPath, reason),
                            path};
    };
    QFile database(path);
    if (!database.open(QIODevice::ReadOnly))
        return {ProjectError::Kind::Io, ProjectStore::tr("%1: cannot be read: %2").arg(path, database.errorString()),
                path};
    const QByteArray header = database.read(100);
    database.close();
    if (header.size() < 100)
        return {};
    if (contents.pageSize != pageSizeOf(header))
        return foreign(ProjectStore::tr("its pages are of %1 bytes, the project's of %2")
                           .arg(contents.pageSize)
                           .arg(pageSizeOf(header)));
    if (!contents.pageOne.isEmpty()) {
        const QByteArray& first = contents.pageOne;
        const auto application = qFromBigEndian<qint32>(first.constData() + 68);
        const auto version = qFromBigEndian<qint32>(first.constData() + 60);
        if (!first.startsWith(QByteArray("SQLite format 3", 16)) || pageSizeOf(first) != contents.pageSize)
            return foreign(ProjectStore::tr("its first page is not a database header"));
        if (application != schema::applicationId)
            return foreign(ProjectStore::tr("its first page has application id %1").arg(application));
        if (version < 1 || version > schema::currentVersion)
            return foreign(ProjectStore::tr("its first page has schema version %1").arg(version));
    }
    if (!callerHoldsLock && ownWriterHolds(path))
        return {};

    // The log is judged by the project it makes: read through it, in a copy of both files, the
    // project must be the one the file alone is, created at the same moment.
    const std::optional<QString> alone = creationStamp(uriOf(path, "?immutable=1"), SQLITE_OPEN_READONLY);
    // A checkpoint cut short can leave the file readable only together with its log.
    if (!alone)
        return {};
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("project.glossa"));
    if (!scratch.isValid() || !QFile::copy(path, copy) || !QFile::copy(logPath, copy + QStringLiteral("-wal")))
        return {ProjectError::Kind::Io,
                ProjectStore::tr("%1: cannot check the write-ahead log beside it (no room for a copy)").arg(path),
                path};
    const std::optional<QString> logged = creationStamp(uriOf(copy), SQLITE_OPEN_READWRITE);
    if (!logged)
        return foreign(ProjectStore::tr("the project cannot be read with it"));
    if (*logged != *alone)
        return foreign(ProjectStore::tr("it makes a project created %1; this one was created %2")
                           .arg(logged->isEmpty() ? ProjectStore::tr("at an unknown time") : *logged,
                                alone->isEmpty() ? ProjectStore::tr("at an unknown time") : *alone));
    return {};
}

} // namespace glossator::projectfile
