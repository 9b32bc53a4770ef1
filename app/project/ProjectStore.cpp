#include "ProjectStore.h"

#include "model/DocumentJson.h"
#include "project/Schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtEndian>

#include <sqlite3.h>

namespace glossator {

namespace {

constexpr char sqliteMagic[] = "SQLite format 3";

QString isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// QtSql binds a null QString as NULL; NOT NULL text columns get an empty string instead.
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QString blocksText(const QList<Block>& blocks)
{
    return QString::fromUtf8(QJsonDocument(blocksToJson(blocks)).toJson(QJsonDocument::Compact));
}

// Reads the block lists that blocksText() writes (an array of flat objects whose values are strings
// or whole numbers) straight from the text. Opening a thread of a hundred thousand comments reads as
// many of them, and a general JSON parser spends most of the time it takes to load a document on
// them. Gives up, so that the general parser reads it, on anything it was not written for.
class BlockReader {
public:
    explicit BlockReader(QStringView json)
        : m_json(json)
    {}

    std::optional<QList<Block>> read()
    {
        QList<Block> blocks;
        if (!take(u'['))
            return std::nullopt;
        if (!take(u']')) {
            do {
                Block block;
                if (!readObject(&block))
                    return std::nullopt;
                blocks.append(std::move(block));
            } while (take(u','));
            if (!take(u']'))
                return std::nullopt;
        }
        skipSpace();
        if (m_pos != m_json.size())
            return std::nullopt;
        return blocks;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_json.size() &&
               (m_json[m_pos] == u' ' || m_json[m_pos] == u'\n' || m_json[m_pos] == u'\r' || m_json[m_pos] == u'\t'))
            ++m_pos;
    }

    bool take(char16_t c)
    {
        skipSpace();
        if (m_pos < m_json.size() && m_json[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    bool peek(char16_t c)
    {
        skipSpace();
        return m_pos < m_json.size() && m_json[m_pos] == c;
    }

    bool readObject(Block* block)
    {
        if (!take(u'{'))
            return false;
        if (take(u'}'))
            return true;
        do {
            QString key;
            if (!readString(&key) || !take(u':'))
                return false;
            if (key == QLatin1String("level")) {
                if (!readInteger(&block->level))
                    return false;
                continue;
            }
            QString value;
            if (!readString(&value))
                return false;
            if (key == QLatin1String("text"))
                block->text = std::move(value);
            else if (key == QLatin1String("kind"))
                block->kind = kindFromName(value);
            else if (key == QLatin1String("language"))
                block->language = std::move(value);
            else
                return false;
        } while (take(u','));
        return take(u'}');
    }

    static Block::Kind kindFromName(const QString& name)
    {
        if (name == QLatin1String("code"))
            return Block::Kind::Code;
        if (name == QLatin1String("quote"))
            return Block::Kind::Quote;
        if (name == QLatin1String("heading"))
            return Block::Kind::Heading;
        if (name == QLatin1String("list-item"))
            return Block::Kind::ListItem;
        return Block::Kind::Paragraph;
    }

    bool readInteger(int* value)
    {
        skipSpace();
        const bool negative = m_pos < m_json.size() && m_json[m_pos] == u'-';
        if (negative)
            ++m_pos;
        int digits = 0;
        int number = 0;
        while (m_pos < m_json.size() && m_json[m_pos] >= u'0' && m_json[m_pos] <= u'9' && digits < 9) {
            number = number * 10 + (m_json[m_pos++].unicode() - u'0');
            ++digits;
        }
        // A fraction, an exponent or a longer number is the general parser's to read.
        if (digits == 0 || (m_pos < m_json.size() && (m_json[m_pos].isLetterOrNumber() || m_json[m_pos] == u'.')))
            return false;
        *value = negative ? -number : number;
        return true;
    }

    static int hexDigit(QChar c)
    {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            return u - u'0';
        if (u >= u'a' && u <= u'f')
            return u - u'a' + 10;
        if (u >= u'A' && u <= u'F')
            return u - u'A' + 10;
        return -1;
    }

    bool readString(QString* value)
    {
        if (!peek(u'"'))
            return false;
        const qsizetype start = ++m_pos;
        while (m_pos < m_json.size() && m_json[m_pos] != u'"' && m_json[m_pos] != u'\\')
            ++m_pos;
        if (m_pos >= m_json.size())
            return false;
        if (m_json[m_pos] == u'"') {
            *value = m_json.sliced(start, m_pos - start).toString();
            ++m_pos;
            return true;
        }
        QString text = m_json.sliced(start, m_pos - start).toString();
        while (m_pos < m_json.size()) {
            const qsizetype run = m_pos;
            while (m_pos < m_json.size() && m_json[m_pos] != u'"' && m_json[m_pos] != u'\\')
                ++m_pos;
            text += m_json.sliced(run, m_pos - run);
            if (m_pos >= m_json.size())
                return false;
            if (m_json[m_pos] == u'"') {
                ++m_pos;
                *value = std::move(text);
                return true;
            }
            if (++m_pos >= m_json.size())
                return false;
            switch (m_json[m_pos++].unicode()) {
            case u'"':
                text += u'"';
                break;
            case u'\\':
                text += u'\\';
                break;
            case u'/':
                text += u'/';
                break;
            case u'b':
                text += u'\b';
                break;
            case u'f':
                text += u'\f';
                break;
            case u'n':
                text += u'\n';
                break;
            case u'r':
                text += u'\r';
                break;
            case u't':
                text += u'\t';
                break;
            case u'u': {
                if (m_pos + 4 > m_json.size())
                    return false;
                char16_t code = 0;
                for (int d = 0; d < 4; ++d) {
                    const int digit = hexDigit(m_json[m_pos++]);
                    if (digit < 0)
                        return false;
                    code = char16_t(code * 16 + digit);
                }
                // Characters outside the basic plane come as two escapes, one per surrogate.
                text += QChar(code);
                break;
            }
            default:
                return false;
            }
        }
        return false;
    }

    QStringView m_json;
    qsizetype m_pos = 0;
};

// One row of a document's comments as stored.
struct CommentColumns {
    qint64 id = 0;
    QString sourceId;
    qint64 parentId = 0;
    QString author;
    QString published;
    QString publishedText;
    std::optional<int> score;
    QString blocks;
};

// Reads rows of comments (the columns of CommentColumns, one parameter bound to `value`) through a
// read-only SQLite connection of its own. QtSql turns every column of every row into a QVariant of
// UTF-16 text first, which for the hundred thousand comments of a long thread takes longer than
// all the rest of opening it. Says false, having read nothing or part, when it cannot be done.
template <typename Row>
bool readCommentsDirectly(const QString& path, const QString& select, qint64 value, Row&& row)
{
    sqlite3* db = nullptr;
    const auto closeDb = qScopeGuard([&] { sqlite3_close(db); });
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return false;
    sqlite3_busy_timeout(db, 2000);
    sqlite3_stmt* statement = nullptr;
    const auto finalize = qScopeGuard([&] { sqlite3_finalize(statement); });
    const QByteArray sql = select.toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK ||
        sqlite3_bind_int64(statement, 1, value) != SQLITE_OK)
        return false;
    const auto text = [&](int column) {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
        return data ? QString::fromUtf8(data, sqlite3_column_bytes(statement, column)) : QString();
    };
    int result = SQLITE_ROW;
    while ((result = sqlite3_step(statement)) == SQLITE_ROW) {
        row(CommentColumns{
            sqlite3_column_int64(statement, 0), text(1), sqlite3_column_int64(statement, 2), text(3), text(4), text(5),
            sqlite3_column_type(statement, 6) == SQLITE_NULL ? std::nullopt
                                                             : std::optional<int>(sqlite3_column_int(statement, 6)),
            text(7)});
    }
    return result == SQLITE_DONE;
}

QList<Block> blocksFromText(const QString& json)
{
    if (std::optional<QList<Block>> blocks = BlockReader(json).read())
        return *std::move(blocks);
    return blocksFromJson(QJsonDocument::fromJson(json.toUtf8()).array());
}

} // namespace

TextRange TextRange::fromText(const QString& text, int start, int end)
{
    TextRange range;
    range.start = start;
    range.end = end;
    range.exact = text.mid(start, end - start);
    // The context never ends inside a surrogate pair: half a character would not survive storage
    // as the same text, and a quote selector must match the text exactly.
    int prefixStart = std::max(0, start - contextLength);
    if (prefixStart > 0 && prefixStart < text.size() && text.at(prefixStart).isLowSurrogate())
        ++prefixStart;
    range.prefix = text.mid(prefixStart, start - prefixStart);
    int suffixLength = std::min(contextLength, int(text.size()) - end);
    if (suffixLength > 0 && text.at(end + suffixLength - 1).isHighSurrogate())
        --suffixLength;
    range.suffix = text.mid(end, std::max(suffixLength, 0));
    return range;
}

namespace {

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

std::unique_ptr<ProjectStore> ProjectStore::create(const QString& path, ProjectError* error)
{
    if (QFileInfo::exists(path)) {
        *error = {ProjectError::Kind::Invalid, tr("%1: a file of that name exists already").arg(path)};
        return nullptr;
    }
    std::unique_ptr<ProjectStore> store(new ProjectStore(path, Access::ReadWrite));
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

std::unique_ptr<ProjectStore> ProjectStore::open(const QString& path, Access access, ProjectError* error)
{
    if ((*error = inspect(path)))
        return nullptr;
    std::unique_ptr<ProjectStore> store(new ProjectStore(path, access));
    if (!store->connect(error, false))
        return nullptr;
    return store;
}

bool ProjectStore::connect(ProjectError* error, bool isNew)
{
    if (m_access == Access::ReadWrite) {
        m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
        // tryLock removes a lock whose process has died, so a crash never leaves the project locked.
        if (!m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host;
            QString application;
            m_lock->getLockInfo(&pid, &host, &application);
            *error = {m_lock->error() == QLockFile::LockFailedError ? ProjectError::Kind::Locked
                                                                    : ProjectError::Kind::Io,
                      m_lock->error() == QLockFile::LockFailedError
                          ? tr("%1 is open in another Glossator (process %2 on %3); it can be opened read-only")
                                .arg(m_path)
                                .arg(pid)
                                .arg(host)
                          : tr("%1: cannot create the lock file beside it").arg(m_path),
                      m_path};
            m_lock.reset();
            return false;
        }
    }

    ProjectError failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        // A reader of a writable file still connects read-write, made query-only, so that when it is
        // the last to close it can fold the write-ahead log back and leave one file. Only a file
        // the user may not write is opened with SQLite's read-only flag.
        if (m_access == Access::ReadOnly && !QFileInfo(m_path).isWritable())
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            failure = {ProjectError::Kind::Io, tr("%1: cannot open: %2").arg(m_path, db.lastError().text()), m_path};
        } else {
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
    if (m_access == Access::ReadWrite && !isNew)
        enableWriteAheadLog();
    return true;
}

void ProjectStore::enableWriteAheadLog()
{
    // WAL makes each commit one append and fsync; FULL syncs it before the commit returns, so an
    // edit reported done survives a crash of the program or the machine.
    exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    exec(QStringLiteral("PRAGMA synchronous = FULL"));
}

void ProjectStore::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen() && !db.connectOptions().contains(QLatin1String("QSQLITE_OPEN_READONLY"))) {
                // Back to a rollback journal so that a closed project is one file, with no WAL beside it.
                // While another connection is open this fails harmlessly; the last one to close succeeds.
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
    m_lastError = query.lastError().text();
    return false;
}

bool ProjectStore::exec(const QString& statement)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(statement))
        return true;
    m_lastError = tr("%1 (in: %2)").arg(query.lastError().text(), statement.simplified().left(80));
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
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        m_lastError = db.lastError().text();
        return false;
    }
    ++m_transactionDepth;
    const bool ok = work();
    --m_transactionDepth;
    if (!ok) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        m_lastError = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool ProjectStore::atomically(const std::function<bool()>& work)
{
    return transaction(work);
}

bool ProjectStore::copyTo(const QString& path)
{
    // VACUUM INTO reads one snapshot, including what is still in the write-ahead log.
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(path);
    return exec(query);
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

std::optional<qint64> ProjectStore::addDocument(const Document& document, const Provenance& provenance)
{
    qint64 documentId = 0;
    const bool ok = transaction([&] {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "INSERT INTO documents(position, title, source, author, url, published, text, blocks, format, "
            "declared_comment_count, original_file_name, original_sha256, original_bytes, imported_at) "
            "VALUES ((SELECT ifnull(max(position), -1) + 1 FROM documents), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const Article& article = document.article;
        query.addBindValue(text(article.title));
        query.addBindValue(text(article.source));
        query.addBindValue(text(article.author));
        query.addBindValue(text(article.url));
        query.addBindValue(nullable(isoTime(article.published)));
        query.addBindValue(text(plainText(article.blocks)));
        query.addBindValue(blocksText(article.blocks));
        query.addBindValue(text(document.format));
        query.addBindValue(document.declaredCommentCount ? QVariant(*document.declaredCommentCount) : QVariant());
        query.addBindValue(text(provenance.fileName));
        query.addBindValue(
            QString::fromLatin1(QCryptographicHash::hash(provenance.bytes, QCryptographicHash::Sha256).toHex()));
        query.addBindValue(provenance.bytes);
        query.addBindValue(
            isoTime(provenance.importedAt.isValid() ? provenance.importedAt : QDateTime::currentDateTimeUtc()));
        if (!exec(query))
            return false;
        documentId = query.lastInsertId().toLongLong();

        QSqlQuery notice(db);
        notice.prepare(
            QStringLiteral("INSERT INTO import_notices(document_id, severity, line, message) VALUES (?, ?, ?, ?)"));
        for (const ImportNotice& n : document.notices) {
            notice.addBindValue(documentId);
            notice.addBindValue(n.severity == ImportNotice::Severity::Warning ? QStringLiteral("warning")
                                                                              : QStringLiteral("info"));
            notice.addBindValue(n.line);
            notice.addBindValue(text(n.message));
            if (!exec(notice))
                return false;
        }

        QHash<QString, qint64> idBySource;
        QSqlQuery comment(db);
        comment.prepare(QStringLiteral(
            "INSERT INTO comments(document_id, position, source_id, parent_id, author, published, published_text, "
            "score, text, blocks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < document.comments.size(); ++i) {
            const Comment& c = document.comments.at(i);
            comment.addBindValue(documentId);
            comment.addBindValue(i);
            comment.addBindValue(c.id);
            comment.addBindValue(nullableId(idBySource.value(c.parentId)));
            comment.addBindValue(text(c.author));
            comment.addBindValue(nullable(isoTime(c.published)));
            comment.addBindValue(text(c.publishedText));
            comment.addBindValue(c.score ? QVariant(*c.score) : QVariant());
            comment.addBindValue(text(plainText(c.blocks)));
            comment.addBindValue(blocksText(c.blocks));
            if (!exec(comment))
                return false;
            idBySource.insert(c.id, comment.lastInsertId().toLongLong());
        }
        return true;
    });
    return ok ? std::optional<qint64>(documentId) : std::nullopt;
}

QList<DocumentSummary> ProjectStore::documents() const
{
    QList<DocumentSummary> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT d.id, d.title, d.format, "
                                   "(SELECT count(*) FROM comments c WHERE c.document_id = d.id), "
                                   "(SELECT count(*) FROM annotations a WHERE a.document_id = d.id) "
                                   "FROM documents d ORDER BY d.position"))) {
        m_lastError = query.lastError().text();
        return result;
    }
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toInt(), query.value(4).toInt()});
    }
    return result;
}

std::optional<Provenance> ProjectStore::provenance(qint64 documentId, bool withBytes) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(withBytes ? QStringLiteral("SELECT original_file_name, imported_at, original_bytes "
                                             "FROM documents WHERE id = ?")
                            : QStringLiteral("SELECT original_file_name, imported_at FROM documents WHERE id = ?"));
    query.addBindValue(documentId);
    if (!query.exec() || !query.next()) {
        m_lastError = tr("there is no document %1").arg(documentId);
        return std::nullopt;
    }
    Provenance provenance;
    provenance.fileName = query.value(0).toString();
    provenance.importedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    if (withBytes)
        provenance.bytes = query.value(2).toByteArray();
    return provenance;
}

std::optional<StoredDocument> ProjectStore::loadDocument(qint64 id) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT title, source, author, url, published, blocks, format, "
                                 "declared_comment_count FROM documents WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        m_lastError = tr("there is no document %1").arg(id);
        return std::nullopt;
    }
    StoredDocument stored;
    stored.id = id;
    Document& document = stored.document;
    document.article.title = query.value(0).toString();
    document.article.source = query.value(1).toString();
    document.article.author = query.value(2).toString();
    document.article.url = query.value(3).toString();
    document.article.published = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
    document.article.blocks = blocksFromText(query.value(5).toString());
    document.format = query.value(6).toString();
    if (!query.value(7).isNull())
        document.declaredCommentCount = query.value(7).toInt();

    QSqlQuery notices(db);
    notices.prepare(
        QStringLiteral("SELECT severity, line, message FROM import_notices WHERE document_id = ? ORDER BY id"));
    notices.addBindValue(id);
    notices.exec();
    while (notices.next()) {
        document.notices.append({notices.value(0).toString() == QLatin1String("warning")
                                     ? ImportNotice::Severity::Warning
                                     : ImportNotice::Severity::Info,
                                 notices.value(1).toInt(), notices.value(2).toString()});
    }

    QSqlQuery count(db);
    count.prepare(QStringLiteral("SELECT count(*) FROM comments WHERE document_id = ?"));
    count.addBindValue(id);
    if (count.exec() && count.next()) {
        document.comments.reserve(count.value(0).toInt());
        stored.commentIds.reserve(count.value(0).toInt());
    }

    // Parents are found by their database id rather than joined in, so that a reply's parent id
    // shares the text of the parent's own id instead of being read again.
    QList<qint64> parentIds;
    parentIds.reserve(stored.commentIds.capacity());
    const auto add = [&](CommentColumns&& row) {
        Comment comment;
        stored.commentIds.append(row.id);
        comment.id = std::move(row.sourceId);
        parentIds.append(row.parentId);
        comment.author = std::move(row.author);
        comment.published = QDateTime::fromString(row.published, Qt::ISODateWithMs);
        comment.publishedText = std::move(row.publishedText);
        comment.score = row.score;
        comment.blocks = blocksFromText(row.blocks);
        document.comments.append(std::move(comment));
    };
    const QString select = QStringLiteral("SELECT id, source_id, ifnull(parent_id, 0), author, published, "
                                          "published_text, score, blocks FROM comments WHERE document_id = ? "
                                          "ORDER BY position");
    // Inside a transaction of this connection, only this connection sees what it wrote.
    if (m_transactionDepth > 0 || !readCommentsDirectly(m_path, select, id, add)) {
        document.comments.clear();
        stored.commentIds.clear();
        parentIds.clear();
        QSqlQuery comments(db);
        comments.setForwardOnly(true);
        comments.prepare(select);
        comments.addBindValue(id);
        comments.exec();
        while (comments.next()) {
            add({comments.value(0).toLongLong(), comments.value(1).toString(), comments.value(2).toLongLong(),
                 comments.value(3).toString(), comments.value(4).toString(), comments.value(5).toString(),
                 comments.value(6).isNull() ? std::nullopt : std::optional<int>(comments.value(6).toInt()),
                 comments.value(7).toString()});
        }
    }
    QHash<qint64, qsizetype> positionOf;
    positionOf.reserve(stored.commentIds.size());
    for (qsizetype i = 0; i < stored.commentIds.size(); ++i)
        positionOf.insert(stored.commentIds.at(i), i);
    for (qsizetype i = 0; i < parentIds.size(); ++i) {
        if (parentIds.at(i) == 0)
            continue;
        const auto parent = positionOf.constFind(parentIds.at(i));
        if (parent != positionOf.cend())
            document.comments[i].parentId = document.comments.at(*parent).id;
    }
    return stored;
}

std::optional<qint64> ProjectStore::commentIdForSourceId(qint64 documentId, const QString& sourceId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT id FROM comments WHERE document_id = ? AND source_id = ?"));
    query.addBindValue(documentId);
    query.addBindValue(sourceId);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

QString ProjectStore::targetText(qint64 documentId, qint64 commentId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (commentId > 0) {
        query.prepare(QStringLiteral("SELECT text FROM comments WHERE id = ? AND document_id = ?"));
        query.addBindValue(commentId);
        query.addBindValue(documentId);
    } else {
        query.prepare(QStringLiteral("SELECT text FROM documents WHERE id = ?"));
        query.addBindValue(documentId);
    }
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

std::optional<qint64> ProjectStore::addTag(const Tag& tag)
{
    qint64 id = 0;
    const bool ok = transaction([&] {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral(
            "INSERT INTO tags(id, parent_id, name, color, description, position) VALUES (?, ?, ?, ?, ?, "
            "coalesce(?, (SELECT ifnull(max(position), -1) + 1 FROM tags WHERE ifnull(parent_id, 0) = ?)))"));
        query.addBindValue(nullableId(tag.id));
        query.addBindValue(nullableId(tag.parentId));
        query.addBindValue(text(tag.name.trimmed()));
        query.addBindValue(tag.color.name(QColor::HexRgb));
        query.addBindValue(text(tag.description));
        query.addBindValue(tag.id > 0 ? QVariant(tag.position) : QVariant());
        query.addBindValue(tag.parentId);
        if (!exec(query))
            return false;
        id = query.lastInsertId().toLongLong();
        return true;
    });
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

bool ProjectStore::updateTag(const Tag& tag)
{
    return transaction([&] {
        // The codebook stays a tree: the new parent must not be the tag or one of its descendants.
        if (tag.parentId > 0) {
            QSqlQuery ancestors(QSqlDatabase::database(m_connectionName, false));
            ancestors.prepare(QStringLiteral("WITH RECURSIVE chain(id) AS (SELECT ? UNION SELECT t.parent_id FROM tags "
                                             "t JOIN chain c ON t.id = c.id "
                                             "WHERE t.parent_id IS NOT NULL) SELECT count(*) FROM chain WHERE id = ?"));
            ancestors.addBindValue(tag.parentId);
            ancestors.addBindValue(tag.id);
            if (!exec(ancestors) || !ancestors.next())
                return false;
            if (ancestors.value(0).toInt() > 0) {
                m_lastError = tr("a tag cannot be placed under itself or one of its sub-tags");
                return false;
            }
        }
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral(
            "UPDATE tags SET parent_id = ?, name = ?, color = ?, description = ?, position = ? WHERE id = ?"));
        query.addBindValue(nullableId(tag.parentId));
        query.addBindValue(text(tag.name.trimmed()));
        query.addBindValue(tag.color.name(QColor::HexRgb));
        query.addBindValue(text(tag.description));
        query.addBindValue(tag.position);
        query.addBindValue(tag.id);
        return exec(query) && query.numRowsAffected() == 1;
    });
}

bool ProjectStore::removeTag(qint64 id)
{
    return transaction([&] {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("DELETE FROM tags WHERE id = ?"));
        query.addBindValue(id);
        return exec(query) && query.numRowsAffected() == 1;
    });
}

QList<TagUsage> ProjectStore::tags() const
{
    QList<TagUsage> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.exec(QStringLiteral("SELECT t.id, ifnull(t.parent_id, 0), t.name, t.color, t.description, t.position, "
                              "(SELECT count(*) FROM annotation_tags at WHERE at.tag_id = t.id) "
                              "FROM tags t ORDER BY ifnull(t.parent_id, 0), t.position, t.id"));
    while (query.next()) {
        Tag tag{query.value(0).toLongLong(),       query.value(1).toLongLong(), query.value(2).toString(),
                QColor(query.value(3).toString()), query.value(4).toString(),   query.value(5).toInt()};
        result.append({tag, query.value(6).toInt()});
    }
    return result;
}

std::optional<Tag> ProjectStore::tagByPath(const QString& name, qint64 parentId) const
{
    for (const TagUsage& usage : tags()) {
        if (usage.tag.parentId == parentId && usage.tag.name == name)
            return usage.tag;
    }
    return std::nullopt;
}

std::optional<qint64> ProjectStore::addAnnotation(const Annotation& annotation)
{
    if (annotation.commentId > 0) {
        QSqlQuery owner(QSqlDatabase::database(m_connectionName, false));
        owner.prepare(QStringLiteral("SELECT 1 FROM comments WHERE id = ? AND document_id = ?"));
        owner.addBindValue(annotation.commentId);
        owner.addBindValue(annotation.documentId);
        if (!owner.exec() || !owner.next()) {
            m_lastError = tr("document %1 has no comment %2").arg(annotation.documentId).arg(annotation.commentId);
            return std::nullopt;
        }
    }
    if (annotation.range) {
        const QString text = targetText(annotation.documentId, annotation.commentId);
        const TextRange& range = *annotation.range;
        if (range.start < 0 || range.end > text.size() || range.start > range.end) {
            m_lastError = tr("the range %1–%2 lies outside the text, which has %3 characters")
                              .arg(range.start)
                              .arg(range.end)
                              .arg(text.size());
            return std::nullopt;
        }
    }
    qint64 id = 0;
    const bool ok = transaction([&] {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "INSERT INTO annotations(id, document_id, comment_id, range_start, range_end, exact, prefix, suffix, "
            "note, coder, created, modified, orphaned) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        query.addBindValue(nullableId(annotation.id));
        query.addBindValue(annotation.documentId);
        query.addBindValue(nullableId(annotation.commentId));
        const auto& range = annotation.range;
        query.addBindValue(range ? QVariant(range->start) : QVariant());
        query.addBindValue(range ? QVariant(range->end) : QVariant());
        query.addBindValue(range ? text(range->exact) : QVariant());
        query.addBindValue(range ? text(range->prefix) : QVariant());
        query.addBindValue(range ? text(range->suffix) : QVariant());
        query.addBindValue(text(annotation.note));
        query.addBindValue(text(annotation.coder));
        query.addBindValue(isoTime(annotation.created.isValid() ? annotation.created : now));
        query.addBindValue(isoTime(annotation.modified.isValid() ? annotation.modified : now));
        query.addBindValue(annotation.orphaned ? 1 : 0);
        if (!exec(query))
            return false;
        id = query.lastInsertId().toLongLong();
        QSqlQuery tag(db);
        tag.prepare(QStringLiteral("INSERT INTO annotation_tags(annotation_id, tag_id) VALUES (?, ?)"));
        for (const qint64 tagId : annotation.tagIds) {
            tag.addBindValue(id);
            tag.addBindValue(tagId);
            if (!exec(tag))
                return false;
        }
        return true;
    });
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

bool ProjectStore::updateAnnotation(const Annotation& annotation)
{
    return transaction([&] {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE annotations SET note = ?, modified = ?, orphaned = ? WHERE id = ?"));
        query.addBindValue(text(annotation.note));
        query.addBindValue(isoTime(QDateTime::currentDateTimeUtc()));
        query.addBindValue(annotation.orphaned ? 1 : 0);
        query.addBindValue(annotation.id);
        if (!exec(query) || query.numRowsAffected() != 1)
            return false;
        QSqlQuery clear(db);
        clear.prepare(QStringLiteral("DELETE FROM annotation_tags WHERE annotation_id = ?"));
        clear.addBindValue(annotation.id);
        if (!exec(clear))
            return false;
        QSqlQuery tag(db);
        tag.prepare(QStringLiteral("INSERT INTO annotation_tags(annotation_id, tag_id) VALUES (?, ?)"));
        for (const qint64 tagId : annotation.tagIds) {
            tag.addBindValue(annotation.id);
            tag.addBindValue(tagId);
            if (!exec(tag))
                return false;
        }
        return true;
    });
}

bool ProjectStore::removeAnnotation(qint64 id)
{
    return transaction([&] {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("DELETE FROM annotations WHERE id = ?"));
        query.addBindValue(id);
        return exec(query) && query.numRowsAffected() == 1;
    });
}

std::optional<Annotation> ProjectStore::annotation(qint64 id) const
{
    const QList<Annotation> found = queryAnnotations(QStringLiteral("a.id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional<Annotation>(found.first());
}

QList<Annotation> ProjectStore::annotations(qint64 documentId) const
{
    return queryAnnotations(QStringLiteral("a.document_id = ?"), documentId);
}

QList<Annotation> ProjectStore::queryAnnotations(const QString& condition, qint64 value) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT a.id, ifnull(a.comment_id, 0), a.range_start, a.range_end, a.exact, a.prefix, a.suffix, "
                       "a.note, a.coder, a.created, a.modified, a.orphaned, "
                       "(SELECT group_concat(tag_id) FROM annotation_tags WHERE annotation_id = a.id), a.document_id "
                       "FROM annotations a WHERE ") +
        condition + QStringLiteral(" ORDER BY a.id"));
    query.addBindValue(value);
    QList<Annotation> result;
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return result;
    }
    while (query.next()) {
        Annotation a;
        a.id = query.value(0).toLongLong();
        a.documentId = query.value(13).toLongLong();
        a.commentId = query.value(1).toLongLong();
        if (!query.value(2).isNull()) {
            a.range = TextRange{query.value(2).toInt(), query.value(3).toInt(), query.value(4).toString(),
                                query.value(5).toString(), query.value(6).toString()};
        }
        a.note = query.value(7).toString();
        a.coder = query.value(8).toString();
        a.created = QDateTime::fromString(query.value(9).toString(), Qt::ISODateWithMs);
        a.modified = QDateTime::fromString(query.value(10).toString(), Qt::ISODateWithMs);
        a.orphaned = query.value(11).toInt() != 0;
        const QString tagList = query.value(12).toString();
        for (const QStringView tag : QStringTokenizer(tagList, QLatin1Char(','), Qt::SkipEmptyParts))
            a.tagIds.append(tag.toLongLong());
        std::sort(a.tagIds.begin(), a.tagIds.end());
        result.append(a);
    }
    return result;
}

QStringList ProjectStore::coders() const
{
    QStringList names;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(QStringLiteral("SELECT DISTINCT coder FROM annotations WHERE coder <> '' ORDER BY coder"))) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}

int ProjectStore::annotationCount() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return query.exec(QStringLiteral("SELECT count(*) FROM annotations")) && query.next() ? query.value(0).toInt() : 0;
}

bool ProjectStore::updateDocumentMetadata(qint64 documentId, const Article& metadata)
{
    return transaction([&] {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral(
            "UPDATE documents SET title = ?, source = ?, author = ?, url = ?, published = ? WHERE id = ?"));
        query.addBindValue(text(metadata.title));
        query.addBindValue(text(metadata.source));
        query.addBindValue(text(metadata.author));
        query.addBindValue(text(metadata.url));
        query.addBindValue(nullable(isoTime(metadata.published)));
        query.addBindValue(documentId);
        if (!exec(query))
            return false;
        if (query.numRowsAffected() != 1) {
            m_lastError = tr("there is no document %1").arg(documentId);
            return false;
        }
        return true;
    });
}

bool ProjectStore::setTargetBlocks(qint64 documentId, qint64 commentId, const QList<Block>& blocks)
{
    return transaction([&] {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        if (commentId > 0) {
            query.prepare(QStringLiteral("UPDATE comments SET text = ?, blocks = ? WHERE id = ? AND document_id = ?"));
        } else {
            query.prepare(QStringLiteral("UPDATE documents SET text = ?, blocks = ? WHERE id = ?"));
        }
        query.addBindValue(text(plainText(blocks)));
        query.addBindValue(blocksText(blocks));
        if (commentId > 0)
            query.addBindValue(commentId);
        query.addBindValue(documentId);
        if (!exec(query))
            return false;
        if (query.numRowsAffected() != 1) {
            m_lastError = tr("there is no such target in document %1").arg(documentId);
            return false;
        }
        return true;
    });
}

std::optional<Tag> ProjectStore::tag(qint64 id) const
{
    for (const TagUsage& usage : tags()) {
        if (usage.tag.id == id)
            return usage.tag;
    }
    return std::nullopt;
}

QList<qint64> ProjectStore::annotationsWithTag(qint64 tagId) const
{
    QList<qint64> ids;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT annotation_id FROM annotation_tags WHERE tag_id = ? ORDER BY annotation_id"));
    query.addBindValue(tagId);
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    return ids;
}

bool ProjectStore::linkTag(qint64 tagId, const QList<qint64>& annotationIds)
{
    return writeTagLinks(QStringLiteral("INSERT OR IGNORE INTO annotation_tags(annotation_id, tag_id) VALUES (?, ?)"),
                         tagId, annotationIds);
}

bool ProjectStore::unlinkTag(qint64 tagId, const QList<qint64>& annotationIds)
{
    return writeTagLinks(QStringLiteral("DELETE FROM annotation_tags WHERE annotation_id = ? AND tag_id = ?"), tagId,
                         annotationIds);
}

bool ProjectStore::writeTagLinks(const QString& statement, qint64 tagId, const QList<qint64>& annotationIds)
{
    return transaction([&] {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(statement);
        for (const qint64 id : annotationIds) {
            query.addBindValue(id);
            query.addBindValue(tagId);
            if (!exec(query))
                return false;
        }
        return true;
    });
}

bool ProjectStore::setAnnotationAnchor(qint64 id, const std::optional<TextRange>& range, bool orphaned)
{
    return transaction([&] {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("UPDATE annotations SET range_start = ?, range_end = ?, exact = ?, prefix = ?, "
                                     "suffix = ?, orphaned = ? WHERE id = ?"));
        query.addBindValue(range ? QVariant(range->start) : QVariant());
        query.addBindValue(range ? QVariant(range->end) : QVariant());
        query.addBindValue(range ? text(range->exact) : QVariant());
        query.addBindValue(range ? text(range->prefix) : QVariant());
        query.addBindValue(range ? text(range->suffix) : QVariant());
        query.addBindValue(orphaned ? 1 : 0);
        query.addBindValue(id);
        return exec(query) && query.numRowsAffected() == 1;
    });
}

std::optional<CommentRow> ProjectStore::commentRow(qint64 commentId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT id, document_id, position, source_id, ifnull(parent_id, 0), author, "
                                 "ifnull(published, ''), published_text, score, blocks FROM comments WHERE id = ?"));
    query.addBindValue(commentId);
    if (!query.exec() || !query.next()) {
        m_lastError = tr("there is no comment %1").arg(commentId);
        return std::nullopt;
    }
    CommentRow row;
    row.id = query.value(0).toLongLong();
    row.documentId = query.value(1).toLongLong();
    row.position = query.value(2).toInt();
    row.sourceId = query.value(3).toString();
    row.parentId = query.value(4).toLongLong();
    row.author = query.value(5).toString();
    row.published = query.value(6).toString();
    row.publishedText = query.value(7).toString();
    if (!query.value(8).isNull())
        row.score = query.value(8).toInt();
    row.blocks = blocksFromText(query.value(9).toString());
    return row;
}

QList<qint64> ProjectStore::replies(qint64 commentId) const
{
    QList<qint64> ids;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT id FROM comments WHERE parent_id = ? ORDER BY position"));
    query.addBindValue(commentId);
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    return ids;
}

qint64 ProjectStore::nextCommentId() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return query.exec(QStringLiteral("SELECT ifnull(max(id), 0) + 1 FROM comments")) && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

std::optional<qint64> ProjectStore::insertComment(const CommentRow& row)
{
    qint64 id = 0;
    const bool ok = transaction([&] {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery shift(db);
        shift.prepare(
            QStringLiteral("UPDATE comments SET position = position + 1 WHERE document_id = ? AND position >= ?"));
        shift.addBindValue(row.documentId);
        shift.addBindValue(row.position);
        if (!exec(shift))
            return false;
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "INSERT INTO comments(id, document_id, position, source_id, parent_id, author, published, published_text, "
            "score, text, blocks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(nullableId(row.id));
        query.addBindValue(row.documentId);
        query.addBindValue(row.position);
        query.addBindValue(text(row.sourceId));
        query.addBindValue(nullableId(row.parentId));
        query.addBindValue(text(row.author));
        query.addBindValue(nullable(row.published));
        query.addBindValue(text(row.publishedText));
        query.addBindValue(row.score ? QVariant(*row.score) : QVariant());
        query.addBindValue(text(plainText(row.blocks)));
        query.addBindValue(blocksText(row.blocks));
        if (!exec(query))
            return false;
        id = query.lastInsertId().toLongLong();
        return true;
    });
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

bool ProjectStore::updateComment(const CommentRow& row)
{
    return transaction([&] {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(
            QStringLiteral("UPDATE comments SET parent_id = ?, author = ?, published = ?, published_text = ?, "
                           "score = ?, text = ?, blocks = ? WHERE id = ?"));
        query.addBindValue(nullableId(row.parentId));
        query.addBindValue(text(row.author));
        query.addBindValue(nullable(row.published));
        query.addBindValue(text(row.publishedText));
        query.addBindValue(row.score ? QVariant(*row.score) : QVariant());
        query.addBindValue(text(plainText(row.blocks)));
        query.addBindValue(blocksText(row.blocks));
        query.addBindValue(row.id);
        if (!exec(query))
            return false;
        if (query.numRowsAffected() != 1) {
            m_lastError = tr("there is no comment %1").arg(row.id);
            return false;
        }
        return true;
    });
}

bool ProjectStore::deleteComment(qint64 commentId)
{
    const auto row = commentRow(commentId);
    if (!row)
        return false;
    return transaction([&] {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM comments WHERE id = ?"));
        query.addBindValue(commentId);
        if (!exec(query))
            return false;
        QSqlQuery shift(db);
        shift.prepare(
            QStringLiteral("UPDATE comments SET position = position - 1 WHERE document_id = ? AND position > ?"));
        shift.addBindValue(row->documentId);
        shift.addBindValue(row->position);
        return exec(shift);
    });
}

bool ProjectStore::setAnnotationTarget(qint64 id, qint64 commentId, const std::optional<TextRange>& range,
                                       bool orphaned)
{
    return transaction([&] {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("UPDATE annotations SET comment_id = ? WHERE id = ?"));
        query.addBindValue(nullableId(commentId));
        query.addBindValue(id);
        return exec(query) && query.numRowsAffected() == 1 && setAnnotationAnchor(id, range, orphaned);
    });
}

} // namespace glossator
