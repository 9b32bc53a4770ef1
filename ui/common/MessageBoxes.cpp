#include "MessageBoxes.h"

#include <QList>

namespace glossator {

namespace {

QList<QMessageBox::StandardButton>& queuedAnswers()
{
    static QList<QMessageBox::StandardButton> answers;
    return answers;
}

QStringList& asked()
{
    static QStringList names;
    return names;
}

} // namespace

QMessageBox::StandardButton MessageBoxes::ask(QWidget* parent, QMessageBox::Icon icon, const QString& objectName,
                                              const QString& title, const QString& text, const QString& details,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    asked().append(objectName);
    if (!queuedAnswers().isEmpty())
        return queuedAnswers().takeFirst();
    QMessageBox box(icon, title, text, buttons, parent);
    box.setObjectName(objectName);
    box.setInformativeText(details);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void MessageBoxes::queueAnswer(QMessageBox::StandardButton answer)
{
    queuedAnswers().append(answer);
}

int MessageBoxes::pendingAnswers()
{
    return int(queuedAnswers().size());
}

QStringList MessageBoxes::askedQuestions()
{
    return asked();
}

} // namespace glossator
