#include "QtWarnings.h"
#include "RequireChild.h"
#include "article/ArticleView.h"
#include "cli/CommandLine.h"
#include "comments/CommentDelegate.h"
#include "comments/CommentFilterModel.h"
#include "comments/CommentTreeModel.h"
#include "search/FindBar.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace glossator;

namespace {

using Ranges = QList<QPair<int, int>>;

Comment comment(const QString& id, const QString& parent, const QString& author, const QString& text)
{
    Comment c;
    c.id = id;
    c.parentId = parent;
    c.author = author;
    c.blocks = paragraphBlocks({text});
    return c;
}

} // namespace

class TestFindBar : public QObject {
    Q_OBJECT

private:
    Document m_document;
    std::unique_ptr<QWidget> m_window;
    ArticleView* m_article = nullptr;
    QTreeView* m_tree = nullptr;
    FindBar* m_bar = nullptr;
    std::unique_ptr<CommentTreeModel> m_model;

    QLineEdit* field() const { return m_bar->findChild<QLineEdit*>(QStringLiteral("findField")); }
    QString status() const { return test::requireChild<QLabel>(m_bar, "findStatus")->text(); }
    QAction* action(const char* name) const { return test::requireAction(m_bar, name); }

    QString articleText(int start, int end) const
    {
        QTextCursor cursor(m_article->document());
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        return cursor.selectedText();
    }

    QModelIndex commentIndex(const QString& id) const
    {
        return m_model->indexForComment(m_document.indexOfComment(id));
    }

    // A match as the test reads it: "article:Storm", "b:author@0", "e:body@6".
    QString describe(int index) const
    {
        const FindBar::Match match = m_bar->match(index);
        switch (match.where) {
        case FindBar::Match::Where::Article:
            return QStringLiteral("article:") + articleText(match.start, match.start + match.length);
        case FindBar::Match::Where::CommentAuthor:
            return match.comment.data(CommentTreeModel::CommentIdRole).toString() + QStringLiteral(":author@") +
                   QString::number(match.start);
        case FindBar::Match::Where::CommentBody:
            return match.comment.data(CommentTreeModel::CommentIdRole).toString() + QStringLiteral(":body@") +
                   QString::number(match.start);
        }
        return {};
    }

    QString allMatches() const
    {
        QStringList matches;
        for (int i = 0; i < m_bar->matchCount(); ++i)
            matches.append(describe(i));
        return matches.join(QLatin1Char(' '));
    }

    void search(const QString& text)
    {
        m_bar->open();
        field()->clear();
        QTest::keyClicks(field(), text);
    }

private slots:
    void initTestCase()
    {
        cli::initialiseApplication();
        m_document.article.title = QStringLiteral("Storm over the harbour");
        m_document.article.author = QStringLiteral("Jane Doe");
        m_document.article.blocks =
            paragraphBlocks({QStringLiteral("The storm reached the harbour at dawn."),
                             QStringLiteral("Officials said the STORM was the worst in years.")});
        m_document.comments = {
            comment(QStringLiteral("a"), {}, QStringLiteral("Ann"),
                    QStringLiteral("I watched the storm from the pier.")),
            comment(QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("Stormchaser"),
                    QStringLiteral("Storms like this storm are rare.")),
            comment(QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("Cy"), QStringLiteral("No storm here.")),
            comment(QStringLiteral("d"), QStringLiteral("a"), QStringLiteral("Di"), QStringLiteral("Calm.")),
            comment(QStringLiteral("e"), {}, QStringLiteral("Ed"), QStringLiteral("storm storm")),
        };
    }

    void init()
    {
        test::failOnItemViewWarnings();
        m_window = std::make_unique<QWidget>();
        m_window->resize(800, 600);
        auto* layout = new QVBoxLayout(m_window.get());
        m_article = new ArticleView(m_window.get());
        m_tree = new QTreeView(m_window.get());
        m_bar = new FindBar(m_window.get());
        layout->addWidget(m_article);
        layout->addWidget(m_tree);
        layout->addWidget(m_bar);
        m_model = std::make_unique<CommentTreeModel>();
        m_model->setDocument(m_document);
        m_tree->setModel(m_model.get());
        m_article->setDocument(m_document);
        m_bar->setArticleView(m_article);
        m_bar->setCommentView(m_tree);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_model.reset();
    }

    void controlsAreNamedAndExplained()
    {
        QVERIFY(m_bar->isHidden());
        QCOMPARE(m_bar->objectName(), QStringLiteral("findBar"));
        for (const char* name :
             {"findField", "findMatchCase", "findStatus", "findPreviousButton", "findNextButton", "findCloseButton"}) {
            auto* widget = m_bar->findChild<QWidget*>(QString::fromLatin1(name));
            QVERIFY2(widget, name);
            QVERIFY2(!widget->toolTip().isEmpty(), name);
        }
        QCOMPARE(action("actionFind")->shortcut(), QKeySequence(QKeySequence::Find));
        QCOMPARE(action("actionFindNext")->shortcut(), QKeySequence(Qt::Key_F3));
        QCOMPARE(action("actionFindPrevious")->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F3));
        QCOMPARE(action("actionCloseFind")->shortcut(), QKeySequence(Qt::Key_Escape));
        for (const char* name : {"actionFind", "actionFindNext", "actionFindPrevious", "actionCloseFind"})
            QVERIFY2(!action(name)->toolTip().isEmpty(), name);
        // Nothing to go to before there is a text.
        QVERIFY(!action("actionFindNext")->isEnabled());
    }

    void countsAndTheirOrder()
    {
        QSignalSpy ranges(m_bar, &FindBar::articleMatchesChanged);
        search(QStringLiteral("storm"));
        QCOMPARE(m_bar->matchCount(), 10);
        // Typing counts the matches and goes nowhere yet.
        QCOMPARE(m_bar->currentMatch(), -1);
        QCOMPARE(status(), QStringLiteral("? of 10"));
        // The article first, the title included, then the comments depth-first, each author
        // before the comment's text.
        QCOMPARE(allMatches(), QStringLiteral("article:Storm article:storm article:STORM a:body@14 b:author@0 "
                                              "b:body@0 b:body@17 c:body@3 e:body@0 e:body@6"));
        QVERIFY(!ranges.isEmpty());
        const auto reported = ranges.last().at(0).value<Ranges>();
        QCOMPARE(reported, m_bar->articleMatches());
        QCOMPARE(reported.size(), 3);
        for (const auto& [start, end] : reported)
            QCOMPARE(articleText(start, end).toLower(), QStringLiteral("storm"));
        // The first Enter goes to the first match, selected in the article; the bar draws
        // nothing there itself.
        QVERIFY(!m_article->textCursor().hasSelection());
        QTest::keyClick(field(), Qt::Key_Return);
        QCOMPARE(m_bar->currentMatch(), 0);
        QCOMPARE(status(), QStringLiteral("1 of 10"));
        QCOMPARE(m_article->textCursor().selectedText(), QStringLiteral("Storm"));
    }

    void goingThroughTheMatches()
    {
        search(QStringLiteral("storm"));
        QSignalSpy current(m_bar, &FindBar::currentMatchChanged);
        QSignalSpy body(m_bar, &FindBar::commentMatch);
        QSignalSpy author(m_bar, &FindBar::commentAuthorMatch);

        m_bar->findNext();
        QCOMPARE(m_article->textCursor().selectedText(), QStringLiteral("Storm"));
        QCOMPARE(current.last().at(0).toInt(), 0);
        m_bar->findNext();
        QCOMPARE(m_article->textCursor().selectedText(), QStringLiteral("storm"));
        QCOMPARE(current.last().at(0).toInt(), 1);
        m_bar->findNext();
        QCOMPARE(m_article->textCursor().selectedText(), QStringLiteral("STORM"));
        QVERIFY(body.isEmpty());

        m_bar->findNext();
        QCOMPARE(status(), QStringLiteral("4 of 10"));
        QCOMPARE(m_tree->currentIndex(), commentIndex(QStringLiteral("a")));
        QCOMPARE(body.size(), 1);
        QCOMPARE(body.last().at(0).value<QModelIndex>(), commentIndex(QStringLiteral("a")));
        QCOMPARE(body.last().at(1).toInt(), 14);
        QCOMPARE(body.last().at(2).toInt(), 5);

        m_bar->findNext();
        QCOMPARE(m_tree->currentIndex(), commentIndex(QStringLiteral("b")));
        QCOMPARE(author.size(), 1);
        QCOMPARE(author.last().at(0).value<QModelIndex>(), commentIndex(QStringLiteral("b")));
        QCOMPARE(author.last().at(1).toInt(), 0);
        QCOMPARE(body.size(), 1);

        m_bar->findPrevious();
        QCOMPARE(m_bar->currentMatch(), 3);
        QCOMPARE(m_tree->currentIndex(), commentIndex(QStringLiteral("a")));
        QCOMPARE(current.last().at(0).toInt(), 3);
    }

    // Reproduction: typing on left the match an earlier letter went to selected in the article,
    // and the first Enter went to the second match.
    void typingShowsMatchesAndEnterStartsAtTheFirst()
    {
        search(QStringLiteral("storm"));
        QTest::keyClick(field(), Qt::Key_Return);
        QCOMPARE(m_bar->currentMatch(), 0);
        QCOMPARE(m_article->textCursor().selectedText(), QStringLiteral("Storm"));
        // Only Ann's comment has "storm f"; the title's match is no longer selected.
        QTest::keyClicks(field(), QStringLiteral(" f"));
        QCOMPARE(m_bar->matchCount(), 1);
        QCOMPARE(m_bar->currentMatch(), -1);
        QCOMPARE(status(), QStringLiteral("? of 1"));
        QVERIFY(!m_article->textCursor().hasSelection());
        const QModelIndex before = m_tree->currentIndex();
        QVERIFY(before != commentIndex(QStringLiteral("a")));
        QTest::keyClick(field(), Qt::Key_Return);
        QCOMPARE(m_bar->currentMatch(), 0);
        QCOMPARE(m_tree->currentIndex(), commentIndex(QStringLiteral("a")));

        // Going on from the article into the comments takes the article's selection away too.
        field()->clear();
        QTest::keyClicks(field(), QStringLiteral("storm"));
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(field(), Qt::Key_Return);
        QCOMPARE(m_article->textCursor().selectedText(), QStringLiteral("STORM"));
        QTest::keyClick(field(), Qt::Key_Return);
        QCOMPARE(describe(m_bar->currentMatch()), QStringLiteral("a:body@14"));
        QVERIFY(!m_article->textCursor().hasSelection());

        // A selection the reader made is theirs: typing leaves it.
        QTest::keyClick(field(), Qt::Key_Return, Qt::ShiftModifier);
        m_article->selectRange(0, 3);
        const QString chosen = m_article->textCursor().selectedText();
        QVERIFY(!chosen.isEmpty());
        QTest::keyClicks(field(), QStringLiteral("s"));
        QCOMPARE(m_article->textCursor().selectedText(), chosen);
    }

    void cardsKnowTheirMatches()
    {
        using Matches = QList<CommentTreeModel::FindMatch>;
        const auto matchesOf = [this](const QString& id) {
            return commentIndex(id).data(CommentTreeModel::FindMatchesRole).value<Matches>();
        };
        QVERIFY(matchesOf(QStringLiteral("b")).isEmpty());
        // The tree shows the comments through a filter; the comment model under it draws.
        CommentFilterModel filter;
        filter.setSourceModel(m_model.get());
        m_tree->setModel(&filter);
        QSignalSpy changed(m_model.get(), &CommentTreeModel::findMatchesChanged);
        search(QStringLiteral("storm"));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(matchesOf(QStringLiteral("b")),
                 (Matches{{true, 0, 5, false}, {false, 0, 5, false}, {false, 17, 5, false}}));
        QVERIFY(matchesOf(QStringLiteral("d")).isEmpty());
        QCOMPARE(filter.index(0, 0, filter.index(0, 0)).data(CommentTreeModel::FindMatchesRole).value<Matches>(),
                 matchesOf(QStringLiteral("b")));

        // The three in the article, Ann's, then Stormchaser's name: that one is current.
        for (int i = 0; i < 5; ++i)
            m_bar->findNext();
        QCOMPARE(describe(m_bar->currentMatch()), QStringLiteral("b:author@0"));
        QCOMPARE(matchesOf(QStringLiteral("b")),
                 (Matches{{true, 0, 5, true}, {false, 0, 5, false}, {false, 17, 5, false}}));
        m_bar->findNext();
        QCOMPARE(matchesOf(QStringLiteral("b")),
                 (Matches{{true, 0, 5, false}, {false, 0, 5, true}, {false, 17, 5, false}}));
        QVERIFY(!matchesOf(QStringLiteral("a")).first().current);

        // A new search has no current match; Match case finds less.
        m_bar->setMatchCase(true);
        QCOMPARE(matchesOf(QStringLiteral("b")), (Matches{{false, 17, 5, false}}));
        // Closed, the bar leaves no match behind.
        m_bar->closeAction()->trigger();
        QVERIFY(matchesOf(QStringLiteral("b")).isEmpty());
        QVERIFY(matchesOf(QStringLiteral("e")).isEmpty());
        m_tree->setModel(m_model.get());
    }

    void cardsDrawTheMatches()
    {
        m_tree->setItemDelegate(new CommentDelegate(m_tree));
        m_tree->expandAll();
        const QModelIndex ed = commentIndex(QStringLiteral("e"));
        // Ed's comment is the current one throughout, so that only the matches change its card.
        m_tree->setCurrentIndex(ed);
        m_tree->scrollTo(ed);
        const auto card = [&] {
            return m_tree->viewport()->grab(m_tree->visualRect(ed)).toImage();
        };
        // The bar open first, so that the tree keeps its size.
        m_bar->open();
        field()->clear();
        m_tree->scrollTo(ed);
        const QImage plain = card();
        QTest::keyClicks(field(), QStringLiteral("storm"));
        const QImage found = card();
        QVERIFY(found != plain);
        // "storm storm": each match in turn is the current one, drawn apart from the other.
        m_bar->findPrevious();
        QCOMPARE(describe(m_bar->currentMatch()), QStringLiteral("e:body@6"));
        const QImage second = card();
        m_bar->findPrevious();
        QCOMPARE(describe(m_bar->currentMatch()), QStringLiteral("e:body@0"));
        const QImage first = card();
        QVERIFY(first != found);
        QVERIFY(second != found);
        QVERIFY(first != second);
        // Without a text, the card is as it was.
        field()->clear();
        QCOMPARE(card(), plain);
    }

    void wrapsAround()
    {
        search(QStringLiteral("storm"));
        m_bar->findPrevious();
        QCOMPARE(m_bar->currentMatch(), 9);
        QCOMPARE(status(), QStringLiteral("10 of 10"));
        QCOMPARE(m_tree->currentIndex(), commentIndex(QStringLiteral("e")));
        m_bar->findNext();
        QCOMPARE(m_bar->currentMatch(), 0);
        QCOMPARE(status(), QStringLiteral("1 of 10"));
        QCOMPARE(m_article->textCursor().selectedText(), QStringLiteral("Storm"));

        // Enter and Shift+Enter in the field do the same.
        QTest::keyClick(field(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(m_bar->currentMatch(), 9);
        QTest::keyClick(field(), Qt::Key_Return);
        QCOMPARE(m_bar->currentMatch(), 0);
        QTest::keyClick(field(), Qt::Key_Enter);
        QCOMPARE(m_bar->currentMatch(), 1);
    }

    void matchCase()
    {
        search(QStringLiteral("Storm"));
        QCOMPARE(m_bar->matchCount(), 10);
        auto* box = m_bar->findChild<QCheckBox*>(QStringLiteral("findMatchCase"));
        box->click();
        QVERIFY(m_bar->matchCase());
        QCOMPARE(allMatches(), QStringLiteral("article:Storm b:author@0 b:body@0"));
        QCOMPARE(status(), QStringLiteral("? of 3"));
        m_bar->setSearchText(QStringLiteral("storm"));
        QCOMPARE(allMatches(), QStringLiteral("article:storm a:body@14 b:body@17 c:body@3 e:body@0 e:body@6"));
        m_bar->setMatchCase(false);
        QCOMPARE(m_bar->matchCount(), 10);
    }

    void noMatch()
    {
        search(QStringLiteral("storm"));
        QSignalSpy ranges(m_bar, &FindBar::articleMatchesChanged);
        QTest::keyClicks(field(), QStringLiteral("xyz"));
        QCOMPARE(m_bar->matchCount(), 0);
        QCOMPARE(m_bar->currentMatch(), -1);
        QCOMPARE(status(), QStringLiteral("No matches"));
        QVERIFY(m_bar->articleMatches().isEmpty());
        QCOMPARE(ranges.size(), 1); // the first letter took the article's matches away
        QVERIFY(ranges.last().at(0).value<Ranges>().isEmpty());
        const QModelIndex before = m_tree->currentIndex();
        m_bar->findNext();
        m_bar->findPrevious();
        QCOMPARE(m_bar->currentMatch(), -1);
        QCOMPARE(m_tree->currentIndex(), before);

        field()->clear();
        QCOMPARE(status(), QString());
        QCOMPARE(m_bar->matchCount(), 0);
        QVERIFY(!action("actionFindNext")->isEnabled());
    }

    void opensCollapsedThreads()
    {
        m_tree->collapseAll();
        search(QStringLiteral("no storm"));
        QCOMPARE(m_bar->matchCount(), 1);
        QTest::keyClick(field(), Qt::Key_Return);
        QCOMPARE(m_tree->currentIndex(), commentIndex(QStringLiteral("c")));
        QVERIFY(m_tree->isExpanded(commentIndex(QStringLiteral("a"))));
        QVERIFY(m_tree->isExpanded(commentIndex(QStringLiteral("b"))));
    }

    void keyboard()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_tree->setFocus();
        QTRY_VERIFY(m_tree->hasFocus());

        // Ctrl+F opens the bar with the focus in the field, once the window offers the action: a
        // hidden bar's shortcuts do not work.
        m_window->addAction(m_bar->findAction());
        QTest::keyClick(m_tree, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(m_bar->isVisible());
        QVERIFY(field()->hasFocus());
        QTest::keyClicks(field(), QStringLiteral("storm"));
        QTest::keyClick(field(), Qt::Key_F3);
        QCOMPARE(m_bar->currentMatch(), 0);
        QTest::keyClick(field(), Qt::Key_F3);
        QCOMPARE(m_bar->currentMatch(), 1);
        QTest::keyClick(field(), Qt::Key_F3, Qt::ShiftModifier);
        QTest::keyClick(field(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(m_bar->currentMatch(), 9);
        // F3 goes on from the tree as well, while the bar is open.
        m_tree->setFocus();
        QTest::keyClick(m_tree, Qt::Key_F3);
        QCOMPARE(m_bar->currentMatch(), 0);

        // Escape from the tree is not the bar's.
        QTest::keyClick(m_tree, Qt::Key_Escape);
        QVERIFY(m_bar->isVisible());

        QSignalSpy ranges(m_bar, &FindBar::articleMatchesChanged);
        QSignalSpy current(m_bar, &FindBar::currentMatchChanged);
        QSignalSpy closed(m_bar, &FindBar::closed);
        field()->setFocus();
        QTest::keyClick(field(), Qt::Key_Escape);
        QVERIFY(m_bar->isHidden());
        QCOMPARE(closed.size(), 1);
        // The highlights are taken away, and the keyboard goes back to where it was.
        QCOMPARE(ranges.size(), 1);
        QVERIFY(ranges.last().at(0).value<Ranges>().isEmpty());
        QCOMPARE(current.last().at(0).toInt(), -1);
        QCOMPARE(m_bar->matchCount(), 0);
        QVERIFY(m_tree->hasFocus());

        // Opened again, it finds the same text, selected for typing over.
        action("actionFind")->trigger();
        QCOMPARE(field()->selectedText(), QStringLiteral("storm"));
        QCOMPARE(status(), QStringLiteral("? of 10"));
        QCOMPARE(ranges.last().at(0).value<Ranges>().size(), 3);
    }

    void findNextOpensAClosedBar()
    {
        m_bar->setSearchText(QStringLiteral("storm"));
        QCOMPARE(m_bar->matchCount(), 0); // closed: nothing is searched
        m_bar->findPrevious();
        QVERIFY(!m_bar->isHidden());
        QCOMPARE(m_bar->currentMatch(), 9);
        QCOMPARE(m_tree->currentIndex(), commentIndex(QStringLiteral("e")));
    }

    void followsChanges()
    {
        search(QStringLiteral("storm"));
        m_bar->findNext();
        m_bar->findNext();
        m_bar->findNext();
        m_bar->findNext();
        QCOMPARE(m_bar->currentMatch(), 3);

        Document other = m_document;
        other.comments.removeAt(4); // Ed's two matches
        m_model->setDocument(other);
        QTRY_COMPARE(m_bar->matchCount(), 8);
        QCOMPARE(m_bar->currentMatch(), 3);
        QCOMPARE(status(), QStringLiteral("4 of 8"));
        m_bar->findNext();
        QCOMPARE(m_tree->currentIndex(), m_model->indexForComment(1));

        other.article.blocks.removeLast();
        m_article->setDocument(other);
        QSignalSpy ranges(m_bar, &FindBar::articleMatchesChanged);
        m_bar->refresh();
        QCOMPARE(m_bar->matchCount(), 7);
        QCOMPARE(ranges.size(), 1);
        QCOMPARE(ranges.last().at(0).value<Ranges>().size(), 2);

        // Edits to a comment's text are found too.
        other.comments[3].blocks = paragraphBlocks({QStringLiteral("A storm, a calm.")});
        m_model->setDocument(other);
        QTRY_COMPARE(m_bar->matchCount(), 8);
        m_model->setDocument(m_document);
        m_article->setDocument(m_document);
        QTRY_COMPARE(m_bar->matchCount(), 10);
    }

    void searchesWhatTheTreeShows()
    {
        CommentFilterModel filter;
        filter.setSourceModel(m_model.get());
        m_tree->setModel(&filter);
        search(QStringLiteral("storm"));
        QCOMPARE(m_bar->matchCount(), 10);
        filter.setAuthorFilter(QStringLiteral("Ed"));
        QTRY_COMPARE(m_bar->matchCount(), 5);
        m_bar->findPrevious();
        QCOMPARE(m_tree->currentIndex().data(CommentTreeModel::CommentIdRole).toString(), QStringLiteral("e"));
        QCOMPARE(m_tree->currentIndex().model(), &filter);
        // Comments coming back into view are searched even when none of the shown ones matched.
        filter.setAuthorFilter(QStringLiteral("Di"));
        QTRY_COMPARE(m_bar->matchCount(), 3);
        filter.clearFilters();
        QTRY_COMPARE(m_bar->matchCount(), 10);
        m_tree->setModel(m_model.get());
    }
};

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
