#pragma once

#include "model/Document.h"

#include <QList>
#include <QPalette>
#include <QTextLayout>

namespace glossator {

// How the blocks of a comment look inside its plain text: code in a monospace font with the
// syntax colours of the palette's theme, quotes in italics. Offsets are into plainText(blocks), so
// the ranges apply as they are to a layout or a plain-text document of the body.
QList<QTextLayout::FormatRange> bodyFormats(const QList<Block>& blocks, const QPalette& palette);

} // namespace glossator
