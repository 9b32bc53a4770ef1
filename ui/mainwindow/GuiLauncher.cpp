#include "GuiLauncher.h"

#include "cli/CommandLine.h"
#include "common/MessageBoxes.h"
#include "mainwindow/MainWindow.h"
#include "project/ProjectManager.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QTextStream>
#include <QTimer>

namespace glossator {

namespace {

// Saves a picture of the window once it has painted, then quits: for headless runs and docs.
void scheduleScreenshot(MainWindow& window, const QString& path)
{
    QTimer::singleShot(700, &window, [&window, path] {
        const QPixmap picture = window.grab();
        QTextStream out(stdout);
        QTextStream err(stderr);
        if (picture.isNull() || !picture.save(path)) {
            err << QApplication::translate("glossator::GuiLauncher", "Cannot save the screenshot to %1").arg(path)
                << '\n';
            QApplication::exit(cli::BadInput);
            return;
        }
        out << QApplication::translate("glossator::GuiLauncher", "Screenshot: %1")
                   .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
            << '\n';
        out.flush();
        // A scripted look at a file leaves no untitled project behind to be offered for recovery.
        if (window.projectManager()->isUntitled())
            window.projectManager()->close();
        // What could not be opened was said on standard error; the exit status says so too.
        QApplication::exit(MessageBoxes::unattendedWarnings() > 0 ? cli::BadInput : cli::Success);
    });
}

} // namespace

int runGui(int argc, char** argv)
{
    QApplication app(argc, argv);
    cli::initialiseApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Glossator"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/glossator.svg")));

    // main() read the arguments before this application existed, and answered --help, --version and
    // mistakes itself; what is left is what the window is asked to do.
    const cli::WindowOptions options = cli::windowOptions(QApplication::arguments());

    // A scripted picture has nobody to answer a question: errors go to standard error instead.
    if (!options.screenshot.isEmpty())
        MessageBoxes::setUnattended(true);
    MainWindow window;
    window.show();
    if (options.screenshot.isEmpty())
        window.offerRecovery();
    if (options.sample)
        window.openSample();
    // A scripted picture shows what it was asked for, not the project the user reopens at start.
    if (options.sample || !options.screenshot.isEmpty()) {
        for (const QString& file : options.files)
            window.openFile(file);
    } else {
        window.openAtStart(options.files);
    }
    if (!options.screenshot.isEmpty())
        scheduleScreenshot(window, options.screenshot);
    return QApplication::exec();
}

} // namespace glossator
