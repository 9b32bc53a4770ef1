#include "NotesDock.h"

#include "annotations/AnnotationsPanel.h"
#include "article/ArticleView.h"
#include "comments/CommentTreeModel.h"
#include "comments/CommentTreeView.h"
#include "common/ActionFactory.h"
#include "notes/NoteEditor.h"
#include "project/ProjectManager.h"

#include <QApplication>
#include <QEvent>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTextEdit>

namespace glossator {

NotesDock::NotesDock(ProjectManager* projects, ArticleView* article, CommentTreeView* comments, AnnotationsPanel* panel,
                     QWidget* window)
    : QDockWidget(tr("Notes"), window)
    , m_projects(projects)
    , m_article(article)
    , m_comments(comments)
    , m_panel(panel)
    , m_window(window)
    , m_editor(new NoteEditor(this))
{
    setObjectName(QStringLiteral("notesDock"));
    setWidget(m_editor);

    m_showAction =
        createAction(this, tr("&Notes"), "actionShowNotes", QKeySequence(tr("Ctrl+Shift+M")), Qt::WindowShortcut,
                     tr("Go to the note of the annotation at the cursor, showing the Notes panel; "
                        "pressed in the note, hides the panel"));
    m_showAction->setCheckable(true);
    connect(m_showAction, &QAction::triggered, this, [this] {
        if (!isHidden() && m_editor->textEdit()->hasFocus()) {
            hide();
            returnFocus();
        } else {
            show();
            raise();
            m_editor->textEdit()->setFocus(Qt::ShortcutFocusReason);
        }
        m_showAction->setChecked(!isHidden());
    });
    connect(this, &QDockWidget::visibilityChanged, this, [this] { m_showAction->setChecked(!isHidden()); });
    connect(m_editor, &NoteEditor::leaveRequested, this, &NotesDock::returnFocus);

    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) { focusChanged(now); });
    connect(m_article, &QTextEdit::cursorPositionChanged, this, [this] {
        if (m_article->hasFocus())
            followArticle();
    });
    connect(m_comments->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (m_comments->hasFocus() || m_comments->isAncestorOf(QApplication::focusWidget()))
            followComments();
    });
    connect(m_panel, &AnnotationsPanel::currentAnnotationChanged, this, [this] {
        if (m_panel->isAncestorOf(QApplication::focusWidget()))
            followPanel();
    });
    connect(m_panel, &AnnotationsPanel::noteEditRequested, this, &NotesDock::editNote);
    connect(m_projects, &ProjectManager::projectChanged, this, &NotesDock::projectChanged);
    connect(m_projects, &ProjectManager::documentChanged, this, &NotesDock::documentChanged);
    // Before the window's own close handling, which may close the project.
    m_window->installEventFilter(this);
    projectChanged();
}

bool NotesDock::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::Close)
        m_editor->saveNow();
    return QDockWidget::eventFilter(watched, event);
}

void NotesDock::editNote(qint64 annotationId)
{
    Spot spot;
    spot.kind = Spot::Kind::Annotation;
    spot.annotationId = annotationId;
    follow(spot);
    show();
    raise();
    m_editor->textEdit()->setFocus(Qt::OtherFocusReason);
}

void NotesDock::focusChanged(QWidget* now)
{
    if (!now)
        return;
    if (now == m_article || m_article->isAncestorOf(now)) {
        m_cameFrom = now;
        followArticle();
    } else if (now == m_comments || m_comments->isAncestorOf(now)) {
        m_cameFrom = now;
        // The current comment's text, where a passage is selected, is a widget of its own.
        if (auto* text = qobject_cast<QTextEdit*>(now))
            connect(text, &QTextEdit::cursorPositionChanged, this, &NotesDock::followComments, Qt::UniqueConnection);
        followComments();
    } else if (m_panel->isAncestorOf(now)) {
        m_cameFrom = now;
        followPanel();
    }
}

void NotesDock::followArticle()
{
    Spot spot;
    spot.kind = Spot::Kind::Article;
    if (const auto range = m_article->selectedRange()) {
        spot.start = range->first;
        spot.end = range->second;
    } else {
        spot.start = spot.end = m_article->plainOffset(m_article->textCursor().position());
    }
    follow(spot);
}

void NotesDock::followComments()
{
    Spot spot;
    spot.kind = Spot::Kind::Comment;
    spot.commentId = m_comments->currentIndex().data(CommentTreeModel::StoredIdRole).toLongLong();
    if (spot.commentId == 0) {
        follow({});
        return;
    }
    // A position in the text only while the user is in it; from the list it is the comment.
    auto* text = qobject_cast<QTextEdit*>(QApplication::focusWidget());
    if (text && m_comments->isAncestorOf(text)) {
        const QTextCursor cursor = text->textCursor();
        spot.start = cursor.selectionStart();
        spot.end = cursor.selectionEnd();
    }
    follow(spot);
}

void NotesDock::followPanel()
{
    Spot spot;
    spot.kind = Spot::Kind::Annotation;
    spot.annotationId = m_panel->currentAnnotation();
    follow(spot);
}

void NotesDock::follow(const Spot& spot)
{
    m_spot = spot;
    resolve();
}

void NotesDock::resolve()
{
    m_editor->setAnnotation(annotationAt(m_spot));
}

qint64 NotesDock::annotationAt(const Spot& spot) const
{
    if (spot.kind == Spot::Kind::None)
        return 0;
    if (spot.kind == Spot::Kind::Annotation)
        return spot.annotationId;
    const StoredDocument* stored = m_projects->currentDocument();
    Project* project = m_projects->project();
    if (!stored || !project)
        return 0;
    if (!m_annotations)
        m_annotations = project->store().annotations(stored->id);

    const Annotation* whole = nullptr;
    const Annotation* exact = nullptr;
    const Annotation* inside = nullptr;
    for (const Annotation& annotation : std::as_const(*m_annotations)) {
        if (annotation.commentId != spot.commentId || annotation.orphaned)
            continue;
        if (!annotation.range) {
            if (!whole)
                whole = &annotation;
            continue;
        }
        if (spot.start < 0)
            continue;
        const TextRange& range = *annotation.range;
        if (range.start == spot.start && range.end == spot.end && spot.start < spot.end)
            exact = &annotation;
        // A cursor just after a passage's last character is still at that passage.
        const bool contains = spot.start == spot.end ? range.start <= spot.start && spot.start <= range.end
                                                     : range.start <= spot.start && spot.start < range.end;
        // Where passages nest, the innermost says most about the place; the newer one among equals.
        if (contains && (!inside || range.end - range.start <= inside->range->end - inside->range->start))
            inside = &annotation;
    }
    if (exact)
        return exact->id;
    if (inside)
        return inside->id;
    // In a comment, untagged text is still the comment: its own tag's note is the one to show.
    if (whole && (spot.start < 0 || spot.kind == Spot::Kind::Comment))
        return whole->id;
    return 0;
}

void NotesDock::documentChanged()
{
    m_editor->saveNow();
    m_annotations.reset();
    const StoredDocument* stored = m_projects->currentDocument();
    const qint64 shown = stored ? stored->id : 0;
    // Positions are in the old document's text; an annotation named by its id stays valid.
    if (shown != m_documentId && m_spot.kind != Spot::Kind::Annotation)
        m_spot = {};
    m_documentId = shown;
    resolve();
}

void NotesDock::projectChanged()
{
    Project* project = m_projects->project();
    m_editor->setProject(project);
    m_annotations.reset();
    if (project)
        connect(project, &Project::annotationsChanged, this, &NotesDock::annotationsChanged, Qt::UniqueConnection);
    m_spot = {};
    m_documentId = m_projects->currentDocument() ? m_projects->currentDocument()->id : 0;
    resolve();
}

void NotesDock::annotationsChanged()
{
    // A new annotation where the user is (Tag with Note, say) is the one to show now.
    m_annotations.reset();
    resolve();
}

void NotesDock::returnFocus()
{
    if (m_cameFrom && m_cameFrom->isVisible())
        m_cameFrom->setFocus(Qt::OtherFocusReason);
    else
        m_article->setFocus(Qt::OtherFocusReason);
}

} // namespace glossator
