#pragma once

#include <QMessageBox>

#include <optional>

namespace glossator {

// The one way the window asks the user a question. Tests queue answers so that no dialog ever
// blocks a test run; without a queued answer the real dialog is shown.
class MessageBoxes {
public:
    static QMessageBox::StandardButton
    ask(QWidget* parent, QMessageBox::Icon icon, const QString& objectName, const QString& title, const QString& text,
        const QString& details, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
        const QList<std::pair<QMessageBox::StandardButton, QString>>& buttonTexts = {});
    // Lets the user choose one of items; returns its index, or -1 when cancelled.
    static int chooseItem(QWidget* parent, const QString& objectName, const QString& title, const QString& label,
                          const QStringList& items, int current);

    // Asks for a line of text; returns nothing when cancelled.
    static std::optional<QString> askText(QWidget* parent, const QString& objectName, const QString& title,
                                          const QString& label, const QString& initial);
    // Asks for a colour; returns an invalid colour when cancelled.
    static QColor chooseColor(QWidget* parent, const QString& objectName, const QString& title, const QColor& initial);

    // For scripted runs (--screenshot): no dialog is shown; each question is written to standard
    // error and takes its default answer, so that nothing waits for a user who is not there.
    static void setUnattended(bool unattended);
    // The warnings written so far in an unattended run.
    static int unattendedWarnings();

    // For tests: the answers the next questions get, in order.
    static void queueAnswer(QMessageBox::StandardButton answer);
    static void queueChoice(int index);
    static void queueText(const std::optional<QString>& text);
    static void queueColor(const QColor& color);
    static int pendingAnswers();
    // For tests: the object names of the questions asked so far.
    static QStringList askedQuestions();
};

} // namespace glossator
