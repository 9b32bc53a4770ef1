#pragma once

#include <QPalette>
#include <QTextCharFormat>

namespace glossator {

bool isDarkPalette(const QPalette& palette);
// How a tagged passage is drawn everywhere: its tag's colour, translucent so that overlapping
// passages darken, with an underline in the full colour that keeps them apart.
QTextCharFormat passageFormat(const QColor& tagColor, const QPalette& palette);

} // namespace glossator
