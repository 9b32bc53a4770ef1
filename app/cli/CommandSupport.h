#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <chrono>
#include <memory>
#include <optional>

// What the commands of the command line share, and the commands themselves; CommandLine.cpp
// dispatches to them. Not for use outside app/cli.
namespace glossator {

class Project;
struct ProjectError;

namespace cli {

QTextStream& out();
QTextStream& err();
QString tr(const char* text);
QString programName();
// Prints the message and the command's usage; returns the usage error's exit code.
int usageError(QCommandLineParser& parser, const QString& message);
// True when the arguments ask for help: --help, -h, or Qt's --help-all.
bool wantsHelp(const QCommandLineParser& parser);
// Parses the arguments, answering --help itself. Returns an exit code when the command should stop.
std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& arguments);

// --wait, for the commands that write, and the wait it asks for (nothing when it is no number).
QCommandLineOption waitOption();
std::optional<std::chrono::milliseconds> lockWait(const QCommandLineParser& parser, const QCommandLineOption& option);
void reportOpenError(const ProjectError& error, std::chrono::milliseconds waited);
// Opens a project to write to it, waiting for another writer as --wait says; reports a failure.
std::unique_ptr<Project> openForWriting(const QString& path, std::chrono::milliseconds wait);
std::optional<qint64> documentId(const QString& value);
// --allow-special-files, for the commands that read article files, and the reading it asks for.
QCommandLineOption specialFilesOption();
// Reads an article file (standard input for -) as the option asks; reports a failure.
std::optional<QByteArray> readArticleFile(const QString& path, bool allowSpecialFiles);
QString isoUtc(const QDateTime& time);

// The commands (ReadCommands.cpp, WriteCommands.cpp, ExportCommand.cpp).
int runParse(const QStringList& arguments);
int runInfo(const QStringList& arguments);
int runImport(const QStringList& arguments);
int runAnnotate(const QStringList& arguments);
int runRemoveDocument(const QStringList& arguments);
int runSample(const QStringList& arguments);
int runCleanCopy(const QStringList& arguments);
int runExport(const QStringList& arguments);

} // namespace cli
} // namespace glossator
