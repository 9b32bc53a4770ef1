#pragma once

#include "model/Annotation.h"

namespace glossator {

// Where an annotation's passage lies after its target's text changed.
struct Reanchoring {
    enum class Method { Position, Quote, Orphan };

    Method method = Method::Orphan;
    TextRange range; // the new range; for an orphan, the old one unchanged
};

// Places a passage again in a changed text: at its old position if the same words are still
// there, else at the occurrence of its quote whose context agrees best. A passage that cannot be
// placed with confidence becomes an orphan, never a look-alike elsewhere in the text.
Reanchoring reanchor(const TextRange& old, const QString& newText);

} // namespace glossator
