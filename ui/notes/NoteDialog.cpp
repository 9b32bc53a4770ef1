#include "NoteDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace glossator {

NoteDialog::NoteDialog(const QString& what, const QString& initial, QWidget* parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("noteDialog"));
    setWindowTitle(tr("Tag with Note"));
    setAttribute(Qt::WA_DeleteOnClose);

    auto* label = new QLabel(what, this);
    label->setObjectName(QStringLiteral("noteDialogTarget"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setToolTip(tr("The tag being applied, and where"));
    auto* prompt = new QLabel(tr("&Note:"), this);
    prompt->setBuddy(m_text);

    m_text->setObjectName(QStringLiteral("noteDialogText"));
    m_text->setAccessibleName(tr("Note"));
    m_text->setToolTip(tr("What the passage means for your analysis. Enter starts a new line; Ctrl+Enter applies "
                          "the tag with this note."));
    m_text->setPlaceholderText(tr("Why this tag here, what it relates to, what to check…"));
    m_text->setTabChangesFocus(true);
    m_text->setPlainText(initial);
    m_text->moveCursor(QTextCursor::End);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("noteDialogButtons"));
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Apply"));
    ok->setObjectName(QStringLiteral("noteDialogApply"));
    ok->setToolTip(tr("Apply the tag with this note, as one step that Undo takes back (Ctrl+Enter)"));
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("noteDialogCancel"));
    cancel->setToolTip(tr("Apply nothing (Escape)"));
    // Enter belongs to the text; the default button would take it away.
    ok->setAutoDefault(false);
    ok->setDefault(false);
    cancel->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::ControlModifier | Qt::Key_Return), QKeySequence(Qt::ControlModifier | Qt::Key_Enter)}) {
        auto* apply = new QShortcut(keys, this);
        connect(apply, &QShortcut::activated, this, &QDialog::accept);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(prompt);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(420, 260);
    m_text->setFocus();
}

QString NoteDialog::note() const
{
    return m_text->toPlainText();
}

} // namespace glossator
