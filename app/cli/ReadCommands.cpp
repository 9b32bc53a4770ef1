#include "cli/CommandLine.h"
#include "cli/CommandSupport.h"
#include "import/ImporterRegistry.h"
#include "model/DocumentJson.h"
#include "model/TagPath.h"
#include "project/ProjectStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace glossator::cli {

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
    const QCommandLineOption specialFiles = specialFilesOption();
    parser.addOption(formatOption);
    parser.addOption(jsonOption);
    parser.addOption(specialFiles);
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("glossator::cli", "The article file (- for standard input)."));
    if (!parser.parse(arguments))
        return usageError(parser, parser.errorText());
    if (wantsHelp(parser)) {
        out() << parser.helpText();
        return Success;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(parser, QCoreApplication::translate("glossator::cli", "parse takes exactly one FILE"));

    const std::optional<QByteArray> bytes = readArticleFile(files.first(), parser.isSet(specialFiles));
    if (!bytes)
        return BadInput;
    const ImportResult result =
        ImporterRegistry::instance().importData(*bytes, files.first(), parser.value(formatOption));
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

} // namespace glossator::cli
