#include "cli/CommandLine.h"
#include "cli/CommandSupport.h"
#include "export/ExportData.h"
#include "export/ExporterRegistry.h"
#include "model/TagPath.h"
#include "project/ProjectStore.h"

#include <QCoreApplication>

namespace glossator::cli {

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
        formatOptions.append(QCommandLineOption(
            name, tr("%1; - writes it to standard output.").arg(exporter->displayName()), QStringLiteral("FILE")));
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
    const QCommandLineOption csvRawOption(
        QStringLiteral("csv-raw"),
        tr("CSV: write text cells exactly as they are, for R and Python. By default a cell that begins with =, +, "
           "-, @, a tab or a carriage return gets a leading ' so that a spreadsheet does not run it as a formula."));
    const QCommandLineOption pageSizeOption(
        QStringLiteral("page-size"), tr("Report: A4 or Letter (default: the locale's paper)."), QStringLiteral("SIZE"));
    parser.addOptions({documentOption, onlyTaggedOption, tagsOption, bomOption, csvRawOption, pageSizeOption});
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
    options.rawCsvCells = parser.isSet(csvRawOption);
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
    QStringList outputPaths;
    for (const auto& output : std::as_const(outputs))
        outputPaths.append(output.second);
    // Checked before the first output is written, so that a refused command writes nothing.
    const QString conflict = ExporterRegistry::outputConflict(outputPaths, ExporterRegistry::projectFiles(projectPath));
    if (!conflict.isEmpty()) {
        err() << conflict << '\n';
        return BadInput;
    }
    // With the export on standard output, what the command says goes where it does not mix with it.
    QTextStream& report = outputPaths.contains(ExporterRegistry::standardOutput()) ? err() : out();

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
        out().flush();
        if (registry.exportToFile(*exporter, *data, options, path, &message)) {
            report << (path == ExporterRegistry::standardOutput() ? tr("Wrote to standard output")
                                                                  : tr("Wrote %1").arg(path))
                   << '\n';
        } else {
            err() << message << '\n';
            ++failures;
        }
    }
    return failures == 0 ? Success : BadInput;
}

} // namespace glossator::cli
