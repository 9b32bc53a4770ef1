#include "cli/CommandSupport.h"

#include "cli/CommandLine.h"
#include "import/TextInput.h"
#include "project/Project.h"
#include "project/ProjectStore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace glossator::cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("glossator::cli", text);
}

QString programName()
{
    return QCoreApplication::applicationName().toLower();
}

int usageError(QCommandLineParser& parser, const QString& message)
{
    err() << programName() << ": " << message << "\n\n" << parser.helpText();
    err().flush();
    return UsageError;
}

// True when the arguments ask for help: --help, -h, or Qt's --help-all.
bool wantsHelp(const QCommandLineParser& parser)
{
    const QStringList given = parser.optionNames();
    return given.contains(QLatin1String("help")) || given.contains(QLatin1String("h")) ||
           given.contains(QLatin1String("?")) || given.contains(QLatin1String("help-all"));
}

// Parses the arguments, answering --help itself. Returns an exit code when the command should stop.
std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& arguments)
{
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(parser, parser.errorText());
    if (wantsHelp(parser)) {
        out() << parser.helpText();
        return Success;
    }
    return std::nullopt;
}

// --wait, for the commands that write.
QCommandLineOption waitOption()
{
    return QCommandLineOption(QStringLiteral("wait"),
                              tr("When another Glossator is writing the project, wait up to SECONDS for it to "
                                 "finish (default: 10; 0: give up at once)."),
                              QStringLiteral("SECONDS"), QStringLiteral("10"));
}

std::optional<std::chrono::milliseconds> lockWait(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    bool ok = false;
    const double seconds = parser.value(option).toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > 24 * 3600)
        return std::nullopt;
    return std::chrono::milliseconds(qint64(std::llround(seconds * 1000)));
}

void reportOpenError(const ProjectError& error, std::chrono::milliseconds waited)
{
    err() << error.message;
    if (error.kind == ProjectError::Kind::Locked && waited.count() > 0)
        err() << ' ' << tr("(waited %1 s for it; --wait sets how long)").arg(double(waited.count()) / 1000.0);
    err() << '\n';
}

// Opens a project to write to it, waiting for another writer as --wait says; reports a failure.
std::unique_ptr<Project> openForWriting(const QString& path, std::chrono::milliseconds wait)
{
    ProjectError error;
    std::unique_ptr<ProjectStore> store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error, wait);
    if (!store) {
        reportOpenError(error, wait);
        return nullptr;
    }
    return std::make_unique<Project>(std::move(store));
}

std::optional<qint64> documentId(const QString& value)
{
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

QCommandLineOption specialFilesOption()
{
    return QCommandLineOption(QStringLiteral("allow-special-files"),
                              tr("Also read a device, a pipe or a socket (which may never end, or never begin); "
                                 "files over 1 GiB are refused all the same. - reads standard input."));
}

std::optional<QByteArray> readArticleFile(const QString& path, bool allowSpecialFiles)
{
    InputFileOptions options;
    options.allowSpecialFiles = allowSpecialFiles;
    InputFile input = readInputFile(path, options);
    if (!input.ok()) {
        err() << input.error;
        if (input.special)
            err() << ' ' << tr("(--allow-special-files reads it)");
        err() << '\n';
        return std::nullopt;
    }
    return std::move(input.bytes);
}

QString isoUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace glossator::cli
