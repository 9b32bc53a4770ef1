#pragma once

#include <QString>

class QSqlError;

namespace glossator {

// What went wrong with the project file, in the words of someone who uses the program: "the disk
// is full" rather than "database or disk is full Unable to fetch row". Errors that only a program
// can cause (a constraint, a syntax error) keep SQLite's own text, for the report of a bug.
QString describeStoreError(const QSqlError& error);

} // namespace glossator
