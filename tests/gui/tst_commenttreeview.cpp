#include "QtWarnings.h"
#include "TestSupport.h"
#include "cli/CommandLine.h"
#include "comments/CommentTextEditor.h"
#include "comments/CommentTreeModel.h"
#include "comments/CommentTreeView.h"
#include "common/MessageBoxes.h"
#include "import/ImporterRegistry.h"
#include "mainwindow/MainWindow.h"
#include "project/ProjectManager.h"

#include <QAction>
#include <QApplication>
#include <QMouseEvent>
#include <QStandardPaths>
#include <QTest>

using namespace glossator;

class TestCommentTreeView : public QObject {
    Q_OBJECT

private:
    Document m_document;

    static void send(QWidget* target, QEvent::Type type, QPoint at, Qt::MouseButtons buttons)
    {
        QMouseEvent event(type, QPointF(at), QPointF(target->mapToGlobal(at)),
                          type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons, Qt::NoModifier);
        QApplication::sendEvent(target, &event);
    }

    // A press, a few moves and a release along the first line of a card's text.
    static void drag(QWidget* target, QPoint from, QPoint to)
    {
        send(target, QEvent::MouseButtonPress, from, Qt::LeftButton);
        for (int step = 1; step <= 4; ++step)
            send(target, QEvent::MouseMove, from + (to - from) * step / 4, Qt::LeftButton);
        send(target, QEvent::MouseButtonRelease, to, Qt::NoButton);
    }

    // The text laid over the current comment (closed editors of earlier rows may linger a moment).
    static QWidget* currentText(const CommentTreeView& view)
    {
        auto* editor = qobject_cast<CommentTextEditor*>(view.indexWidget(view.currentIndex()));
        return editor ? editor->viewport() : nullptr;
    }

    static void click(QWidget* target, QPoint at)
    {
        send(target, QEvent::MouseButtonPress, at, Qt::LeftButton);
        send(target, QEvent::MouseButtonRelease, at, Qt::NoButton);
    }

    // A point on the first line of a row's text, in the tree's viewport.
    static QPoint firstLineOf(const CommentTreeView& view, const QModelIndex& index, int x)
    {
        const QRect row = view.visualRect(index);
        return {row.left() + x, row.top() + view.fontMetrics().height() * 2 + 4};
    }

private slots:
    void init() { test::failOnItemViewWarnings(); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        cli::initialiseApplication();
        const ImportResult read = ImporterRegistry::instance().importFile(test::sampleArticle());
        QVERIFY(read.ok());
        m_document = *read.document;
    }

    void cleanup() { QCOMPARE(MessageBoxes::pendingAnswers(), 0); }

    void aClickChoosesTheCommentAndTheKeysStayWithTheTree()
    {
        CommentTreeModel model;
        model.setDocument(m_document);
        CommentTreeView view;
        view.setModel(&model);
        view.resize(600, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFocus();
        const QModelIndex second = model.index(1, 0);
        click(view.viewport(), firstLineOf(view, second, 60));
        QCOMPARE(view.currentIndex(), second);
        QTRY_VERIFY(view.hasFocus());
        // Clicking the comment that is current (its text lies over it) is a click too.
        QWidget* text = currentText(view);
        click(text, QPoint(40, 4));
        QVERIFY(view.hasFocus());
        QVERIFY(!view.selectedPassage());
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(view.currentIndex(), model.index(2, 0));
    }

    void aFirstDragSelectsTextAtOnce()
    {
        CommentTreeModel model;
        model.setDocument(m_document);
        CommentTreeView view;
        view.setModel(&model);
        view.resize(600, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFocus();
        view.setCurrentIndex(model.index(0, 0));
        const QModelIndex third = model.index(2, 0);
        // Over a comment that is not current: it becomes current and the same drag selects text.
        drag(view.viewport(), firstLineOf(view, third, 40), firstLineOf(view, third, 200));
        QCOMPARE(view.currentIndex(), third);
        const auto passage = view.selectedPassage();
        QVERIFY(passage);
        QVERIFY(passage->second - passage->first >= 5);
        QWidget* focused = QApplication::focusWidget();
        QVERIFY(focused && focused->objectName() == QStringLiteral("commentTextEditor"));
        // Escape goes back to the tree, and Enter into the text again.
        QTest::keyClick(focused, Qt::Key_Escape);
        QVERIFY(view.hasFocus());
        QTest::keyClick(&view, Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("commentTextEditor"));
        // A drag inside the current comment's text selects as well.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QWidget* text = currentText(view);
        drag(text, QPoint(4, 4), QPoint(120, 4));
        QVERIFY(view.selectedPassage());
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("commentTextEditor"));
    }

    void escapeLeavesTheTextAfterATag()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(test::sampleArticle()));
        Project* project = window.projectManager()->project();
        QVERIFY(project->createTagPath(QStringLiteral("Boats")));
        auto* view = window.findChild<CommentTreeView*>(QStringLiteral("commentTree"));
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        view->setCurrentIndex(view->model()->index(1, 0));
        QTest::keyClick(view, Qt::Key_Return);
        view->selectPassage(0, 10);
        QWidget* text = QApplication::focusWidget();
        QVERIFY(text && text->objectName() == QStringLiteral("commentTextEditor"));
        QTest::keyClick(text, Qt::Key_1);
        QCOMPARE(project->store().annotations(window.projectManager()->currentDocument()->id).size(), 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY2(view->hasFocus(), qPrintable(QApplication::focusWidget()->objectName()));
        MessageBoxes::queueAnswer(QMessageBox::Discard);
        window.close();
    }
};

QTEST_MAIN(TestCommentTreeView)
#include "tst_commenttreeview.moc"
