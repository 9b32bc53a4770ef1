#include "CommandLine.h"

#include "cli/CommandSupport.h"
#include "export/ExporterRegistry.h"
#include "glossator_version.h"
#include "import/ImporterRegistry.h"
#include "model/DocumentJson.h"
#include "model/TagPath.h"
#include "project/Project.h"
#include "project/ProjectStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <chrono>
#include <cmath>
#include <cstring>

namespace glossator::cli {

namespace {

struct Command {
    const char* name;
    const char* summary;
    int (*run)(const QStringList& arguments);
};

const Command commands[] = {
    {"parse", QT_TRANSLATE_NOOP("glossator::cli", "Print the structure of an article file (--json)."), runParse},
    {"import", QT_TRANSLATE_NOOP("glossator::cli", "Import article files into a project (-o PROJECT)."), runImport},
    {"info", QT_TRANSLATE_NOOP("glossator::cli", "List a project's documents, tags and annotations (--json)."),
     runInfo},
    {"annotate", QT_TRANSLATE_NOOP("glossator::cli", "Tag the article, a comment or a passage in a project."),
     runAnnotate},
    {"remove-document",
     QT_TRANSLATE_NOOP("glossator::cli", "Remove a document with its comments and annotations from a project."),
     runRemoveDocument},
    {"export",
     QT_TRANSLATE_NOOP("glossator::cli", "Write a PDF report, CSV, Web Annotation JSON or a REFI-QDA codebook."),
     runExport},
    {"sample", QT_TRANSLATE_NOOP("glossator::cli", "Write the sample discussion to a new project (-o PROJECT)."),
     runSample},
    {"clean-copy",
     QT_TRANSLATE_NOOP("glossator::cli",
                       "Make a new project from the data of one refused for what its schema holds (-o NEW)."),
     runCleanCopy},
};

const Command* findCommand(const QString& name)
{
    for (const Command& command : commands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

// The options that Qt's own start of a GUI reads: QGuiApplication and QApplication take them out of
// the arguments before the window sees them, so reading the arguments before then must not call
// them unknown.
struct QtOption {
    const char* name;
    bool hasValue;
    const char* valueName;
};

constexpr QtOption qtOptions[] = {
    {"platform", true, "NAME"},
    {"platformpluginpath", true, "PATH"},
    {"platformtheme", true, "NAME"},
    {"plugin", true, "NAME"},
    {"qwindowgeometry", true, "GEOMETRY"},
    {"geometry", true, "GEOMETRY"},
    {"qwindowtitle", true, "TITLE"},
    {"title", true, "TITLE"},
    {"qwindowicon", true, "ICON"},
    {"icon", true, "ICON"},
    {"display", true, "DISPLAY"},
    {"name", true, "NAME"},
    {"style", true, "STYLE"},
    {"stylesheet", true, "FILE"},
    {"session", true, "ID"},
    {"reverse", false, ""},
    {"widgetcount", false, ""},
    {"nograb", false, ""},
    {"dograb", false, ""},
    {"sync", false, ""},
};

// The arguments without Qt's GUI options, so that the window's parser sees only its own.
QStringList withoutQtOptions(const QStringList& arguments)
{
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            kept.append(arguments.mid(i));
            break;
        }
        if (i == 0) {
            kept.append(argument);
            continue;
        }
        // Qt reads "-platform x" and "--platform x" alike, and a few options as "-style=x".
        QString name = argument;
        if (name.startsWith(QLatin1String("--")))
            name.remove(0, 1);
        if (!name.startsWith(QLatin1Char('-'))) {
            kept.append(argument);
            continue;
        }
        name.remove(0, 1);
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        const QString base = equals < 0 ? name : name.left(equals);
        if (base == QLatin1String("qmljsdebugger"))
            continue;
        const QtOption* matched = nullptr;
        for (const QtOption& option : qtOptions) {
            if (base == QLatin1String(option.name) && (equals < 0 || option.hasValue))
                matched = &option;
        }
        if (!matched) {
            kept.append(argument);
            continue;
        }
        if (matched->hasValue && equals < 0)
            ++i;
    }
    return kept;
}

struct WindowParser {
    QCommandLineParser parser;
    QCommandLineOption screenshot{QStringLiteral("screenshot"), tr("Save a picture of the window to FILE and quit."),
                                  QStringLiteral("FILE")};
    QCommandLineOption sample{QStringLiteral("sample"),
                              tr("Open the sample discussion in a new untitled project, as Help > Open the Sample "
                                 "does.")};

    WindowParser()
    {
        parser.setApplicationDescription(tr("Glossator reads and annotates articles with their comment threads.\n\n"
                                            "With files, opens them in the window.\n\n") +
                                         commandSummary());
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(screenshot);
        parser.addOption(sample);
        parser.addPositionalArgument(QStringLiteral("files"), tr("Projects or article files to open."),
                                     QStringLiteral("[FILE...]"));
    }

    // Qt's own options are for Qt to judge; this parser judges the window's.
    bool parse(const QStringList& arguments) { return parser.parse(withoutQtOptions(arguments)); }
};

QString qtOptionsHelp()
{
    QString text = tr("Qt's options for the window:") + QLatin1Char('\n');
    for (const QtOption& option : qtOptions) {
        text += QStringLiteral("  -%1%2\n")
                    .arg(QLatin1String(option.name),
                         option.hasValue ? QLatin1Char(' ') + QLatin1String(option.valueName) : QString());
    }
    return text;
}

int printVersion()
{
    out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
    out().flush();
    return Success;
}

int runHelp(const QStringList& arguments)
{
    // arguments: program, "help", [COMMAND]
    WindowParser window;
    if (arguments.size() > 3)
        return usageError(window.parser, tr("help takes at most one COMMAND"));
    const QString name = arguments.value(2);
    if (name.isEmpty() || name == QLatin1String("help")) {
        out() << window.parser.helpText();
        return Success;
    }
    const Command* command = findCommand(name);
    if (!command)
        return usageError(window.parser, tr("unknown command: %1").arg(name));
    return command->run({arguments.first() + QLatin1Char(' ') + name, QStringLiteral("--help")});
}

} // namespace

bool isCommand(int argc, char** argv)
{
    if (argc < 2)
        return false;
    if (std::strcmp(argv[1], "help") == 0)
        return true;
    for (const Command& command : commands) {
        if (std::strcmp(argv[1], command.name) == 0)
            return true;
    }
    return false;
}

bool needsGraphics(int argc, char** argv)
{
    if (argc < 2 || std::strcmp(argv[1], "export") != 0)
        return false;
    // Help is only text: it needs no platform plugin, and so no display.
    for (int i = 2; i < argc; ++i) {
        for (const char* help : {"-h", "--help", "-help", "--help-all", "-?"}) {
            if (std::strcmp(argv[i], help) == 0)
                return false;
        }
    }
    return true;
}

QString commandSummary()
{
    QString text =
        QCoreApplication::translate("glossator::cli", "Commands (each has its own --help, as has `help COMMAND`):") +
        QLatin1Char('\n');
    for (const Command& command : commands) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(15),
                         QCoreApplication::translate("glossator::cli", command.summary));
    }
    return text;
}

int run(const QStringList& arguments)
{
    // arguments: program, command, options...
    const QString name = arguments.value(1);
    int code = UsageError;
    if (name == QLatin1String("help")) {
        code = runHelp(arguments);
    } else if (const Command* command = findCommand(name)) {
        QStringList rest = arguments;
        rest.removeAt(1);
        rest[0] = arguments.at(0) + QLatin1Char(' ') + name;
        code = command->run(rest);
    } else {
        err() << QCoreApplication::translate("glossator::cli", "unknown command: %1").arg(name) << '\n';
    }
    out().flush();
    err().flush();
    return code;
}

namespace {

QString firstMissingFile(const QStringList& files)
{
    for (const QString& file : files) {
        if (!QFileInfo::exists(file))
            return file;
    }
    return {};
}

// Whether Qt will find a screen to open the window on. Without one it aborts the program, so this
// is asked first. A platform named on the command line or in QT_QPA_PLATFORM is trusted.
bool hasDisplay(const QStringList& arguments)
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || arguments.contains(QLatin1String("-platform")))
        return true;
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

} // namespace

std::optional<int> checkWindowArguments(const QStringList& arguments)
{
    WindowParser window;
    std::optional<int> code;
    if (!window.parse(arguments)) {
        code = usageError(window.parser, window.parser.errorText());
    } else if (window.parser.optionNames().contains(QLatin1String("help-all"))) {
        out() << window.parser.helpText() << '\n' << qtOptionsHelp();
        code = Success;
    } else if (wantsHelp(window.parser)) {
        out() << window.parser.helpText();
        code = Success;
    } else if (window.parser.isSet(QStringLiteral("version"))) {
        code = printVersion();
    } else if (const QString missing = firstMissingFile(window.parser.positionalArguments()); !missing.isEmpty()) {
        // A mistyped command would otherwise start the window on a file that is not there.
        err() << programName() << ": "
              << tr("%1 is neither a command nor an existing file; `%2 --help` lists the commands")
                     .arg(missing, programName())
              << '\n';
        code = UsageError;
    } else if (!hasDisplay(arguments)) {
        err() << programName() << ": "
              << tr("the window needs a display, and none is set (DISPLAY or WAYLAND_DISPLAY). Commands such "
                    "as `%1 parse FILE` run without one; `%1 --help` lists them.")
                     .arg(programName())
              << '\n';
        code = BadInput;
    }
    out().flush();
    err().flush();
    return code;
}

WindowOptions windowOptions(const QStringList& arguments)
{
    WindowParser window;
    WindowOptions options;
    if (!window.parse(arguments))
        return options;
    options.files = window.parser.positionalArguments();
    options.screenshot = window.parser.value(window.screenshot);
    options.sample = window.parser.isSet(window.sample);
    return options;
}

void initialiseApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Glossator"));
    QCoreApplication::setOrganizationName(QStringLiteral("Glossator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GLOSSATOR_VERSION));

    auto* qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    // English plural forms first; the user's language, installed later, takes precedence.
    auto* english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral(":/i18n/glossator_en.qm")))
        QCoreApplication::installTranslator(english);
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (QLocale().language() != QLocale::English &&
        translator->load(QLocale(), QStringLiteral("glossator"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

} // namespace glossator::cli
