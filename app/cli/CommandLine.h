#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace glossator::cli {

// Exit codes shared by every command.
enum ExitCode { Success = 0, BadInput = 1, UsageError = 2 };

// True when the arguments name a command (`glossator parse ...`) rather than files to open.
bool isCommand(int argc, char** argv);
// True for commands that lay out text or draw (the report), which need a QGuiApplication.
bool needsGraphics(int argc, char** argv);
// Runs a command under a QCoreApplication; prints to stdout and stderr.
int run(const QStringList& arguments);
// The lines of --help that list the commands, shared with the window's own --help.
QString commandSummary();
// Sets the application's name, version and translations; call once after the application exists.
void initialiseApplication();

} // namespace glossator::cli
