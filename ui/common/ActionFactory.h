#pragma once

#include <QAction>
#include <QKeySequence>

namespace glossator {

// Every action the window offers has a name tests find it by, a key and a tooltip.
QAction* createAction(QObject* parent, const QString& text, const char* objectName, const QKeySequence& shortcut,
                      Qt::ShortcutContext context, const QString& toolTip);

} // namespace glossator
