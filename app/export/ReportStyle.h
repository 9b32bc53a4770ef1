#pragma once

#include "export/ReportLayout.h"
#include "text/CodeHighlighter.h"

#include <QColor>
#include <QFont>
#include <QString>
#include <QStringList>
#include <QTextCharFormat>

#include <algorithm>

// Fonts, colours and small text helpers shared by the parts of the report.
namespace glossator::report {

enum class Family { Serif, Sans, Mono };

// Latin first, then Noto Sans CJK so that Japanese and Korean are never left to chance, then Noto
// for whatever else a comment may be written in.
inline QFont makeFont(Family family, qreal points, QFont::Weight weight = QFont::Normal, bool italic = false)
{
    static const QStringList cjk = {QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Noto Sans CJK KR"),
                                    QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans CJK TC")};
    QStringList families;
    QFont font;
    switch (family) {
    case Family::Serif:
        families = QStringList{QStringLiteral("DejaVu Serif")} + cjk + QStringList{QStringLiteral("Noto Serif")};
        font.setStyleHint(QFont::Serif);
        break;
    case Family::Sans:
        families = QStringList{QStringLiteral("DejaVu Sans")} + cjk + QStringList{QStringLiteral("Noto Sans")};
        font.setStyleHint(QFont::SansSerif);
        break;
    case Family::Mono:
        families = QStringList{CodeHighlighter::fixedPitchFamily(), QStringLiteral("Noto Sans Mono CJK JP")} + cjk;
        font.setStyleHint(QFont::Monospace);
        break;
    }
    font.setFamilies(families);
    // No ligatures: a ligature glyph is copied out of a PDF as one character (ﬁ), which breaks search.
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(points);
    font.setWeight(weight);
    font.setItalic(italic);
    return font;
}

inline constexpr int maxIndentDepth = 8;
inline constexpr int maxLanes = 4;
inline constexpr int maxFootnoteLines = 6;
inline const QColor grey(0x60, 0x60, 0x60);
inline const QColor lightGrey(0x99, 0x99, 0x99);
inline const QColor ruleGrey(0xC8, 0xC8, 0xC8);

// Superscript digits are characters of their own, so a marker never runs into the word before it
// when the text is copied out of the PDF.
inline QString superscript(int number)
{
    static const char16_t digits[] = {0x2070, 0x00B9, 0x00B2, 0x00B3, 0x2074, 0x2075, 0x2076, 0x2077, 0x2078, 0x2079};
    QString text = QString::number(number);
    for (QChar& c : text)
        c = QChar(digits[c.digitValue()]);
    return text;
}

inline QColor validColor(const QColor& color)
{
    return color.isValid() ? color : QColor(0x88, 0x88, 0x88);
}

// A colour laid over white paper: light enough to read black text on, in print and in grey.
inline QColor tint(const QColor& color, qreal amount)
{
    const QColor c = validColor(color).toRgb();
    const auto over = [amount](float channel) {
        return float(1.0 - (1.0 - channel) * amount);
    };
    return QColor::fromRgbF(over(c.redF()), over(c.greenF()), over(c.blueF()));
}

// A colour dark enough for lines and small text.
inline QColor ink(const QColor& color)
{
    const QColor hsl = validColor(color).toHsl();
    return QColor::fromHslF(std::max(0.0f, hsl.hslHueF()), hsl.hslSaturationF(), std::min(hsl.lightnessF(), 0.36f));
}

inline QTextLayout::FormatRange range(int start, int length, const QTextCharFormat& format)
{
    QTextLayout::FormatRange r;
    r.start = start;
    r.length = length;
    r.format = format;
    return r;
}

// Appends text to a paragraph with a format over it.
inline void append(QString& text, Formats& formats, const QString& part, const QTextCharFormat& format = {})
{
    if (format.propertyCount() > 0 && !part.isEmpty())
        formats.append(range(int(text.size()), int(part.size()), format));
    text += part;
}

inline QString shortened(const QString& text, int length)
{
    if (text.size() <= length)
        return text;
    return text.left(length).trimmed() + QChar(0x2026);
}

} // namespace glossator::report
