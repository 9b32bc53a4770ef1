#include "SampleProject.h"

#include "import/ImporterRegistry.h"
#include "project/Project.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace glossator {

namespace {

std::optional<QByteArray> readResource(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = SampleProject::tr("The sample is missing from this build (%1).").arg(path);
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace

QString SampleProject::documentResource()
{
    return QStringLiteral(":/samples/harbour-bridge-discussion.json");
}

QString SampleProject::codingResource()
{
    return QStringLiteral(":/samples/harbour-bridge-discussion.coding.json");
}

std::optional<qint64> SampleProject::addTo(Project& project, QString* error)
{
    const auto bytes = readResource(documentResource(), error);
    const auto codingBytes = readResource(codingResource(), error);
    if (!bytes || !codingBytes)
        return std::nullopt;
    const QString fileName = QFileInfo(documentResource()).fileName();
    ImportResult imported = ImporterRegistry::instance().importData(*bytes, fileName, {});
    if (!imported.ok()) {
        *error = imported.error.toString();
        return std::nullopt;
    }
    const QJsonObject coding = QJsonDocument::fromJson(*codingBytes).object();

    QUndoStack* undo = project.undoStack();
    const int depth = undo->index();
    const QString coder = project.coder();
    project.setCoder(coding.value(QStringLiteral("coder")).toString());
    // All of it, or none of it: on any failure the edits made so far are undone.
    const auto fail = [&](const QString& message) -> std::optional<qint64> {
        *error = tr("The sample could not be set up: %1").arg(message);
        while (undo->index() > depth && undo->canUndo())
            undo->undo();
        project.setCoder(coder);
        return std::nullopt;
    };

    const auto documentId = project.addDocument(*imported.document, Provenance{fileName, *bytes, {}});
    if (!documentId)
        return fail(project.lastError());

    // The codebook and the annotations go through the same edits as the command line's, so
    // that the sample follows every rule a user's own work does.
    QHash<QString, qint64> tagIds;
    for (const QJsonValue value : coding.value(QStringLiteral("tags")).toArray()) {
        const QJsonObject object = value.toObject();
        const QString path = object.value(QStringLiteral("path")).toString();
        const auto id = project.createTagPath(path);
        if (!id)
            return fail(project.lastError());
        const QString description = object.value(QStringLiteral("description")).toString();
        if (!description.isEmpty() && !project.describeTag(*id, description))
            return fail(project.lastError());
        tagIds.insert(path, *id);
    }

    for (const QJsonValue value : coding.value(QStringLiteral("annotations")).toArray()) {
        const QJsonObject object = value.toObject();
        const QString target = object.value(QStringLiteral("target")).toString();
        const QJsonArray tags = object.value(QStringLiteral("tags")).toArray();
        AnnotationRequest request;
        request.documentId = *documentId;
        if (target != QLatin1String("article"))
            request.commentSourceId = target;
        const QString quote = object.value(QStringLiteral("quote")).toString();
        if (!quote.isEmpty())
            request.quote = quote;
        request.tagPath = tags.first().toString();
        request.note = object.value(QStringLiteral("note")).toString();
        const auto annotationId = project.annotate(request);
        if (!annotationId)
            return fail(project.lastError());
        if (tags.size() > 1) {
            QList<qint64> ids;
            for (const QJsonValue tag : tags) {
                if (!tagIds.contains(tag.toString()))
                    return fail(tr("there is no tag %1").arg(tag.toString()));
                ids.append(tagIds.value(tag.toString()));
            }
            if (!project.setAnnotationTags(*annotationId, ids))
                return fail(project.lastError());
        }
    }
    project.setCoder(coder);
    undo->clear();
    return documentId;
}

} // namespace glossator
