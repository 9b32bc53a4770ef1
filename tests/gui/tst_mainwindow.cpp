#include "QtWarnings.h"
#include "RequireChild.h"
#include "TestSupport.h"
#include "article/ArticleView.h"
#include "cli/CommandLine.h"
#include "comments/CommentTextEditor.h"
#include "comments/CommentTreeModel.h"
#include "comments/CommentTreeView.h"
#include "common/MessageBoxes.h"
#include "common/PassageFormat.h"
#include "mainwindow/MainWindow.h"
#include "project/ProjectManager.h"
#include "settings/Settings.h"
#include "tagging/QuickTagPalette.h"
#include "text/CodeHighlighter.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScreen>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>

using namespace glossator;

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QAction* action(MainWindow& window, const char* name) { return test::requireAction(&window, name); }

    static QTreeView* tree(MainWindow& window) { return window.findChild<QTreeView*>(QStringLiteral("commentTree")); }

    // Closing asks about an untitled project with work in it; these tests discard it.
    static void closeDiscarding(MainWindow& window)
    {
        if (window.projectManager()->isUntitled())
            MessageBoxes::queueAnswer(QMessageBox::Discard);
        window.close();
    }

    static QStringList untitledProjects()
    {
        return QDir(ProjectManager::untitledFolder()).entryList({QStringLiteral("*.glossa")}, QDir::Files);
    }

private slots:
    void init() { test::failOnItemViewWarnings(); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(ProjectManager::untitledFolder()).removeRecursively();
        cli::initialiseApplication();
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { QCOMPARE(MessageBoxes::pendingAnswers(), 0); }

    void actionsHaveKeyboardPathsAndTooltips()
    {
        MainWindow window;
        for (const char* name :
             {"actionOpen", "actionAddArticle", "actionSaveAs", "actionCloseProject", "actionQuit", "actionUndo",
              "actionRedo", "actionExpandAll", "actionCollapseAll", "actionShowDocuments"}) {
            QAction* a = action(window, name);
            QVERIFY(a);
            QVERIFY2(!a->shortcut().isEmpty(), name);
            QVERIFY2(!a->toolTip().isEmpty(), name);
        }
        QVERIFY(action(window, "actionOpen")->isEnabled());
        QVERIFY(!action(window, "actionSaveAs")->isEnabled()); // nothing open yet
        QVERIFY(window.findChild<QSplitter*>(QStringLiteral("readerSplitter")));
    }

    // A misspelt action fails the test that looks it up, naming it, and the test program goes on
    // with a disabled stand-in instead of crashing on a null pointer.
    void misnamedActionFailsOnlyItsTest()
    {
        MainWindow window;
        QEXPECT_FAIL("", "there is no action called actionNoSuchThing", Continue);
        QAction* standIn = action(window, "actionNoSuchThing");
        QVERIFY(standIn);
        QVERIFY(!standIn->isEnabled());
        standIn->trigger();
    }

    void opensSeedWithFifteenTopLevelComments()
    {
        GLOSSATOR_REQUIRE_SHARED(seed, "seeds/000_1372d385cdabafd9.txt");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(seed));
        QCOMPARE(tree(window)->model()->rowCount(), 15);
        QCOMPARE(tree(window)->model()->index(4, 0).data(CommentTreeModel::AuthorRole).toString(),
                 QStringLiteral("James Dean Jr."));
        auto* article = window.findChild<ArticleView*>(QStringLiteral("articleView"));
        QVERIFY(article);
        QVERIFY(article->toPlainText().contains(QStringLiteral("Japanese Prime Minister Shigeru Ishiba")));
        QVERIFY(article->toPlainText().contains(QStringLiteral("KYODO")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("000_1372d385cdabafd9")));
        closeDiscarding(window);
    }

    // The format at the first character of word in doc, after checking that the word is there.
    static QTextCharFormat formatOfWord(QTextDocument* doc, const QString& word)
    {
        const QTextCursor found =
            doc->find(word, 0, QTextDocument::FindWholeWords | QTextDocument::FindCaseSensitively);
        if (found.isNull())
            return {};
        QTextCursor cursor(doc);
        cursor.setPosition(found.selectionStart() + 1);
        return cursor.charFormat();
    }

    static void checkCodeFormat(const QTextCharFormat& format, const QString& where)
    {
        QVERIFY2(QFontInfo(format.font()).fixedPitch(), qPrintable(where));
        if (CodeHighlighter::isAvailable()) {
            QCOMPARE(format.property(CodeHighlighter::StyleProperty).toString(), QStringLiteral("Keyword"));
            QCOMPARE(format.foreground().color(), CodeHighlighter::styleColor(QStringLiteral("Keyword")));
        } else {
            QVERIFY2(!format.hasProperty(CodeHighlighter::StyleProperty), qPrintable(where));
            QVERIFY2(format.foreground().style() == Qt::NoBrush, qPrintable(where));
        }
    }

    // With KSyntaxHighlighting a keyword carries the theme's keyword format in the article and in a
    // comment; without it the same code is plain monospace.
    void codeBlocksAreHighlightedInArticleAndComments()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(test::dataFile(QStringLiteral("markdown-code.md"))));

        auto* article = window.findChild<ArticleView*>(QStringLiteral("articleView"));
        const QTextCharFormat articleKeyword = formatOfWord(article->document(), QStringLiteral("def"));
        QVERIFY(articleKeyword.isValid());
        checkCodeFormat(articleKeyword, QStringLiteral("article"));
        // Prose stays in the article's own font.
        QVERIFY(!QFontInfo(formatOfWord(article->document(), QStringLiteral("library")).font()).fixedPitch());

        QTreeView* comments = tree(window);
        QTRY_COMPARE(comments->model()->rowCount(), 2);
        comments->setCurrentIndex(comments->model()->index(0, 0));
        CommentTextEditor* editor = nullptr;
        QTRY_VERIFY((editor = comments->findChild<CommentTextEditor*>(QStringLiteral("commentTextEditor"))));
        QTRY_VERIFY(editor->toPlainText().contains(QStringLiteral("import re")));
        const QTextCharFormat commentKeyword = formatOfWord(editor->document(), QStringLiteral("def"));
        QVERIFY(commentKeyword.isValid());
        checkCodeFormat(commentKeyword, QStringLiteral("comment"));
        QVERIFY(!QFontInfo(formatOfWord(editor->document(), QStringLiteral("write")).font()).fixedPitch());
        closeDiscarding(window);
    }

    static int visibleRows(QTreeView* view)
    {
        int rows = 0;
        for (QModelIndex index = view->model()->index(0, 0); index.isValid(); index = view->indexBelow(index))
            ++rows;
        return rows;
    }

    void viewMenuLevelsTextSizeSidesAndTheme()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(test::dataFile(QStringLiteral("dragnet-threaded.corrected.txt"))));
        QTreeView* comments = tree(window);
        QTRY_COMPARE(comments->model()->rowCount(), 3); // three threads, replies two levels deep

        action(window, "actionExpandToLevel1")->trigger();
        QCOMPARE(visibleRows(comments), 3);
        action(window, "actionExpandToLevel2")->trigger();
        QCOMPARE(visibleRows(comments), 5);
        action(window, "actionExpandToLevel3")->trigger();
        QCOMPARE(visibleRows(comments), 6);
        action(window, "actionExpandToLevel2")->trigger();
        QCOMPARE(visibleRows(comments), 5); // deeper replies are collapsed again

        auto* article = window.findChild<ArticleView*>(QStringLiteral("articleView"));
        const int normal = QApplication::font().pointSize();
        action(window, "actionZoomIn")->trigger();
        action(window, "actionZoomIn")->trigger();
        QCOMPARE(article->font().pointSize(), normal + 2);
        QCOMPARE(comments->font().pointSize(), normal + 2);
        action(window, "actionZoomOut")->trigger();
        QCOMPARE(article->font().pointSize(), normal + 1);
        // The article's title is drawn larger than the text, in proportion to it.
        QTextCursor title(article->document());
        title.setPosition(1);
        QVERIFY(title.charFormat().fontPointSize() > normal + 1);
        action(window, "actionZoomReset")->trigger();
        QCOMPARE(article->font().pointSize(), normal);

        auto* splitter = window.findChild<QSplitter*>(QStringLiteral("readerSplitter"));
        QCOMPARE(splitter->indexOf(article), 0);
        action(window, "actionSwapPanes")->trigger();
        QCOMPARE(splitter->indexOf(article), 1);

        action(window, "actionThemeDark")->trigger();
        QVERIFY(isDarkPalette(QApplication::palette()));
        QTRY_VERIFY(isDarkPalette(article->palette()));
        action(window, "actionThemeSystem")->trigger();
        QVERIFY(!isDarkPalette(QApplication::palette()));
        closeDiscarding(window);

        // Text size and sides are remembered for the next window.
        MainWindow again;
        QCOMPARE(again.findChild<QSplitter*>(QStringLiteral("readerSplitter"))
                     ->indexOf(again.findChild<ArticleView*>(QStringLiteral("articleView"))),
                 1);
        test::requireAction(&again, "actionSwapPanes")->trigger();
        test::requireAction(&again, "actionZoomIn")->trigger();
        MainWindow third;
        QCOMPARE(test::requireChild<ArticleView>(&third, "articleView")->font().pointSize(), normal + 1);
        test::requireAction(&third, "actionZoomReset")->trigger();
    }

    void articleOnItsOwnGoesIntoAnUntitledProject()
    {
        const int before = int(untitledProjects().size());
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(test::sampleArticle()));
        ProjectManager* projects = window.projectManager();
        QVERIFY(projects->isUntitled());
        QVERIFY(projects->projectPath().startsWith(ProjectManager::untitledFolder()));
        QCOMPARE(untitledProjects().size(), before + 1);
        QCOMPARE(tree(window)->model()->rowCount(), 12);
        auto* status = window.findChild<QLabel*>(QStringLiteral("documentStatusLabel"));
        QVERIFY(status->text().contains(QStringLiteral("12 comments")));
        QVERIFY(action(window, "actionSaveAs")->isEnabled());

        // The tree lays out comments as cards tall enough for their wrapped text.
        const QModelIndex longComment = tree(window)->model()->index(2, 0);
        const QModelIndex shortComment = tree(window)->model()->index(8, 0);
        QVERIFY(tree(window)->visualRect(longComment).height() > 2 * tree(window)->visualRect(shortComment).height());

        // Closing asks; discarding deletes the untitled project.
        MessageBoxes::queueAnswer(QMessageBox::Discard);
        QVERIFY(window.close());
        QVERIFY(MessageBoxes::askedQuestions().contains(QStringLiteral("saveUntitledQuestion")));
        QCOMPARE(untitledProjects().size(), before);
    }

    void saveAsKeepsWorkAndReopens()
    {
        const QString path = m_dir.filePath(QStringLiteral("bridge.glossa"));
        {
            MainWindow window;
            window.show();
            QVERIFY(window.openFile(test::sampleArticle()));
            const QString untitledPath = window.projectManager()->projectPath();
            Tag tag;
            tag.name = QStringLiteral("Commute");
            tag.color = Qt::darkGreen;
            Project* project = window.projectManager()->project();
            const auto tagId = project->createTag(tag);
            QVERIFY(tagId);
            QVERIFY(window.saveProjectAs(path));
            QVERIFY(!QFileInfo::exists(untitledPath));
            QVERIFY(!window.projectManager()->isUntitled());
            QCOMPARE(window.projectManager()->projectPath(), QFileInfo(path).absoluteFilePath());
            QVERIFY(window.windowTitle().contains(QStringLiteral("bridge")));
            QCOMPARE(tree(window)->model()->rowCount(), 12);
            // A saved project needs no question on closing.
            const qsizetype asked = MessageBoxes::askedQuestions().size();
            QVERIFY(window.close());
            QCOMPARE(MessageBoxes::askedQuestions().size(), asked);
        }
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        MainWindow again;
        again.show();
        QVERIFY(again.openFile(path));
        QCOMPARE(again.projectManager()->project()->store().tags().size(), 1);
        QCOMPARE(tree(again)->model()->rowCount(), 12);
        again.close();
    }

    void addSecondArticleShowsDocumentsList()
    {
        GLOSSATOR_REQUIRE_SHARED(seed, "seeds/000_1372d385cdabafd9.txt");
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(test::sampleArticle()));
        QVERIFY(window.openFile(seed)); // into the same project
        auto* list = window.findChild<QListView*>(QStringLiteral("documentList"));
        QCOMPARE(list->model()->rowCount(), 2);
        auto* documentsDock = test::requireChild<QDockWidget>(&window, "documentsDock");
        QTRY_VERIFY(documentsDock->isVisible());
        QCOMPARE(tree(window)->model()->rowCount(), 15);
        list->setCurrentIndex(list->model()->index(0, 0));
        QCOMPARE(tree(window)->model()->rowCount(), 12);
        closeDiscarding(window);
    }

    void undoAndRedoFromTheEditMenu()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(test::sampleArticle()));
        Project* project = window.projectManager()->project();
        Tag tag;
        tag.name = QStringLiteral("Safety");
        tag.color = Qt::red;
        QVERIFY(project->createTag(tag));
        QAction* undo = action(window, "actionUndo");
        QAction* redo = action(window, "actionRedo");
        QVERIFY(undo->isEnabled());
        QVERIFY(!redo->isEnabled());
        undo->trigger();
        QVERIFY(project->store().tags().isEmpty());
        QVERIFY(redo->isEnabled());
        redo->trigger();
        QCOMPARE(project->store().tags().size(), 1);
        closeDiscarding(window);
    }

    void openErrorIsShownAndKeepsCurrentDocument()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(test::sampleArticle()));
        MessageBoxes::queueAnswer(QMessageBox::Ok);
        QVERIFY(!window.openFile(test::dataFile(QStringLiteral("does-not-exist.txt"))));
        QCOMPARE(MessageBoxes::askedQuestions().last(), QStringLiteral("errorMessage"));
        auto* status = window.findChild<QLabel*>(QStringLiteral("documentStatusLabel"));
        QVERIFY(status->text().contains(QStringLiteral("does-not-exist.txt")));
        QCOMPARE(tree(window)->model()->rowCount(), 12);
        closeDiscarding(window);
    }

    void foreignFileIsRefusedUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.glossa"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a project at all");
        file.close();
        MainWindow window;
        MessageBoxes::queueAnswer(QMessageBox::Ok);
        QVERIFY(!window.openFile(path));
        QVERIFY(test::requireChild<QLabel>(&window, "documentStatusLabel")->text().contains(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("not a project at all"));
    }

    void projectOpenElsewhereOpensReadOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.glossa"));
        ProjectError error;
        auto writer = ProjectStore::create(path, &error);
        QVERIFY(writer);
        MainWindow window;
        MessageBoxes::queueAnswer(QMessageBox::Open);
        window.openFile(path);
        QCOMPARE(MessageBoxes::askedQuestions().last(), QStringLiteral("projectLockedQuestion"));
        QVERIFY(window.projectManager()->hasProject());
        QVERIFY(window.projectManager()->isReadOnly());
        QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
        QVERIFY(!action(window, "actionAddArticle")->isEnabled());
        window.close();
    }

    void structuralFixesFromTheCommentsMenu()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(test::sampleArticle()));
        QTreeView* view = tree(window);
        QAbstractItemModel* model = view->model();
        QAction* merge = action(window, "actionMergeComment");
        QAction* split = action(window, "actionSplitComment");
        QAction* reply = action(window, "actionMarkReply");
        QAction* topLevel = action(window, "actionMakeTopLevel");
        QVERIFY(merge && split && reply && topLevel && action(window, "actionFirstLineAuthor"));
        QVERIFY(view->actions().contains(merge)); // also on the tree's context menu

        view->setCurrentIndex(model->index(0, 0));
        QVERIFY(!merge->isEnabled()); // nothing above the first comment
        view->setCurrentIndex(model->index(3, 0));
        QCOMPARE(view->currentIndex().data(CommentTreeModel::AuthorRole).toString(), QStringLiteral("Fenna"));
        QVERIFY(merge->isEnabled());
        QVERIFY(!split->isEnabled()); // one paragraph only
        merge->trigger();
        QCOMPARE(model->rowCount(), 11);
        QTRY_COMPARE(view->currentIndex().data(CommentTreeModel::AuthorRole).toString(),
                     QStringLiteral("Daniel K. Osei"));
        action(window, "actionUndo")->trigger();
        QCOMPARE(model->rowCount(), 12);
        QCOMPARE(model->index(3, 0).data(CommentTreeModel::AuthorRole).toString(), QStringLiteral("Fenna"));

        view->setCurrentIndex(model->index(2, 0));
        QVERIFY(split->isEnabled());
        MessageBoxes::queueChoice(1); // the third line names a new commenter
        split->trigger();
        QCOMPARE(MessageBoxes::askedQuestions().last(), QStringLiteral("splitCommentChooser"));
        QCOMPARE(model->rowCount(), 13);
        QVERIFY(
            model->index(3, 0).data(CommentTreeModel::AuthorRole).toString().startsWith(QStringLiteral("The museum")));
        action(window, "actionUndo")->trigger();
        QCOMPARE(model->rowCount(), 12);

        view->setCurrentIndex(model->index(5, 0));
        MessageBoxes::queueChoice(4); // answers R2Kayak
        reply->trigger();
        QCOMPARE(model->rowCount(), 11);
        const QModelIndex kayak = model->index(4, 0);
        QCOMPARE(model->rowCount(kayak), 1);
        QCOMPARE(model->index(0, 0, kayak).data(CommentTreeModel::AuthorRole).toString(),
                 QStringLiteral("Margit Holm"));
        QTRY_VERIFY(view->currentIndex().parent() == kayak);
        QVERIFY(topLevel->isEnabled());
        topLevel->trigger();
        QCOMPARE(model->rowCount(), 12);
        closeDiscarding(window);
    }

    void importNoticesAreListed()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(test::dataFile(QStringLiteral("windows-1252.txt"))));
        auto* notices = window.findChild<QListView*>(QStringLiteral("noticeList"));
        QVERIFY(notices);
        QVERIFY(notices->model()->rowCount() >= 1);
        QVERIFY(notices->model()->index(0, 0).data().toString().contains(QStringLiteral("windows-1252")));
        QVERIFY(action(window, "actionShowNotices"));
        closeDiscarding(window);
    }

    void tagPassagesAndCommentsWithKeysAndPalette()
    {
        const QString path = m_dir.filePath(QStringLiteral("tagging.glossa"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(test::sampleArticle()));
        QVERIFY(window.saveProjectAs(path));
        Project* project = window.projectManager()->project();
        Tag safety;
        safety.name = QStringLiteral("Safety");
        safety.color = QColor(0xE6, 0x9F, 0x00);
        const qint64 safetyId = *project->createTag(safety);
        QTRY_VERIFY(action(window, "actionTagWith1")->isEnabled());
        QVERIFY(action(window, "actionTagWith1")->text().contains(QStringLiteral("Safety")));

        // A passage of the article, tagged with the number key 1.
        auto* article = window.findChild<ArticleView*>(QStringLiteral("articleView"));
        const qint64 documentId = window.projectManager()->currentDocument()->id;
        const QString articleText = plainText(window.projectManager()->currentDocument()->document.article.blocks);
        const int start = int(articleText.indexOf(QStringLiteral("never stop for storms")));
        QVERIFY(start > 0);
        article->setFocus();
        QTRY_VERIFY(article->hasFocus());
        article->selectRange(start, start + 21);
        QCOMPARE(article->textCursor().selectedText(), QStringLiteral("never stop for storms"));
        QTest::keyClick(article, Qt::Key_1);
        QList<Annotation> annotations = project->store().annotations(documentId);
        QCOMPARE(annotations.size(), 1);
        QCOMPARE(annotations.first().range->exact, QStringLiteral("never stop for storms"));
        QCOMPARE(annotations.first().commentId, 0);
        QCOMPARE(article->extraSelections().size(), 1);

        // An overlapping passage gets its own coding stripe beside the first.
        const int overlap = int(articleText.indexOf(QStringLiteral("stop for storms, which")));
        article->selectRange(overlap, overlap + 22);
        QTest::keyClick(article, Qt::Key_1);
        const QList<ArticleView::LaneBar> bars = article->laneBars();
        QCOMPARE(bars.size(), 2);
        QVERIFY(bars.at(0).lane != bars.at(1).lane);
        QCOMPARE(bars.at(0).tags, QStringLiteral("Safety"));
        // The passage drawn last is on top; cycling puts the other one there.
        const int frontBefore = article->extraSelections().last().cursor.selectionStart();
        action(window, "actionCycleOverlaps")->trigger();
        QCOMPARE(article->extraSelections().size(), 2);
        QVERIFY(article->extraSelections().last().cursor.selectionStart() != frontBefore);
        action(window, "actionUndo")->trigger();
        QCOMPARE(article->laneBars().size(), 1);

        // A whole comment, tagged through the palette with a tag made on the spot.
        QTreeView* view = tree(window);
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        view->setCurrentIndex(view->model()->index(3, 0));
        action(window, "actionQuickTag")->trigger();
        QuickTagPalette* palette = nullptr;
        QTRY_VERIFY((palette = window.findChild<QuickTagPalette*>(QStringLiteral("quickTagPalette"))));
        auto* filter = palette->findChild<QLineEdit*>(QStringLiteral("quickTagFilter"));
        QTest::keyClicks(filter, QStringLiteral("Crew"));
        QTest::keyClick(filter, Qt::Key_Return);
        QTRY_VERIFY(!window.findChild<QuickTagPalette*>(QStringLiteral("quickTagPalette"))); // closed and gone
        const auto crew = project->store().tagByPath(QStringLiteral("Crew"));
        QVERIFY(crew);
        annotations = project->store().annotations(documentId);
        QCOMPARE(annotations.size(), 2);
        QCOMPARE(annotations.last().commentId,
                 view->model()->index(3, 0).data(CommentTreeModel::StoredIdRole).toLongLong());
        QVERIFY(!annotations.last().range);
        QCOMPARE(annotations.last().tagIds, QList<qint64>{crew->id});

        // The palette finds an existing tag by a few letters; applying it again takes it off.
        view->setFocus();
        action(window, "actionQuickTag")->trigger();
        QTRY_VERIFY((palette = window.findChild<QuickTagPalette*>(QStringLiteral("quickTagPalette"))));
        filter = palette->findChild<QLineEdit*>(QStringLiteral("quickTagFilter"));
        QTest::keyClicks(filter, QStringLiteral("saf"));
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(project->store().annotations(documentId).last().tagIds, (QList<qint64>{safetyId, crew->id}));
        QTRY_VERIFY(!window.findChild<QuickTagPalette*>(QStringLiteral("quickTagPalette")));
        // The offscreen platform does not hand activation back when a dialog closes.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_1);
        QCOMPARE(project->store().annotations(documentId).last().tagIds, QList<qint64>{crew->id});

        // A passage inside a comment, selected in its text with the keyboard path (Enter).
        view->setCurrentIndex(view->model()->index(1, 0));
        QTest::keyClick(view, Qt::Key_Return);
        const QString pilot = view->model()->index(1, 0).data(CommentTreeModel::BodyRole).toString();
        const int passage = int(pilot.indexOf(QStringLiteral("stuck open")));
        qobject_cast<CommentTreeView*>(view)->selectPassage(passage, passage + 10);
        QVERIFY(QApplication::focusWidget() &&
                QApplication::focusWidget()->objectName() == QStringLiteral("commentTextEditor"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
        const Annotation onPassage = project->store().annotations(documentId).last();
        QCOMPARE(onPassage.commentId, view->model()->index(1, 0).data(CommentTreeModel::StoredIdRole).toLongLong());
        QCOMPARE(onPassage.range->exact, QStringLiteral("stuck open"));
        QCOMPARE(view->model()
                     ->index(1, 0)
                     .data(CommentTreeModel::HighlightsRole)
                     .value<QList<CommentTreeModel::Highlight>>()
                     .size(),
                 1);
        action(window, "actionUndo")->trigger();
        QCOMPARE(project->store().annotations(documentId).size(), 2);
        view->setFocus();

        // Undo and redo reach every one of these edits.
        action(window, "actionUndo")->trigger();
        QCOMPARE(project->store().annotations(documentId).last().tagIds, (QList<qint64>{safetyId, crew->id}));
        action(window, "actionRedo")->trigger();

        // Reopening finds every annotation in place.
        window.close();
        MainWindow again;
        again.show();
        QVERIFY(again.openFile(path));
        const QList<Annotation> reopened = again.projectManager()->project()->store().annotations(documentId);
        QCOMPARE(reopened.size(), 2);
        QCOMPARE(reopened.first().range->exact, QStringLiteral("never stop for storms"));
        QCOMPARE(test::requireChild<ArticleView>(&again, "articleView")->extraSelections().size(), 1);
        again.close();
    }

    void filterFindNavigateAndJump()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(test::sampleArticle()));
        Project* project = window.projectManager()->project();
        QTreeView* view = tree(window);

        // Filtering by text leaves the matching comments.
        auto* field = window.findChild<QLineEdit*>(QStringLiteral("commentFilterField"));
        QVERIFY(field);
        field->setText(QStringLiteral("lifting"));
        QCOMPARE(view->model()->rowCount(), 3); // old_harbour_pilot, Daniel K. Osei, R2Kayak
        field->clear();
        QCOMPARE(view->model()->rowCount(), 12);

        // Navigation actions move through the comments.
        view->setCurrentIndex(view->model()->index(0, 0));
        action(window, "actionNextComment")->trigger();
        QCOMPARE(view->currentIndex().row(), 1);
        action(window, "actionPreviousComment")->trigger();
        QCOMPARE(view->currentIndex().row(), 0);

        // A tagged comment: next-tagged finds it, and the annotations panel jumps to it.
        Tag tag;
        tag.name = QStringLiteral("Weather");
        tag.color = Qt::darkCyan;
        const qint64 tagId = *project->createTag(tag);
        Annotation annotation;
        annotation.documentId = window.projectManager()->currentDocument()->id;
        annotation.commentId = window.projectManager()->currentDocument()->commentIds.at(6);
        annotation.range = TextRange::fromText(
            plainText(window.projectManager()->currentDocument()->document.comments.at(6).blocks), 0, 16);
        annotation.tagIds = {tagId};
        const qint64 annotationId = *project->addAnnotation(annotation);
        action(window, "actionNextTagged")->trigger();
        QCOMPARE(view->currentIndex().data(CommentTreeModel::AuthorRole).toString(), QStringLiteral("J.P. Lindqvist"));
        view->setCurrentIndex(view->model()->index(0, 0));
        QMetaObject::invokeMethod(window.findChild<QObject*>(QStringLiteral("annotationsPanel")), "jumpRequested",
                                  Q_ARG(qint64, annotationId));
        QCOMPARE(view->currentIndex().row(), 6);
        QCOMPARE(qobject_cast<CommentTreeView*>(view)->selectedPassage(),
                 (std::optional<std::pair<int, int>>{{0, 16}}));

        // Ctrl+F finds text in the article and the comments.
        action(window, "actionFind")->trigger();
        auto* find = window.findChild<QLineEdit*>(QStringLiteral("findField"));
        QVERIFY(find && find->isVisible());
        QTest::keyClicks(find, QStringLiteral("regatta"));
        auto* findStatus = test::requireChild<QLabel>(&window, "findStatus");
        QTRY_VERIFY(findStatus->text().contains(QStringLiteral("of")));
        closeDiscarding(window);
    }

    // Reproduction: after a tag went on a whole comment through the palette, its card kept the
    // height of an earlier layout, leaving an empty band under the text.
    void aTaggedCommentsCardKeepsItsHeight()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(test::sampleArticle()));
        QTreeView* view = tree(window);
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        const QModelIndex second = view->model()->index(1, 0);
        view->setCurrentIndex(second);
        const auto fits = [&] {
            QStyleOptionViewItem option;
            option.initFrom(view->viewport());
            option.font = view->font();
            const int wanted = view->itemDelegateForIndex(second)->sizeHint(option, second).height();
            return std::abs(view->visualRect(second).height() - wanted) <= 1;
        };
        QTRY_VERIFY(fits());
        action(window, "actionQuickTag")->trigger();
        QuickTagPalette* palette = nullptr;
        QTRY_VERIFY((palette = window.findChild<QuickTagPalette*>(QStringLiteral("quickTagPalette"))));
        auto* filter = palette->findChild<QLineEdit*>(QStringLiteral("quickTagFilter"));
        QTest::keyClicks(filter, QStringLiteral("Operators"));
        QTest::keyClick(filter, Qt::Key_Return);
        QTRY_VERIFY(!window.findChild<QuickTagPalette*>(QStringLiteral("quickTagPalette")));
        QCOMPARE(view->model()->index(1, 0).data(CommentTreeModel::WholeTagsRole).value<QList<Tag>>().size(), 1);
        QCoreApplication::processEvents();
        QVERIFY2(fits(),
                 qPrintable(
                     QStringLiteral("row %1 px, card %2 px")
                         .arg(view->visualRect(second).height())
                         .arg(view->itemDelegateForIndex(second)->sizeHint(QStyleOptionViewItem(), second).height())));
        closeDiscarding(window);
    }

    void thePaletteReadsATypedNameAsAPath()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(test::sampleArticle()));
        QTreeView* view = tree(window);
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        view->setCurrentIndex(view->model()->index(2, 0));
        action(window, "actionQuickTag")->trigger();
        QuickTagPalette* palette = nullptr;
        QTRY_VERIFY((palette = window.findChild<QuickTagPalette*>(QStringLiteral("quickTagPalette"))));
        QTest::keyClicks(palette->findChild<QLineEdit*>(QStringLiteral("quickTagFilter")),
                         QStringLiteral("Actors/Harbour office"));
        QTest::keyClick(palette->findChild<QLineEdit*>(QStringLiteral("quickTagFilter")), Qt::Key_Return);
        QTRY_VERIFY(!window.findChild<QuickTagPalette*>(QStringLiteral("quickTagPalette")));
        const ProjectStore& store = window.projectManager()->project()->store();
        const auto parent = store.tagByPath(QStringLiteral("Actors"));
        QVERIFY(parent);
        const auto child = store.tagByPath(QStringLiteral("Harbour office"), parent->id);
        QVERIFY(child);
        QCOMPARE(store.annotations(window.projectManager()->currentDocument()->id).last().tagIds,
                 QList<qint64>{child->id});
        closeDiscarding(window);
    }

    void titleNamesDocumentThenProjectAndMarksUntitledWork()
    {
        MainWindow window;
        QCOMPARE(window.windowTitle(), QString()); // the application's name alone, added by Qt
        QVERIFY(window.openFile(test::sampleArticle()));
        QCOMPARE(window.windowTitle(), QStringLiteral("harbour-bridge — Untitled[*]"));
        QVERIFY(window.isWindowModified());
        const QString path = m_dir.filePath(QStringLiteral("Bridge study.glossa"));
        QVERIFY(window.saveProjectAs(path));
        QCOMPARE(window.windowTitle(), QStringLiteral("harbour-bridge — Bridge study[*]"));
        QVERIFY(!window.isWindowModified());
        window.close();
        MainWindow reader;
        QVERIFY(reader.projectManager()->openProject(path, ProjectStore::Access::ReadOnly));
        QVERIFY(reader.windowTitle().endsWith(QStringLiteral("Bridge study[*] (read-only)")));
    }

    void coderNameIsTheAccountsUntilChangedFromTheStatusBar()
    {
        Settings().reset(Settings::Key::CoderName);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Nothing is asked on a first start: the account's name is used and shown.
        QVERIFY(window.openFile(test::sampleArticle()));
        QCOMPARE(MessageBoxes::pendingAnswers(), 0);
        QVERIFY(!MessageBoxes::askedQuestions().contains(QStringLiteral("coderNameQuestion")));
        auto* button = window.findChild<QToolButton*>(QStringLiteral("coderButton"));
        QVERIFY(button && button->isVisible());
        QVERIFY(!button->toolTip().isEmpty());
        QVERIFY(button->text().contains(Settings::accountName()));
        QCOMPARE(window.projectManager()->project()->coder(), Settings::accountName());

        MessageBoxes::queueText(QStringLiteral("Ana Lima"));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(MessageBoxes::askedQuestions().last(), QStringLiteral("coderNameQuestion"));
        QVERIFY(button->text().contains(QStringLiteral("Ana Lima")));
        QCOMPARE(window.projectManager()->project()->coder(), QStringLiteral("Ana Lima"));
        QCOMPARE(Settings().coderName(), QStringLiteral("Ana Lima"));
        closeDiscarding(window);
        Settings().reset(Settings::Key::CoderName);
    }

    void aFirstStartFillsMostOfTheScreen()
    {
        Settings().reset(Settings::Key::WindowGeometry);
        Settings().reset(Settings::Key::WindowState);
        MainWindow window;
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        QVERIFY(window.width() >= available.width() * 3 / 4);
        QVERIFY(window.height() >= available.height() * 3 / 4);
        QVERIFY(window.width() <= available.width());
        QVERIFY(available.contains(window.geometry().center()));
    }

    void crashedUntitledProjectIsOfferedForRecovery()
    {
        // A window destroyed without closing stands for a crash: its untitled project stays.
        QString left;
        {
            auto* window = new MainWindow;
            QVERIFY(window->openFile(test::sampleArticle()));
            left = window->projectManager()->projectPath();
            delete window;
        }
        QVERIFY(QFileInfo::exists(left));
        QVERIFY(ProjectManager::recoverableProjects().contains(left));

        MainWindow window;
        window.show();
        MessageBoxes::queueAnswer(QMessageBox::Open);
        window.offerRecovery();
        QCOMPARE(MessageBoxes::askedQuestions().last(), QStringLiteral("recoverQuestion"));
        QCOMPARE(window.projectManager()->projectPath(), left);
        QVERIFY(window.projectManager()->isUntitled());
        QCOMPARE(tree(window)->model()->rowCount(), 12);
        // While this window holds it, it is not offered again.
        QVERIFY(!ProjectManager::recoverableProjects().contains(left));
        closeDiscarding(window);
        QVERIFY(!QFileInfo::exists(left));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
