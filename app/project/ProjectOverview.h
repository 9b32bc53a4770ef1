#pragma once

#include <QDateTime>
#include <QString>

namespace glossator {

// A glance at a project file for lists of recent projects: how much is in it, read without
// opening it for work (no lock, no integrity check, nothing written).
struct ProjectOverview {
    bool readable = false;
    int documents = 0;
    int annotations = 0;
    QDateTime modified;
    QString error; // why it could not be read, naming the file
};

ProjectOverview readProjectOverview(const QString& path);

} // namespace glossator
