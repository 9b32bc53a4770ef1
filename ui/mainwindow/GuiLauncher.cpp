#include "GuiLauncher.h"

#include "cli/CommandLine.h"
#include "mainwindow/MainWindow.h"
#include "project/ProjectManager.h"

#include <QApplication>
#include <QCommandLineParser>
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
        QApplication::exit(cli::Success);
    });
}

} // namespace

int runGui(int argc, char** argv)
{
    QApplication app(argc, argv);
    cli::initialiseApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Glossator"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/glossator.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("glossator::GuiLauncher",
                                "Glossator reads and annotates articles with their comment threads.\n\n"
                                "With files, opens them in the window.\n\n") +
        cli::commandSummary());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("glossator::GuiLauncher", "Save a picture of the window to FILE and quit."),
        QStringLiteral("FILE"));
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("glossator::GuiLauncher", "Article files to open."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    MainWindow window;
    window.show();
    if (!parser.isSet(screenshotOption)) {
        window.offerRecovery();
        window.askCoderNameIfUnknown();
    }
    for (const QString& file : parser.positionalArguments())
        window.openFile(file);
    if (parser.isSet(screenshotOption))
        scheduleScreenshot(window, parser.value(screenshotOption));
    return QApplication::exec();
}

} // namespace glossator
