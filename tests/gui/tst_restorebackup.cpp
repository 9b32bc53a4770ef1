#include "ModalDialogs.h"
#include "QtWarnings.h"
#include "TestSupport.h"
#include "backups/RestoreBackupDialog.h"
#include "cli/CommandLine.h"
#include "common/MessageBoxes.h"
#include "mainwindow/MainWindow.h"
#include "project/Project.h"
#include "project/ProjectBackups.h"
#include "project/ProjectManager.h"
#include "settings/Settings.h"

#include <QAction>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace glossator;

// File > Restore Backup: a copy made as a project opens, off the window's thread, and put back
// from a list; the state it replaced is kept as a copy too.
class TestRestoreBackup : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QStringList tagNames(const Project& project)
    {
        QStringList names;
        for (const TagUsage& usage : project.store().tags())
            names.append(usage.tag.name);
        return names;
    }

private slots:
    void init() { test::failOnItemViewWarnings(); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        cli::initialiseApplication();
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { QCOMPARE(MessageBoxes::pendingAnswers(), 0); }

    void aBackupMadeOnOpeningIsRestoredFromTheFileMenu()
    {
        const QString path = m_dir.filePath(QStringLiteral("coded.glossa"));
        QDir(ProjectBackups::folderFor(path)).removeRecursively();
        {
            MainWindow first;
            QVERIFY(first.openFile(test::sampleArticle()));
            QVERIFY(first.saveProjectAs(path));
            QVERIFY(first.projectManager()->project()->createTag(Tag{0, 0, QStringLiteral("Before"), Qt::blue, {}, 0}));
            first.close();
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        window.projectManager()->waitForBackups();
        QCOMPARE(ProjectBackups::list(path).size(), 1);
        Project* project = window.projectManager()->project();
        QVERIFY(project->createTag(Tag{0, 0, QStringLiteral("After"), Qt::red, {}, 1}));
        QCOMPARE(tagNames(*project), (QStringList{QStringLiteral("Before"), QStringLiteral("After")}));

        auto* restore = window.findChild<QAction*>(QStringLiteral("actionRestoreBackup"));
        QVERIFY(restore && restore->isEnabled() && !restore->toolTip().isEmpty());
        auto* fileMenu = window.findChild<QMenu*>(QStringLiteral("fileMenu"));
        QVERIFY(fileMenu && fileMenu->actions().contains(restore));
        int listed = -1;
        test::whenDialogOpens([&](QDialog* shown) {
            auto* dialog = qobject_cast<RestoreBackupDialog*>(shown);
            if (!dialog)
                return;
            listed = dialog->backupCount();
            auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("backupList"));
            if (list && list->topLevelItemCount() > 0 && list->topLevelItem(0)->text(1) == QStringLiteral("1"))
                dialog->findChild<QPushButton*>(QStringLiteral("restoreBackupButton"))->click();
        });
        MessageBoxes::queueAnswer(QMessageBox::Yes);
        restore->trigger();
        QCOMPARE(listed, 1);
        QVERIFY(MessageBoxes::askedQuestions().contains(QStringLiteral("restoreBackupQuestion")));

        // As it was when opened; the window shows it, with a fresh undo history.
        project = window.projectManager()->project();
        QVERIFY(project);
        QCOMPARE(window.projectManager()->projectPath(), path);
        QCOMPARE(tagNames(*project), QStringList{QStringLiteral("Before")});
        QCOMPARE(project->undoStack()->count(), 0);
        QVERIFY(window.projectManager()->currentDocument());
        // What the restore replaced is a copy of its own, newest first.
        window.projectManager()->waitForBackups();
        const QList<ProjectBackup> copies = ProjectBackups::list(path);
        QVERIFY(copies.size() >= 2);
        bool replacedKept = false;
        for (const ProjectBackup& copy : copies) {
            ProjectError error;
            const auto store = ProjectStore::open(copy.path, ProjectStore::Access::ReadOnly, &error);
            replacedKept = replacedKept || (store && store->tags().size() == 2);
        }
        QVERIFY(replacedKept);
        window.close();
    }

    void theNumberKeptIsAPreference()
    {
        Settings settings(m_dir.filePath(QStringLiteral("prefs.ini")));
        QCOMPARE(settings.backupsToKeep(), Settings::defaultBackupsToKeep);
        settings.setBackupsToKeep(3);
        QCOMPARE(settings.backupsToKeep(), 3);
        settings.setBackupsToKeep(1000);
        QCOMPARE(settings.backupsToKeep(), Settings::maxBackupsToKeep);
        settings.setBackupsToKeep(0);
        QCOMPARE(settings.backupsToKeep(), 0);
    }

    void anUntitledProjectHasNoBackupsYet()
    {
        MainWindow window;
        QVERIFY(window.openFile(test::sampleArticle()));
        QVERIFY(window.projectManager()->isUntitled());
        MessageBoxes::queueAnswer(QMessageBox::Ok);
        window.findChild<QAction*>(QStringLiteral("actionRestoreBackup"))->trigger();
        QCOMPARE(MessageBoxes::askedQuestions().last(), QStringLiteral("noBackupMessage"));
        MessageBoxes::queueAnswer(QMessageBox::Discard);
        window.close();
    }
};

QTEST_MAIN(TestRestoreBackup)
#include "tst_restorebackup.moc"
