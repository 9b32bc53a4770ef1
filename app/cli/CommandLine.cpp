#include "CommandLine.h"

#include "export/ExporterRegistry.h"
#include "glossator_version.h"
#include "import/ImporterRegistry.h"
#include "model/DocumentJson.h"
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

QString tr(const char* text)
{
    return QCoreApplication::translate("glossator::cli", text);
}

// Parses the arguments, answering --help itself. Returns an exit code when the command should stop.
std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& arguments)
{
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(parser, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Success;
    }
    return std::nullopt;
}

int runImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Imports article files into a project, creating it if needed. Nothing "
                                        "is written unless every file can be read."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("The project file (*.glossa)."), QStringLiteral("PROJECT"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Read the files as FORMAT."),
                                          QStringLiteral("FORMAT"));
    parser.addOption(outputOption);
    parser.addOption(formatOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Article files."), QStringLiteral("FILE..."));
    if (const auto code = parseArguments(parser, arguments))
        return *code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || !parser.isSet(outputOption))
        return usageError(parser, tr("import needs at least one FILE and -o PROJECT"));

    struct Parsed {
        QString path;
        QByteArray bytes;
        Document document;
    };
    QList<Parsed> parsed;
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err() << path << ": " << tr("cannot be read: %1").arg(file.errorString()) << '\n';
            return BadInput;
        }
        const QByteArray bytes = file.readAll();
        ImportResult result = ImporterRegistry::instance().importData(bytes, path, parser.value(formatOption));
        if (!result.ok()) {
            err() << result.error.toString() << '\n';
            return BadInput;
        }
        parsed.append({path, bytes, std::move(*result.document)});
    }

    const QString projectPath = parser.value(outputOption);
    ProjectError error;
    const bool creating = !QFileInfo::exists(projectPath);
    std::unique_ptr<ProjectStore> store =
        creating ? ProjectStore::create(projectPath, &error)
                 : ProjectStore::open(projectPath, ProjectStore::Access::ReadWrite, &error);
    if (!store) {
        err() << error.message << '\n';
        return BadInput;
    }
    for (const Parsed& item : parsed) {
        const auto id = store->addDocument(item.document, {QFileInfo(item.path).fileName(), item.bytes, {}});
        if (!id) {
            err() << projectPath << ": " << tr("cannot add %1: %2").arg(item.path, store->lastError()) << '\n';
            if (creating) {
                store.reset();
                QFile::remove(projectPath);
            }
            return BadInput;
        }
        out() << tr("Imported %1 as document %2 (%3, %4 comments)")
                     .arg(item.path)
                     .arg(*id)
                     .arg(item.document.format)
                     .arg(item.document.comments.size())
              << '\n';
    }
    return Success;
}

int runInfo(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists a project's documents, tags and annotation counts."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    if (const auto code = parseArguments(parser, arguments))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return usageError(parser, tr("info takes exactly one PROJECT"));
    ProjectError error;
    const auto store = ProjectStore::open(parser.positionalArguments().first(), ProjectStore::Access::ReadOnly, &error);
    if (!store) {
        err() << error.message << '\n';
        return BadInput;
    }
    const QList<DocumentSummary> documents = store->documents();
    const QList<TagUsage> tags = store->tags();
    const int annotations = store->annotationCount();
    if (parser.isSet(jsonOption)) {
        QJsonArray documentArray;
        for (const DocumentSummary& d : documents) {
            documentArray.append(QJsonObject{{QStringLiteral("id"), d.id},
                                             {QStringLiteral("title"), d.title},
                                             {QStringLiteral("format"), d.format},
                                             {QStringLiteral("comments"), d.comments},
                                             {QStringLiteral("annotations"), d.annotations}});
        }
        QJsonArray tagArray;
        for (const TagUsage& t : tags) {
            tagArray.append(QJsonObject{{QStringLiteral("id"), t.tag.id},
                                        {QStringLiteral("name"), t.tag.name},
                                        {QStringLiteral("parent"), t.tag.parentId > 0 ? QJsonValue(t.tag.parentId)
                                                                                      : QJsonValue(QJsonValue::Null)},
                                        {QStringLiteral("color"), t.tag.color.name()},
                                        {QStringLiteral("uses"), t.uses}});
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("created"), store->info(QStringLiteral("created"))},
                                           {QStringLiteral("coders"), QJsonArray::fromStringList(store->coders())},
                                           {QStringLiteral("documents"), documentArray},
                                           {QStringLiteral("tags"), tagArray},
                                           {QStringLiteral("annotations"), annotations}})
                     .toJson(QJsonDocument::Indented);
        return Success;
    }
    out() << tr("Documents:") << '\n';
    for (const DocumentSummary& d : documents)
        out() << QStringLiteral("  %1  %2 (%3 comments, %4 annotations)\n")
                     .arg(d.id)
                     .arg(d.title)
                     .arg(d.comments)
                     .arg(d.annotations);
    out() << tr("Tags:") << '\n';
    for (const TagUsage& t : tags)
        out() << QStringLiteral("  %1 (%2)\n").arg(t.tag.name).arg(t.uses);
    out() << tr("Annotations: %1").arg(annotations) << '\n';
    const QStringList coders = store->coders();
    if (!coders.isEmpty())
        out() << tr("Coders: %1").arg(coders.join(QStringLiteral(", "))) << '\n';
    return Success;
}

int runAnnotate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Tags the article, a comment, or a passage of either. The tag is created "
                                        "when the project has none of that name. Nothing changes on an error."));
    const QCommandLineOption documentOption(QStringLiteral("document"), tr("The document id (see info)."),
                                            QStringLiteral("D"));
    const QCommandLineOption articleOption(QStringLiteral("article"), tr("Annotate the article."));
    const QCommandLineOption commentOption(QStringLiteral("comment"),
                                           tr("Annotate the comment with id C (as "
                                              "parse --json reports it)."),
                                           QStringLiteral("C"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("Start of the passage (UTF-16 offset)."),
                                        QStringLiteral("N"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("End of the passage (UTF-16 offset, exclusive)."),
                                      QStringLiteral("M"));
    const QCommandLineOption quoteOption(QStringLiteral("quote"), tr("The passage, by its exact text."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption tagOption(QStringLiteral("tag"), tr("The tag's name."), QStringLiteral("NAME"));
    const QCommandLineOption noteOption(QStringLiteral("note"), tr("A note."), QStringLiteral("TEXT"));
    const QCommandLineOption coderOption(QStringLiteral("coder"), tr("The coder's name."), QStringLiteral("NAME"));
    parser.addOptions({documentOption, articleOption, commentOption, fromOption, toOption, quoteOption, tagOption,
                       noteOption, coderOption});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    if (const auto code = parseArguments(parser, arguments))
        return *code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(documentOption) || !parser.isSet(tagOption) ||
        parser.isSet(articleOption) == parser.isSet(commentOption) ||
        parser.isSet(fromOption) != parser.isSet(toOption) || (parser.isSet(fromOption) && parser.isSet(quoteOption)))
        return usageError(parser, tr("annotate needs PROJECT, --document, --tag, one of --article and --comment, "
                                     "and at most one of --from/--to and --quote"));
    const QString projectPath = parser.positionalArguments().first();
    bool ok = false;
    const qint64 documentId = parser.value(documentOption).toLongLong(&ok);
    if (!ok)
        return usageError(parser, tr("--document takes a number"));
    const QString tagName = parser.value(tagOption).trimmed();
    if (tagName.isEmpty())
        return usageError(parser, tr("--tag needs a name"));

    // Everything is checked on a read-only connection first, so a rejected request leaves the
    // file exactly as it was, not even touched by a writer.
    ProjectError error;
    auto store = ProjectStore::open(projectPath, ProjectStore::Access::ReadOnly, &error);
    if (!store) {
        err() << error.message << '\n';
        return BadInput;
    }
    const auto stored = store->loadDocument(documentId);
    if (!stored) {
        err() << projectPath << ": " << tr("there is no document %1").arg(documentId) << '\n';
        return BadInput;
    }
    Annotation annotation;
    annotation.documentId = documentId;
    QString text = plainText(stored->document.article.blocks);
    if (parser.isSet(commentOption)) {
        const QString sourceId = parser.value(commentOption);
        const int index = stored->document.indexOfComment(sourceId);
        if (index < 0) {
            err() << projectPath << ": " << tr("document %1 has no comment %2").arg(documentId).arg(sourceId) << '\n';
            return BadInput;
        }
        annotation.commentId = stored->commentIds.at(index);
        text = plainText(stored->document.comments.at(index).blocks);
    }
    if (parser.isSet(fromOption)) {
        bool fromOk = false;
        bool toOk = false;
        const int from = parser.value(fromOption).toInt(&fromOk);
        const int to = parser.value(toOption).toInt(&toOk);
        if (!fromOk || !toOk)
            return usageError(parser, tr("--from and --to take numbers"));
        if (from < 0 || to > text.size() || from >= to) {
            err() << projectPath << ": "
                  << tr("the range %1-%2 is not inside the target, whose text has %3 "
                        "characters")
                         .arg(from)
                         .arg(to)
                         .arg(text.size())
                  << '\n';
            return BadInput;
        }
        annotation.range = TextRange::fromText(text, from, to);
    } else if (parser.isSet(quoteOption)) {
        const QString quote = parser.value(quoteOption);
        const qsizetype first = quote.isEmpty() ? -1 : text.indexOf(quote);
        if (first < 0) {
            err() << projectPath << ": " << tr("the quote was not found in the target") << '\n';
            return BadInput;
        }
        if (text.indexOf(quote, first + 1) >= 0) {
            err() << projectPath << ": "
                  << tr("the quote occurs %1 times in the target; give --from and --to").arg(text.count(quote)) << '\n';
            return BadInput;
        }
        annotation.range = TextRange::fromText(text, int(first), int(first + quote.size()));
    }

    annotation.note = parser.value(noteOption);
    annotation.coder = parser.value(coderOption);
    const int existingTags = int(store->tags().size());
    store.reset();
    store = ProjectStore::open(projectPath, ProjectStore::Access::ReadWrite, &error);
    if (!store) {
        err() << error.message << '\n';
        return BadInput;
    }
    std::optional<qint64> id;
    const bool written = store->atomically([&] {
        std::optional<Tag> tag = store->tagByPath(tagName);
        if (!tag) {
            static const QList<QColor> palette = {QColor(0xE0, 0x9F, 0x3E), QColor(0x4E, 0x9A, 0xD8),
                                                  QColor(0x6B, 0xB3, 0x6B), QColor(0xD0, 0x5C, 0x6E),
                                                  QColor(0x9B, 0x7B, 0xD4), QColor(0x3F, 0xB0, 0xAC)};
            Tag fresh;
            fresh.name = tagName;
            fresh.color = palette.at(existingTags % palette.size());
            const auto tagId = store->addTag(fresh);
            if (!tagId)
                return false;
            fresh.id = *tagId;
            tag = fresh;
        }
        annotation.tagIds = {tag->id};
        id = store->addAnnotation(annotation);
        return id.has_value();
    });
    if (!written) {
        err() << projectPath << ": " << tr("cannot add the annotation: %1").arg(store->lastError()) << '\n';
        return BadInput;
    }
    out() << tr("Annotation %1: %2")
                 .arg(*id)
                 .arg(annotation.range ? annotation.range->exact.left(60) : tr("(whole target)"))
          << '\n';
    return Success;
}

int runExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes an annotated PDF report, or the annotations and codebook as data, from a project. Several "
           "outputs may be written at once. A file is replaced only when its export succeeded."));
    const ExporterRegistry& registry = ExporterRegistry::instance();
    const QStringList formats = registry.names();
    QList<QCommandLineOption> formatOptions;
    for (const QString& name : formats) {
        const Exporter* exporter = registry.find(name);
        formatOptions.append(QCommandLineOption(name, exporter->displayName(), QStringLiteral("FILE")));
        parser.addOption(formatOptions.last());
    }
    const QCommandLineOption documentOption(QStringLiteral("document"),
                                            tr("Export document D only (see info); may be given more than once."),
                                            QStringLiteral("D"));
    const QCommandLineOption onlyTaggedOption(QStringLiteral("only-tagged"),
                                              tr("Report: show only tagged comments, with their ancestors."));
    const QCommandLineOption tagsOption(QStringLiteral("tags"),
                                        tr("Only these tags (comma-separated names or Parent/Child paths), with "
                                           "their sub-tags."),
                                        QStringLiteral("TAGS"));
    const QCommandLineOption bomOption(QStringLiteral("bom"),
                                       tr("CSV: start with a byte order mark, for spreadsheet programs."));
    const QCommandLineOption pageSizeOption(
        QStringLiteral("page-size"), tr("Report: A4 or Letter (default: the locale's paper)."), QStringLiteral("SIZE"));
    parser.addOptions({documentOption, onlyTaggedOption, tagsOption, bomOption, pageSizeOption});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    if (const auto code = parseArguments(parser, arguments))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return usageError(parser, tr("export takes exactly one PROJECT"));

    QList<QPair<const Exporter*, QString>> outputs;
    for (int i = 0; i < formats.size(); ++i) {
        if (parser.isSet(formatOptions[i]))
            outputs.append({registry.find(formats[i]), parser.value(formatOptions[i])});
    }
    if (outputs.isEmpty()) {
        QStringList choices;
        for (const QString& name : formats)
            choices.append(QStringLiteral("--") + name);
        return usageError(parser, tr("say what to write: %1").arg(choices.join(QStringLiteral(", "))));
    }

    ExportOptions options;
    options.onlyTaggedComments = parser.isSet(onlyTaggedOption);
    options.byteOrderMark = parser.isSet(bomOption);
    if (parser.isSet(pageSizeOption)) {
        const QString size = parser.value(pageSizeOption).toLower();
        if (size == QLatin1String("a4"))
            options.pageSize = QPageSize(QPageSize::A4);
        else if (size == QLatin1String("letter"))
            options.pageSize = QPageSize(QPageSize::Letter);
        else
            return usageError(parser, tr("unknown page size %1 (use A4 or Letter)").arg(parser.value(pageSizeOption)));
    }
    for (const QString& value : parser.values(documentOption)) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0)
            return usageError(parser, tr("--document takes a document id, not %1").arg(value));
        options.documentIds.append(id);
    }

    const QString projectPath = parser.positionalArguments().first();
    ProjectError error;
    const auto store = ProjectStore::open(projectPath, ProjectStore::Access::ReadOnly, &error);
    if (!store) {
        err() << error.message << '\n';
        return BadInput;
    }
    if (parser.isSet(tagsOption)) {
        QStringList missing;
        options.tagIds = resolveTagPaths(*store, parser.value(tagsOption).split(QLatin1Char(',')), &missing);
        if (!missing.isEmpty()) {
            err() << projectPath << ": "
                  << tr("no tag or more than one tag is called %1").arg(missing.join(QStringLiteral(", "))) << '\n';
            return BadInput;
        }
        if (options.tagIds.isEmpty())
            return usageError(parser, tr("--tags names no tag"));
    }
    QString message;
    const std::optional<ExportData> data = ExportData::load(*store, options, &message);
    if (!data) {
        err() << projectPath << ": " << message << '\n';
        return BadInput;
    }
    int failures = 0;
    for (const auto& [exporter, path] : std::as_const(outputs)) {
        if (registry.exportToFile(*exporter, *data, options, path, &message)) {
            out() << tr("Wrote %1").arg(path) << '\n';
        } else {
            err() << message << '\n';
            ++failures;
        }
    }
    return failures == 0 ? Success : BadInput;
}

const Command commands[] = {
    {"parse", QT_TRANSLATE_NOOP("glossator::cli", "Print the structure of an article file (--json)."), runParse},
    {"import", QT_TRANSLATE_NOOP("glossator::cli", "Import article files into a project (-o PROJECT)."), runImport},
    {"info", QT_TRANSLATE_NOOP("glossator::cli", "List a project's documents, tags and annotations (--json)."),
     runInfo},
    {"annotate", QT_TRANSLATE_NOOP("glossator::cli", "Tag the article, a comment or a passage in a project."),
     runAnnotate},
    {"export",
     QT_TRANSLATE_NOOP("glossator::cli", "Write a PDF report, CSV, Web Annotation JSON or a REFI-QDA codebook."),
     runExport},
};

} // namespace

bool needsGraphics(int argc, char** argv)
{
    return argc >= 2 && std::strcmp(argv[1], "export") == 0;
}

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
