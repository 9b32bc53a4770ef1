#include "CommentTextEditor.h"

#include "common/BodyFormat.h"
#include "common/PassageFormat.h"

#include <QHelpEvent>
#include <QKeyEvent>
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
    setFocusPolicy(Qt::ClickFocus);
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
