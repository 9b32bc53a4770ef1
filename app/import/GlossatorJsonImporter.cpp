#include "GlossatorJsonImporter.h"

#include "model/DocumentJson.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace glossator {

namespace {

// The body as blocks when the file has them, else one paragraph per entry, else the plain text
// split at blank lines.
std::optional<QList<Block>> bodyFrom(const QJsonObject& object)
{
    const QJsonValue blocks = object.value(QStringLiteral("blocks"));
    if (blocks.isArray())
        return blocksFromJson(blocks.toArray());
    QList<Block> body;
    const QJsonValue paragraphs = object.value(QStringLiteral("paragraphs"));
    if (paragraphs.isArray()) {
        for (const QJsonValue paragraph : paragraphs.toArray()) {
            if (!paragraph.isString())
                return std::nullopt;
            body.append(Block{Block::Kind::Paragraph, paragraph.toString(), 0, {}});
        }
        return body;
    }
    const QJsonValue text = object.value(QStringLiteral("text"));
    if (text.isString()) {
        for (const QString& paragraph : text.toString().split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
            body.append(Block{Block::Kind::Paragraph, paragraph.trimmed(), 0, {}});
        return body;
    }
    if (text.isUndefined() || text.isNull())
        return body;
    return std::nullopt;
}

QString stringField(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString().trimmed();
}

} // namespace

QString GlossatorJsonImporter::displayName() const
{
    return tr("Glossator document JSON");
}

QStringList GlossatorJsonImporter::fileSuffixes() const
{
    return {QStringLiteral("json")};
}

int GlossatorJsonImporter::confidence(const QByteArray& content, const QString& fileName) const
{
    const QByteArray head = content.left(1 << 16).trimmed();
    if (!head.startsWith('{'))
        return 0;
    // Other JSON (thread exports of web sites) is left to the importers that know it.
    if (head.contains("\"article\"") && head.contains("\"comments\""))
        return QFileInfo(fileName).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0 ? 90 : 70;
    return 0;
}

ImportResult GlossatorJsonImporter::read(const QByteArray& content, const QString& fileName) const
{
    const QString name = QFileInfo(fileName).fileName();
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ImportResult::failure(name, tr("not valid JSON: %1").arg(parseError.errorString()), 0,
                                     parseError.offset);
    if (!json.isObject())
        return ImportResult::failure(name, tr("the JSON is not an object with \"article\" and \"comments\""), 0, 0);
    const QJsonObject root = json.object();
    const QJsonValue articleValue = root.value(QStringLiteral("article"));
    if (!articleValue.isObject())
        return ImportResult::failure(name, tr("\"article\" is missing or not an object"));

    Document document;
    document.format = this->name();
    const QJsonObject article = articleValue.toObject();
    document.article.title = stringField(article, "title");
    document.article.source = stringField(article, "source");
    document.article.author = stringField(article, "author");
    document.article.url = stringField(article, "url");
    const QString published = stringField(article, "published");
    if (!published.isEmpty()) {
        document.article.published = QDateTime::fromString(published, Qt::ISODate);
        if (!document.article.published.isValid())
            document.notices.append(
                {ImportNotice::Severity::Warning, 0,
                 tr("The article's time \"%1\" is not an ISO 8601 time; it was left out.").arg(published)});
    }
    const auto articleBody = bodyFrom(article);
    if (!articleBody)
        return ImportResult::failure(name, tr("the article's \"paragraphs\" must be strings"));
    document.article.blocks = *articleBody;
    if (document.article.title.isEmpty())
        document.article.title = QFileInfo(fileName).completeBaseName();
    if (const QJsonValue count = root.value(QStringLiteral("declaredCommentCount")); count.isDouble())
        document.declaredCommentCount = count.toInt();

    const QJsonValue commentsValue = root.value(QStringLiteral("comments"));
    if (!commentsValue.isUndefined() && !commentsValue.isNull() && !commentsValue.isArray())
        return ImportResult::failure(name, tr("\"comments\" is not an array"));
    QSet<QString> ids;
    const QJsonArray comments = commentsValue.toArray();
    for (qsizetype i = 0; i < comments.size(); ++i) {
        if (!comments.at(i).isObject())
            return ImportResult::failure(name, tr("comment %1 (counting from 1) is not an object").arg(i + 1));
        const QJsonObject object = comments.at(i).toObject();
        Comment comment;
        const QJsonValue id = object.value(QStringLiteral("id"));
        comment.id = id.isDouble() ? QString::number(id.toInteger()) : id.toString().trimmed();
        if (comment.id.isEmpty())
            comment.id = QStringLiteral("c%1").arg(i + 1);
        if (ids.contains(comment.id))
            return ImportResult::failure(
                name,
                tr("comment %1 (counting from 1) has the id \"%2\" of an earlier comment").arg(i + 1).arg(comment.id));
        const QJsonValue parent = object.value(QStringLiteral("parent"));
        comment.parentId = parent.isDouble() ? QString::number(parent.toInteger()) : parent.toString().trimmed();
        // A document keeps every parent before its replies; a reply to a later or unknown comment
        // would be lost from the tree, so it is kept at the top level and the user is told.
        if (!comment.parentId.isEmpty() && !ids.contains(comment.parentId)) {
            document.notices.append({ImportNotice::Severity::Warning, 0,
                                     tr("Comment %1 answers \"%2\", which is not an earlier comment; it is shown at "
                                        "the top level.")
                                         .arg(comment.id, comment.parentId)});
            comment.parentId.clear();
        }
        comment.author = stringField(object, "author");
        const QString time = stringField(object, "published");
        comment.published = QDateTime::fromString(time, Qt::ISODate);
        if (!comment.published.isValid())
            comment.publishedText = time;
        if (const QJsonValue score = object.value(QStringLiteral("score")); score.isDouble())
            comment.score = score.toInt();
        const auto body = bodyFrom(object);
        if (!body)
            return ImportResult::failure(name,
                                         tr("comment %1 (counting from 1): \"paragraphs\" must be strings").arg(i + 1));
        comment.blocks = *body;
        ids.insert(comment.id);
        document.comments.append(std::move(comment));
    }
    return ImportResult::success(std::move(document));
}

} // namespace glossator
