#include "cli/CommandLine.h"
#include "mainwindow/GuiLauncher.h"

#include <QCoreApplication>
#include <QGuiApplication>

int main(int argc, char** argv)
{
    if (glossator::cli::needsGraphics(argc, argv)) {
        // Fonts and painting need a GUI application, but a command never opens a window.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        glossator::cli::initialiseApplication();
        return glossator::cli::run(QCoreApplication::arguments());
    }
    if (glossator::cli::isCommand(argc, argv)) {
        QCoreApplication app(argc, argv);
        glossator::cli::initialiseApplication();
        return glossator::cli::run(QCoreApplication::arguments());
    }
    {
        // The window's application needs a display even to print its help; the arguments are read
        // first, without one, and --help, --version and mistakes end the program here.
        QCoreApplication app(argc, argv);
        glossator::cli::initialiseApplication();
        if (const std::optional<int> code = glossator::cli::checkWindowArguments(QCoreApplication::arguments()))
            return *code;
    }
    return glossator::runGui(argc, argv);
}
