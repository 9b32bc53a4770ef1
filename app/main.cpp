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
    return glossator::runGui(argc, argv);
}
