#include "QtWarnings.h"
#include "TestSupport.h"
#include "cli/CommandLine.h"
#include "comments/CommentTreeModel.h"
#include "common/MessageBoxes.h"
#include "mainwindow/MainWindow.h"
#include "project/Project.h"
#include "project/ProjectManager.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace glossator;

// The coding loop as the window offers it: the Tag menu's codebook actions, and the comment
// filter bar with the coding going on under it.
class TestMainWindowCoding : public QObject {
    Q_OBJECT

private:
    static void closeDiscarding(MainWindow& window)
    {
        if (window.projectManager()->isUntitled())
            MessageBoxes::queueAnswer(QMessageBox::Discard);
        window.close();
    }

    static QStringList tagNames(const Project& project)
    {
        QStringList names;
        for (const TagUsage& usage : project.store().tags())
            names.append(usage.tag.name);
        return names;
    }

    // Authors of the shown top-level comments, in order.
    static QStringList shownAuthors(QTreeView* view)
    {
        QStringList authors;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            authors.append(view->model()->index(row, 0).data(CommentTreeModel::AuthorRole).toString());
        return authors;
    }

    static QList<qint64> shownIds(QTreeView* view)
    {
        QList<qint64> ids;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            ids.append(view->model()->index(row, 0).data(CommentTreeModel::StoredIdRole).toLongLong());
        return ids;
    }

private slots:
    void init() { test::failOnItemViewWarnings(); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        cli::initialiseApplication();
    }

    void cleanup() { QCOMPARE(MessageBoxes::pendingAnswers(), 0); }

    void theTagMenuMakesTagsWithTheCodebookClosed()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(test::sampleArticle()));
        Project* project = window.projectManager()->project();

        auto* tagMenu = window.findChild<QMenu*>(QStringLiteral("tagMenu"));
        QVERIFY(tagMenu);
        QStringList inMenu;
        for (const QAction* action : tagMenu->actions())
            inMenu.append(action->objectName());
        for (const char* name :
             {"actionNewTag", "actionNewSubTag", "actionRecolorTag", "actionDescribeTag", "actionMergeTag"})
            QVERIFY2(inMenu.contains(QLatin1String(name)), name);

        auto* codebook = window.findChild<QDockWidget*>(QStringLiteral("codebookDock"));
        QVERIFY(codebook);
        codebook->close();
        QTRY_VERIFY(!codebook->isVisible());
        auto* article = window.findChild<QWidget*>(QStringLiteral("articleView"));
        QVERIFY(article);
        article->setFocus();
        QTRY_VERIFY(article->hasFocus());

        // The shortcut, pressed in the article with the codebook closed.
        MessageBoxes::queueText(QStringLiteral("Weather"));
        QTest::keyClick(article, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(MessageBoxes::askedQuestions().contains(QStringLiteral("newTagName")));
        QVERIFY(tagNames(*project).contains(QStringLiteral("Weather")));

        // And the menu item itself.
        auto* newTag = window.findChild<QAction*>(QStringLiteral("actionNewTag"));
        QVERIFY(newTag && newTag->isEnabled());
        MessageBoxes::queueText(QStringLiteral("Cost"));
        newTag->trigger();
        QVERIFY(tagNames(*project).contains(QStringLiteral("Cost")));
        QVERIFY(!codebook->isVisible());
        closeDiscarding(window);
    }

    void theFilterBarFiltersByTagCoderAndUntagged()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(test::sampleArticle()));
        Project* project = window.projectManager()->project();
        const StoredDocument* current = window.projectManager()->currentDocument();
        QVERIFY(current);
        auto* view = window.findChild<QTreeView*>(QStringLiteral("commentTree"));
        auto* kind = window.findChild<QComboBox*>(QStringLiteral("commentFilterKind"));
        auto* field = window.findChild<QLineEdit*>(QStringLiteral("commentFilterField"));
        auto* untagged = window.findChild<QAction*>(QStringLiteral("actionFilterUntagged"));
        auto* showAll = window.findChild<QToolButton*>(QStringLiteral("clearCommentFilter"));
        QVERIFY(view && kind && field && untagged && showAll);
        const int topLevel = view->model()->rowCount();
        QVERIFY(topLevel > 3);

        Tag risk;
        risk.name = QStringLiteral("Risk");
        risk.color = Qt::darkRed;
        const qint64 riskId = *project->createTag(risk);
        Tag storms;
        storms.name = QStringLiteral("Storms");
        storms.color = Qt::darkBlue;
        storms.parentId = riskId;
        const qint64 stormsId = *project->createTag(storms);
        // The sub-tag on the third top-level comment, by Ana.
        const QModelIndex third = view->model()->index(2, 0);
        const QString thirdAuthor = third.data(CommentTreeModel::AuthorRole).toString();
        Annotation annotation;
        annotation.documentId = current->id;
        annotation.commentId = third.data(CommentTreeModel::StoredIdRole).toLongLong();
        annotation.tagIds = {stormsId};
        annotation.coder = QStringLiteral("Ana");
        QVERIFY(annotation.commentId > 0);
        QVERIFY(project->addAnnotation(annotation));

        // Tag: the parent's name finds the sub-tag's comment.
        kind->setCurrentIndex(kind->findData(2));
        QCOMPARE(kind->currentText(), QStringLiteral("Tag"));
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("Risk"));
        QTRY_COMPARE(shownAuthors(view), QStringList{thirdAuthor});
        QVERIFY(showAll->isVisible());

        // Coder, together with the tag: still the one comment; another coder: none.
        kind->setCurrentIndex(kind->findData(3));
        QVERIFY(field->text().isEmpty());
        QTest::keyClicks(field, QStringLiteral("Ana"));
        QTRY_COMPARE(shownAuthors(view), QStringList{thirdAuthor});
        auto* summary = window.findChild<QLabel*>(QStringLiteral("commentFilterSummary"));
        QVERIFY(summary && summary->isVisible());
        QVERIFY2(summary->text().contains(QStringLiteral("Risk")), qPrintable(summary->text()));
        field->clear();
        QTest::keyClicks(field, QStringLiteral("Bruno"));
        QTRY_COMPARE(view->model()->rowCount(), 0);

        // Show All clears every kind at once.
        showAll->click();
        QTRY_COMPARE(view->model()->rowCount(), topLevel);
        QVERIFY(field->text().isEmpty());
        QVERIFY(!showAll->isVisible());

        // Untagged, from its shortcut: the tagged comment goes, the others stay.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(untagged->isChecked());
        QTRY_VERIFY(!shownIds(view).contains(annotation.commentId));
        QCOMPARE(view->model()->rowCount(), topLevel - 1);

        // Coding under the filter: the comment being tagged stays in view until a filter is set
        // again, so that the coder is not thrown to another comment.
        view->setCurrentIndex(view->model()->index(0, 0));
        const qint64 firstId = view->currentIndex().data(CommentTreeModel::StoredIdRole).toLongLong();
        Annotation another;
        another.documentId = current->id;
        another.commentId = firstId;
        another.tagIds = {riskId};
        another.coder = QStringLiteral("Ana");
        QVERIFY(project->addAnnotation(another));
        QCOMPARE(view->model()->rowCount(), topLevel - 1);
        QCOMPARE(view->currentIndex().data(CommentTreeModel::StoredIdRole).toLongLong(), firstId);
        // Undone, it is untagged again and simply stays.
        project->undoStack()->undo();
        QCOMPARE(view->model()->rowCount(), topLevel - 1);
        project->undoStack()->redo();
        // The filter set again shows what is untagged now.
        untagged->trigger();
        QTRY_COMPARE(view->model()->rowCount(), topLevel);
        untagged->trigger();
        QTRY_COMPARE(view->model()->rowCount(), topLevel - 2);
        QVERIFY(!shownIds(view).contains(firstId));
        closeDiscarding(window);
    }
};

QTEST_MAIN(TestMainWindowCoding)
#include "tst_mainwindowcoding.moc"
