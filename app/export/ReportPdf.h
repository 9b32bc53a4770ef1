#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRawFont>
#include <QString>

class QTextLine;

namespace glossator::report {

// Remembers which character each glyph stood for as the pages are painted, so that text copied
// from the PDF reads as what was drawn. Qt names a glyph shared by several characters after the
// lowest of them: 日 comes out as the Kangxi radical ⽇ and a space as a tab.
class GlyphCollector {
public:
    void addLine(const QTextLine& line, const QString& text);

    // The character drawn with that glyph of the font with that PostScript name, or 0.
    char32_t drawnCharacter(const QByteArray& postscriptName, quint32 glyph) const;
    // The glyph of the character in that font, or 0 when the font was not used or lacks it.
    quint32 glyphFor(const QByteArray& postscriptName, char32_t character) const;
    QList<QByteArray> fontNames() const { return m_fonts.keys(); }

private:
    struct Font {
        QRawFont raw;
        QHash<char32_t, quint32> glyphs;
        QHash<quint32, char32_t> drawn;
    };
    Font* fontFor(const QRawFont& raw);
    static quint32 glyphOf(Font& font, char32_t character);

    QHash<QString, QByteArray> m_names; // family and style to PostScript name
    mutable QHash<QByteArray, Font> m_fonts;
};

// A PDF bookmark; top in points from the top of the page.
struct PdfBookmark {
    QString title;
    int level = 0;
    int page = 0;
    qreal top = 0;
};

// An incremental update for a PDF written by QPdfWriter, to be appended to it: corrected ToUnicode
// maps and an outline of bookmarks. Empty where the PDF is not laid out as QPdfWriter lays it out,
// so that the PDF is then left as it came.
QByteArray pdfUpdate(const QByteArray& pdf, const GlyphCollector* glyphs, const QList<PdfBookmark>& bookmarks);

// PostScript name of a font as it appears as /BaseFont, reduced to letters, digits and '-'.
QByteArray postscriptName(const QRawFont& font);

} // namespace glossator::report
