// glossator_kill_writer PROJECT DOCUMENT_ID
//
// Writes annotations into a project as fast as it can until it is killed, and reports each one
// only after addAnnotation has returned, so that every reported id is one the store promised to
// keep. tst_projectstore kills it at random moments and checks that promise.

#include "model/Annotation.h"
#include "project/ProjectStore.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace glossator;

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "glossator_kill_writer: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    bool numeric = false;
    const qint64 documentId = arguments.size() == 3 ? arguments.at(2).toLongLong(&numeric) : 0;
    if (!numeric || documentId <= 0)
        return fail(QStringLiteral("usage: glossator_kill_writer PROJECT DOCUMENT_ID"));

    ProjectError error;
    const std::unique_ptr<ProjectStore> store =
        ProjectStore::open(arguments.at(1), ProjectStore::Access::ReadWrite, &error);
    if (!store)
        return fail(error.message);
    const std::optional<StoredDocument> stored = store->loadDocument(documentId);
    if (!stored || stored->commentIds.isEmpty())
        return fail(QStringLiteral("document %1 is missing or has no comments").arg(documentId));

    const QString tagName = QStringLiteral("kill-test");
    qint64 tagId = 0;
    if (const std::optional<Tag> existing = store->tagByPath(tagName)) {
        tagId = existing->id;
    } else {
        const std::optional<qint64> added = store->addTag(Tag{0, 0, tagName, QColor(0xd0, 0x30, 0x30), {}, 0});
        if (!added)
            return fail(QStringLiteral("cannot add the tag: %1").arg(store->lastError()));
        tagId = *added;
    }

    const QString articleText = plainText(stored->document.article.blocks);
    if (articleText.size() < 40)
        return fail(QStringLiteral("the article is too short to annotate"));
    const qsizetype comments = stored->commentIds.size();

    for (qint64 n = 0;; ++n) {
        Annotation annotation;
        annotation.documentId = documentId;
        annotation.tagIds = {tagId};
        annotation.coder = QStringLiteral("kill-writer");
        annotation.note = QStringLiteral("write %1").arg(n);
        // Both shapes of annotation: a passage of the article, and a whole comment.
        if (n % 2 == 0) {
            const int start = int(n % (articleText.size() - 30));
            annotation.range = TextRange::fromText(articleText, start, start + 10 + int(n % 20));
        } else {
            annotation.commentId = stored->commentIds.at(qsizetype(n % comments));
        }
        const std::optional<qint64> id = store->addAnnotation(annotation);
        if (!id)
            return fail(QStringLiteral("addAnnotation failed: %1").arg(store->lastError()));
        std::printf("committed %lld\n", static_cast<long long>(*id));
        std::fflush(stdout);
    }
}
