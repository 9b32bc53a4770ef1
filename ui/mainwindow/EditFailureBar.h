#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace glossator {

// A line across the top of the window that says an edit could not be saved (the disk is full,
// the file went read-only) and that nothing was changed. It stays until the user closes it or an
// edit succeeds, so that a failure nobody was looking at is still read.
class EditFailureBar : public QFrame {
    Q_OBJECT

public:
    explicit EditFailureBar(QWidget* parent = nullptr);

    void showFailure(const QString& message);
    QString message() const;
    // Hides the bar after an edit went through; not for the undo stack's own change that comes
    // with the failure just shown (a failed undo takes its step off the stack).
    void editSucceeded();

private:
    bool m_fresh = false;
    QLabel* m_text;
    QToolButton* m_close;
};

} // namespace glossator
