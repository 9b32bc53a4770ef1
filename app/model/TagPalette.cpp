#include "TagPalette.h"

#include <QList>

#include <algorithm>

namespace glossator {

QColor defaultTagColor(int existingTags)
{
    // Mid-lightness hues that stay distinguishable from each other and legible as highlights on
    // white and on dark backgrounds; names carry the meaning, colour only helps.
    static const QList<QColor> palette = {
        QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
        QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x72, 0xB2), QColor(0xB8, 0xA9, 0x1E), QColor(0x8E, 0x6C, 0xC9),
        QColor(0xC9, 0x4C, 0x4C), QColor(0x3F, 0xA3, 0x9B),
    };
    return palette.at(std::max(existingTags, 0) % palette.size());
}

} // namespace glossator
