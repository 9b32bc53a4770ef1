#pragma once

#include <QFont>
#include <QList>
#include <QString>
#include <QTextLayout>

namespace glossator {

// Colours code blocks (in the article view, comments and the PDF report) through
// KSyntaxHighlighting where the build has it; elsewhere code stays plain monospace.
class CodeHighlighter {
public:
    enum class Theme { Light, Dark };

    // The name of the highlighting style a range was given ("Keyword", "String", ...).
    static constexpr int StyleProperty = QTextFormat::UserProperty + 1;

    static bool isAvailable();
    // Ranges over the whole code text; empty when the language is unknown or highlighting is off.
    static QList<QTextLayout::FormatRange> highlight(const QString& code, const QString& language,
                                                     Theme theme = Theme::Light);
    // The text colour the theme gives a style, invalid without highlighting; tests compare with it.
    static QColor styleColor(const QString& styleName, Theme theme = Theme::Light);

    // The font code is drawn in, in the window and the report alike: the first installed family
    // that really is fixed-pitch. The system's "fixed" font alone is not trusted, since on some
    // machines it resolves to a proportional face.
    static QFont fixedPitchFont();
    static QString fixedPitchFamily();
};

} // namespace glossator
