#include "FindBar.h"

#include "article/ArticleView.h"
#include "comments/CommentNavigator.h"
#include "comments/CommentTreeModel.h"
#include "common/ActionFactory.h"

#include <QAbstractItemModel>
#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <algorithm>

namespace glossator {

namespace {

QToolButton* makeButton(QWidget* parent, QAction* action, const char* objectName)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    return button;
}

QString keys(const QKeySequence& sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}

// The model under a view's model and its proxies, and a comment's position there.
const QAbstractItemModel* sourceOf(const QAbstractItemModel* model)
{
    while (const auto* proxy = qobject_cast<const QAbstractProxyModel*>(model))
        model = proxy->sourceModel();
    return model;
}

int commentPosition(const QModelIndex& index)
{
    QModelIndex at = index;
    while (const auto* proxy = qobject_cast<const QAbstractProxyModel*>(at.model()))
        at = proxy->mapToSource(at);
    return qobject_cast<const CommentTreeModel*>(at.model()) ? CommentTreeModel::commentIndex(at) : -1;
}

} // namespace

FindBar::FindBar(QWidget* parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_matchCase(new QCheckBox(tr("Match c&ase"), this))
    , m_status(new QLabel(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("findBar"));
    setAccessibleName(tr("Find"));

    const QKeySequence nextKey(Qt::Key_F3);
    const QKeySequence previousKey(Qt::SHIFT | Qt::Key_F3);
    m_findAction = createAction(this, tr("&Find…"), "actionFind", QKeySequence::Find, Qt::WindowShortcut,
                                tr("Find a text in the article and in the comments"));
    // Next and previous work anywhere in the window while the bar is open, so that the reader
    // can look at a match in the tree and go on without clicking back into the field.
    m_nextAction = createAction(this, tr("Find &Next"), "actionFindNext", nextKey, Qt::WindowShortcut,
                                tr("Go to the next match (%1, or Enter in the search field)").arg(keys(nextKey)));
    m_previousAction =
        createAction(this, tr("Find &Previous"), "actionFindPrevious", previousKey, Qt::WindowShortcut,
                     tr("Go to the previous match (%1, or Shift+Enter in the search field)").arg(keys(previousKey)));
    // Escape means something else in the rest of the window; it closes the bar only from inside.
    m_closeAction = createAction(this, tr("Close Find Bar"), "actionCloseFind", QKeySequence(Qt::Key_Escape),
                                 Qt::WidgetWithChildrenShortcut,
                                 tr("Close the find bar (%1)").arg(keys(QKeySequence(Qt::Key_Escape))));
    m_closeAction->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_nextAction->setIconText(tr("Next"));
    m_previousAction->setIconText(tr("Previous"));
    addActions({m_findAction, m_nextAction, m_previousAction, m_closeAction});
    connect(m_findAction, &QAction::triggered, this, &FindBar::open);
    connect(m_nextAction, &QAction::triggered, this, &FindBar::findNext);
    connect(m_previousAction, &QAction::triggered, this, &FindBar::findPrevious);
    connect(m_closeAction, &QAction::triggered, this, &FindBar::dismiss);

    auto* label = new QLabel(tr("Find:"), this);
    label->setObjectName(QStringLiteral("findLabel"));
    label->setBuddy(m_field);
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setAccessibleName(tr("Text to find"));
    m_field->setPlaceholderText(tr("Find in the article and comments"));
    m_field->setToolTip(tr("Matches are shown as you type. Enter goes to the first one and then to the next, "
                           "Shift+Enter to the previous one, Escape closes."));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);

    m_matchCase->setObjectName(QStringLiteral("findMatchCase"));
    m_matchCase->setToolTip(tr("Find only text written with the same capital and small letters"));

    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setAccessibleName(tr("Matches"));
    m_status->setToolTip(tr("The article's matches are counted first, then the comments' in reading order"));
    // Room for "999 of 999" so that the bar does not shift while typing.
    m_status->setMinimumWidth(m_status->fontMetrics().horizontalAdvance(tr("%1 of %2").arg(999).arg(999)));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(label);
    layout->addWidget(m_field, 1);
    layout->addWidget(makeButton(this, m_previousAction, "findPreviousButton"));
    layout->addWidget(makeButton(this, m_nextAction, "findNextButton"));
    layout->addWidget(m_matchCase);
    layout->addWidget(m_status);
    layout->addWidget(makeButton(this, m_closeAction, "findCloseButton"));

    // Edits and imports change the texts in many small steps; one search after them is enough.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &FindBar::refresh);
    connect(m_field, &QLineEdit::textChanged, this, [this] { search(false); });
    connect(m_matchCase, &QCheckBox::toggled, this, [this] { search(false); });

    hide();
    updateStatus();
    updateActions();
}

void FindBar::setArticleView(ArticleView* view)
{
    disconnect(m_articleConnection);
    m_article = view;
    if (view)
        m_articleConnection =
            connect(view->document(), &QTextDocument::contentsChanged, this, &FindBar::scheduleRefresh);
    scheduleRefresh();
}

void FindBar::setCommentView(QTreeView* view)
{
    m_tree = view;
    watchModel();
    scheduleRefresh();
}

// The view's model is read each time: the window may put a filter between the view and the
// comments after handing the view over.
void FindBar::watchModel()
{
    QAbstractItemModel* model = m_tree ? m_tree->model() : nullptr;
    if (model == m_model)
        return;
    for (const QMetaObject::Connection& connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    dropComments();
    if (m_comments) {
        // The cards of a model the bar no longer searches keep no matches.
        m_comments->setFindText(QString(), Qt::CaseInsensitive);
        m_comments->setCurrentFindMatch(-1);
    }
    m_model = model;
    m_comments = commentModel();
    if (!model)
        return;
    // Indexes held in the matches are not valid after a change of structure.
    m_modelConnections.append(connect(model, &QAbstractItemModel::modelReset, this, &FindBar::dropComments));
    m_modelConnections.append(connect(model, &QAbstractItemModel::layoutChanged, this, &FindBar::dropComments));
    m_modelConnections.append(connect(model, &QAbstractItemModel::rowsInserted, this, &FindBar::dropComments));
    m_modelConnections.append(connect(model, &QAbstractItemModel::rowsRemoved, this, &FindBar::dropComments));
    m_modelConnections.append(connect(model, &QAbstractItemModel::rowsMoved, this, &FindBar::dropComments));
    m_modelConnections.append(connect(model, &QObject::destroyed, this, &FindBar::dropComments));
    m_modelConnections.append(connect(model, &QAbstractItemModel::dataChanged, this, &FindBar::scheduleRefresh));
}

QString FindBar::searchText() const
{
    return m_field->text();
}

void FindBar::setSearchText(const QString& text)
{
    m_field->setText(text);
}

bool FindBar::matchCase() const
{
    return m_matchCase->isChecked();
}

void FindBar::setMatchCase(bool on)
{
    m_matchCase->setChecked(on);
}

CommentTreeModel* FindBar::commentModel() const
{
    return qobject_cast<CommentTreeModel*>(const_cast<QAbstractItemModel*>(sourceOf(m_model)));
}

FindBar::Match FindBar::match(int index) const
{
    if (index < 0 || index >= matchCount())
        return {};
    if (index < m_articleMatches.size()) {
        const QPair<int, int>& range = m_articleMatches.at(index);
        return {Match::Where::Article, {}, range.first, range.second - range.first};
    }
    return m_commentMatches.at(index - m_articleMatches.size());
}

void FindBar::open()
{
    const bool wasOpen = m_open;
    if (!wasOpen) {
        QWidget* focus = QApplication::focusWidget();
        m_returnFocus = focus && focus != this && !isAncestorOf(focus) ? focus : nullptr;
    }
    m_open = true;
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    if (!wasOpen)
        search(false);
}

void FindBar::findNext()
{
    step(1);
}

void FindBar::findPrevious()
{
    step(-1);
}

void FindBar::step(int delta)
{
    if (!m_open) {
        // Called from a menu with the bar closed: opening it goes to the first match, or the last.
        open();
        if (matchCount() > 0)
            setCurrent(delta > 0 ? 0 : matchCount() - 1, true);
        return;
    }
    if (m_refreshTimer->isActive())
        refresh();
    const int count = matchCount();
    if (count == 0)
        return;
    const int next = m_current < 0 ? (delta > 0 ? 0 : count - 1) : (m_current + delta + count) % count;
    setCurrent(next, true);
}

void FindBar::refresh()
{
    if (m_open)
        search(true);
}

void FindBar::scheduleRefresh()
{
    if (m_open)
        m_refreshTimer->start();
}

void FindBar::dropComments()
{
    if (!m_commentMatches.isEmpty()) {
        // Keeps the position in the sequence for the search that follows.
        if (m_restore < 0)
            m_restore = m_current;
        m_commentMatches.clear();
        m_current = std::min(m_current, matchCount() - 1);
    }
    // New rows may hold matches where there were none.
    scheduleRefresh();
}

void FindBar::search(bool keepPosition)
{
    m_refreshTimer->stop();
    watchModel();
    const QList<QPair<int, int>> previousArticle = m_articleMatches;
    m_articleMatches.clear();
    m_commentMatches.clear();
    if (m_open && !m_field->text().isEmpty()) {
        searchArticle();
        searchComments();
    }
    if (m_articleMatches != previousArticle)
        emit articleMatchesChanged(m_articleMatches);
    if (m_comments)
        m_comments->setFindText(m_open ? m_field->text() : QString(),
                                matchCase() ? Qt::CaseSensitive : Qt::CaseInsensitive);
    const int count = matchCount();
    const int position = std::max(m_current, m_restore);
    const int current = keepPosition && count > 0 && position >= 0 ? std::min(position, count - 1) : -1;
    m_restore = -1;
    setCurrent(current, false);
}

void FindBar::searchArticle()
{
    if (!m_article)
        return;
    QTextDocument* document = m_article->document();
    const QTextDocument::FindFlags flags =
        matchCase() ? QTextDocument::FindCaseSensitively : QTextDocument::FindFlags();
    // Searching the rendered page rather than the article's plain text finds the title and the
    // byline too, and gives the positions the view draws with.
    QTextCursor cursor(document);
    for (;;) {
        cursor = document->find(m_field->text(), cursor, flags);
        if (cursor.isNull() || !cursor.hasSelection())
            break;
        m_articleMatches.append({cursor.selectionStart(), cursor.selectionEnd()});
    }
}

void FindBar::searchComments()
{
    const QAbstractItemModel* model = m_model;
    if (!model)
        return;
    const QString text = m_field->text();
    const Qt::CaseSensitivity sensitivity = matchCase() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    const auto collect = [&](const QModelIndex& index, Match::Where where, const QString& haystack) {
        for (qsizetype at = haystack.indexOf(text, 0, sensitivity); at >= 0;
             at = haystack.indexOf(text, at + text.size(), sensitivity))
            m_commentMatches.append({where, index, int(at), int(text.size())});
    };
    // Collapsed replies are searched too: scrolling to a match opens its thread.
    for (QModelIndex index = CommentNavigator::first(model); index.isValid();
         index = CommentNavigator::next(model, index)) {
        collect(index, Match::Where::CommentAuthor, index.data(CommentTreeModel::AuthorRole).toString());
        collect(index, Match::Where::CommentBody, index.data(CommentTreeModel::BodyRole).toString());
    }
}

void FindBar::setCurrent(int index, bool show)
{
    m_current = index;
    if (index < 0 || match(index).where != Match::Where::Article)
        clearArticleSelection();
    showInComments();
    if (show && index >= 0)
        showCurrent();
    updateStatus();
    updateActions();
    emit currentMatchChanged(index);
}

void FindBar::showInComments()
{
    if (!m_comments)
        return;
    const Match current = match(m_current);
    if (m_current >= 0 && current.where != Match::Where::Article)
        m_comments->setCurrentFindMatch(commentPosition(current.comment), current.where == Match::Where::CommentAuthor,
                                        current.start);
    else
        m_comments->setCurrentFindMatch(-1);
}

// Only the bar's own selection goes: one the reader made since is theirs.
void FindBar::clearArticleSelection()
{
    if (!m_article || m_articleSelection.first < 0)
        return;
    QTextCursor cursor = m_article->textCursor();
    if (cursor.selectionStart() == m_articleSelection.first && cursor.selectionEnd() == m_articleSelection.second) {
        cursor.clearSelection();
        m_article->setTextCursor(cursor);
    }
    m_articleSelection = {-1, -1};
}

void FindBar::showCurrent()
{
    const Match current = match(m_current);
    if (current.where == Match::Where::Article) {
        if (!m_article)
            return;
        QTextCursor cursor(m_article->document());
        const int end = m_article->document()->characterCount() - 1;
        cursor.setPosition(std::clamp(current.start, 0, end));
        cursor.setPosition(std::clamp(current.start + current.length, 0, end), QTextCursor::KeepAnchor);
        m_article->setTextCursor(cursor);
        m_articleSelection = {cursor.selectionStart(), cursor.selectionEnd()};
        m_article->ensureCursorVisible();
        return;
    }
    if (m_tree && current.comment.model() == m_tree->model()) {
        m_tree->setCurrentIndex(current.comment);
        // Expands the collapsed comments above it as well.
        m_tree->scrollTo(current.comment);
    }
    if (current.where == Match::Where::CommentAuthor)
        emit commentAuthorMatch(current.comment, current.start, current.length);
    else
        emit commentMatch(current.comment, current.start, current.length);
}

void FindBar::dismiss()
{
    hide();
    deactivate();
    if (m_returnFocus)
        m_returnFocus->setFocus(Qt::OtherFocusReason);
}

// Matches are kept only while the bar is open, so that a closed bar leaves no highlights behind.
void FindBar::deactivate()
{
    if (!m_open)
        return;
    m_open = false;
    m_refreshTimer->stop();
    m_restore = -1;
    m_commentMatches.clear();
    if (!m_articleMatches.isEmpty()) {
        m_articleMatches.clear();
        emit articleMatchesChanged(m_articleMatches);
    }
    if (m_comments)
        m_comments->setFindText(QString(), Qt::CaseInsensitive);
    // A match left selected in the article stays for the reader to tag or copy.
    m_articleSelection = {-1, -1};
    setCurrent(-1, false);
    emit closed();
}

void FindBar::updateStatus()
{
    QString text;
    if (m_open && !m_field->text().isEmpty()) {
        if (matchCount() == 0)
            text = tr("No matches");
        else if (m_current < 0)
            text = tr("? of %1").arg(matchCount()); // "?" until the reader goes to one of them
        else
            text = tr("%1 of %2").arg(m_current + 1).arg(matchCount());
    }
    m_status->setText(text);
}

void FindBar::updateActions()
{
    const bool searchable = !m_field->text().isEmpty();
    m_nextAction->setEnabled(searchable);
    m_previousAction->setEnabled(searchable);
}

bool FindBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    // The window being hidden or minimised hides the bar too, without closing it.
    if (isHidden())
        deactivate();
}

} // namespace glossator
