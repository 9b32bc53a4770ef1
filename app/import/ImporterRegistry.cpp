#include "ImporterRegistry.h"

#include "import/DragnetTextImporter.h"
#include "import/GlossatorJsonImporter.h"
#include "import/MarkdownImporter.h"
#include "import/PageCopyImporter.h"
#include "import/TextInput.h"

#include <QFile>
#include <QFileInfo>

namespace glossator {

QString ImportError::toString() const
{
    QString place = fileName;
    if (line > 0)
        place += QStringLiteral(":%1").arg(line);
    else if (byte >= 0)
        place += QCoreApplication::translate("glossator::ImportError", " (byte %1)").arg(byte);
    return place.isEmpty() ? message : place + QStringLiteral(": ") + message;
}

ImportResult ImportResult::success(Document document)
{
    ImportResult result;
    result.document = std::move(document);
    return result;
}

ImportResult ImportResult::failure(const QString& fileName, const QString& message, int line, qsizetype byte)
{
    ImportResult result;
    result.error = ImportError{fileName, line, byte, message};
    return result;
}

ImporterRegistry::ImporterRegistry()
{
    add(std::make_unique<PageCopyImporter>());
    add(std::make_unique<MarkdownImporter>());
    add(std::make_unique<DragnetTextImporter>());
    add(std::make_unique<GlossatorJsonImporter>());
}

ImporterRegistry::~ImporterRegistry() = default;

const ImporterRegistry& ImporterRegistry::instance()
{
    static const ImporterRegistry registry;
    return registry;
}

void ImporterRegistry::add(std::unique_ptr<Importer> importer)
{
    m_importers.push_back(std::move(importer));
}

const Importer* ImporterRegistry::find(const QString& name) const
{
    for (const auto& importer : m_importers) {
        if (importer->name().compare(name, Qt::CaseInsensitive) == 0)
            return importer.get();
    }
    return nullptr;
}

const Importer* ImporterRegistry::detect(const QByteArray& content, const QString& fileName) const
{
    const Importer* best = nullptr;
    int bestConfidence = 0;
    for (const auto& importer : m_importers) {
        const int confidence = importer->confidence(content, fileName);
        if (confidence > bestConfidence) {
            best = importer.get();
            bestConfidence = confidence;
        }
    }
    return best;
}

QStringList ImporterRegistry::names() const
{
    QStringList names;
    for (const auto& importer : m_importers)
        names.append(importer->name());
    return names;
}

QString ImporterRegistry::fileDialogFilter() const
{
    QStringList filters;
    QStringList allPatterns;
    for (const auto& importer : m_importers) {
        QStringList patterns;
        for (const QString& suffix : importer->fileSuffixes())
            patterns.append(QStringLiteral("*.") + suffix);
        allPatterns.append(patterns);
        filters.append(QStringLiteral("%1 (%2)").arg(importer->displayName(), patterns.join(QLatin1Char(' '))));
    }
    filters.prepend(tr("Article files (%1)").arg(allPatterns.join(QLatin1Char(' '))));
    filters.append(tr("All files (*)"));
    return filters.join(QStringLiteral(";;"));
}

QStringList ImporterRegistry::filePatterns() const
{
    QStringList patterns;
    for (const auto& importer : m_importers) {
        for (const QString& suffix : importer->fileSuffixes()) {
            const QString pattern = QStringLiteral("*.") + suffix;
            if (!patterns.contains(pattern))
                patterns.append(pattern);
        }
    }
    return patterns;
}

ImportResult ImporterRegistry::importFile(const QString& path, const QString& format) const
{
    const InputFile input = readInputFile(path);
    if (!input.ok()) {
        ImportResult result;
        result.error.message = input.error;
        return result;
    }
    return importData(input.bytes, path, format);
}

ImportResult ImporterRegistry::importData(const QByteArray& content, const QString& fileName,
                                          const QString& format) const
{
    const Importer* importer = nullptr;
    if (!format.isEmpty()) {
        importer = find(format);
        if (!importer)
            return ImportResult::failure(
                fileName,
                tr("unknown format \"%1\"; known formats: %2").arg(format, names().join(QStringLiteral(", "))));
    } else {
        importer = detect(content, fileName);
        if (!importer)
            return ImportResult::failure(fileName, tr("the format of this file is not recognised"));
    }
    ImportResult result = importer->read(content, fileName);
    if (result.document)
        result.document->format = importer->name();
    return result;
}

} // namespace glossator
