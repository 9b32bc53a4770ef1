#include "CommandLine.h"

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
    if (wantsHelp(parser)) {
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

int runImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Imports article files into a project, creating it if needed. Nothing "
                                        "is written unless every file can be read and added."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("The project file (*.glossa)."), QStringLiteral("PROJECT"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Read the files as FORMAT."),
                                          QStringLiteral("FORMAT"));
    const QCommandLineOption wait = waitOption();
    parser.addOptions({outputOption, formatOption, wait});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Article files."), QStringLiteral("FILE..."));
    if (const auto code = parseArguments(parser, arguments))
        return *code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || !parser.isSet(outputOption))
        return usageError(parser, tr("import needs at least one FILE and -o PROJECT"));
    const auto waitFor = lockWait(parser, wait);
    if (!waitFor)
        return usageError(parser, tr("--wait takes a number of seconds, not %1").arg(parser.value(wait)));

    QList<NewDocument> documents;
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
        documents.append({std::move(*result.document), {QFileInfo(path).fileName(), bytes, {}}});
    }

    const QString projectPath = parser.value(outputOption);
    ProjectError error;
    bool creating = !QFileInfo::exists(projectPath);
    std::unique_ptr<ProjectStore> store;
    if (creating) {
        store = ProjectStore::create(projectPath, &error, *waitFor);
        // Another import may have made it meanwhile; then this one adds to it.
        if (!store && error.kind == ProjectError::Kind::Invalid && QFileInfo::exists(projectPath))
            creating = false;
    }
    if (!creating)
        store = ProjectStore::open(projectPath, ProjectStore::Access::ReadWrite, &error, *waitFor);
    if (!store) {
        reportOpenError(error, *waitFor);
        return BadInput;
    }
    auto project = std::make_unique<Project>(std::move(store));
    const std::optional<QList<qint64>> ids = project->addDocuments(documents);
    if (!ids) {
        err() << projectPath << ": " << tr("cannot add the files: %1").arg(project->lastError()) << '\n';
        if (creating) {
            project.reset();
            QFile::remove(projectPath);
        }
        return BadInput;
    }
    for (qsizetype i = 0; i < ids->size(); ++i) {
        const Document& document = documents.at(i).document;
        out() << tr("Imported %1 as document %2 (%3, %4 comments)")
                     .arg(files.at(i))
                     .arg(ids->at(i))
                     .arg(document.format)
                     .arg(document.comments.size())
              << '\n';
    }
    return Success;
}

QString isoUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
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
    QList<Tag> codebook;
    for (const TagUsage& usage : tags)
        codebook.append(usage.tag);
    const int annotations = store->annotationCount();
    if (parser.isSet(jsonOption)) {
        QJsonArray documentArray;
        for (const DocumentSummary& d : documents) {
            documentArray.append(
                QJsonObject{{QStringLiteral("id"), d.id},
                            {QStringLiteral("title"), d.title},
                            {QStringLiteral("source"), d.source},
                            {QStringLiteral("author"), d.author},
                            {QStringLiteral("url"), d.url},
                            {QStringLiteral("published"),
                             d.published.isValid() ? QJsonValue(isoUtc(d.published)) : QJsonValue(QJsonValue::Null)},
                            {QStringLiteral("format"), d.format},
                            {QStringLiteral("comments"), d.comments},
                            {QStringLiteral("annotations"), d.annotations}});
        }
        QJsonArray tagArray;
        for (const TagUsage& t : tags) {
            tagArray.append(QJsonObject{{QStringLiteral("id"), t.tag.id},
                                        {QStringLiteral("name"), t.tag.name},
                                        {QStringLiteral("path"), tagpath::pathOf(codebook, t.tag.id)},
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
    for (const DocumentSummary& d : documents) {
        out() << QStringLiteral("  %1  %2 (%3 comments, %4 annotations)\n")
                     .arg(d.id)
                     .arg(d.title)
                     .arg(d.comments)
                     .arg(d.annotations);
        const QString indent(QString::number(d.id).size() + 4, QLatin1Char(' '));
        const QList<QPair<QString, QString>> details = {{tr("source"), d.source},
                                                        {tr("author"), d.author},
                                                        {tr("URL"), d.url},
                                                        {tr("published"), isoUtc(d.published)}};
        for (const auto& [label, value] : details) {
            if (!value.isEmpty())
                out() << indent << label << ": " << value << '\n';
        }
    }
    out() << tr("Tags:") << '\n';
    for (const TagUsage& t : tags)
        out() << QStringLiteral("  %1 (%2)\n").arg(tagpath::pathOf(codebook, t.tag.id)).arg(t.uses);
    out() << tr("Annotations: %1").arg(annotations) << '\n';
    const QStringList coders = store->coders();
    if (!coders.isEmpty())
        out() << tr("Coders: %1").arg(coders.join(QStringLiteral(", "))) << '\n';
    return Success;
}

int runAnnotate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Tags the article, a comment, or a passage of either. The tag is named by its path (Parent/Child; a "
           "/ in a name is written \\/ and a backslash \\\\); the levels the project does not have yet are "
           "created. Nothing changes on an error."));
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
    const QCommandLineOption tagOption(QStringLiteral("tag"), tr("The tag's path, e.g. Tone/Sarcasm."),
                                       QStringLiteral("PATH"));
    const QCommandLineOption noteOption(QStringLiteral("note"), tr("A note."), QStringLiteral("TEXT"));
    const QCommandLineOption coderOption(QStringLiteral("coder"), tr("The coder's name."), QStringLiteral("NAME"));
    const QCommandLineOption wait = waitOption();
    parser.addOptions({documentOption, articleOption, commentOption, fromOption, toOption, quoteOption, tagOption,
                       noteOption, coderOption, wait});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    if (const auto code = parseArguments(parser, arguments))
        return *code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(documentOption) || !parser.isSet(tagOption) ||
        parser.isSet(articleOption) == parser.isSet(commentOption) ||
        parser.isSet(fromOption) != parser.isSet(toOption) || (parser.isSet(fromOption) && parser.isSet(quoteOption)))
        return usageError(parser, tr("annotate needs PROJECT, --document, --tag, one of --article and --comment, "
                                     "and at most one of --from/--to and --quote"));
    const QString projectPath = parser.positionalArguments().first();
    AnnotationRequest request;
    if (const auto id = documentId(parser.value(documentOption)))
        request.documentId = *id;
    else
        return usageError(parser, tr("--document takes a document id, not %1").arg(parser.value(documentOption)));
    request.tagPath = parser.value(tagOption).trimmed();
    if (request.tagPath.isEmpty())
        return usageError(parser, tr("--tag needs a name"));
    if (parser.isSet(commentOption))
        request.commentSourceId = parser.value(commentOption);
    if (parser.isSet(fromOption)) {
        bool fromOk = false;
        bool toOk = false;
        const int from = parser.value(fromOption).toInt(&fromOk);
        const int to = parser.value(toOption).toInt(&toOk);
        if (!fromOk || !toOk)
            return usageError(parser, tr("--from and --to take numbers"));
        request.offsets = {from, to};
    } else if (parser.isSet(quoteOption)) {
        request.quote = parser.value(quoteOption);
    }
    request.note = parser.value(noteOption);
    const auto waitFor = lockWait(parser, wait);
    if (!waitFor)
        return usageError(parser, tr("--wait takes a number of seconds, not %1").arg(parser.value(wait)));

    // The checks come before the first write, and a project opened for writing is written only by an
    // edit, so a refused request leaves the file as it was, byte for byte.
    const std::unique_ptr<Project> project = openForWriting(projectPath, *waitFor);
    if (!project)
        return BadInput;
    project->setCoder(parser.value(coderOption));
    const std::optional<qint64> id = project->annotate(request);
    if (!id) {
        err() << projectPath << ": " << project->lastError() << '\n';
        return BadInput;
    }
    const std::optional<Annotation> added = project->store().annotation(*id);
    out() << tr("Annotation %1: %2")
                 .arg(*id)
                 .arg(added && added->range ? added->range->exact.left(60) : tr("(whole target)"))
          << '\n';
    return Success;
}

int runRemoveDocument(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Removes a document from a project, with its comments and every annotation "
                                        "on it. Tags stay in the codebook."));
    const QCommandLineOption documentOption(QStringLiteral("document"), tr("The document id (see info)."),
                                            QStringLiteral("D"));
    const QCommandLineOption wait = waitOption();
    parser.addOptions({documentOption, wait});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    if (const auto code = parseArguments(parser, arguments))
        return *code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(documentOption))
        return usageError(parser, tr("remove-document needs PROJECT and --document D"));
    const std::optional<qint64> id = documentId(parser.value(documentOption));
    if (!id)
        return usageError(parser, tr("--document takes a document id, not %1").arg(parser.value(documentOption)));
    const auto waitFor = lockWait(parser, wait);
    if (!waitFor)
        return usageError(parser, tr("--wait takes a number of seconds, not %1").arg(parser.value(wait)));

    const QString projectPath = parser.positionalArguments().first();
    const std::unique_ptr<Project> project = openForWriting(projectPath, *waitFor);
    if (!project)
        return BadInput;
    std::optional<DocumentSummary> removed;
    for (const DocumentSummary& summary : project->store().documents()) {
        if (summary.id == *id)
            removed = summary;
    }
    if (!removed) {
        err() << projectPath << ": " << tr("there is no document %1 (see info)").arg(*id) << '\n';
        return BadInput;
    }
    if (!project->removeDocument(*id)) {
        err() << projectPath << ": " << tr("cannot remove document %1: %2").arg(*id).arg(project->lastError()) << '\n';
        return BadInput;
    }
    out() << tr("Removed document %1, “%2”, with %3 comments and %4 annotations")
                 .arg(*id)
                 .arg(removed->title)
                 .arg(removed->comments)
                 .arg(removed->annotations)
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
                                        tr("Only these tags, with their sub-tags: comma-separated Parent/Child paths "
                                           "(a / in a name is written \\/), or names that only one tag has."),
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
        QList<Tag> tags;
        for (const TagUsage& usage : store->tags())
            tags.append(usage.tag);
        QStringList missing;
        options.tagIds = tagpath::resolve(tags, parser.value(tagsOption).split(QLatin1Char(',')), &missing);
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
    {"remove-document",
     QT_TRANSLATE_NOOP("glossator::cli", "Remove a document with its comments and annotations from a project."),
     runRemoveDocument},
    {"export",
     QT_TRANSLATE_NOOP("glossator::cli", "Write a PDF report, CSV, Web Annotation JSON or a REFI-QDA codebook."),
     runExport},
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

    WindowParser()
    {
        parser.setApplicationDescription(tr("Glossator reads and annotates articles with their comment threads.\n\n"
                                            "With files, opens them in the window.\n\n") +
                                         commandSummary());
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(screenshot);
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
