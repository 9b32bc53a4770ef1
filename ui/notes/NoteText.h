#pragma once

#include <QString>

namespace glossator {

// A note as hover text shows it: wrapped at word boundaries into lines of a readable length, at
// most maxLines of them, with an ellipsis where anything was left out. A tooltip does not wrap plain
// text by itself, so a long note would otherwise stretch across the screen.
QString notePreview(const QString& note, int maxLines = 4, int lineLength = 80);

// The first line of a note that has text, for a one-line cell; an ellipsis says that more follows.
QString noteFirstLine(const QString& note);

} // namespace glossator
