#include "CsvExporter.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <climits>

namespace glossator {

namespace {

// A spreadsheet reads a cell that starts with one of these as a formula (or, for tab and CR, as
// whitespace in front of one), so a comment such as "=HYPERLINK(…)" could run when the file is
// opened.
bool looksLikeFormula(const QString& cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

QString csvField(QString cell, bool guardFormulas)
{
    if (guardFormulas && looksLikeFormula(cell))
        cell.prepend(QLatin1Char('\''));
    const bool needsQuotes = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
                             cell.contains(QLatin1Char('\r')) || cell.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return cell;
    cell.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + cell + QLatin1Char('"');
}

} // namespace

QString CsvExporter::displayName() const
{
    return tr("Annotations as a table (CSV)");
}

QStringList CsvExporter::freeTextColumns()
{
    return {
        QStringLiteral("document_title"), QStringLiteral("comment_source_id"), QStringLiteral("comment_author"),
        QStringLiteral("quote"),          QStringLiteral("tag_path"),          QStringLiteral("note"),
        QStringLiteral("coder"),
    };
}

QStringList CsvExporter::columns()
{
    return {
        QStringLiteral("document_id"),
        QStringLiteral("document_title"),
        QStringLiteral("target"),
        QStringLiteral("comment_id"),
        QStringLiteral("comment_source_id"),
        QStringLiteral("comment_author"),
        QStringLiteral("comment_published"),
        QStringLiteral("quote"),
        QStringLiteral("start"),
        QStringLiteral("end"),
        QStringLiteral("tag_path"),
        QStringLiteral("tag_color"),
        QStringLiteral("note"),
        QStringLiteral("coder"),
        QStringLiteral("created"),
        QStringLiteral("modified"),
        QStringLiteral("orphaned"),
        QStringLiteral("annotation_id"),
    };
}

bool CsvExporter::write(const ExportData& data, const ExportOptions& options, QIODevice& out, QString* error) const
{
    // A title, a name, a quote or a note comes from the discussion or its coders, and may have been
    // written to run in a spreadsheet, so such a cell is guarded unless the caller asks for the text
    // as it is. The numbers, times and colours the exporter writes itself are left alone, so that a
    // negative number stays a number.
    const bool guardFormulas = !options.rawCsvCells;
    QHash<qint64, int> codebookPosition;
    for (int i = 0; i < data.tags.size(); ++i)
        codebookPosition.insert(data.tags[i].tag.id, i);

    const QStringList names = columns();
    QSet<int> freeText;
    for (const QString& column : freeTextColumns())
        freeText.insert(int(names.indexOf(column)));

    const auto writeBytes = [&](const QByteArray& bytes) {
        if (writeAll(out, bytes))
            return true;
        if (error)
            *error = tr("cannot write the table: %1").arg(out.errorString());
        return false;
    };
    const auto row = [&](const QStringList& cells) {
        QString line;
        for (int i = 0; i < cells.size(); ++i) {
            if (i > 0)
                line += QLatin1Char(',');
            line += csvField(cells[i], guardFormulas && freeText.contains(i));
        }
        line += QLatin1String("\r\n");
        return writeBytes(line.toUtf8());
    };

    if (options.byteOrderMark && !writeBytes(QByteArrayLiteral("\xEF\xBB\xBF")))
        return false;
    if (!row(names))
        return false;

    for (const ExportDocument& document : data.documents) {
        const QString documentId = QString::number(document.id());
        const QString& title = document.document().article.title;
        for (const Annotation& annotation : document.annotations) {
            const int commentIndex = document.commentIndex(annotation.commentId);
            const Comment* comment = commentIndex >= 0 ? &document.document().comments.at(commentIndex) : nullptr;
            const std::optional<TextRange>& range = annotation.range;

            QList<qint64> tagIds = annotation.tagIds;
            std::stable_sort(tagIds.begin(), tagIds.end(), [&](qint64 a, qint64 b) {
                return codebookPosition.value(a, INT_MAX) < codebookPosition.value(b, INT_MAX);
            });
            for (qint64 tagId : std::as_const(tagIds)) {
                const std::optional<Tag> tag = data.tag(tagId);
                const bool written = row({
                    documentId,
                    title,
                    annotation.commentId == 0 ? QStringLiteral("article") : QStringLiteral("comment"),
                    annotation.commentId == 0 ? QString() : QString::number(annotation.commentId),
                    comment ? comment->id : QString(),
                    comment ? comment->author : QString(),
                    comment ? isoUtc(comment->published) : QString(),
                    range ? range->exact : QString(),
                    range ? QString::number(range->start) : QString(),
                    range ? QString::number(range->end) : QString(),
                    data.tagPath(tagId),
                    tag && tag->color.isValid() ? tag->color.name(QColor::HexRgb) : QString(),
                    annotation.note,
                    annotation.coder,
                    isoUtc(annotation.created),
                    isoUtc(annotation.modified),
                    annotation.orphaned ? QStringLiteral("1") : QStringLiteral("0"),
                    QString::number(annotation.id),
                });
                if (!written)
                    return false;
            }
        }
    }
    return true;
}

} // namespace glossator
