#include "QtWarnings.h"
#include "RequireChild.h"
#include "TestSupport.h"
#include "cli/CommandLine.h"
#include "common/MessageBoxes.h"
#include "mainwindow/MainWindow.h"
#include "project/ProjectManager.h"
#include "project/ProjectOverview.h"
#include "settings/Settings.h"
#include "start/StartPage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace glossator;

class TestStartPage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QStackedWidget* pages(MainWindow& window)
    {
        return window.findChild<QStackedWidget*>(QStringLiteral("windowPages"));
    }

    // A saved project with the sample article in it, and one annotation.
    QString savedProject(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        MainWindow window;
        if (!window.openFile(test::sampleArticle()) || !window.saveProjectAs(path))
            return {};
        Project* project = window.projectManager()->project();
        Tag tag;
        tag.name = QStringLiteral("Boats");
        const auto tagId = project->createTag(tag);
        Annotation annotation;
        annotation.documentId = window.projectManager()->currentDocument()->id;
        annotation.tagIds = {*tagId};
        project->addAnnotation(annotation);
        window.close();
        return path;
    }

private slots:
    void init() { test::failOnItemViewWarnings(); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        cli::initialiseApplication();
        QVERIFY(m_dir.isValid());
        Settings().clearRecentFiles();
    }

    void cleanup() { QCOMPARE(MessageBoxes::pendingAnswers(), 0); }

    void overviewCountsWithoutOpening()
    {
        const QString path = savedProject(QStringLiteral("overview.glossa"));
        QVERIFY(!path.isEmpty());
        const QByteArray before = [&] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        const ProjectOverview overview = readProjectOverview(path);
        QVERIFY2(overview.readable, qPrintable(overview.error));
        QCOMPARE(overview.documents, 1);
        QCOMPARE(overview.annotations, 1);
        QVERIFY(overview.modified.isValid());
        // A glance writes nothing, not even a lock or a journal beside it.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("overview.glossa*")}, QDir::Files),
                 QStringList{QStringLiteral("overview.glossa")});

        const QString text = m_dir.filePath(QStringLiteral("not-a-project.glossa"));
        QFile bogus(text);
        QVERIFY(bogus.open(QIODevice::WriteOnly));
        bogus.write("just some text, not SQLite at all, long enough for a header check to read it whole............"
                    "...........");
        bogus.close();
        const ProjectOverview refused = readProjectOverview(text);
        QVERIFY(!refused.readable);
        QVERIFY(refused.error.contains(text));
    }

    void windowStartsOnTheStartPageAndReturnsToIt()
    {
        const QString path = savedProject(QStringLiteral("recent.glossa"));
        QVERIFY(!path.isEmpty());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* start = window.findChild<StartPage*>(QStringLiteral("startPage"));
        QVERIFY(start);
        QCOMPARE(pages(window)->currentWidget(), start);
        for (const char* name : {"startOpenButton", "startSampleButton"}) {
            auto* button = start->findChild<QPushButton*>(QString::fromLatin1(name));
            QVERIFY2(button && button->isVisible(), name);
            QVERIFY2(!button->toolTip().isEmpty(), name);
            QVERIFY2(button->text().contains(QLatin1Char('&')), name); // a keyboard path
        }
        QVERIFY(test::requireChild<QWidget>(start, "startDropHint")->isVisible());

        // The project just saved is listed first, with what is in it.
        QStandardItemModel* recent = start->recentModel();
        QVERIFY(recent->rowCount() >= 1);
        const QModelIndex first = recent->index(0, 0);
        QCOMPARE(QFileInfo(first.data(StartPage::PathRole).toString()).canonicalFilePath(),
                 QFileInfo(path).canonicalFilePath());
        QVERIFY2(first.data().toString().contains(QStringLiteral("1 document")), qPrintable(first.data().toString()));
        QVERIFY(first.data().toString().contains(QStringLiteral("1 annotation")));

        // Activating it opens it, and the reader replaces the start page.
        auto* list = start->findChild<QListView*>(QStringLiteral("recentProjectsList"));
        list->setFocus();
        list->setCurrentIndex(first);
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_COMPARE(pages(window)->currentWidget()->objectName(), QStringLiteral("readerPage"));
        QCOMPARE(QFileInfo(window.projectManager()->projectPath()).canonicalFilePath(),
                 QFileInfo(path).canonicalFilePath());

        test::requireAction(&window, "actionCloseProject")->trigger();
        QCOMPARE(pages(window)->currentWidget(), start);
        window.close();
    }

    void theLastProjectReopensWhenTheUserAskedForIt()
    {
        const QString path = savedProject(QStringLiteral("last.glossa"));
        QVERIFY(!path.isEmpty());
        {
            MainWindow window;
            window.openAtStart({});
            QVERIFY(!window.projectManager()->hasProject()); // by default, the start page
            window.close();
        }
        Settings().setReopenLastProject(true);
        MainWindow window;
        window.openAtStart({});
        QVERIFY(window.projectManager()->hasProject());
        QCOMPARE(QFileInfo(window.projectManager()->projectPath()).canonicalFilePath(),
                 QFileInfo(path).canonicalFilePath());
        QCOMPARE(pages(window)->currentWidget()->objectName(), QStringLiteral("readerPage"));
        window.close();
        Settings().reset(Settings::Key::ReopenLastProject);
    }

    void aProjectGoneSinceIsNotListed()
    {
        const QString path = savedProject(QStringLiteral("gone.glossa"));
        QVERIFY(QFile::remove(path));
        StartPage page;
        page.setRecentProjects(Settings().recentFiles());
        for (int row = 0; row < page.recentModel()->rowCount(); ++row)
            QVERIFY(page.recentModel()->index(row, 0).data(StartPage::PathRole).toString() != path);
    }
};

QTEST_MAIN(TestStartPage)
#include "tst_startpage.moc"
