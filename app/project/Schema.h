#pragma once

#include <QStringList>

namespace glossator::schema {

// PRAGMA application_id of a Glossator project: the bytes "GLSA".
constexpr int applicationId = 0x474C5341;
// PRAGMA user_version: the schema version this build writes. docs/project-file.md explains it.
constexpr int currentVersion = 1;

// The statements that create an empty project of a version (this build knows only the current one:
// for any other it returns nothing).
QStringList creationStatements(int version = currentVersion);

} // namespace glossator::schema
