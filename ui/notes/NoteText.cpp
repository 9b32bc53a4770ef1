#include "NoteText.h"

#include <QStringList>

namespace glossator {

namespace {

const QChar ellipsis(0x2026);

// Greedy wrapping by words; a word longer than a line is cut, since it has no better place.
QStringList wrapped(const QString& paragraph, int lineLength)
{
    QStringList lines;
    QString line;
    for (QString word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        while (word.size() > lineLength) {
            if (!line.isEmpty()) {
                lines.append(line);
                line.clear();
            }
            lines.append(word.left(lineLength));
            word = word.mid(lineLength);
        }
        if (word.isEmpty())
            continue;
        if (!line.isEmpty() && line.size() + 1 + word.size() > lineLength) {
            lines.append(line);
            line.clear();
        }
        line += line.isEmpty() ? word : QLatin1Char(' ') + word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

} // namespace

QString notePreview(const QString& note, int maxLines, int lineLength)
{
    QStringList lines;
    bool cut = false;
    for (const QString& paragraph : note.split(QLatin1Char('\n'))) {
        const QString text = paragraph.simplified();
        if (text.isEmpty())
            continue;
        for (const QString& line : wrapped(text, std::max(lineLength, 1))) {
            if (lines.size() == maxLines) {
                cut = true;
                break;
            }
            lines.append(line);
        }
        if (cut)
            break;
    }
    if (cut && !lines.isEmpty())
        lines.last() += ellipsis;
    return lines.join(QLatin1Char('\n'));
}

QString noteFirstLine(const QString& note)
{
    const QStringList paragraphs = note.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const QString text = paragraphs.at(i).simplified();
        if (text.isEmpty())
            continue;
        bool more = false;
        for (qsizetype j = i + 1; j < paragraphs.size() && !more; ++j)
            more = !paragraphs.at(j).trimmed().isEmpty();
        return more ? text + QLatin1Char(' ') + ellipsis : text;
    }
    return {};
}

} // namespace glossator
