#include "MainWindow.h"
#include "backups/RestoreBackupDialog.h"
#include "common/MessageBoxes.h"
#include "documents/DocumentPropertiesDialog.h"
#include "export/ExportDialog.h"
#include "help/HelpDialogs.h"
#include "preferences/PreferencesDialog.h"
#include "project/ProjectManager.h"
#include "settings/Settings.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QStatusBar>

// The dialogs the window opens, and the edits they lead to; the rest of the window is in
// MainWindow.cpp and MainWindowMenus.cpp.
namespace glossator {

namespace {

// How deep the sample's threads are opened: deep enough to read, with a few replies collapsed.
constexpr int sampleExpandLevel = 3;

} // namespace

void MainWindow::chooseCoderName()
{
    const auto name = MessageBoxes::askText(
        this, QStringLiteral("coderNameQuestion"), tr("Coder Name"),
        tr("Your annotations are signed with this name, so that a team can tell its coders apart. Leave it "
           "empty to use your account's name (%1).")
            .arg(Settings::accountName()),
        m_settings->hasChosenCoderName() ? m_settings->coderName() : QString());
    if (name)
        m_settings->setCoderName(*name);
}

void MainWindow::showPreferences(bool focusCoderName)
{
    PreferencesDialog dialog(m_settings, this);
    if (focusCoderName)
        dialog.focusCoderName();
    dialog.exec();
}

void MainWindow::showManual()
{
    if (!m_manual) {
        m_manual = new ManualDialog(this);
        m_manual->setAttribute(Qt::WA_DeleteOnClose, false);
    }
    m_manual->show();
    m_manual->raise();
    m_manual->activateWindow();
}

void MainWindow::showShortcuts()
{
    // Every action the window has, wherever it lives: menus, tool bar, context menus, panels.
    ShortcutsDialog dialog(findChildren<QAction*>(), this);
    dialog.exec();
}

void MainWindow::showDocumentProperties()
{
    Project* project = m_projects->project();
    const StoredDocument* stored = m_projects->currentDocument();
    if (!project || !stored || m_projects->isReadOnly())
        return;
    const qint64 documentId = stored->id;
    DocumentPropertiesDialog dialog(*stored, project->store().provenance(documentId), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Article metadata = dialog.metadata();
    const Article& before = stored->document.article;
    if (metadata.title == before.title && metadata.source == before.source && metadata.author == before.author &&
        metadata.url == before.url && metadata.published == before.published)
        return;
    if (!project->setDocumentMetadata(documentId, metadata))
        showError({ProjectError::Kind::Invalid, project->lastError()});
}

void MainWindow::removeCurrentDocument()
{
    Project* project = m_projects->project();
    const StoredDocument* stored = m_projects->currentDocument();
    if (!project || !stored || m_projects->isReadOnly())
        return;
    const qint64 documentId = stored->id;
    int annotations = 0;
    for (const DocumentSummary& summary : m_projects->documents()) {
        if (summary.id == documentId)
            annotations = summary.annotations;
    }
    const auto answer = MessageBoxes::ask(
        this, QMessageBox::Warning, QStringLiteral("removeDocumentQuestion"), tr("Remove Document?"),
        tr("Remove “%1” from the project?").arg(stored->document.article.title),
        tr("%n comment(s) and", nullptr, int(stored->document.comments.size())) + QLatin1Char(' ') +
            tr("%n annotation(s) will be removed with it. Edit > Undo brings everything back.", nullptr, annotations),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (!project->removeDocument(documentId))
        showError({ProjectError::Kind::Invalid, project->lastError()});
}

void MainWindow::openSample()
{
    if (!settleUntitledProject())
        return;
    if (!m_projects->openSample())
        return;
    // Its longest threads open collapsed a few levels down, to show what a collapsed reply says.
    expandCommentsToLevel(sampleExpandLevel);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showExportDialog()
{
    Project* project = m_projects->project();
    if (!project)
        return;
    const StoredDocument* current = m_projects->currentDocument();
    auto* dialog =
        new ExportDialog(project->store(), current ? current->id : 0, m_projects->displayName(), m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog reads the project it was opened on; it closes before that project can go away.
    connect(m_projects, &ProjectManager::projectChanged, dialog, &QDialog::reject);
    dialog->open();
}

void MainWindow::showRestoreBackup()
{
    if (!m_projects->hasProject() || m_projects->isUntitled() || m_projects->isReadOnly()) {
        MessageBoxes::ask(this, QMessageBox::Information, QStringLiteral("noBackupMessage"), tr("Restore Backup"),
                          tr("Backups are made of saved projects open for writing. Save this project first (File > "
                             "Save Project As)."),
                          QString(), QMessageBox::Ok, QMessageBox::Ok);
        return;
    }
    RestoreBackupDialog dialog(m_projects->projectPath(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenBackup().isEmpty())
        return;
    const QMessageBox::StandardButton answer = MessageBoxes::ask(
        this, QMessageBox::Question, QStringLiteral("restoreBackupQuestion"), tr("Restore Backup"),
        tr("Put back the copy of %1 made on %2? The project as it is now is copied first, so this can be undone by "
           "restoring that copy; the undo history starts again.")
            .arg(m_projects->displayName(),
                 QLocale().toString(QFileInfo(dialog.chosenBackup()).lastModified(), QLocale::LongFormat)),
        QString(), QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, {{QMessageBox::Yes, tr("&Restore")}});
    if (answer != QMessageBox::Yes)
        return;
    if (m_projects->restoreBackup(dialog.chosenBackup()))
        statusBar()->showMessage(tr("Restored the copy of %1").arg(QFileInfo(dialog.chosenBackup()).completeBaseName()),
                                 8000);
}

bool MainWindow::offerCleanCopy(const ProjectError& error)
{
    const QMessageBox::StandardButton answer = MessageBoxes::ask(
        this, QMessageBox::Warning, QStringLiteral("cleanCopyQuestion"), tr("Project Refused"), error.message,
        tr("Glossator can make a new project from this one's documents, tags and annotations, leaving out what it "
           "refused, and open that. The file itself stays as it is."),
        QMessageBox::Save | QMessageBox::Close, QMessageBox::Save, {{QMessageBox::Save, tr("Make a &Clean Copy…")}});
    if (answer != QMessageBox::Save)
        return answer == QMessageBox::Close;
    const QFileInfo source(error.path);
    const QString suggested = source.dir().filePath(tr("%1 (clean copy).glossa").arg(source.completeBaseName()));
    const QString target =
        QFileDialog::getSaveFileName(this, tr("Clean Copy"), suggested, tr("Glossator projects (*.glossa)"));
    if (!target.isEmpty())
        m_projects->openCleanCopy(error.path, target);
    return true;
}

} // namespace glossator
