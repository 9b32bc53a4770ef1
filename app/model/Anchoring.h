#pragma once

#include "model/Annotation.h"

namespace glossator {

// Where an annotation's passage lies after its target's text changed.
struct Reanchoring {
    enum class Method { Position, Quote, Orphan };

    Method method = Method::Orphan;
    TextRange range; // the new range; for an orphan, the old one unchanged
};

// The offset at which the range [start, end) of text would cut a character in two (between the
// two UTF-16 units of a surrogate pair), or -1 when it cuts none. A passage stored with such a cut
// would hold half a character, which is not text in any encoding.
int splitCharacterOffset(QStringView text, int start, int end);

// Places a passage again in a changed text: at its old position if the same words are still
// there, else at the occurrence of its quote whose context agrees best. A passage that cannot be
// placed with confidence becomes an orphan, never a look-alike elsewhere in the text.
Reanchoring reanchor(const TextRange& old, const QString& newText);

} // namespace glossator
