#include "QtWarnings.h"
#include "RequireChild.h"
#include "TestSupport.h"
#include "cli/CommandLine.h"
#include "comments/CommentTreeView.h"
#include "common/MessageBoxes.h"
#include "mainwindow/MainWindow.h"
#include "project/ProjectManager.h"

#include <QAction>
#include <QDockWidget>
#include <QListView>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace glossator;

// The window's side of opening and saving: file types, the same file twice, where a document
// opens, Save As.
class TestMainWindowFiles : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void init() { test::failOnItemViewWarnings(); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        cli::initialiseApplication();
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { QCOMPARE(MessageBoxes::pendingAnswers(), 0); }

    void openOffersEverySupportedFileFirst()
    {
        const QStringList filters = MainWindow::openFileFilter().split(QStringLiteral(";;"));
        QVERIFY(filters.size() >= 4);
        const QString first = filters.first();
        QVERIFY2(first.startsWith(QStringLiteral("All supported files")), qPrintable(first));
        for (const char* pattern : {"*.glossa", "*.txt", "*.md", "*.json"})
            QVERIFY2(first.contains(QLatin1String(pattern)), pattern);
        QVERIFY(filters.last().contains(QStringLiteral("(*)")));
    }

    void theSameFileAgainIsAskedAbout()
    {
        MainWindow window;
        QVERIFY(window.openFile(test::sampleArticle()));
        const qint64 first = window.projectManager()->currentDocument()->id;
        QVERIFY(window.projectManager()->addArticle(test::dataFile(QStringLiteral("crlf-three-comments.txt"))));
        QCOMPARE(window.projectManager()->documents().size(), 2);

        // Show It: the document that is there is shown, nothing is added.
        MessageBoxes::queueAnswer(QMessageBox::Open);
        QVERIFY(window.openFile(test::sampleArticle()));
        QCOMPARE(MessageBoxes::askedQuestions().last(), QStringLiteral("duplicateArticleQuestion"));
        QCOMPARE(window.projectManager()->documents().size(), 2);
        QCOMPARE(window.projectManager()->currentDocument()->id, first);

        // Cancel: nothing happens.
        MessageBoxes::queueAnswer(QMessageBox::Cancel);
        QVERIFY(!window.openFile(test::sampleArticle()));
        QCOMPARE(window.projectManager()->documents().size(), 2);

        // Add Again: a second copy, as asked.
        MessageBoxes::queueAnswer(QMessageBox::Ignore);
        QVERIFY(window.openFile(test::sampleArticle()));
        QCOMPARE(window.projectManager()->documents().size(), 3);
        MessageBoxes::queueAnswer(QMessageBox::Discard);
        window.close();
    }

    void anotherDocumentOpensAtItsBeginning()
    {
        MainWindow window;
        window.resize(900, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(test::sampleArticle()));
        const qint64 first = window.projectManager()->currentDocument()->id;
        QVERIFY(window.projectManager()->addArticle(test::dataFile(QStringLiteral("dragnet-threaded.corrected.txt"))));
        const qint64 second = window.projectManager()->currentDocument()->id;
        QVERIFY(window.projectManager()->selectDocument(first));
        auto* comments = window.findChild<CommentTreeView*>(QStringLiteral("commentTree"));
        QScrollBar* bar = comments->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        bar->setValue(bar->maximum());
        QVERIFY(bar->value() > 0);
        QVERIFY(window.projectManager()->selectDocument(second));
        QCOMPARE(bar->value(), 0);
        MessageBoxes::queueAnswer(QMessageBox::Discard);
        window.close();
    }

    void theNoticesDockIsAsHighAsItsNotices()
    {
        MainWindow window;
        window.resize(1200, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(test::dataFile(QStringLiteral("windows-1252.txt")))); // one notice or two
        auto* dock = window.findChild<QDockWidget*>(QStringLiteral("noticesDock"));
        QVERIFY(dock);
        // The action toggles, and a layout left by an earlier run may have the dock open already.
        dock->hide();
        test::requireAction(&window, "actionShowNotices")->trigger();
        QTRY_VERIFY(dock->isVisible());
        QCoreApplication::processEvents();
        QVERIFY2(dock->height() < window.height() / 4,
                 qPrintable(QStringLiteral("%1 of %2 px").arg(dock->height()).arg(window.height())));
        MessageBoxes::queueAnswer(QMessageBox::Discard);
        window.close();
    }

    void saveAsProposesTheTitleAndKeepsTheUndoHistory()
    {
        MainWindow window;
        window.openSample();
        QVERIFY(window.projectManager()->isUntitled());
        const QString proposed = window.suggestedProjectPath();
        QVERIFY2(
            proposed.endsWith(QStringLiteral("Kestrel Bay votes to replace its harbour ferry with a bridge.glossa")),
            qPrintable(proposed));

        Project* project = window.projectManager()->project();
        const qint64 tag = *project->createTagPath(QStringLiteral("Before saving"));
        QVERIFY(project->undoStack()->canUndo());
        const QString path = m_dir.filePath(QStringLiteral("kept.glossa"));
        QVERIFY(window.saveProjectAs(path));
        QCOMPARE(window.projectManager()->projectPath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(window.suggestedProjectPath(), QFileInfo(path).absoluteFilePath());
        // The same project goes on: undo takes back what was done before saving, in the new file.
        QVERIFY(project->undoStack()->canUndo());
        test::requireAction(&window, "actionUndo")->trigger();
        QVERIFY(!window.projectManager()->project()->store().tag(tag));
        window.close();
        ProjectError error;
        const auto reopened = ProjectStore::open(path, ProjectStore::Access::ReadOnly, &error);
        QVERIFY2(reopened, qPrintable(error.message));
        QVERIFY(!reopened->tag(tag));
        QVERIFY(!reopened->documents().isEmpty());
    }

    void aTitleMakesASafeFileName()
    {
        MainWindow window;
        QVERIFY(window.openFile(test::sampleArticle()));
        Article article = window.projectManager()->currentDocument()->document.article;
        article.title = QStringLiteral("Who/what: \"A\" <B> | C?*");
        QVERIFY(window.projectManager()->project()->setDocumentMetadata(window.projectManager()->currentDocument()->id,
                                                                        article));
        const QString name = QFileInfo(window.suggestedProjectPath()).fileName();
        QCOMPARE(name, QStringLiteral("Who what A B C.glossa"));
        MessageBoxes::queueAnswer(QMessageBox::Discard);
        window.close();
    }
};

QTEST_MAIN(TestMainWindowFiles)
#include "tst_mainwindowfiles.moc"
