#include "MessageBoxes.h"

#include <QAbstractButton>
#include <QColorDialog>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLayout>
#include <QLineEdit>
#include <QList>
#include <QTextStream>

namespace glossator {

namespace {

QList<QMessageBox::StandardButton>& queuedAnswers()
{
    static QList<QMessageBox::StandardButton> answers;
    return answers;
}

QList<int>& queuedChoices()
{
    static QList<int> choices;
    return choices;
}

QList<std::optional<QString>>& queuedTexts()
{
    static QList<std::optional<QString>> texts;
    return texts;
}

QList<QColor>& queuedColors()
{
    static QList<QColor> colors;
    return colors;
}

QStringList& asked()
{
    static QStringList names;
    return names;
}

// How wide a dialog must be for its title bar to show the whole title. Window managers add the
// program's name and cut the title short when the window is narrower; they draw it in a bold face
// of about the dialog's font, beside an icon and three buttons of about a line's height each.
int titleWidth(const QWidget& dialog, const QString& title)
{
    QString shown = title;
    const QString program = QGuiApplication::applicationDisplayName();
    if (!program.isEmpty() && !shown.endsWith(program))
        shown += QStringLiteral(" — ") + program;
    QFont bold = dialog.font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    return metrics.horizontalAdvance(shown) + 6 * metrics.height();
}

} // namespace

namespace {

bool& unattendedFlag()
{
    static bool unattended = false;
    return unattended;
}

int& unattendedWarningCount()
{
    static int count = 0;
    return count;
}

} // namespace

void MessageBoxes::setUnattended(bool unattended)
{
    unattendedFlag() = unattended;
}

int MessageBoxes::unattendedWarnings()
{
    return unattendedWarningCount();
}

QMessageBox::StandardButton MessageBoxes::ask(QWidget* parent, QMessageBox::Icon icon, const QString& objectName,
                                              const QString& title, const QString& text, const QString& details,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton,
                                              const QList<std::pair<QMessageBox::StandardButton, QString>>& buttonTexts)
{
    asked().append(objectName);
    if (!queuedAnswers().isEmpty())
        return queuedAnswers().takeFirst();
    if (unattendedFlag()) {
        QTextStream err(stderr);
        err << title << ": " << text;
        if (!details.isEmpty())
            err << ' ' << details;
        err << '\n';
        if (icon == QMessageBox::Warning || icon == QMessageBox::Critical)
            ++unattendedWarningCount();
        return defaultButton;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setObjectName(objectName);
    box.setInformativeText(details);
    box.setDefaultButton(defaultButton);
    // A standard button keeps its role and keyboard handling, with words that say what it does.
    for (const auto& [button, label] : buttonTexts) {
        if (QAbstractButton* shown = box.button(button))
            shown->setText(label);
    }
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

int MessageBoxes::chooseItem(QWidget* parent, const QString& objectName, const QString& title, const QString& label,
                             const QStringList& items, int current)
{
    asked().append(objectName);
    if (!queuedChoices().isEmpty())
        return queuedChoices().takeFirst();
    if (unattendedFlag())
        return -1;
    QInputDialog dialog(parent);
    dialog.setObjectName(objectName);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setComboBoxItems(items);
    dialog.setComboBoxEditable(false);
    dialog.setOption(QInputDialog::UseListViewForComboBoxItems);
    if (current >= 0 && current < items.size())
        dialog.setTextValue(items.at(current));
    if (dialog.exec() != QDialog::Accepted)
        return -1;
    return int(items.indexOf(dialog.textValue()));
}

std::optional<QString> MessageBoxes::askText(QWidget* parent, const QString& objectName, const QString& title,
                                             const QString& label, const QString& initial)
{
    asked().append(objectName);
    if (!queuedTexts().isEmpty())
        return queuedTexts().takeFirst();
    if (unattendedFlag())
        return std::nullopt;
    QInputDialog dialog(parent);
    dialog.setObjectName(objectName);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextValue(initial);
    // The dialog's layout sets its size from its contents, so the width goes to the text field.
    if (auto* field = dialog.findChild<QLineEdit*>()) {
        const QMargins margins = dialog.layout() ? dialog.layout()->contentsMargins() : QMargins();
        field->setMinimumWidth(titleWidth(dialog, title) - margins.left() - margins.right());
    }
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

QColor MessageBoxes::chooseColor(QWidget* parent, const QString& objectName, const QString& title,
                                 const QColor& initial)
{
    asked().append(objectName);
    if (!queuedColors().isEmpty())
        return queuedColors().takeFirst();
    if (unattendedFlag())
        return {};
    return QColorDialog::getColor(initial, parent, title);
}

void MessageBoxes::queueText(const std::optional<QString>& text)
{
    queuedTexts().append(text);
}

void MessageBoxes::queueColor(const QColor& color)
{
    queuedColors().append(color);
}

void MessageBoxes::queueChoice(int index)
{
    queuedChoices().append(index);
}

void MessageBoxes::queueAnswer(QMessageBox::StandardButton answer)
{
    queuedAnswers().append(answer);
}

int MessageBoxes::pendingAnswers()
{
    return int(queuedAnswers().size() + queuedChoices().size() + queuedTexts().size() + queuedColors().size());
}

QStringList MessageBoxes::askedQuestions()
{
    return asked();
}

} // namespace glossator
