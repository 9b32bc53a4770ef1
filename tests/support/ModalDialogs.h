#pragma once

#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QTimer>

#include <functional>
#include <memory>

namespace glossator::test {

// Runs work on the next modal dialog as soon as it is shown, for tests of actions that open a
// dialog with exec(). The work is expected to close the dialog; it is rejected after a few
// seconds otherwise, so that a test can never hang on it.
inline void whenDialogOpens(std::function<void(QDialog*)> work)
{
    auto* poll = new QTimer(qApp);
    auto tries = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, tries, work = std::move(work)] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            if (++*tries > 500)
                poll->deleteLater();
            return;
        }
        poll->stop();
        poll->deleteLater();
        work(dialog);
        if (dialog->isVisible()) {
            QTimer::singleShot(3000, dialog, [dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
        }
    });
    poll->start(10);
}

// Answers the next file dialog with path, as a user who types it and presses Enter; *seen tells
// afterwards whether a file dialog was the one that opened.
inline void whenFileDialogOpens(const QString& path, bool* seen)
{
    *seen = false;
    whenDialogOpens([path, seen](QDialog* shown) {
        auto* files = qobject_cast<QFileDialog*>(shown);
        *seen = files != nullptr;
        if (!files)
            return;
        // The dialog fills in its suggested name as it settles; the path is typed after that.
        QTimer::singleShot(100, files, [files, path] {
            files->setDirectory(QFileInfo(path).absolutePath());
            files->selectFile(path);
            if (auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit")))
                name->setText(QFileInfo(path).fileName());
            QMetaObject::invokeMethod(files, &QDialog::accept);
        });
    });
}

} // namespace glossator::test
