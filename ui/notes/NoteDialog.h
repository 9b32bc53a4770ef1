#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace glossator {

// Asks for the note that goes with a tag being applied: several lines, Enter for a new line and
// Ctrl+Enter to apply. Opened with open(); accepted() says the note is ready in note().
class NoteDialog : public QDialog {
    Q_OBJECT

public:
    // what: the tag and the passage, as the user knows them; initial: a note the target has already.
    NoteDialog(const QString& what, const QString& initial, QWidget* parent);

    QString note() const;

private:
    QPlainTextEdit* m_text;
};

} // namespace glossator
