#include "FuzzEntryPoints.h"

#include "import/ImporterRegistry.h"
#include "model/DocumentJson.h"
#include "project/ProjectStore.h"
#include "text/TextDecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <array>
#include <memory>

namespace glossator::fuzz {

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "glossator-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
}

namespace {

// A failure says why; a document keeps its promises: every parent comes before its replies, every
// notice says something, and it can be printed the way `glossator parse --json` prints it.
bool consistent(const ImportResult& result)
{
    if (!result.ok())
        return !result.error.message.isEmpty();
    const Document& document = *result.document;
    for (qsizetype index = 0; index < document.comments.size(); ++index) {
        const QString& parentId = document.comments.at(index).parentId;
        if (!parentId.isEmpty() && document.indexOfComment(parentId) >= index)
            return false;
    }
    for (const ImportNotice& notice : document.notices) {
        if (notice.message.isEmpty())
            return false;
    }
    const CommentTree tree(document);
    if (tree.size() != document.comments.size())
        return false;
    return !documentToJson(document).isEmpty();
}

} // namespace

bool importWith(const QString& importerName, const QByteArray& bytes)
{
    const Importer* importer = ImporterRegistry::instance().find(importerName);
    if (!importer)
        return false;
    const QString fileName = QStringLiteral("input.") + importer->fileSuffixes().value(0);
    const int confidence = importer->confidence(bytes, fileName);
    if (confidence < 0 || confidence > 100)
        return false;
    return consistent(importer->read(bytes, fileName));
}

bool importDetected(const QByteArray& bytes)
{
    static const std::array<QString, 5> names = {QStringLiteral("input.txt"), QStringLiteral("input.md"),
                                                 QStringLiteral("input.corrected.txt"), QStringLiteral("input.json"),
                                                 QStringLiteral("input")};
    if (bytes.isEmpty())
        return consistent(ImporterRegistry::instance().importData(bytes, names.back()));
    const QString& fileName = names[static_cast<unsigned char>(bytes.front()) % names.size()];
    return consistent(ImporterRegistry::instance().importData(bytes.mid(1), fileName));
}

bool decodeText(const QByteArray& bytes)
{
    TextDecoder::looksBinary(bytes);
    const DecodedText decoded = TextDecoder::decode(bytes);
    if (decoded.encoding.isEmpty())
        return false;
    if (decoded.text.contains(QLatin1Char('\r')))
        return false;
    if (decoded.firstInvalidByte >= bytes.size())
        return false;
    for (const char* detected : {"SHIFT_JIS", "EUC-KR", "GB18030", "WINDOWS-1252", "UTF-8", "NONSENSE", ""}) {
        if (TextDecoder::decodeLegacy(bytes, QByteArray(detected)).encoding.isEmpty())
            return false;
    }
    return true;
}

bool loadProject(const QByteArray& bytes)
{
    const QTemporaryDir folder;
    if (!folder.isValid())
        return false;
    const QString path = folder.filePath(QStringLiteral("input.glossa"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return false;
    }
    ProjectError error;
    const std::unique_ptr<ProjectStore> store = ProjectStore::open(path, ProjectStore::Access::ReadOnly, &error);
    if (!store)
        return error && !error.message.isEmpty();
    store->info(QStringLiteral("title"));
    for (const DocumentSummary& summary : store->documents()) {
        store->loadDocument(summary.id);
        store->provenance(summary.id, true);
        store->annotations(summary.id);
    }
    for (const TagUsage& usage : store->tags())
        store->annotationsWithTag(usage.tag.id);
    store->annotationCount();
    store->coders();
    return true;
}

} // namespace glossator::fuzz
