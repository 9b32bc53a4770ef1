#include "CommentTextEditor.h"

#include "common/BodyFormat.h"
#include "common/PassageFormat.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

namespace glossator {

CommentTextEditor::CommentTextEditor(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("commentTextEditor"));
    setAccessibleName(tr("Comment text"));
    setToolTip(tr("Select a passage to tag it; Escape goes back to the comment list"));
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // The tree keeps the keyboard on a click; the editor takes it for a drag (see the mouse events).
    setFocusPolicy(Qt::NoFocus);
    document()->setDocumentMargin(0);
    // The card beneath shows through, with its selection tint.
    viewport()->setAutoFillBackground(false);
    setAutoFillBackground(false);
    setStyleSheet(QStringLiteral("QTextBrowser { background: transparent; }"));
}

void CommentTextEditor::setComment(const QString& body, const QList<Block>& blocks,
                                   const QList<CommentTreeModel::Highlight>& highlights)
{
    if (toPlainText() != body || m_blocks != blocks) {
        // Plain text keeps one document position per character, so positions are text offsets.
        setPlainText(body);
        m_blocks = blocks;
        for (const QTextLayout::FormatRange& range : bodyFormats(blocks, palette())) {
            QTextCursor span(document());
            span.setPosition(std::min(range.start, int(body.size())));
            span.setPosition(std::min(range.start + range.length, int(body.size())), QTextCursor::KeepAnchor);
            span.mergeCharFormat(range.format);
        }
    }
    m_highlights = highlights;
    QList<QTextEdit::ExtraSelection> selections;
    for (const CommentTreeModel::Highlight& highlight : highlights) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(std::min(highlight.start, int(body.size())));
        selection.cursor.setPosition(std::min(highlight.end, int(body.size())), QTextCursor::KeepAnchor);
        selection.format = passageFormat(highlight.color, palette());
        selections.append(selection);
    }
    setExtraSelections(selections);
}

std::optional<std::pair<int, int>> CommentTextEditor::selectedPassage() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return std::nullopt;
    return std::pair{cursor.selectionStart(), cursor.selectionEnd()};
}

void CommentTextEditor::selectPassage(int start, int end)
{
    QTextCursor cursor(document());
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

void CommentTextEditor::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        emit leaveRequested();
        return;
    }
    QTextBrowser::keyPressEvent(event);
}

void CommentTextEditor::mousePressEvent(QMouseEvent* event)
{
    m_pressedAt = event->position().toPoint();
    m_dragging = false;
    QTextBrowser::mousePressEvent(event);
}

void CommentTextEditor::mouseMoveEvent(QMouseEvent* event)
{
    if ((event->buttons() & Qt::LeftButton) && !m_dragging &&
        (event->position().toPoint() - m_pressedAt).manhattanLength() >= QApplication::startDragDistance()) {
        m_dragging = true;
        setFocus(Qt::MouseFocusReason);
    }
    QTextBrowser::mouseMoveEvent(event);
}

void CommentTextEditor::mouseReleaseEvent(QMouseEvent* event)
{
    QTextBrowser::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || m_dragging)
        return;
    // A plain click: the comment is chosen, no passage is.
    QTextCursor cursor = textCursor();
    cursor.clearSelection();
    setTextCursor(cursor);
    emit leaveRequested();
}

void CommentTextEditor::mouseDoubleClickEvent(QMouseEvent* event)
{
    QTextBrowser::mouseDoubleClickEvent(event);
    m_dragging = true; // the word it selected is kept, and the keyboard goes to it
    setFocus(Qt::MouseFocusReason);
}

bool CommentTextEditor::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int position = cursorForPosition(viewport()->mapFromGlobal(help->globalPos())).position();
        QStringList lines;
        for (const CommentTreeModel::Highlight& highlight : std::as_const(m_highlights)) {
            if (position >= highlight.start && position < highlight.end) {
                QString line = highlight.tags.join(QStringLiteral(", "));
                if (!highlight.note.isEmpty())
                    line += QStringLiteral(" — ") + highlight.note;
                lines.append(line);
            }
        }
        QToolTip::showText(help->globalPos(), lines.isEmpty() ? toolTip() : lines.join(QLatin1Char('\n')), this);
        return true;
    }
    return QTextBrowser::event(event);
}

QSize CommentTextEditor::sizeHint() const
{
    return {QTextBrowser::sizeHint().width(), 0};
}

QSize CommentTextEditor::minimumSizeHint() const
{
    return {0, 0};
}

} // namespace glossator
