#include "QtWarnings.h"
#include "RequireChild.h"
#include "TestSupport.h"
#include "annotations/AnnotationListModel.h"
#include "annotations/AnnotationsPanel.h"
#include "article/ArticleView.h"
#include "cli/CommandLine.h"
#include "comments/CommentTreeModel.h"
#include "comments/CommentTreeView.h"
#include "common/MessageBoxes.h"
#include "mainwindow/MainWindow.h"
#include "notes/NoteDialog.h"
#include "notes/NoteEditor.h"
#include "notes/NoteText.h"
#include "notes/NotesDock.h"
#include "project/ProjectManager.h"
#include "settings/Settings.h"
#include "tagging/QuickTagPalette.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

using namespace glossator;

class TestNoteEditor : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    // The main window with the sample article in a project of its own, saved, so that closing it
    // asks nothing; a tag "Safety" in the codebook.
    struct Session {
        MainWindow window;
        Project* project = nullptr;
        qint64 documentId = 0;
        qint64 safety = 0;
        QString path;
    };

    std::unique_ptr<Session> open()
    {
        auto session = std::make_unique<Session>();
        MainWindow& window = session->window;
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            qWarning("the window did not become active");
        session->path = m_dir.filePath(QStringLiteral("notes%1.glossa").arg(++m_counter));
        if (!window.openFile(test::sampleArticle()) || !window.saveProjectAs(session->path))
            qFatal("test set-up: cannot open the sample");
        session->project = window.projectManager()->project();
        session->documentId = window.projectManager()->currentDocument()->id;
        Tag safety;
        safety.name = QStringLiteral("Safety");
        safety.color = QColor(0xE6, 0x9F, 0x00);
        session->safety = session->project->createTag(safety).value_or(0);
        return session;
    }

    static QAction* action(MainWindow& window, const char* name) { return test::requireAction(&window, name); }

    static ArticleView* article(MainWindow& window)
    {
        return window.findChild<ArticleView*>(QStringLiteral("articleView"));
    }

    static CommentTreeView* comments(MainWindow& window)
    {
        return window.findChild<CommentTreeView*>(QStringLiteral("commentTree"));
    }

    static QPlainTextEdit* noteText(MainWindow& window)
    {
        return window.findChild<QPlainTextEdit*>(QStringLiteral("noteText"));
    }

    static NoteEditor* editor(MainWindow& window)
    {
        return window.findChild<NoteEditor*>(QStringLiteral("noteEditor"));
    }

    static int articleOffset(Session& session, const QString& words)
    {
        const QString text = plainText(session.window.projectManager()->currentDocument()->document.article.blocks);
        return int(text.indexOf(words));
    }

    // An annotation on an article passage, made directly in the project.
    static qint64 annotateArticle(Session& session, const QString& words, const QString& note)
    {
        const QString text = plainText(session.window.projectManager()->currentDocument()->document.article.blocks);
        const int at = int(text.indexOf(words));
        if (at < 0)
            qFatal("test set-up: \"%s\" is not in the article", qPrintable(words));
        Annotation annotation;
        annotation.documentId = session.documentId;
        annotation.range = TextRange::fromText(text, at, at + int(words.size()));
        annotation.tagIds = {session.safety};
        annotation.note = note;
        return session.project->addAnnotation(annotation).value_or(0);
    }

    static qint64 annotateComment(Session& session, int row, const QString& note)
    {
        Annotation annotation;
        annotation.documentId = session.documentId;
        annotation.commentId = session.window.projectManager()->currentDocument()->commentIds.at(row);
        annotation.tagIds = {session.safety};
        annotation.note = note;
        return session.project->addAnnotation(annotation).value_or(0);
    }

    [[nodiscard]] static bool focus(QWidget* widget)
    {
        widget->window()->activateWindow();
        widget->setFocus(Qt::OtherFocusReason);
        return QTest::qWaitFor([widget] { return widget->hasFocus(); });
    }

    // Picks a tag in the open palette: Enter, or Shift+Enter to be asked for a note.
    [[nodiscard]] static bool chooseInPalette(MainWindow& window, const QString& typed, Qt::KeyboardModifiers modifiers)
    {
        const auto palette = [&window] {
            return window.findChild<QuickTagPalette*>(QStringLiteral("quickTagPalette"));
        };
        if (!QTest::qWaitFor([&] { return palette() != nullptr; }))
            return false;
        auto* filter = palette()->findChild<QLineEdit*>(QStringLiteral("quickTagFilter"));
        if (!filter)
            return false;
        QTest::keyClicks(filter, typed);
        QTest::keyClick(filter, Qt::Key_Return, modifiers);
        return QTest::qWaitFor([&] { return palette() == nullptr; });
    }

    static NoteDialog* waitForNoteDialog(MainWindow& window)
    {
        NoteDialog* dialog = nullptr;
        for (int i = 0; i < 200 && !dialog; ++i) {
            dialog = window.findChild<NoteDialog*>(QStringLiteral("noteDialog"));
            if (!dialog)
                QTest::qWait(10);
        }
        return dialog;
    }

    // True when every answer the test queued for a message box was used.
    [[nodiscard]] static bool closeWindow(Session& session)
    {
        session.window.close();
        return MessageBoxes::pendingAnswers() == 0;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(ProjectManager::untitledFolder()).removeRecursively();
        cli::initialiseApplication();
        QVERIFY(m_dir.isValid());
        // The docks as a first start lays them out, not as another test left them.
        Settings settings{QString()};
        settings.setWindowState({});
        settings.setWindowGeometry({});
    }

    void init() { test::failOnItemViewWarnings(); }

    void cleanup() { QCOMPARE(MessageBoxes::pendingAnswers(), 0); }

    void tagWithNoteIsInTheTagMenuWithAKey()
    {
        auto session = open();
        QAction* tagWithNote = action(session->window, "actionTagWithNote");
        QVERIFY(tagWithNote);
        QCOMPARE(tagWithNote->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+G")));
        QVERIFY(!tagWithNote->toolTip().isEmpty());
        QVERIFY(tagWithNote->isEnabled());
        auto* tagMenu = session->window.menuBar()->findChild<QMenu*>(QStringLiteral("tagMenu"));
        QVERIFY(tagMenu && tagMenu->actions().contains(tagWithNote));
        // On the article's own menu too, beside the other ways to tag.
        QVERIFY(article(session->window)->actions().contains(tagWithNote));
        // No other action of the window has the same key.
        for (QAction* each : session->window.findChildren<QAction*>()) {
            if (each != tagWithNote)
                QVERIFY2(!each->shortcuts().contains(tagWithNote->shortcut()), qPrintable(each->objectName()));
        }
        QVERIFY(closeWindow(*session));
    }

    void tagWithNoteOnAnArticlePassageIsOneStep()
    {
        auto session = open();
        MainWindow& window = session->window;
        ArticleView* view = article(window);
        QVERIFY(focus(view));
        const int start = articleOffset(*session, QStringLiteral("never stop for storms"));
        view->selectRange(start, start + 21);
        const int steps = session->project->undoStack()->count();

        action(window, "actionTagWithNote")->trigger();
        QuickTagPalette* palette = nullptr;
        QTRY_VERIFY((palette = window.findChild<QuickTagPalette*>(QStringLiteral("quickTagPalette"))));
        QCOMPARE(palette->windowTitle(), QStringLiteral("Tag with Note"));
        QVERIFY(chooseInPalette(window, QStringLiteral("saf"), Qt::NoModifier));
        NoteDialog* dialog = waitForNoteDialog(window);
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("noteDialogTarget"))
                    ->text()
                    .contains(QStringLiteral("never stop for storms")));
        auto* text = dialog->findChild<QPlainTextEdit*>(QStringLiteral("noteDialogText"));
        QTRY_VERIFY(text->hasFocus());
        // Enter is a new line in the note; Ctrl+Enter applies.
        QTest::keyClicks(text, QStringLiteral("Weather argument"));
        QTest::keyClick(text, Qt::Key_Return);
        QTest::keyClicks(text, QStringLiteral("compare the ferry's cancelled days"));
        QVERIFY(dialog->isVisible());
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!window.findChild<NoteDialog*>(QStringLiteral("noteDialog")));

        const QList<Annotation> annotations = session->project->store().annotations(session->documentId);
        QCOMPARE(annotations.size(), 1);
        QCOMPARE(annotations.first().range->exact, QStringLiteral("never stop for storms"));
        QCOMPARE(annotations.first().tagIds, QList<qint64>{session->safety});
        QCOMPARE(annotations.first().note, QStringLiteral("Weather argument\ncompare the ferry's cancelled days"));
        QCOMPARE(session->project->undoStack()->count(), steps + 1);
        session->project->undoStack()->undo();
        QVERIFY(session->project->store().annotations(session->documentId).isEmpty());
        QVERIFY(closeWindow(*session));
    }

    void shiftEnterInThePaletteAsksForANote()
    {
        auto session = open();
        MainWindow& window = session->window;
        CommentTreeView* tree = comments(window);
        QVERIFY(focus(tree));
        tree->setCurrentIndex(tree->model()->index(3, 0));
        const qint64 commentId = tree->currentIndex().data(CommentTreeModel::StoredIdRole).toLongLong();
        const int steps = session->project->undoStack()->count();

        // Cancelled: nothing happens, not even the new tag.
        action(window, "actionQuickTag")->trigger();
        QVERIFY(chooseInPalette(window, QStringLiteral("Crew"), Qt::ShiftModifier));
        NoteDialog* dialog = waitForNoteDialog(window);
        QVERIFY(dialog);
        QTest::keyClick(dialog->findChild<QPlainTextEdit*>(QStringLiteral("noteDialogText")), Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<NoteDialog*>(QStringLiteral("noteDialog")));
        QVERIFY(session->project->store().annotations(session->documentId).isEmpty());
        QVERIFY(!session->project->store().tagByPath(QStringLiteral("Crew")));
        QCOMPARE(session->project->undoStack()->count(), steps);

        // A new tag with a note on the whole comment: tag, annotation and note are one step.
        QVERIFY(focus(tree));
        action(window, "actionQuickTag")->trigger();
        QVERIFY(chooseInPalette(window, QStringLiteral("Crew"), Qt::ShiftModifier));
        QVERIFY((dialog = waitForNoteDialog(window)));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("noteDialogText")),
                         QStringLiteral("Nobody answers this"));
        test::requireChild<QPushButton>(dialog, "noteDialogApply")->click();
        QTRY_VERIFY(!window.findChild<NoteDialog*>(QStringLiteral("noteDialog")));
        const auto crew = session->project->store().tagByPath(QStringLiteral("Crew"));
        QVERIFY(crew);
        QList<Annotation> annotations = session->project->store().annotations(session->documentId);
        QCOMPARE(annotations.size(), 1);
        QCOMPARE(annotations.first().commentId, commentId);
        QVERIFY(!annotations.first().range);
        QCOMPARE(annotations.first().tagIds, QList<qint64>{crew->id});
        QCOMPARE(annotations.first().note, QStringLiteral("Nobody answers this"));
        QCOMPARE(session->project->undoStack()->count(), steps + 1);

        // Again on the same comment with a tag it lacks: the dialog starts from the note it has, and
        // the tag joins the annotation rather than making a second one, again in one step.
        window.activateWindow();
        QVERIFY(focus(tree));
        action(window, "actionTagWithNote")->trigger();
        QVERIFY(chooseInPalette(window, QStringLiteral("saf"), Qt::NoModifier));
        QVERIFY((dialog = waitForNoteDialog(window)));
        auto* text = dialog->findChild<QPlainTextEdit*>(QStringLiteral("noteDialogText"));
        QCOMPARE(text->toPlainText(), QStringLiteral("Nobody answers this"));
        QTest::keyClicks(text, QStringLiteral(", and it matters"));
        QTest::keyClick(text, Qt::Key_Enter, Qt::ControlModifier);
        QTRY_VERIFY(!window.findChild<NoteDialog*>(QStringLiteral("noteDialog")));
        annotations = session->project->store().annotations(session->documentId);
        QCOMPARE(annotations.size(), 1);
        QCOMPARE(annotations.first().tagIds, (QList<qint64>{session->safety, crew->id}));
        QCOMPARE(annotations.first().note, QStringLiteral("Nobody answers this, and it matters"));
        QCOMPARE(session->project->undoStack()->count(), steps + 2);
        session->project->undoStack()->undo();
        annotations = session->project->store().annotations(session->documentId);
        QCOMPARE(annotations.first().tagIds, QList<qint64>{crew->id});
        QCOMPARE(annotations.first().note, QStringLiteral("Nobody answers this"));
        session->project->undoStack()->undo();
        QVERIFY(session->project->store().annotations(session->documentId).isEmpty());
        QVERIFY(!session->project->store().tagByPath(QStringLiteral("Crew")));
        QVERIFY(closeWindow(*session));
    }

    void theDockShowsTheNoteWhereTheUserIs()
    {
        auto session = open();
        MainWindow& window = session->window;
        auto* dock = window.findChild<QDockWidget*>(QStringLiteral("notesDock"));
        QVERIFY(dock);
        // Closed on a first start, before there is a note; the View menu's Notes opens it.
        QVERIFY(!dock->isVisible());
        auto* showNotes = window.findChild<QAction*>(QStringLiteral("actionShowNotes"));
        QVERIFY(showNotes);
        showNotes->trigger();
        QVERIFY(dock->isVisible());
        QCOMPARE(window.dockWidgetArea(dock), Qt::RightDockWidgetArea);
        QPlainTextEdit* text = noteText(window);
        QVERIFY(text);
        QVERIFY(!text->isEnabled()); // nothing tagged yet
        const qint64 storms =
            annotateArticle(*session, QStringLiteral("never stop for storms"), QStringLiteral("Weather\nand wind"));
        const qint64 margit = annotateComment(*session, 0, QStringLiteral("Commuter view"));

        // The cursor in a tagged passage of the article.
        ArticleView* view = article(window);
        QVERIFY(focus(view));
        const int start = articleOffset(*session, QStringLiteral("stop for storms"));
        QTextCursor cursor = view->textCursor();
        cursor.setPosition(view->documentPosition(start));
        view->setTextCursor(cursor);
        QCOMPARE(editor(window)->annotation(), storms);
        QVERIFY(text->isEnabled());
        QCOMPARE(text->toPlainText(), QStringLiteral("Weather\nand wind"));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("noteTarget"))
                    ->text()
                    .contains(QStringLiteral("never stop for storms")));
        // Untagged text: no note.
        cursor.setPosition(view->documentPosition(articleOffset(*session, QStringLiteral("Kestrel Bay voted"))));
        view->setTextCursor(cursor);
        QCOMPARE(editor(window)->annotation(), 0);
        QVERIFY(!text->isEnabled());

        // The current comment's own tag.
        CommentTreeView* tree = comments(window);
        QVERIFY(focus(tree));
        tree->setCurrentIndex(tree->model()->index(0, 0));
        QCOMPARE(editor(window)->annotation(), margit);
        QCOMPARE(text->toPlainText(), QStringLiteral("Commuter view"));
        QVERIFY(test::requireChild<QLabel>(&window, "noteTarget")->text().contains(QStringLiteral("Margit")));
        tree->setCurrentIndex(tree->model()->index(1, 0));
        QCOMPARE(editor(window)->annotation(), 0);

        // The row chosen in the Annotations panel; Edit Note there goes into the dock.
        test::requireChild<QDockWidget>(&window, "annotationsDock")->show();
        auto* panel = window.findChild<AnnotationsPanel*>(QStringLiteral("annotationsPanel"));
        QVERIFY(focus(panel->view()));
        QVERIFY(panel->selectAnnotation(storms));
        QCOMPARE(editor(window)->annotation(), storms);
        QVERIFY(panel->selectAnnotation(margit));
        QCOMPARE(editor(window)->annotation(), margit);
        QTest::keyClick(panel->view(), Qt::Key_F2);
        QTRY_VERIFY(text->hasFocus());
        QCOMPARE(editor(window)->annotation(), margit);
        QCOMPARE(MessageBoxes::pendingAnswers(), 0);
        // Escape goes back to where the user came from.
        QTest::keyClick(text, Qt::Key_Escape);
        QTRY_VERIFY(panel->view()->hasFocus());
        QVERIFY(closeWindow(*session));
    }

    void typingIsSavedAfterAPauseAsOneStep()
    {
        auto session = open();
        MainWindow& window = session->window;
        const qint64 storms = annotateArticle(*session, QStringLiteral("never stop for storms"), QStringLiteral("Wea"));
        const QDateTime made = session->project->store().annotation(storms)->modified;
        ArticleView* view = article(window);
        QVERIFY(focus(view));
        const int start = articleOffset(*session, QStringLiteral("never stop for storms"));
        view->selectRange(start, start + 21);
        QCOMPARE(editor(window)->annotation(), storms);
        const int steps = session->project->undoStack()->count();

        QPlainTextEdit* text = noteText(window);
        QVERIFY(focus(text));
        text->moveCursor(QTextCursor::End);
        QTest::keyClicks(text, QStringLiteral("ther"));
        QVERIFY(editor(window)->hasUnsavedText());
        QCOMPARE(session->project->store().annotation(storms)->note, QStringLiteral("Wea"));
        QTRY_COMPARE(session->project->store().annotation(storms)->note, QStringLiteral("Weather"));
        QCOMPARE(session->project->undoStack()->count(), steps + 1);
        QVERIFY(text->hasFocus()); // saving does not take the keyboard away
        QCOMPARE(text->textCursor().position(), 7);

        // More typing after the pause: the same step, as consecutive note edits are.
        QTest::keyClick(text, Qt::Key_Return);
        QTest::keyClicks(text, QStringLiteral("argument"));
        QTRY_COMPARE(session->project->store().annotation(storms)->note, QStringLiteral("Weather\nargument"));
        QCOMPARE(session->project->undoStack()->count(), steps + 1);

        // Leaving the editor saves at once, without waiting for the pause.
        QTest::keyClicks(text, QStringLiteral("!"));
        QVERIFY(focus(view));
        QCOMPARE(session->project->store().annotation(storms)->note, QStringLiteral("Weather\nargument!"));
        QCOMPARE(session->project->undoStack()->count(), steps + 1);

        // Undo takes the whole note edit back, the time of the last change included, and the
        // editor follows.
        action(window, "actionUndo")->trigger();
        QCOMPARE(session->project->store().annotation(storms)->note, QStringLiteral("Wea"));
        QCOMPARE(session->project->store().annotation(storms)->modified, made);
        QCOMPARE(text->toPlainText(), QStringLiteral("Wea"));
        action(window, "actionRedo")->trigger();
        QCOMPARE(text->toPlainText(), QStringLiteral("Weather\nargument!"));
        QVERIFY(closeWindow(*session));
    }

    void movingElsewhereSavesTheNoteFirst()
    {
        auto session = open();
        MainWindow& window = session->window;
        const qint64 storms = annotateArticle(*session, QStringLiteral("never stop for storms"), QString());
        const qint64 margit = annotateComment(*session, 0, QString());
        ArticleView* view = article(window);
        QVERIFY(focus(view));
        const int start = articleOffset(*session, QStringLiteral("never stop for storms"));
        view->selectRange(start, start + 21);
        QCOMPARE(editor(window)->annotation(), storms);
        // Typed, and another annotation shown before the pause is over.
        QTest::keyClicks(noteText(window), QStringLiteral("about storms"));
        editor(window)->setAnnotation(margit);
        QCOMPARE(session->project->store().annotation(storms)->note, QStringLiteral("about storms"));
        QCOMPARE(noteText(window)->toPlainText(), QString());
        QVERIFY(closeWindow(*session));
    }

    void closingTheWindowKeepsWhatWasTyped()
    {
        QString path;
        qint64 storms = 0;
        {
            auto session = open();
            path = session->path;
            MainWindow& window = session->window;
            storms = annotateArticle(*session, QStringLiteral("never stop for storms"), QString());
            ArticleView* view = article(window);
            QVERIFY(focus(view));
            const int start = articleOffset(*session, QStringLiteral("never stop for storms"));
            view->selectRange(start, start + 21);
            QPlainTextEdit* text = noteText(window);
            QVERIFY(focus(text));
            QTest::keyClicks(text, QStringLiteral("typed just before closing"));
            QVERIFY(editor(window)->hasUnsavedText());
            // Straight away, with the keyboard still in the note.
            QVERIFY(window.close());
        }
        ProjectError error;
        auto reader = ProjectStore::open(path, ProjectStore::Access::ReadOnly, &error);
        QVERIFY2(reader, qPrintable(error.message));
        QCOMPARE(reader->annotation(storms)->note, QStringLiteral("typed just before closing"));
    }

    void aNewAnnotationWhereTheUserIsShowsAtOnce()
    {
        auto session = open();
        MainWindow& window = session->window;
        ArticleView* view = article(window);
        QVERIFY(focus(view));
        const int start = articleOffset(*session, QStringLiteral("never stop for storms"));
        view->selectRange(start, start + 21);
        QCOMPARE(editor(window)->annotation(), 0);
        QTest::keyClick(view, Qt::Key_1);
        const QList<Annotation> annotations = session->project->store().annotations(session->documentId);
        QCOMPARE(annotations.size(), 1);
        QCOMPARE(editor(window)->annotation(), annotations.first().id);
        QVERIFY(noteText(window)->isEnabled());
        QVERIFY(closeWindow(*session));
    }

    void theNotesActionGoesToTheNoteAndBack()
    {
        auto session = open();
        MainWindow& window = session->window;
        annotateArticle(*session, QStringLiteral("never stop for storms"), QStringLiteral("x"));
        auto* dock = window.findChild<QDockWidget*>(QStringLiteral("notesDock"));
        QAction* show = action(window, "actionShowNotes");
        QVERIFY(show);
        QCOMPARE(show->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+M")));
        QVERIFY(!show->toolTip().isEmpty());
        auto* viewMenu = window.menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"));
        QVERIFY(viewMenu->actions().contains(show));

        ArticleView* view = article(window);
        QVERIFY(focus(view));
        const int start = articleOffset(*session, QStringLiteral("never stop for storms"));
        view->selectRange(start, start + 21);
        // Shown and not in it: the keyboard goes into the note.
        QTest::keyClick(view, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(noteText(window)->hasFocus());
        QVERIFY(dock->isVisible());
        // In it: the panel goes away and the keyboard back to the text.
        QTest::keyClick(noteText(window), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!dock->isVisible());
        QVERIFY(!show->isChecked());
        QTRY_VERIFY(view->hasFocus());
        // Hidden: shown again, and the keyboard into it.
        show->trigger();
        QVERIFY(dock->isVisible());
        QVERIFY(show->isChecked());
        QTRY_VERIFY(noteText(window)->hasFocus());
        QVERIFY(closeWindow(*session));
    }

    void readOnlyProjectShowsNotesOnly()
    {
        QString path;
        qint64 storms = 0;
        {
            auto session = open();
            path = session->path;
            storms = annotateArticle(*session, QStringLiteral("never stop for storms"), QStringLiteral("kept"));
            QVERIFY(closeWindow(*session));
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.projectManager()->openProject(path, ProjectStore::Access::ReadOnly));
        editor(window)->setAnnotation(storms);
        QCOMPARE(noteText(window)->toPlainText(), QStringLiteral("kept"));
        QVERIFY(noteText(window)->isReadOnly());
        QVERIFY(!action(window, "actionTagWithNote")->isEnabled());
        window.close();
    }

    void hoverShowsTheNoteElided()
    {
        // Wrapped to lines of a readable length, at most a few of them.
        const QString longNote = QStringLiteral("one two three four five six seven eight nine ten").repeated(4) +
                                 QStringLiteral("\n\nsecond\nthird\nfourth\nfifth line, not shown");
        const QString preview = notePreview(longNote, 4, 60);
        const QStringList lines = preview.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4);
        for (const QString& line : lines)
            QVERIFY2(line.size() <= 61, qPrintable(line));
        QVERIFY(preview.endsWith(QChar(0x2026)));
        QVERIFY(!preview.contains(QStringLiteral("fifth")));
        QCOMPARE(notePreview(QStringLiteral("short\nnote")), QStringLiteral("short\nnote"));
        QCOMPARE(noteFirstLine(QStringLiteral("\nfirst line\n\nsecond")), QStringLiteral("first line …"));
        QCOMPARE(noteFirstLine(QStringLiteral("only line\n")), QStringLiteral("only line"));

        auto session = open();
        MainWindow& window = session->window;
        annotateArticle(*session, QStringLiteral("never stop for storms"), longNote);
        ArticleView* view = article(window);
        const int start = articleOffset(*session, QStringLiteral("stop for storms"));
        QTextCursor cursor(view->document());
        cursor.setPosition(view->documentPosition(start));
        const QPoint at = view->cursorRect(cursor).center() + QPoint(2, 0);
        QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
        QCoreApplication::sendEvent(view, &help);
        const QString tip = QToolTip::text();
        QVERIFY2(tip.startsWith(QStringLiteral("Safety\none two three")), qPrintable(tip));
        QVERIFY2(!tip.contains(QStringLiteral("fifth")), qPrintable(tip));
        QVERIFY2(tip.split(QLatin1Char('\n')).size() <= 5, qPrintable(tip));
        QToolTip::hideText();

        // A comment's card: its tagged passages with their notes.
        const StoredDocument* stored = window.projectManager()->currentDocument();
        const QString pilot = plainText(stored->document.comments.at(1).blocks);
        const int passage = int(pilot.indexOf(QStringLiteral("stuck open")));
        Annotation onComment;
        onComment.documentId = session->documentId;
        onComment.commentId = stored->commentIds.at(1);
        onComment.range = TextRange::fromText(pilot, passage, passage + 10);
        onComment.tagIds = {session->safety};
        onComment.note = QStringLiteral("Local knowledge\nfrom the pilot");
        QVERIFY(session->project->addAnnotation(onComment));
        const QString card = comments(window)->model()->index(1, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(card.contains(QStringLiteral("“stuck open”: Safety\nLocal knowledge\nfrom the pilot")),
                 qPrintable(card));
        QVERIFY(closeWindow(*session));
    }
};

QTEST_MAIN(TestNoteEditor)
#include "tst_noteeditor.moc"
