#include "cli/CommandLine.h"
#include "mainwindow/GuiLauncher.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    if (glossator::cli::isCommand(argc, argv)) {
        QCoreApplication app(argc, argv);
        glossator::cli::initialiseApplication();
        return glossator::cli::run(QCoreApplication::arguments());
    }
    return glossator::runGui(argc, argv);
}
