#include "ActionFactory.h"

namespace glossator {

QAction* createAction(QObject* parent, const QString& text, const char* objectName, const QKeySequence& shortcut,
                      Qt::ShortcutContext context, const QString& toolTip)
{
    auto* action = new QAction(text, parent);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setShortcut(shortcut);
    action->setShortcutContext(context);
    action->setToolTip(toolTip);
    action->setStatusTip(toolTip);
    return action;
}

} // namespace glossator
