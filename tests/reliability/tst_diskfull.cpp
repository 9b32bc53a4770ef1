#include "FailingVfs.h"
#include "ProjectDigest.h"
#include "QtWarnings.h"
#include "TestSupport.h"
#include "article/ArticleView.h"
#include "cli/CommandLine.h"
#include "common/MessageBoxes.h"
#include "mainwindow/MainWindow.h"
#include "project/Project.h"
#include "project/ProjectManager.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace glossator;

// A disk that fills up under the window: each edit that cannot be written says so in plain words,
// is not shown as done and leaves the undo history as it was; once there is room again the same
// edit goes through, and the project is whole. SQLite writes through a file system of the test's
// own (FailingVfs) whose space runs out when the test says.
class TestDiskFull : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void closeDiscarding(MainWindow& window)
    {
        test::FailingVfs::setSpaceLeft(-1);
        if (window.projectManager()->isUntitled())
            MessageBoxes::queueAnswer(QMessageBox::Discard);
        window.close();
    }

    static int annotationCount(const Project& project, qint64 documentId)
    {
        return int(project.store().annotations(documentId).size());
    }

private slots:
    void init() { test::failOnItemViewWarnings(); }

    void initTestCase()
    {
        QVERIFY(test::FailingVfs::install());
        QStandardPaths::setTestModeEnabled(true);
        cli::initialiseApplication();
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        test::FailingVfs::setSpaceLeft(-1);
        QCOMPARE(MessageBoxes::pendingAnswers(), 0);
    }

    void anEditOnAFullDiskIsRefusedPlainlyAndDoneOnceThereIsRoom()
    {
        const QString path = m_dir.filePath(QStringLiteral("full.glossa"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(test::sampleArticle()));
        QVERIFY(window.saveProjectAs(path));
        Project* project = window.projectManager()->project();
        Tag safety;
        safety.name = QStringLiteral("Safety");
        safety.color = QColor(0xE6, 0x9F, 0x00);
        const qint64 safetyId = project->createTag(safety).value_or(0);
        QVERIFY(safetyId > 0);
        auto* tagWith1 = window.findChild<QAction*>(QStringLiteral("actionTagWith1"));
        QVERIFY(tagWith1);
        QTRY_VERIFY(tagWith1->isEnabled());
        const qint64 documentId = window.projectManager()->currentDocument()->id;
        const QByteArray before = test::projectDigest(project->store());
        const int steps = project->undoStack()->count();
        const int index = project->undoStack()->index();

        auto* article = window.findChild<ArticleView*>(QStringLiteral("articleView"));
        QVERIFY(article);
        article->setFocus();
        QTRY_VERIFY(article->hasFocus());
        const QString text = plainText(window.projectManager()->currentDocument()->document.article.blocks);
        const int start = int(text.indexOf(QStringLiteral("never stop for storms")));
        QVERIFY(start > 0);

        // The disk is full: the tag is not written, and the window says so.
        test::FailingVfs::setSpaceLeft(0);
        article->selectRange(start, start + 21);
        tagWith1->trigger();
        QVERIFY(test::FailingVfs::refusedWrites() > 0);
        auto* bar = window.findChild<QWidget*>(QStringLiteral("editFailureBar"));
        QVERIFY(bar);
        QVERIFY(bar->isVisible());
        const QString said = window.findChild<QLabel*>(QStringLiteral("editFailureText"))->text();
        QVERIFY2(said.contains(QStringLiteral("the disk is full")), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("Unable to fetch row")), qPrintable(said));
        QCOMPARE(annotationCount(*project, documentId), 0);
        QCOMPARE(project->undoStack()->index(), index);
        QCOMPARE(project->undoStack()->count(), steps);
        QVERIFY(article->extraSelections().isEmpty()); // not drawn as if it were done
        QCOMPARE(test::projectDigest(project->store()), before);

        // A rename and a note fail the same way and change nothing either.
        QVERIFY(!project->renameTag(safetyId, QStringLiteral("Risk")));
        QCOMPARE(project->store().tag(safetyId)->name, QStringLiteral("Safety"));
        QCOMPARE(project->undoStack()->count(), steps);

        // Room again: the same edit goes through, and the message goes.
        test::FailingVfs::setSpaceLeft(-1);
        QCoreApplication::processEvents();
        article->selectRange(start, start + 21);
        tagWith1->trigger();
        QCOMPARE(annotationCount(*project, documentId), 1);
        QCOMPARE(project->undoStack()->index(), index + 1);
        QVERIFY(!bar->isVisible());
        QCOMPARE(article->extraSelections().size(), 1);

        // Undo on a full disk: refused, the annotation stays, and nothing claims it was undone.
        test::FailingVfs::setSpaceLeft(0);
        window.findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
        QVERIFY(bar->isVisible());
        QCOMPARE(annotationCount(*project, documentId), 1);
        QVERIFY(!project->undoStack()->canRedo());
        test::FailingVfs::setSpaceLeft(-1);

        // The file is whole and holds what was shown as done.
        const QByteArray shown = test::projectDigest(project->store());
        window.projectManager()->close();
        ProjectError error;
        const std::unique_ptr<ProjectStore> reopened = ProjectStore::open(path, ProjectStore::Access::ReadOnly, &error);
        QVERIFY2(reopened, qPrintable(error.message));
        QCOMPARE(test::projectDigest(*reopened), shown);
        QCOMPARE(reopened->annotations(documentId).size(), 1);
        closeDiscarding(window);
    }

    void saveAsOnAFullDiskKeepsTheProjectItWasIn()
    {
        const QString path = m_dir.filePath(QStringLiteral("kept.glossa"));
        const QString target = m_dir.filePath(QStringLiteral("copy.glossa"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(test::sampleArticle()));
        QVERIFY(window.saveProjectAs(path));
        Project* project = window.projectManager()->project();

        test::FailingVfs::setSpaceLeft(4096);
        MessageBoxes::queueAnswer(QMessageBox::Ok);
        QVERIFY(!window.saveProjectAs(target));
        QVERIFY(!QFile::exists(target));
        QCOMPARE(window.projectManager()->projectPath(), path);
        QVERIFY(!window.projectManager()->isReadOnly());

        // Room again: the project still takes edits, and Save As works.
        test::FailingVfs::setSpaceLeft(-1);
        Tag cost;
        cost.name = QStringLiteral("Cost");
        cost.color = Qt::darkGreen;
        QVERIFY(project->createTag(cost));
        QVERIFY(window.saveProjectAs(target));
        QCOMPARE(window.projectManager()->projectPath(), target);
        QVERIFY(window.projectManager()->project()->store().tagByPath(QStringLiteral("Cost")));
        closeDiscarding(window);
    }
};

QTEST_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
