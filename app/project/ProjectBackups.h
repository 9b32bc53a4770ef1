#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace glossator {

struct ProjectBackup {
    QString path;
    QDateTime made;
    qint64 bytes = 0;
};

// Rolling copies of a project, one made each time it is opened for writing (when it changed since
// the last one), kept in the user's data folder rather than beside the project, where a shared
// or read-only folder would take them too. Copies are made with SQLite's backup API from a
// connection of their own, so that they can be made off the window's thread while it is used.
class ProjectBackups {
    Q_DECLARE_TR_FUNCTIONS(glossator::ProjectBackups)

public:
    // Where the copies of this project go: one folder a project, named after it and its place.
    static QString folderFor(const QString& projectPath);
    // The copies there, newest first.
    static QList<ProjectBackup> list(const QString& projectPath);
    // Copies the project unless the newest copy is as new as the file, then keeps the `keep`
    // newest copies. With keep 0 nothing is made. Returns the new copy's path, or empty with
    // *error set when it could not be made (an unchanged project is no error: empty, no error).
    static QString make(const QString& projectPath, int keep, QString* error);
    // Copies the project now, whatever the newest copy: before a restore replaces it.
    static QString makeNow(const QString& projectPath, int keep, QString* error);

private:
    static QString copy(const QString& projectPath, int keep, bool always, QString* error);
};

} // namespace glossator
