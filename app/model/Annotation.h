#pragma once

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace glossator {

// A tag of the codebook. Tags form a hierarchy; names are unique among siblings.
struct Tag {
    qint64 id = 0;
    qint64 parentId = 0; // 0 for a top-level tag
    QString name;
    QColor color;
    QString description;
    int position = 0; // order among siblings
};

// A range in a target's plain text, in UTF-16 code units, with the quote that anchors it.
struct TextRange {
    int start = 0;
    int end = 0;
    QString exact;
    QString prefix; // up to contextLength characters before the range
    QString suffix; // up to contextLength characters after it

    static constexpr int contextLength = 32;
    static TextRange fromText(const QString& text, int start, int end);
};

struct Annotation {
    qint64 id = 0;
    qint64 documentId = 0;
    qint64 commentId = 0;           // 0: the annotation is on the article
    std::optional<TextRange> range; // none: the whole target (a whole-comment tag)
    QList<qint64> tagIds;
    QString note;
    QString coder;
    QDateTime created;
    QDateTime modified;
    bool orphaned = false; // its text could not be found again after the target changed
};

} // namespace glossator

Q_DECLARE_METATYPE(glossator::Tag)
