#pragma once

#include <QList>
#include <QModelIndex>
#include <QPair>
#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace glossator {

class ArticleView;
class CommentTreeModel;

// Finds a text in the article and in the comments as one sequence: the article's matches first,
// then the comments' in reading order, the author before the text of each. Hidden until open().
// Typing, or switching Match case, searches at once and shows how many matches there are, without
// moving anywhere: Enter (or Find Next) goes to the first match, and each Enter after it to the
// next, so that no match is passed over unseen.
//
// The bar leaves the article's extra selections alone, since the article draws its tag
// highlights with them: it reports its matches through articleMatchesChanged() and
// currentMatchChanged() for the window to draw next to the tags. In the comments it tells the
// comment model under the tree's model what it finds and where it is
// (CommentTreeModel::setFindText()), so that the cards draw every match and the current one apart.
// The current match is selected in the article, or made the current comment of the tree, and
// scrolled to; a selection it made in the article goes again once the bar moves on or the text
// changes.
//
// Its actions (find, next, previous, close) are added to the bar; their shortcuts work while the
// bar is shown. Add the first three to a menu as well to make them work with the bar closed.
class FindBar : public QWidget {
    Q_OBJECT

public:
    struct Match {
        enum class Where { Article, CommentAuthor, CommentBody };

        Where where = Where::Article;
        // The comment, for a comment match; valid until the comment model next changes.
        QModelIndex comment;
        // In the article a position in its QTextDocument; in a comment an offset into the
        // author's name or into the comment's plain text (CommentTreeModel::BodyRole).
        int start = 0;
        int length = 0;
    };

    explicit FindBar(QWidget* parent = nullptr);

    void setArticleView(ArticleView* view);
    // Searches the view's model, whatever proxy it is, so that what is found can be selected.
    void setCommentView(QTreeView* view);

    QString searchText() const;
    void setSearchText(const QString& text);
    bool matchCase() const;
    void setMatchCase(bool on);

    int matchCount() const { return int(m_articleMatches.size() + m_commentMatches.size()); }
    // Position of the current match in the sequence, -1 when there is none.
    int currentMatch() const { return m_current; }
    Match match(int index) const;
    // Article matches as [start, end) positions in the article's QTextDocument.
    QList<QPair<int, int>> articleMatches() const { return m_articleMatches; }

    QAction* findAction() const { return m_findAction; }
    QAction* findNextAction() const { return m_nextAction; }
    QAction* findPreviousAction() const { return m_previousAction; }
    QAction* closeAction() const { return m_closeAction; }

public slots:
    // Shows the bar with its text selected for typing over and searches again. When the bar is
    // already open it only moves the keyboard into the field.
    void open();
    // With the bar closed these open it, at the first match or the last.
    void findNext();
    void findPrevious();
    // Searches again at once, keeping the current match's position in the sequence. The bar does
    // this by itself shortly after the article or the comments change.
    void refresh();

signals:
    // Every match in the article, as [start, end) QTextDocument positions; empty when closed.
    void articleMatchesChanged(const QList<QPair<int, int>>& documentRanges);
    // After moving to another match, and after each new search; -1 when there is none. See match().
    void currentMatchChanged(int index);
    // The current match is in this comment's text (BodyRole), or in its author's name.
    void commentMatch(const QModelIndex& comment, int start, int length);
    void commentAuthorMatch(const QModelIndex& comment, int start, int length);
    // The bar was closed. When closed with Escape or its button, the keyboard goes back to the
    // widget that had it before open().
    void closed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    // Searches again; keepPosition stays at the same place in the sequence, else there is no
    // current match until the reader steps to one.
    void search(bool keepPosition);
    void searchArticle();
    void searchComments();
    void setCurrent(int index, bool show);
    void showCurrent();
    void updateStatus();
    void updateActions();
    void scheduleRefresh();
    void watchModel();
    void dropComments();
    void dismiss();
    void deactivate();
    void step(int delta);
    void clearArticleSelection();
    void showInComments();
    CommentTreeModel* commentModel() const;

    QPointer<ArticleView> m_article;
    QPointer<QTreeView> m_tree;
    QPointer<QAbstractItemModel> m_model;
    QPointer<CommentTreeModel> m_comments; // under m_model, where the matches are drawn
    QMetaObject::Connection m_articleConnection;
    QList<QMetaObject::Connection> m_modelConnections;

    QLineEdit* m_field;
    QCheckBox* m_matchCase;
    QLabel* m_status;
    QAction* m_findAction;
    QAction* m_nextAction;
    QAction* m_previousAction;
    QAction* m_closeAction;
    QTimer* m_refreshTimer;

    bool m_open = false;
    QList<QPair<int, int>> m_articleMatches;
    QList<Match> m_commentMatches;
    int m_current = -1;
    int m_restore = -1; // the current match's position while the comment matches are searched again
    QPointer<QWidget> m_returnFocus;
    QPair<int, int> m_articleSelection{-1, -1}; // the match the bar last selected in the article
};

} // namespace glossator
