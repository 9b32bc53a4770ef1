#include "cli/CommandLine.h"
#include "cli/CommandSupport.h"
#include "import/ImporterRegistry.h"
#include "model/TagPath.h"
#include "project/Project.h"
#include "project/ProjectStore.h"
#include "project/SampleProject.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace glossator::cli {

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
    const QCommandLineOption specialFiles = specialFilesOption();
    parser.addOptions({outputOption, formatOption, wait, specialFiles});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Article files (- for standard input)."),
                                 QStringLiteral("FILE..."));
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
        const std::optional<QByteArray> read = readArticleFile(path, parser.isSet(specialFiles));
        if (!read)
            return BadInput;
        const QByteArray& bytes = *read;
        ImportResult result = ImporterRegistry::instance().importData(bytes, path, parser.value(formatOption));
        if (!result.ok()) {
            err() << result.error.toString() << '\n';
            return BadInput;
        }
        documents.append({std::move(*result.document), {QFileInfo(path).fileName(), bytes, {}}});
    }

    const QString projectPath = parser.value(outputOption);
    ProjectError error;
    bool creating = !QFileInfo::exists(projectPath) || ProjectStore::isAbandonedCreation(projectPath);
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
    // A script may import a file twice on purpose; it is done, and said.
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const QList<qint64> same = project->store().documentsFromFile(documents.at(i).provenance.bytes);
        if (!same.isEmpty())
            err() << files.at(i) << ": "
                  << tr("the project has this file already as document %1; it is imported again").arg(same.first())
                  << '\n';
    }
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
    out() << tr("Removed document %1, “%2”,").arg(*id).arg(removed->title) << ' '
          << QCoreApplication::translate("glossator::cli", "with %n comment(s)", nullptr, removed->comments) << ' '
          << QCoreApplication::translate("glossator::cli", "and %n annotation(s)", nullptr, removed->annotations)
          << '\n';
    return Success;
}

int runSample(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the bundled sample discussion, with its small codebook and a few annotations, to a new "
           "project: the same sample as Help > Open the Sample in the window."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("The project file to create (*.glossa)."), QStringLiteral("PROJECT"));
    parser.addOption(outputOption);
    if (const auto code = parseArguments(parser, arguments))
        return *code;
    if (!parser.isSet(outputOption) || !parser.positionalArguments().isEmpty())
        return usageError(parser, tr("sample needs -o PROJECT and nothing else"));
    const QString projectPath = parser.value(outputOption);
    ProjectError error;
    // Never into an existing project: the sample's codebook is not the user's.
    std::unique_ptr<ProjectStore> store = ProjectStore::create(projectPath, &error);
    if (!store) {
        err() << error.message << '\n';
        return BadInput;
    }
    Project project(std::move(store));
    QString message;
    const auto id = SampleProject::addTo(project, &message);
    if (!id) {
        err() << projectPath << ": " << message << '\n';
        return BadInput;
    }
    const QList<DocumentSummary> documents = project.store().documents();
    const int comments = documents.isEmpty() ? 0 : documents.first().comments;
    out() << tr("Wrote the sample to %1:").arg(projectPath) << ' '
          << QCoreApplication::translate("glossator::cli", "%n comment(s)", nullptr, comments) << ", "
          << QCoreApplication::translate("glossator::cli", "%n annotation(s)", nullptr,
                                         project.store().annotationCount())
          << '\n';
    return Success;
}

int runCleanCopy(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Makes a new project from the data of a project that Glossator refuses to open because its file holds "
           "objects Glossator did not create (triggers, views, other tables or indexes) or defines its tables "
           "otherwise. Only the rows of Glossator's own tables are copied, into a project made afresh; nothing "
           "of the old schema is run, and the old file is not changed."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("The new project file (*.glossa); it must not exist."),
                                          QStringLiteral("NEW"));
    parser.addOption(outputOption);
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The refused project file."));
    if (const auto code = parseArguments(parser, arguments))
        return *code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(outputOption))
        return usageError(parser, tr("clean-copy needs one PROJECT and -o NEW"));
    const QString source = parser.positionalArguments().first();
    const QString target = parser.value(outputOption);
    QStringList notes;
    if (const ProjectError error = ProjectStore::cleanCopy(source, target, &notes)) {
        err() << error.message << '\n';
        return BadInput;
    }
    for (const QString& note : notes)
        err() << note << '\n';
    ProjectError error;
    const std::unique_ptr<ProjectStore> copy = ProjectStore::open(target, ProjectStore::Access::ReadOnly, &error);
    if (!copy) {
        err() << error.message << '\n';
        return BadInput;
    }
    out() << tr("Wrote a clean copy of %1 to %2:").arg(source, target) << ' '
          << QCoreApplication::translate("glossator::cli", "%n document(s)", nullptr, int(copy->documents().size()))
          << ", " << QCoreApplication::translate("glossator::cli", "%n annotation(s)", nullptr, copy->annotationCount())
          << '\n';
    return Success;
}

} // namespace glossator::cli
