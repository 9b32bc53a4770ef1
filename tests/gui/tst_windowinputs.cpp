#include "ModalDialogs.h"
#include "QtWarnings.h"
#include "TestSupport.h"
#include "cli/CommandLine.h"
#include "common/MessageBoxes.h"
#include "mainwindow/MainWindow.h"
#include "project/Project.h"
#include "project/ProjectManager.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <sys/stat.h>

using namespace glossator;

// What the window is given to open that is not a plain article or a sound project: a pipe with
// nobody writing to it, an empty file, a project with something planted in it.
class TestWindowInputs : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QByteArray sha256(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                              : QByteArray();
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

    // Reproduction: opening a pipe nobody writes to blocked the window for ever.
    void aPipeIsRefusedAtOnce()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("article.txt"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        MainWindow window;
        MessageBoxes::queueAnswer(QMessageBox::Ok);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!window.openFile(fifo));
        QVERIFY(clock.elapsed() < 10000);
        QVERIFY2(window.projectManager()->lastError().contains(fifo), qPrintable(window.projectManager()->lastError()));
        QVERIFY(!window.projectManager()->hasProject());
        window.close();
    }

    void anEmptyFileIsAnEmptyDocument()
    {
        MainWindow window;
        QVERIFY2(window.openFile(test::dataFile(QStringLiteral("empty.txt"))),
                 qPrintable(window.projectManager()->lastError()));
        QVERIFY(window.projectManager()->currentDocument());
        QCOMPARE(window.projectManager()->currentDocument()->document.comments.size(), 0);
        MessageBoxes::queueAnswer(QMessageBox::Discard);
        window.close();
    }

    // Reproduction of the command line's rule in the window: several files dropped at once go in
    // all together or not at all.
    void severalArticlesGoInTogetherOrNotAtAll()
    {
        const QString project = m_dir.filePath(QStringLiteral("several.glossa"));
        MainWindow window;
        QVERIFY(window.openFile(test::sampleArticle()));
        QVERIFY(window.saveProjectAs(project));
        ProjectManager* projects = window.projectManager();
        const int before = int(projects->documents().size());
        const int steps = projects->project()->undoStack()->count();

        MessageBoxes::queueAnswer(QMessageBox::Ok);
        window.openFiles({test::dataFile(QStringLiteral("markdown-article.md")),
                          test::dataFile(QStringLiteral("binary.bin")),
                          test::dataFile(QStringLiteral("crlf-three-comments.txt"))});
        QCOMPARE(int(projects->documents().size()), before);
        QVERIFY2(projects->lastError().contains(QStringLiteral("binary.bin")), qPrintable(projects->lastError()));
        QVERIFY2(projects->lastError().contains(QStringLiteral("none of the 3 files was added")),
                 qPrintable(projects->lastError()));
        QCOMPARE(projects->project()->undoStack()->count(), steps);

        window.openFiles({test::dataFile(QStringLiteral("markdown-article.md")),
                          test::dataFile(QStringLiteral("crlf-three-comments.txt"))});
        QCOMPARE(int(projects->documents().size()), before + 2);
        QCOMPARE(projects->project()->undoStack()->count(), steps + 1);
        projects->project()->undoStack()->undo();
        QCOMPARE(int(projects->documents().size()), before);
        window.close();
    }

    void aProjectWithAPlantedTriggerIsOfferedAsACleanCopy()
    {
        const QString planted = m_dir.filePath(QStringLiteral("planted.glossa"));
        {
            MainWindow maker;
            QVERIFY(maker.openFile(test::sampleArticle()));
            QVERIFY(maker.saveProjectAs(planted));
            QVERIFY(maker.projectManager()->project()->createTag(Tag{0, 0, QStringLiteral("Kept"), Qt::blue, {}, 0}));
            maker.close();
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plant"));
            db.setDatabaseName(planted);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE spy(x)")));
            QVERIFY(query.exec(QStringLiteral(
                "CREATE TRIGGER watch AFTER INSERT ON annotations BEGIN INSERT INTO spy VALUES (1); END")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plant"));
        const QByteArray before = sha256(planted);
        const QString clean = m_dir.filePath(QStringLiteral("clean.glossa"));

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool fileDialogSeen = false;
        test::whenFileDialogOpens(clean, &fileDialogSeen);
        MessageBoxes::queueAnswer(QMessageBox::Save);
        QVERIFY(!window.openFile(planted));
        QVERIFY(MessageBoxes::askedQuestions().contains(QStringLiteral("cleanCopyQuestion")));
        QVERIFY(fileDialogSeen);
        QCOMPARE(sha256(planted), before);
        QCOMPARE(window.projectManager()->projectPath(), clean);
        QVERIFY(window.projectManager()->project()->store().tagByPath(QStringLiteral("Kept")));
        QVERIFY(window.projectManager()->currentDocument());
        window.close();
    }
};

QTEST_MAIN(TestWindowInputs)
#include "tst_windowinputs.moc"
