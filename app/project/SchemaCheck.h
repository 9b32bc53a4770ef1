#pragma once

#include "project/ProjectStore.h"

#include <QString>

struct sqlite3;
class QSqlDatabase;

// A project file is untrusted input: it may come by mail or from a shared drive, and SQLite runs
// what its schema says (triggers, views, index expressions) as part of ordinary reads and writes.
namespace glossator::projectfile {

// The SQLite connection under a QtSql one (the QSQLITE driver uses the same libsqlite3).
sqlite3* handleOf(const QSqlDatabase& database);

// Switches off on the connection everything a planted schema object could use to act: triggers,
// views, functions with side effects in the schema, extension loading, writes to the schema itself.
// False when SQLite refused the defensive mode.
bool harden(sqlite3* db);

// Compares the file's sqlite_schema (type, name, table and CREATE text, whitespace aside) with the
// schema Glossator creates for that version. Refuses, naming the object, any trigger, view, table or
// index Glossator did not create, a definition that differs, and a missing table or index.
ProjectError checkSchema(sqlite3* db, const QString& path, int version);

} // namespace glossator::projectfile
