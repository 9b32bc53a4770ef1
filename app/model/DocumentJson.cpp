#include "DocumentJson.h"

#include <QHash>
#include <QJsonArray>

namespace glossator {

namespace {

QJsonValue timeValue(const QDateTime& time, const QString& asWritten = {})
{
    if (time.isValid())
        return time.toString(Qt::ISODate);
    if (!asWritten.isEmpty())
        return asWritten;
    return QJsonValue::Null;
}

QJsonValue stringOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonArray blocksToJson(const QList<Block>& blocks)
{
    QJsonArray array;
    for (const Block& block : blocks) {
        QJsonObject object{{QStringLiteral("kind"), blockKindName(block.kind)}, {QStringLiteral("text"), block.text}};
        if (block.level > 0)
            object.insert(QStringLiteral("level"), block.level);
        if (!block.language.isEmpty())
            object.insert(QStringLiteral("language"), block.language);
        array.append(object);
    }
    return array;
}

QList<Block> blocksFromJson(const QJsonArray& array)
{
    static const QHash<QString, Block::Kind> kinds = {
        {QStringLiteral("paragraph"), Block::Kind::Paragraph}, {QStringLiteral("heading"), Block::Kind::Heading},
        {QStringLiteral("quote"), Block::Kind::Quote},         {QStringLiteral("list-item"), Block::Kind::ListItem},
        {QStringLiteral("code"), Block::Kind::Code},
    };
    QList<Block> blocks;
    blocks.reserve(array.size());
    for (const QJsonValue value : array) {
        const QJsonObject object = value.toObject();
        blocks.append(Block{kinds.value(object.value(QStringLiteral("kind")).toString(), Block::Kind::Paragraph),
                            object.value(QStringLiteral("text")).toString(),
                            object.value(QStringLiteral("level")).toInt(),
                            object.value(QStringLiteral("language")).toString()});
    }
    return blocks;
}

QJsonObject documentToJson(const Document& document)
{
    QJsonArray paragraphs;
    for (const Block& block : document.article.blocks)
        paragraphs.append(block.text);
    const QJsonObject article{
        {QStringLiteral("title"), stringOrNull(document.article.title)},
        {QStringLiteral("source"), stringOrNull(document.article.source)},
        {QStringLiteral("author"), stringOrNull(document.article.author)},
        {QStringLiteral("url"), stringOrNull(document.article.url)},
        {QStringLiteral("published"), timeValue(document.article.published)},
        {QStringLiteral("paragraphs"), paragraphs},
        {QStringLiteral("blocks"), blocksToJson(document.article.blocks)},
    };

    const CommentTree tree(document);
    QJsonArray comments;
    for (int i = 0; i < document.comments.size(); ++i) {
        const Comment& comment = document.comments.at(i);
        QJsonArray commentParagraphs;
        for (const Block& block : comment.blocks)
            commentParagraphs.append(block.text);
        comments.append(QJsonObject{
            {QStringLiteral("id"), comment.id},
            {QStringLiteral("parent"), stringOrNull(comment.parentId)},
            {QStringLiteral("author"), comment.author},
            {QStringLiteral("published"), timeValue(comment.published, comment.publishedText)},
            {QStringLiteral("score"), comment.score ? QJsonValue(*comment.score) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("text"), plainText(comment.blocks)},
            {QStringLiteral("paragraphs"), commentParagraphs},
            {QStringLiteral("depth"), tree.depth(i)},
        });
    }

    QJsonArray notices;
    for (const ImportNotice& notice : document.notices) {
        notices.append(QJsonObject{
            {QStringLiteral("severity"),
             notice.severity == ImportNotice::Severity::Warning ? QStringLiteral("warning") : QStringLiteral("info")},
            {QStringLiteral("line"), notice.line},
            {QStringLiteral("message"), notice.message},
        });
    }

    return QJsonObject{
        {QStringLiteral("format"), document.format},
        {QStringLiteral("article"), article},
        {QStringLiteral("declaredCommentCount"),
         document.declaredCommentCount ? QJsonValue(*document.declaredCommentCount) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("notices"), notices},
        {QStringLiteral("comments"), comments},
    };
}

} // namespace glossator
