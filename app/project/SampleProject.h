#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace glossator {

class Project;

// The discussion bundled with Glossator for a first look: a threaded article with a small
// codebook and a few annotations, so that the first screen shows what the program is for.
class SampleProject {
    Q_DECLARE_TR_FUNCTIONS(glossator::SampleProject)

public:
    // Adds the sample document, its codebook and its annotations to the project, through the
    // project's own edits, and clears the undo history so that a first undo is the user's own.
    // Returns the new document's id, or nothing with *error set; then the project is as it was.
    static std::optional<qint64> addTo(Project& project, QString* error);

    static QString documentResource();
    static QString codingResource();
};

} // namespace glossator
