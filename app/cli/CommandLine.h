#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace glossator::cli {

// Exit codes shared by every command.
enum ExitCode { Success = 0, BadInput = 1, UsageError = 2 };

// What the window is asked to open and do.
struct WindowOptions {
    QStringList files;
    QString screenshot;  // save a picture of the window to this file and quit; empty: stay open
    bool sample = false; // open the bundled sample discussion
};

// True when the arguments name a command (`glossator parse ...`, `glossator help`) rather than files
// to open.
bool isCommand(int argc, char** argv);
// True for commands that lay out text or draw (the report), which need a QGuiApplication.
bool needsGraphics(int argc, char** argv);
// Runs a command under a QCoreApplication; prints to stdout and stderr.
int run(const QStringList& arguments);
// Reads the window's arguments before the window's application exists, under a QCoreApplication,
// and answers --help, --help-all, --version and wrong usage itself, so that they need no display.
// Returns the exit code when the program ends there; nothing when the window should open.
std::optional<int> checkWindowArguments(const QStringList& arguments);
// The window's options, from arguments that checkWindowArguments() accepted. Qt's own GUI options
// (-platform, -style …) may be among them; they are Qt's and left out.
WindowOptions windowOptions(const QStringList& arguments);
// The lines of --help that list the commands.
QString commandSummary();
// Sets the application's name, version and translations; call once after the application exists.
void initialiseApplication();

} // namespace glossator::cli
