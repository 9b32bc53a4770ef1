#include "CommandLine.h"

#include "glossator_version.h"
#include "import/ImporterRegistry.h"
#include "model/DocumentJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstring>

namespace glossator::cli {

namespace {

struct Command {
    const char* name;
    const char* summary;
    int (*run)(const QStringList& arguments);
};

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

int usageError(QCommandLineParser& parser, const QString& message)
{
    err() << QCoreApplication::applicationName().toLower() << ": " << message << "\n\n" << parser.helpText();
    err().flush();
    return UsageError;
}

int runParse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("glossator::cli",
                                                                 "Reads an article file and prints its structure "
                                                                 "without writing anything."));
    parser.addHelpOption();
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QCoreApplication::translate("glossator::cli",
                                                                      "Read the file as FORMAT (one of: %1) instead of "
                                                                      "detecting it.")
                                              .arg(ImporterRegistry::instance().names().join(QStringLiteral(", "))),
                                          QStringLiteral("FORMAT"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("glossator::cli", "Print JSON."));
    parser.addOption(formatOption);
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("glossator::cli", "The article file."));
    if (!parser.parse(arguments))
        return usageError(parser, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Success;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(parser, QCoreApplication::translate("glossator::cli", "parse takes exactly one FILE"));

    const ImportResult result = ImporterRegistry::instance().importFile(files.first(), parser.value(formatOption));
    if (!result.ok()) {
        err() << result.error.toString() << '\n';
        return BadInput;
    }
    const Document& document = *result.document;
    if (parser.isSet(jsonOption)) {
        out() << QJsonDocument(documentToJson(document)).toJson(QJsonDocument::Indented);
        return Success;
    }
    out() << QCoreApplication::translate("glossator::cli", "%1: format %2, %n paragraph(s), ", nullptr,
                                         int(document.article.blocks.size()))
                 .arg(files.first(), document.format)
          << QCoreApplication::translate("glossator::cli", "%n comment(s)", nullptr, int(document.comments.size()))
          << '\n';
    for (const ImportNotice& notice : document.notices) {
        out() << "  " << (notice.line > 0 ? QStringLiteral("line %1: ").arg(notice.line) : QString()) << notice.message
              << '\n';
    }
    const CommentTree tree(document);
    for (int i = 0; i < document.comments.size(); ++i) {
        const Comment& comment = document.comments.at(i);
        out() << QString(2 * (tree.depth(i) + 1), QLatin1Char(' ')) << comment.id << ' ' << comment.author << " ("
              << comment.blocks.size() << ")\n";
    }
    return Success;
}

const Command commands[] = {
    {"parse", QT_TRANSLATE_NOOP("glossator::cli", "Print the structure of an article file (--json)."), runParse},
};

} // namespace

bool isCommand(int argc, char** argv)
{
    if (argc < 2)
        return false;
    for (const Command& command : commands) {
        if (std::strcmp(argv[1], command.name) == 0)
            return true;
    }
    return false;
}

QString commandSummary()
{
    QString text =
        QCoreApplication::translate("glossator::cli", "Commands (each has its own --help):") + QLatin1Char('\n');
    for (const Command& command : commands) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(10),
                         QCoreApplication::translate("glossator::cli", command.summary));
    }
    return text;
}

int run(const QStringList& arguments)
{
    // arguments: program, command, options...
    const QString name = arguments.value(1);
    for (const Command& command : commands) {
        if (name == QLatin1String(command.name)) {
            QStringList rest = arguments;
            rest.removeAt(1);
            rest[0] = arguments.at(0) + QLatin1Char(' ') + name;
            const int code = command.run(rest);
            out().flush();
            err().flush();
            return code;
        }
    }
    err() << QCoreApplication::translate("glossator::cli", "unknown command: %1").arg(name) << '\n';
    return UsageError;
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
