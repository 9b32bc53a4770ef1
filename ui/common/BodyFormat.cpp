#include "BodyFormat.h"

#include "common/PassageFormat.h"
#include "text/CodeHighlighter.h"

namespace glossator {

QList<QTextLayout::FormatRange> bodyFormats(const QList<Block>& blocks, const QPalette& palette)
{
    QList<QTextLayout::FormatRange> formats;
    const auto theme = isDarkPalette(palette) ? CodeHighlighter::Theme::Dark : CodeHighlighter::Theme::Light;
    const QFont monospace = CodeHighlighter::fixedPitchFont();
    int start = 0;
    for (const Block& block : blocks) {
        const int length = int(block.text.size());
        if (block.kind == Block::Kind::Code && length > 0) {
            QTextLayout::FormatRange code;
            code.start = start;
            code.length = length;
            code.format.setFontFamilies(monospace.families());
            code.format.setFontFixedPitch(true);
            code.format.setFontStyleHint(QFont::Monospace);
            code.format.setBackground(palette.color(QPalette::AlternateBase));
            formats.append(code);
            for (QTextLayout::FormatRange range : CodeHighlighter::highlight(block.text, block.language, theme)) {
                range.start += start;
                formats.append(range);
            }
        } else if (block.kind == Block::Kind::Quote && length > 0) {
            QTextLayout::FormatRange quote;
            quote.start = start;
            quote.length = length;
            quote.format.setFontItalic(true);
            formats.append(quote);
        }
        start += length + 2; // the blank line plainText() puts between blocks
    }
    return formats;
}

} // namespace glossator
