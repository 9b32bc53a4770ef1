#include "SchemaCheck.h"

#include "project/Schema.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace glossator::projectfile {

namespace {

struct SchemaObject {
    QString type;
    QString name;
    QString table;
    QString sql; // with runs of whitespace made one space; empty for SQLite's own automatic indexes
};

QString key(const QString& type, const QString& name)
{
    return type + QLatin1Char('\n') + name.toLower();
}

// Reads sqlite_schema as it is stored. Says false, with SQLite's message, when it cannot be read.
bool readSchema(sqlite3* db, QList<SchemaObject>* objects, QString* error)
{
    sqlite3_stmt* statement = nullptr;
    const char* sql = "SELECT type, name, tbl_name, sql FROM main.sqlite_master";
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(statement);
        return false;
    }
    const auto text = [&](int column) {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
        return data ? QString::fromUtf8(data, sqlite3_column_bytes(statement, column)) : QString();
    };
    int result = SQLITE_ROW;
    while ((result = sqlite3_step(statement)) == SQLITE_ROW)
        objects->append({text(0), text(1), text(2), text(3).simplified()});
    if (result != SQLITE_DONE)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    return result == SQLITE_DONE;
}

// The schema as Glossator makes it, read back from a new database in memory, so that the statements
// in Schema.cpp are the one description of it and SQLite's own rewriting of them is compared alike.
QList<SchemaObject> pristineSchema(int version)
{
    QList<SchemaObject> objects;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK) {
        bool created = true;
        for (const QString& statement : schema::creationStatements(version))
            created =
                created && sqlite3_exec(db, statement.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
        QString error;
        if (!created || !readSchema(db, &objects, &error))
            objects.clear();
    }
    sqlite3_close(db);
    return objects;
}

QString typeName(const QString& type)
{
    if (type == QLatin1String("table"))
        return ProjectStore::tr("table");
    if (type == QLatin1String("index"))
        return ProjectStore::tr("index");
    if (type == QLatin1String("view"))
        return ProjectStore::tr("view");
    if (type == QLatin1String("trigger"))
        return ProjectStore::tr("trigger");
    return type;
}

QString cleanCopyAdvice(const QString& path)
{
    return ProjectStore::tr("`glossator clean-copy %1 -o NEW.glossa` makes a new project from its data").arg(path);
}

} // namespace

sqlite3* handleOf(const QSqlDatabase& database)
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

bool harden(sqlite3* db)
{
    if (!db)
        return false;
    int state = 0;
    bool defensive = sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, &state) == SQLITE_OK && state == 1;
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &state);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &state);
#ifdef SQLITE_DBCONFIG_ENABLE_VIEW
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &state);
#endif
#ifdef SQLITE_DBCONFIG_TRUSTED_SCHEMA
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &state);
#endif
    // The pragma as well, for an SQLite that has it without the configuration option.
    defensive = sqlite3_exec(db, "PRAGMA trusted_schema = OFF", nullptr, nullptr, nullptr) == SQLITE_OK && defensive;
    return defensive;
}

ProjectError checkSchema(sqlite3* db, const QString& path, int version)
{
    static const QList<SchemaObject> current = pristineSchema(schema::currentVersion);
    const QList<SchemaObject> expected = version == schema::currentVersion ? current : pristineSchema(version);
    if (expected.isEmpty())
        return {ProjectError::Kind::Damaged,
                ProjectStore::tr("%1: this Glossator cannot check schema %2; the file was not changed")
                    .arg(path)
                    .arg(version),
                path};
    QList<SchemaObject> found;
    QString error;
    if (!readSchema(db, &found, &error))
        return {ProjectError::Kind::Damaged,
                ProjectStore::tr("%1: the project file is damaged (its schema cannot be read: %2); the file was not "
                                 "changed")
                    .arg(path, error),
                path};

    QHash<QString, const SchemaObject*> expectedByKey;
    for (const SchemaObject& object : expected)
        expectedByKey.insert(key(object.type, object.name), &object);
    QHash<QString, const SchemaObject*> foundByKey;
    for (const SchemaObject& object : found)
        foundByKey.insert(key(object.type, object.name), &object);

    // What could act comes first: an object of its own making, then one of Glossator's made otherwise.
    for (const SchemaObject& object : found) {
        if (!expectedByKey.contains(key(object.type, object.name)))
            return {ProjectError::Kind::Untrusted,
                    ProjectStore::tr("%1: holds a %2 “%3” that Glossator did not create, so it is not opened; the "
                                     "file was not changed. %4")
                        .arg(path, typeName(object.type), object.name, cleanCopyAdvice(path)),
                    path};
    }
    for (const SchemaObject& object : found) {
        const SchemaObject* own = expectedByKey.value(key(object.type, object.name));
        if (own->table.compare(object.table, Qt::CaseInsensitive) != 0 || own->sql != object.sql)
            return {ProjectError::Kind::Untrusted,
                    ProjectStore::tr("%1: its %2 “%3” is not defined as Glossator defines it, so it is not opened; "
                                     "the file was not changed. %4")
                        .arg(path, typeName(object.type), object.name, cleanCopyAdvice(path)),
                    path};
    }
    for (const SchemaObject& object : expected) {
        if (!foundByKey.contains(key(object.type, object.name)))
            return {ProjectError::Kind::Damaged,
                    ProjectStore::tr("%1: the project file is damaged: %2 %3 is missing; the file was not changed. %4")
                        .arg(path, typeName(object.type), object.name, cleanCopyAdvice(path)),
                    path};
    }
    return {};
}

} // namespace glossator::projectfile
