#include "ProjectManager.h"

#include "import/ImporterRegistry.h"
#include "import/TextInput.h"
#include "project/ProjectBackups.h"
#include "project/SampleProject.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QThread>

#include <cerrno>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif
#include <cstdio>
#include <cstring>
#include <limits>

namespace glossator {

ProjectManager::ProjectManager(QObject* parent)
    : QObject(parent)
{}

ProjectManager::~ProjectManager()
{
    waitForBackups();
    // An untitled project that was not saved stays on disk for recovery only after a crash;
    // the window decides what to do with it before it lets the manager go.
    m_document.reset();
    m_project.reset();
}

bool ProjectManager::isReadOnly() const
{
    return m_project && m_project->store().isReadOnly();
}

QString ProjectManager::projectPath() const
{
    return m_project ? m_project->store().path() : QString();
}

QString ProjectManager::displayName() const
{
    if (!m_project)
        return {};
    if (m_untitled)
        return tr("Untitled");
    return QFileInfo(projectPath()).completeBaseName();
}

QList<DocumentSummary> ProjectManager::documents() const
{
    return m_project ? m_project->store().documents() : QList<DocumentSummary>();
}

namespace {

bool isRegularFile(const QString& path)
{
#ifdef Q_OS_UNIX
    struct stat status {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 && S_ISREG(status.st_mode);
#else
    return QFileInfo(path).isFile();
#endif
}

} // namespace

bool ProjectManager::isProjectFile(const QString& path)
{
    if (QFileInfo(path).suffix().compare(QLatin1String(projectSuffix), Qt::CaseInsensitive) == 0)
        return true;
    // Only a regular file is looked into: opening a pipe nobody writes to waits for ever.
    if (!isRegularFile(path))
        return false;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3", 16);
}

bool ProjectManager::fail(ProjectError error)
{
    m_lastError = std::move(error);
    emit failed(m_lastError);
    return false;
}

bool ProjectManager::open(const QString& path)
{
    if (isProjectFile(path))
        return openProject(path);
    return addArticle(path);
}

bool ProjectManager::openProject(const QString& path, ProjectStore::Access access)
{
    if (m_project && QFileInfo(projectPath()) == QFileInfo(path))
        return true;
    ProjectError error;
    auto store = ProjectStore::open(path, access, &error);
    if (!store)
        return fail(error);
    const bool writable = !store->isReadOnly();
    if (!adopt(std::move(store), false))
        return false;
    if (writable && m_backupsToKeep > 0) {
        // Off the window's thread: a large project takes a while to copy, and the reader goes on.
        const QString file = projectPath();
        const int keep = m_backupsToKeep;
        QThread* copier = QThread::create([file, keep] {
            QString why;
            ProjectBackups::make(file, keep, &why);
            if (!why.isEmpty())
                qWarning("%s", qPrintable(why));
        });
        // Owned, so that a copy still running when the program closes is waited for and freed.
        copier->setParent(this);
        m_backupThreads.append(copier);
        connect(copier, &QThread::finished, this, [this, copier] {
            m_backupThreads.removeOne(copier);
            copier->deleteLater();
        });
        copier->start(QThread::LowPriority);
    }
    return true;
}

bool ProjectManager::openCleanCopy(const QString& source, const QString& target)
{
    QStringList notes;
    const ProjectError error = ProjectStore::cleanCopy(source, target, &notes);
    if (error)
        return fail(error);
    return openProject(target);
}

void ProjectManager::waitForBackups()
{
    for (QThread* copier : std::as_const(m_backupThreads))
        copier->wait();
}

bool ProjectManager::restoreBackup(const QString& backupPath)
{
    if (!m_project || m_untitled || isReadOnly())
        return fail({ProjectError::Kind::Invalid, tr("Only a saved project open for writing can be restored.")});
    const QString path = projectPath();
    {
        // The copy is a project file like any other: it is checked before anything is changed.
        ProjectError error;
        if (!ProjectStore::open(backupPath, ProjectStore::Access::ReadOnly, &error))
            return fail(error);
    }
    waitForBackups();
    QString copyError;
    // Nothing is pruned now: the copy being restored from may be the oldest.
    ProjectBackups::makeNow(path, std::numeric_limits<int>::max(), &copyError);
    if (!copyError.isEmpty())
        return fail({ProjectError::Kind::Io,
                     tr("%1 was not restored: its present state could not be copied first (%2)").arg(path, copyError),
                     path});
    if (!m_project->writableStore().restoreFrom(backupPath))
        return fail(
            {ProjectError::Kind::Io, tr("%1 was not restored: %2").arg(path, m_project->store().lastError()), path});
    // Everything the window shows, and the undo history, belong to what was there before.
    close();
    return openProject(path);
}

bool ProjectManager::adopt(std::unique_ptr<ProjectStore> store, bool untitled)
{
    close();
    m_project = std::make_unique<Project>(std::move(store));
    m_untitled = untitled;
    connect(m_project.get(), &Project::documentChanged, this, [this](qint64 documentId) {
        if (m_document && m_document->id == documentId)
            reloadDocument(documentId);
    });
    connect(m_project.get(), &Project::documentAdded, this, [this](qint64 documentId) {
        emit projectChanged();
        if (!m_document)
            reloadDocument(documentId);
    });
    connect(m_project.get(), &Project::documentRemoved, this, &ProjectManager::documentRemoved);
    emit projectChanged();
    const QList<DocumentSummary> all = documents();
    if (!all.isEmpty())
        reloadDocument(all.first().id);
    else
        emit documentChanged();
    return true;
}

std::optional<NewDocument> ProjectManager::readArticle(const QString& path, ProjectError* error) const
{
    if (!QFileInfo::exists(path)) {
        *error = {ProjectError::Kind::NotFound, tr("%1: the file does not exist").arg(path)};
        return std::nullopt;
    }
    // The same bounded reader as the command line's: a pipe or a device (which may never end, or
    // never begin) is refused, and so is a file too large to import.
    InputFileOptions bounds;
    bounds.maximumSize = ImporterRegistry::maximumFileSize;
    InputFile input = readInputFile(path, bounds);
    if (!input.ok()) {
        *error = {input.special ? ProjectError::Kind::Invalid : ProjectError::Kind::Io, input.error};
        return std::nullopt;
    }
    ImportResult result = ImporterRegistry::instance().importData(input.bytes, path);
    if (!result.ok()) {
        *error = {ProjectError::Kind::Invalid, result.error.toString()};
        return std::nullopt;
    }
    return NewDocument{*result.document, {QFileInfo(path).fileName(), std::move(input.bytes), {}}};
}

ProjectManager::DuplicateChoice ProjectManager::askAboutDuplicate(const QString& path, const QByteArray& bytes,
                                                                  qint64* existingId)
{
    // The same file again is most often a slip; the user says whether it is one.
    if (!m_project || isReadOnly() || !m_askAboutDuplicate)
        return DuplicateChoice::AddAgain;
    const QList<qint64> same = m_project->store().documentsFromFile(bytes);
    if (same.isEmpty())
        return DuplicateChoice::AddAgain;
    DocumentSummary existing;
    for (const DocumentSummary& summary : documents()) {
        if (summary.id == same.first())
            existing = summary;
    }
    *existingId = existing.id;
    return m_askAboutDuplicate(path, existing);
}

bool ProjectManager::addArticles(const QStringList& paths)
{
    if (paths.size() == 1)
        return addArticle(paths.first());
    QList<NewDocument> adding;
    for (const QString& path : paths) {
        ProjectError error;
        std::optional<NewDocument> article = readArticle(path, &error);
        if (!article) {
            error.message = tr("%1; none of the %n files was added", nullptr, int(paths.size())).arg(error.message);
            return fail(error);
        }
        qint64 existing = 0;
        const DuplicateChoice choice = askAboutDuplicate(path, article->provenance.bytes, &existing);
        if (choice == DuplicateChoice::Cancel)
            return false;
        if (choice == DuplicateChoice::AddAgain)
            adding.append(std::move(*article));
    }
    if (adding.isEmpty())
        return true;
    if ((!m_project || isReadOnly()) && !startUntitled())
        return false;
    const std::optional<QList<qint64>> ids = m_project->addDocuments(adding);
    if (!ids || ids->isEmpty())
        return fail(
            {ProjectError::Kind::Io,
             tr("The files could not be added to the project: %1; none was added").arg(m_project->lastError())});
    return reloadDocument(ids->first());
}

bool ProjectManager::addArticle(const QString& path)
{
    ProjectError error;
    const std::optional<NewDocument> article = readArticle(path, &error);
    if (!article)
        return fail(error);
    qint64 existing = 0;
    switch (askAboutDuplicate(path, article->provenance.bytes, &existing)) {
    case DuplicateChoice::ShowExisting:
        return selectDocument(existing);
    case DuplicateChoice::Cancel:
        return false;
    case DuplicateChoice::AddAgain:
        break;
    }
    // An article opened on its own goes into a new untitled project, so that work on it is saved
    // from the first annotation.
    if ((!m_project || isReadOnly()) && !startUntitled())
        return false;
    const auto id = m_project->addDocument(article->document, article->provenance);
    if (!id)
        return fail(
            {ProjectError::Kind::Io, tr("%1: cannot add it to the project: %2").arg(path, m_project->lastError())});
    // Into an empty project the document is shown as it arrives.
    if (m_document && m_document->id == *id)
        return true;
    return reloadDocument(*id);
}

bool ProjectManager::startUntitled()
{
    QDir().mkpath(untitledFolder());
    const QString untitledPath =
        QDir(untitledFolder())
            .filePath(QStringLiteral("untitled-%1.%2")
                          .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")),
                               QLatin1String(projectSuffix)));
    ProjectError error;
    auto store = ProjectStore::create(untitledPath, &error);
    if (!store)
        return fail(error);
    return adopt(std::move(store), true);
}

bool ProjectManager::openSample()
{
    // The sample brings a codebook of its own, so it never goes into the user's open project.
    if (!startUntitled())
        return false;
    QString message;
    const auto id = SampleProject::addTo(*m_project, &message);
    if (!id)
        return fail({ProjectError::Kind::Invalid, message});
    return selectDocument(*id);
}

void ProjectManager::documentRemoved(qint64 documentId)
{
    if (m_document && m_document->id == documentId) {
        const QList<DocumentSummary> remaining = documents();
        if (remaining.isEmpty() || !reloadDocument(remaining.first().id)) {
            m_document.reset();
            emit documentChanged();
        }
    }
    emit projectChanged();
}

bool ProjectManager::reloadDocument(qint64 documentId)
{
    auto stored = m_project->store().loadDocument(documentId);
    if (!stored)
        return fail({ProjectError::Kind::Invalid, m_project->store().lastError()});
    m_document = std::move(*stored);
    emit documentChanged();
    return true;
}

bool ProjectManager::selectDocument(qint64 documentId)
{
    if (!m_project)
        return false;
    if (m_document && m_document->id == documentId)
        return true;
    return reloadDocument(documentId);
}

bool ProjectManager::saveAs(const QString& path)
{
    if (!m_project)
        return false;
    const QString target = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(target) == QFileInfo(projectPath()))
        return true;
    // The target's lock is held from here until the store opened on the new file takes it over, so
    // that no other Glossator opens the target between the rename and this one's open.
    ProjectError lockError;
    std::unique_ptr<QLockFile> lock = ProjectStore::lockForWriting(target, &lockError);
    if (!lock) {
        if (lockError.kind == ProjectError::Kind::Locked)
            return fail(
                {ProjectError::Kind::Invalid, tr("%1 is open in another Glossator; choose another file").arg(target)});
        return fail(lockError);
    }
    const QString temporary = target + QStringLiteral(".saving");
    QFile::remove(temporary);
    if (!m_project->store().copyTo(temporary)) {
        QFile::remove(temporary);
        return fail({ProjectError::Kind::Io, tr("%1: cannot save: %2").arg(target, m_project->store().lastError())});
    }
    // A log or index a crashed writer left beside the target belongs to the file being replaced (or
    // to none); SQLite would replay such a log into the new file.
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        const QString side = target + QLatin1String(suffix);
        if (QFileInfo::exists(side) && !QFile::remove(side)) {
            QFile::remove(temporary);
            return fail({ProjectError::Kind::Io, tr("%1: cannot save: %2 cannot be removed").arg(target, side)});
        }
    }
    // rename() replaces an existing file in one step, so the target is never half written.
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(temporary);
        return fail({ProjectError::Kind::Io,
                     tr("%1: cannot save: %2").arg(target, QString::fromLocal8Bit(std::strerror(errno)))});
    }
    const QString oldPath = projectPath();
    const bool wasUntitled = m_untitled;
    ProjectError error;
    auto store = ProjectStore::openLocked(target, std::move(lock), &error);
    if (!store)
        return fail(error);
    // The same project goes on in the new file, with its undo history and the document shown.
    m_project->replaceStore(std::move(store));
    m_untitled = false;
    if (wasUntitled)
        QFile::remove(oldPath);
    emit projectChanged();
    if (m_document)
        reloadDocument(m_document->id);
    return true;
}

void ProjectManager::close()
{
    if (!m_project)
        return;
    const QString path = projectPath();
    const bool untitled = m_untitled;
    // Views hold the shown document by reference: they let go of it before it goes.
    m_document.reset();
    emit documentChanged();
    m_project.reset();
    m_untitled = false;
    if (untitled)
        QFile::remove(path);
    emit projectChanged();
}

QString ProjectManager::untitledFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("untitled"));
}

QStringList ProjectManager::recoverableProjects()
{
    QStringList result;
    const QDir folder(untitledFolder());
    const QStringList names =
        folder.entryList({QStringLiteral("*.") + QLatin1String(projectSuffix)}, QDir::Files, QDir::Time);
    for (const QString& name : names) {
        const QString path = folder.filePath(name);
        // A live Glossator holds the lock of its untitled project; a dead one's lock is stale.
        QLockFile lock(path + QStringLiteral(".lock"));
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        if (ProjectStore::inspect(path))
            continue;
        result.append(path);
    }
    return result;
}

bool ProjectManager::recover(const QString& untitledPath)
{
    ProjectError error;
    auto store = ProjectStore::open(untitledPath, ProjectStore::Access::ReadWrite, &error);
    if (!store)
        return fail(error);
    return adopt(std::move(store), true);
}

bool ProjectManager::discardRecoverable(const QString& untitledPath)
{
    QLockFile lock(untitledPath + QStringLiteral(".lock"));
    if (!lock.tryLock(0))
        return false;
    for (const char* suffix : {"-wal", "-shm"})
        QFile::remove(untitledPath + QLatin1String(suffix));
    return QFile::remove(untitledPath);
}

} // namespace glossator
