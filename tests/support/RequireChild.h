#pragma once

#include <QAction>
#include <QObject>
#include <QString>
#include <QTest>
#include <QWidget>

#include <type_traits>

namespace glossator::test {

// The child of parent with that object name. A misspelt or renamed one fails the current test,
// naming it, and a stand-in owned by parent comes back (a disabled one for an action), so that the
// test ends in a failure instead of crashing the whole test program on a null pointer.
template <typename T>
T* requireChild(QObject* parent, const char* name)
{
    if (auto* found = parent->findChild<T*>(QString::fromLatin1(name)))
        return found;
    QTest::qFail(qPrintable(QStringLiteral("no %1 named %2")
                                .arg(QString::fromLatin1(T::staticMetaObject.className()), QString::fromLatin1(name))),
                 __FILE__, __LINE__);
    T* standIn = new T;
    if constexpr (std::is_base_of_v<QWidget, T>) {
        if (auto* widget = qobject_cast<QWidget*>(parent))
            standIn->setParent(widget);
        else
            QObject::connect(parent, &QObject::destroyed, standIn, &QObject::deleteLater);
    } else {
        standIn->setParent(parent);
    }
    if constexpr (std::is_same_v<T, QAction>)
        standIn->setEnabled(false);
    return standIn;
}

inline QAction* requireAction(QObject* parent, const char* name)
{
    return requireChild<QAction>(parent, name);
}

} // namespace glossator::test
