#include "NoteEditor.h"

#include "project/Project.h"

#include <QEvent>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace glossator {

namespace {

QString shortened(const QString& text, int limit)
{
    const QString flat = text.simplified();
    return flat.size() > limit ? flat.left(limit - 1) + QChar(0x2026) : flat;
}

} // namespace

NoteEditor::NoteEditor(QWidget* parent)
    : QWidget(parent)
    , m_target(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_pause(new QTimer(this))
{
    setObjectName(QStringLiteral("noteEditor"));
    m_target->setObjectName(QStringLiteral("noteTarget"));
    m_target->setWordWrap(true);
    m_target->setTextFormat(Qt::PlainText);
    m_target->setToolTip(tr("The annotation whose note is shown: its tags and its passage"));
    m_target->setContentsMargins(4, 4, 4, 0);
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setAccessibleName(tr("Note"));
    m_text->setToolTip(tr("The note of the annotation at the cursor, or of the current comment's own tag. It is "
                          "saved as you type; Edit > Undo takes it back. Escape returns to the text."));
    m_text->setTabChangesFocus(true);
    m_text->installEventFilter(this);
    m_status->setObjectName(QStringLiteral("noteStatus"));
    m_status->setToolTip(tr("Whether the note is saved"));
    m_status->setContentsMargins(4, 0, 4, 2);
    m_status->setWordWrap(true);

    m_pause->setSingleShot(true);
    m_pause->setInterval(pauseMilliseconds);
    connect(m_pause, &QTimer::timeout, this, &NoteEditor::saveNow);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_status->setText(hasUnsavedText() ? tr("Editing…") : QString());
        m_pause->start();
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_target);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_status);
    setFocusProxy(m_text);
    load();
}

NoteEditor::~NoteEditor()
{
    // The project may already be gone (QPointer): then there is nowhere to save to.
    saveNow();
}

void NoteEditor::setProject(Project* project)
{
    if (m_project == project)
        return;
    saveNow();
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_annotationId = 0;
    if (m_project) {
        connect(m_project, &Project::annotationsChanged, this, &NoteEditor::annotationsChanged);
        connect(m_project, &Project::tagsChanged, this, &NoteEditor::describe);
    }
    load();
}

void NoteEditor::setAnnotation(qint64 annotationId)
{
    if (annotationId == m_annotationId)
        return;
    saveNow();
    m_annotationId = annotationId;
    load();
}

bool NoteEditor::hasUnsavedText() const
{
    return m_annotationId > 0 && m_text->toPlainText() != m_saved;
}

bool NoteEditor::saveNow()
{
    m_pause->stop();
    if (!m_project || !hasUnsavedText())
        return true;
    const QString text = m_text->toPlainText();
    const QString before = m_saved;
    // Known before the edit, so that the change it announces is not taken for someone else's.
    m_saved = text;
    if (!m_project->setAnnotationNote(m_annotationId, text)) {
        m_saved = before;
        m_status->setText(tr("Not saved: %1").arg(m_project->lastError()));
        return false;
    }
    m_status->setText(tr("Saved"));
    return true;
}

void NoteEditor::setText(const QString& text)
{
    m_loading = true;
    m_text->setPlainText(text);
    m_text->moveCursor(QTextCursor::End);
    m_loading = false;
    m_saved = text;
}

void NoteEditor::load()
{
    std::optional<Annotation> shown;
    if (m_project && m_annotationId > 0)
        shown = m_project->store().annotation(m_annotationId);
    if (!shown)
        m_annotationId = 0;
    setText(shown ? shown->note : QString());
    m_status->clear();
    const bool readOnly = m_project && m_project->store().isReadOnly();
    m_text->setEnabled(shown.has_value());
    m_text->setReadOnly(readOnly);
    // A disabled field that invites writing would be a puzzle; the label above says what to do.
    m_text->setPlaceholderText(!shown     ? QString()
                               : readOnly ? tr("The project is open read-only.")
                                          : tr("Write a note…"));
    describe();
}

void NoteEditor::annotationsChanged()
{
    if (m_annotationId == 0)
        return;
    const auto current = m_project->store().annotation(m_annotationId);
    if (!current) {
        // Deleted, or the edit that made it undone.
        m_annotationId = 0;
        load();
        return;
    }
    if (current->note != m_saved) {
        // An undo or another view changed the note. Text typed since the last save stays and is
        // saved over it; otherwise the editor follows.
        if (hasUnsavedText())
            m_saved = current->note;
        else
            setText(current->note);
    }
    describe();
}

void NoteEditor::describe()
{
    const auto current = m_project && m_annotationId > 0 ? m_project->store().annotation(m_annotationId) : std::nullopt;
    if (!current) {
        m_target->setText(m_project ? tr("No annotation here. Put the cursor in a tagged passage, choose a comment "
                                         "with a tag of its own, or pick an annotation in the Annotations panel.")
                                    : tr("No project is open."));
        return;
    }
    QStringList tags;
    for (const qint64 tagId : current->tagIds) {
        const auto tag = m_project->store().tag(tagId);
        tags.append(tag ? tag->name : tr("Tag %1").arg(tagId));
    }
    QString where;
    if (current->range)
        where = tr("“%1”").arg(shortened(current->range->exact, 80));
    else if (current->commentId == 0)
        where = tr("the whole article");
    else if (const auto comment = m_project->store().commentRow(current->commentId))
        where = tr("the whole comment by %1").arg(comment->author);
    else
        where = tr("a whole comment");
    if (current->orphaned)
        where = tr("%1 (orphaned)").arg(where);
    m_target->setText(tr("%1 on %2").arg(tags.join(tr(", ")), where));
}

bool NoteEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_text) {
        if (event->type() == QEvent::FocusOut) {
            saveNow();
        } else if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
            saveNow();
            emit leaveRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace glossator
