#pragma once

#include "project/Project.h"
#include "project/ProjectStore.h"

#include <QObject>

#include <functional>
#include <memory>

class QThread;

namespace glossator {

// Owns the life-cycle of the open project: opening projects and article files, the untitled
// project that an article opened on its own goes into (kept in the user's data folder and offered
// for recovery after a crash), Save As, and which document is shown. The window asks and listens;
// it does no file I/O itself.
class ProjectManager : public QObject {
    Q_OBJECT

public:
    explicit ProjectManager(QObject* parent = nullptr);
    ~ProjectManager() override;

    static constexpr const char* projectSuffix = "glossa";

    Project* project() const { return m_project.get(); }
    bool hasProject() const { return m_project != nullptr; }
    bool isUntitled() const { return m_untitled; }
    bool isReadOnly() const;
    QString projectPath() const;
    QString displayName() const;
    const StoredDocument* currentDocument() const { return m_document ? &*m_document : nullptr; }
    QList<DocumentSummary> documents() const;
    QString lastError() const { return m_lastError.message; }

    static bool isProjectFile(const QString& path);
    // Opens a project, or an article file: into the open project, else into a new untitled one.
    bool open(const QString& path);
    bool openProject(const QString& path, ProjectStore::Access access = ProjectStore::Access::ReadWrite);
    bool addArticle(const QString& path);
    // Several article files at once, all or none: each is read first, and a file that cannot be
    // read adds nothing; the rest go in as one edit (one undo step).
    bool addArticles(const QStringList& paths);

    // What to do with an article whose file is in the project already (the same bytes).
    enum class DuplicateChoice { ShowExisting, AddAgain, Cancel };
    // Asked before such a file is added again; without one, it is added again.
    void setDuplicateQuestion(std::function<DuplicateChoice(const QString& path, const DocumentSummary& existing)> ask)
    {
        m_askAboutDuplicate = std::move(ask);
    }
    // Opens the bundled sample discussion, with its codebook and annotations, in a new untitled
    // project (see SampleProject).
    bool openSample();
    bool selectDocument(qint64 documentId);
    // Writes the project to path and continues there; an untitled project's old file is removed.
    bool saveAs(const QString& path);
    // Closes the project. An untitled project is deleted: ask the user before calling this.
    void close();

    // A copy of a project is made when it is opened for writing, off the window's thread, and the
    // newest `count` are kept (see ProjectBackups); 0 makes none.
    void setBackupsToKeep(int count) { m_backupsToKeep = count; }
    // Waits for a copy being made, as closing the program must.
    void waitForBackups();
    // Puts the open project back as it was in the backup at path: the project's present state is
    // copied first, so that a restore can itself be undone by restoring that copy. The undo
    // history starts again.
    bool restoreBackup(const QString& backupPath);
    // Makes a new project at target from the data of the refused project at source (see
    // ProjectStore::cleanCopy) and opens it; source is left as it is.
    bool openCleanCopy(const QString& source, const QString& target);

    static QString untitledFolder();
    // Untitled projects left behind by a Glossator that did not close normally.
    static QStringList recoverableProjects();
    bool recover(const QString& untitledPath);
    static bool discardRecoverable(const QString& untitledPath);

signals:
    void projectChanged();
    void documentChanged();
    void failed(const glossator::ProjectError& error);

private:
    bool fail(ProjectError error);
    // Reads and imports one article file; on failure *error says why, naming the file.
    std::optional<NewDocument> readArticle(const QString& path, ProjectError* error) const;
    // Asks about a file whose bytes are in the project already; AddAgain when they are not, or
    // nobody asks. *existingId is the document there.
    DuplicateChoice askAboutDuplicate(const QString& path, const QByteArray& bytes, qint64* existingId);
    bool adopt(std::unique_ptr<ProjectStore> store, bool untitled);
    // Closes the project and starts a new untitled one in the user's data folder.
    bool startUntitled();
    bool reloadDocument(qint64 documentId);
    // Shows another document when the one shown was removed (by an edit, or the undo of an import).
    void documentRemoved(qint64 documentId);

    std::function<DuplicateChoice(const QString&, const DocumentSummary&)> m_askAboutDuplicate;
    std::unique_ptr<Project> m_project;
    std::optional<StoredDocument> m_document;
    bool m_untitled = false;
    ProjectError m_lastError;
    int m_backupsToKeep = 10;
    QList<QThread*> m_backupThreads;
};

} // namespace glossator
