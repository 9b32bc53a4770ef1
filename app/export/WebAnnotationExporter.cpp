#include "WebAnnotationExporter.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>
#include <climits>

namespace glossator {

namespace {

// One segment of a URN: everything but RFC 3986's unreserved characters is percent-encoded, so a
// file name or a comment id with spaces, colons or non-ASCII letters cannot break the structure.
QString urnSegment(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

class Identifiers {
public:
    explicit Identifiers(const ExportData& data)
    {
        const QString fileName = data.projectPath.isEmpty() ? data.projectName : QFileInfo(data.projectPath).fileName();
        m_prefix = QStringLiteral("urn:glossator:") + urnSegment(fileName);
    }

    QString collection() const { return m_prefix + QStringLiteral(":collection"); }
    QString page() const { return collection() + QStringLiteral(":page:1"); }
    QString annotation(qint64 id) const { return m_prefix + QStringLiteral(":annotation:%1").arg(id); }
    QString document(qint64 id) const { return m_prefix + QStringLiteral(":document:%1").arg(id); }
    QString comment(qint64 documentId, const QString& sourceId) const
    {
        return document(documentId) + QStringLiteral(":comment:") + urnSegment(sourceId);
    }

    // The article's own address when the import found one, else the document's URN.
    QString documentSource(const ExportDocument& document) const
    {
        const QUrl url(document.document().article.url.trimmed(), QUrl::StrictMode);
        if (url.isValid() && !url.scheme().isEmpty() && !url.isRelative())
            return url.toString(QUrl::FullyEncoded);
        return this->document(document.id());
    }

private:
    QString m_prefix;
};

// Context cut at a fixed number of UTF-16 units can hold half of a character outside the Basic
// Multilingual Plane; such a half cannot be written as UTF-8 and is dropped rather than sent as a
// broken character.
QString wholeCharacters(QString text)
{
    if (!text.isEmpty() && text.front().isLowSurrogate())
        text.remove(0, 1);
    if (!text.isEmpty() && text.back().isHighSurrogate())
        text.chop(1);
    return text;
}

QJsonObject textualBody(const QString& purpose, const QString& value)
{
    return {
        {QStringLiteral("type"), QStringLiteral("TextualBody")},
        {QStringLiteral("purpose"), purpose},
        {QStringLiteral("value"), value},
        {QStringLiteral("format"), QStringLiteral("text/plain")},
    };
}

} // namespace

QString WebAnnotationExporter::displayName() const
{
    return tr("W3C Web Annotations (JSON-LD)");
}

int WebAnnotationExporter::codePointOffset(const QString& text, int utf16Offset)
{
    const int end = std::clamp(utf16Offset, 0, int(text.size()));
    int codePoints = 0;
    for (int i = 0; i < end; ++i) {
        // The low half of a pair that lies wholly before the offset belongs to the character
        // already counted.
        if (text[i].isHighSurrogate() && i + 1 < end && text[i + 1].isLowSurrogate())
            ++i;
        ++codePoints;
    }
    return codePoints;
}

bool WebAnnotationExporter::write(const ExportData& data, const ExportOptions& /*options*/, QIODevice& out,
                                  QString* error) const
{
    const Identifiers ids(data);

    QHash<qint64, int> codebookPosition;
    for (int i = 0; i < data.tags.size(); ++i)
        codebookPosition.insert(data.tags[i].tag.id, i);

    QJsonArray items;
    for (const ExportDocument& document : data.documents) {
        const QString documentSource = ids.documentSource(document);
        QHash<qint64, QString> targetTexts;
        const auto targetText = [&](qint64 commentId) -> const QString& {
            auto found = targetTexts.find(commentId);
            if (found == targetTexts.end()) {
                const int index = document.commentIndex(commentId);
                const QList<Block>& blocks =
                    index >= 0 ? document.document().comments.at(index).blocks : document.document().article.blocks;
                found = targetTexts.insert(commentId, plainText(blocks));
            }
            return *found;
        };

        for (const Annotation& annotation : document.annotations) {
            QJsonObject item{
                {QStringLiteral("id"), ids.annotation(annotation.id)},
                {QStringLiteral("type"), QStringLiteral("Annotation")},
            };
            if (annotation.created.isValid())
                item.insert(QStringLiteral("created"), isoUtc(annotation.created));
            if (annotation.modified.isValid())
                item.insert(QStringLiteral("modified"), isoUtc(annotation.modified));
            if (!annotation.coder.isEmpty()) {
                item.insert(QStringLiteral("creator"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Person")},
                                                                   {QStringLiteral("name"), annotation.coder}});
            }

            QList<qint64> tagIds = annotation.tagIds;
            std::stable_sort(tagIds.begin(), tagIds.end(), [&](qint64 a, qint64 b) {
                return codebookPosition.value(a, INT_MAX) < codebookPosition.value(b, INT_MAX);
            });
            QJsonArray bodies;
            for (qint64 tagId : std::as_const(tagIds))
                bodies.append(textualBody(QStringLiteral("tagging"), data.tagPath(tagId)));
            if (!annotation.note.isEmpty())
                bodies.append(textualBody(QStringLiteral("commenting"), annotation.note));
            if (!bodies.isEmpty())
                item.insert(QStringLiteral("body"), bodies);

            QJsonArray motivations;
            if (!tagIds.isEmpty())
                motivations.append(QStringLiteral("tagging"));
            if (!annotation.note.isEmpty())
                motivations.append(QStringLiteral("commenting"));
            if (motivations.isEmpty())
                motivations.append(QStringLiteral("highlighting"));
            item.insert(QStringLiteral("motivation"),
                        motivations.size() == 1 ? QJsonValue(motivations.first()) : QJsonValue(motivations));

            // A comment has no address of its own on the page, so it is the source, named by a URN
            // with its id from the import, and the article is its scope (the resource it is seen in).
            QJsonObject target;
            const int commentIndex = document.commentIndex(annotation.commentId);
            if (annotation.commentId != 0 && commentIndex >= 0) {
                target.insert(QStringLiteral("source"),
                              ids.comment(document.id(), document.document().comments.at(commentIndex).id));
                target.insert(QStringLiteral("scope"), documentSource);
            } else {
                target.insert(QStringLiteral("source"), documentSource);
            }
            if (annotation.range) {
                const TextRange& range = *annotation.range;
                const QString& text = targetText(annotation.commentId);
                // An orphan's offsets refer to a text that is gone, and so may those of a range
                // that no longer matches its words; then only the quote, as stored, says what was meant.
                const bool placed = !annotation.orphaned && range.start >= 0 && range.start <= range.end &&
                                    QStringView(text).mid(range.start, range.end - range.start) == range.exact;
                // For a placed range the context is taken from the text again: the stored context can
                // have been cut inside a character outside the Basic Multilingual Plane.
                const int prefixStart = std::max(0, range.start - TextRange::contextLength);
                QJsonArray selectors{QJsonObject{
                    {QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                    {QStringLiteral("exact"), range.exact},
                    {QStringLiteral("prefix"),
                     wholeCharacters(placed ? text.mid(prefixStart, range.start - prefixStart) : range.prefix)},
                    {QStringLiteral("suffix"),
                     wholeCharacters(placed ? text.mid(range.end, TextRange::contextLength) : range.suffix)},
                }};
                if (placed) {
                    selectors.append(QJsonObject{
                        {QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                        {QStringLiteral("start"), codePointOffset(text, range.start)},
                        {QStringLiteral("end"), codePointOffset(text, range.end)},
                    });
                }
                target.insert(QStringLiteral("selector"), selectors);
            }
            item.insert(QStringLiteral("target"), target);
            if (annotation.orphaned)
                item.insert(QStringLiteral("glossator:orphaned"), true);
            items.append(item);
        }
    }

    const QJsonObject page{
        {QStringLiteral("id"), ids.page()},
        {QStringLiteral("type"), QStringLiteral("AnnotationPage")},
        {QStringLiteral("startIndex"), 0},
        {QStringLiteral("items"), items},
    };
    const QJsonObject collection{
        {QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld")},
        {QStringLiteral("id"), ids.collection()},
        {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
        {QStringLiteral("label"), data.projectName},
        {QStringLiteral("total"), int(items.size())},
        {QStringLiteral("first"), page},
    };
    const QByteArray bytes = QJsonDocument(collection).toJson(QJsonDocument::Indented);
    if (!writeAll(out, bytes)) {
        if (error)
            *error = tr("cannot write the annotations: %1").arg(out.errorString());
        return false;
    }
    return true;
}

} // namespace glossator
