#include "PassageFormat.h"

namespace glossator {

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QTextCharFormat passageFormat(const QColor& tagColor, const QPalette& palette)
{
    QColor fill = tagColor;
    fill.setAlphaF(isDarkPalette(palette) ? 0.45f : 0.35f);
    QTextCharFormat format;
    format.setBackground(fill);
    format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    QColor line = tagColor;
    line.setAlphaF(1.0f);
    format.setUnderlineColor(line);
    return format;
}

} // namespace glossator
