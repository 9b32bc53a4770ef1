#include "TestSupport.h"
#include "article/ArticleView.h"
#include "cli/CommandLine.h"
#include "comments/CommentTreeModel.h"
#include "mainwindow/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace glossator;

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    static QAction* action(MainWindow& window, const char* name)
    {
        auto* found = window.findChild<QAction*>(QString::fromLatin1(name));
        if (!found)
            qWarning("no action %s", name);
        return found;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        cli::initialiseApplication();
    }

    void actionsHaveKeyboardPathsAndTooltips()
    {
        MainWindow window;
        for (const char* name : {"actionOpen", "actionQuit", "actionExpandAll", "actionCollapseAll"}) {
            QAction* a = action(window, name);
            QVERIFY(a);
            QVERIFY2(!a->shortcut().isEmpty(), name);
            QVERIFY2(!a->toolTip().isEmpty(), name);
            QVERIFY2(a->isEnabled(), name);
        }
        QVERIFY(window.findChild<QSplitter*>(QStringLiteral("readerSplitter")));
    }

    void opensSeedWithFifteenTopLevelComments()
    {
        GLOSSATOR_REQUIRE_SHARED(seed, "seeds/000_1372d385cdabafd9.txt");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(seed));
        auto* tree = window.findChild<QTreeView*>(QStringLiteral("commentTree"));
        QVERIFY(tree);
        QCOMPARE(tree->model()->rowCount(), 15);
        QCOMPARE(tree->model()->index(4, 0).data(CommentTreeModel::AuthorRole).toString(),
                 QStringLiteral("James Dean Jr."));
        auto* article = window.findChild<ArticleView*>(QStringLiteral("articleView"));
        QVERIFY(article);
        QVERIFY(article->toPlainText().contains(QStringLiteral("Japanese Prime Minister Shigeru Ishiba")));
        QVERIFY(article->toPlainText().contains(QStringLiteral("KYODO")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("000_1372d385cdabafd9.txt")));
    }

    void opensSampleAndShowsCountsInStatusBar()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(test::sampleArticle()));
        auto* tree = window.findChild<QTreeView*>(QStringLiteral("commentTree"));
        QCOMPARE(tree->model()->rowCount(), 12);
        auto* status = window.findChild<QLabel*>(QStringLiteral("documentStatusLabel"));
        QVERIFY(status);
        QVERIFY(status->text().contains(QStringLiteral("12 comments")));

        // The tree lays out comments as cards tall enough for their wrapped text.
        const QModelIndex longComment = tree->model()->index(2, 0);
        const QModelIndex shortComment = tree->model()->index(8, 0);
        QVERIFY(tree->visualRect(longComment).height() > 2 * tree->visualRect(shortComment).height());
    }

    void openErrorIsShownAndKeepsCurrentDocument()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(test::sampleArticle()));
        QVERIFY(!window.openFile(test::dataFile(QStringLiteral("does-not-exist.txt"))));
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox*>(QStringLiteral("openErrorMessageBox"))));
        QVERIFY(box->informativeText().contains(QStringLiteral("does-not-exist.txt")));
        box->accept();
        auto* tree = window.findChild<QTreeView*>(QStringLiteral("commentTree"));
        QCOMPARE(tree->model()->rowCount(), 12);
        QVERIFY(window.windowTitle().contains(QStringLiteral("harbour-bridge.txt")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
