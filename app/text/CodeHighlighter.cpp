#include "CodeHighlighter.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QStringTokenizer>

#ifdef GLOSSATOR_HAVE_SYNTAX_HIGHLIGHTING
#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#include <QMutex>
#endif

namespace glossator {

#ifdef GLOSSATOR_HAVE_SYNTAX_HIGHLIGHTING

namespace {

namespace ksh = KSyntaxHighlighting;

// Loading the definitions is slow, so the repository is made once and shared behind a lock.
ksh::Repository& repository()
{
    static ksh::Repository instance;
    return instance;
}

QMutex& repositoryMutex()
{
    static QMutex mutex;
    return mutex;
}

ksh::Definition definitionFor(const QString& language)
{
    ksh::Repository& repo = repository();
    if (language.isEmpty())
        return {};
    ksh::Definition definition = repo.definitionForName(language);
    if (!definition.isValid()) {
        for (const ksh::Definition& candidate : repo.definitions()) {
            if (candidate.name().compare(language, Qt::CaseInsensitive) == 0) {
                definition = candidate;
                break;
            }
        }
    }
    if (!definition.isValid())
        definition = repo.definitionForFileName(QStringLiteral("code.") + language.toLower());
    return definition;
}

const QList<ksh::Theme::TextStyle>& allStyles()
{
    static const QList<ksh::Theme::TextStyle> styles = {
        ksh::Theme::Normal,       ksh::Theme::Keyword,        ksh::Theme::Function,      ksh::Theme::Variable,
        ksh::Theme::ControlFlow,  ksh::Theme::Operator,       ksh::Theme::BuiltIn,       ksh::Theme::Extension,
        ksh::Theme::Preprocessor, ksh::Theme::Attribute,      ksh::Theme::Char,          ksh::Theme::SpecialChar,
        ksh::Theme::String,       ksh::Theme::VerbatimString, ksh::Theme::SpecialString, ksh::Theme::Import,
        ksh::Theme::DataType,     ksh::Theme::DecVal,         ksh::Theme::BaseN,         ksh::Theme::Float,
        ksh::Theme::Constant,     ksh::Theme::Comment,        ksh::Theme::Documentation, ksh::Theme::Annotation,
        ksh::Theme::CommentVar,   ksh::Theme::RegionMarker,   ksh::Theme::Information,   ksh::Theme::Warning,
        ksh::Theme::Alert,        ksh::Theme::Others,         ksh::Theme::Error};
    return styles;
}

QString styleName(ksh::Theme::TextStyle style)
{
    switch (style) {
    case ksh::Theme::Normal:
        return QStringLiteral("Normal");
    case ksh::Theme::Keyword:
        return QStringLiteral("Keyword");
    case ksh::Theme::Function:
        return QStringLiteral("Function");
    case ksh::Theme::Variable:
        return QStringLiteral("Variable");
    case ksh::Theme::ControlFlow:
        return QStringLiteral("ControlFlow");
    case ksh::Theme::Operator:
        return QStringLiteral("Operator");
    case ksh::Theme::BuiltIn:
        return QStringLiteral("BuiltIn");
    case ksh::Theme::Extension:
        return QStringLiteral("Extension");
    case ksh::Theme::Preprocessor:
        return QStringLiteral("Preprocessor");
    case ksh::Theme::Attribute:
        return QStringLiteral("Attribute");
    case ksh::Theme::Char:
        return QStringLiteral("Char");
    case ksh::Theme::SpecialChar:
        return QStringLiteral("SpecialChar");
    case ksh::Theme::String:
        return QStringLiteral("String");
    case ksh::Theme::VerbatimString:
        return QStringLiteral("VerbatimString");
    case ksh::Theme::SpecialString:
        return QStringLiteral("SpecialString");
    case ksh::Theme::Import:
        return QStringLiteral("Import");
    case ksh::Theme::DataType:
        return QStringLiteral("DataType");
    case ksh::Theme::DecVal:
        return QStringLiteral("DecVal");
    case ksh::Theme::BaseN:
        return QStringLiteral("BaseN");
    case ksh::Theme::Float:
        return QStringLiteral("Float");
    case ksh::Theme::Constant:
        return QStringLiteral("Constant");
    case ksh::Theme::Comment:
        return QStringLiteral("Comment");
    case ksh::Theme::Documentation:
        return QStringLiteral("Documentation");
    case ksh::Theme::Annotation:
        return QStringLiteral("Annotation");
    case ksh::Theme::CommentVar:
        return QStringLiteral("CommentVar");
    case ksh::Theme::RegionMarker:
        return QStringLiteral("RegionMarker");
    case ksh::Theme::Information:
        return QStringLiteral("Information");
    case ksh::Theme::Warning:
        return QStringLiteral("Warning");
    case ksh::Theme::Alert:
        return QStringLiteral("Alert");
    case ksh::Theme::Others:
        return QStringLiteral("Others");
    case ksh::Theme::Error:
        return QStringLiteral("Error");
    }
    return {};
}

class RangeCollector : public ksh::AbstractHighlighter {
public:
    QList<QTextLayout::FormatRange> collect(const QString& code)
    {
        ksh::State state;
        int lineStart = 0;
        for (const QStringView line : QStringTokenizer(code, QLatin1Char('\n'))) {
            m_lineStart = lineStart;
            state = highlightLine(line, state);
            lineStart += int(line.size()) + 1;
        }
        return std::move(m_ranges);
    }

protected:
    void applyFormat(int offset, int length, const ksh::Format& format) override
    {
        if (length <= 0 || format.isDefaultTextStyle(theme()))
            return;
        QTextCharFormat charFormat;
        // The style's colour even where the definition does not override it, so that the code
        // reads the same in every theme and the report matches the window.
        charFormat.setForeground(QColor::fromRgba(format.textColor(theme()).rgba()));
        if (format.hasBackgroundColor(theme()))
            charFormat.setBackground(format.backgroundColor(theme()));
        if (format.isBold(theme()))
            charFormat.setFontWeight(QFont::Bold);
        charFormat.setFontItalic(format.isItalic(theme()));
        charFormat.setFontUnderline(format.isUnderline(theme()));
        charFormat.setFontStrikeOut(format.isStrikeThrough(theme()));
        charFormat.setProperty(CodeHighlighter::StyleProperty, styleName(format.textStyle()));
        m_ranges.append(QTextLayout::FormatRange{m_lineStart + offset, length, charFormat});
    }

private:
    int m_lineStart = 0;
    QList<QTextLayout::FormatRange> m_ranges;
};

ksh::Theme themeFor(CodeHighlighter::Theme theme)
{
    return repository().defaultTheme(theme == CodeHighlighter::Theme::Dark ? ksh::Repository::DarkTheme
                                                                           : ksh::Repository::LightTheme);
}

} // namespace

bool CodeHighlighter::isAvailable()
{
    return true;
}

QList<QTextLayout::FormatRange> CodeHighlighter::highlight(const QString& code, const QString& language, Theme theme)
{
    QMutexLocker lock(&repositoryMutex());
    const ksh::Definition definition = definitionFor(language);
    if (!definition.isValid())
        return {};
    RangeCollector collector;
    collector.setDefinition(definition);
    collector.setTheme(themeFor(theme));
    return collector.collect(code);
}

QColor CodeHighlighter::styleColor(const QString& name, Theme theme)
{
    QMutexLocker lock(&repositoryMutex());
    for (const ksh::Theme::TextStyle style : allStyles()) {
        if (styleName(style) == name)
            return QColor::fromRgba(themeFor(theme).textColor(style));
    }
    return {};
}

#else

bool CodeHighlighter::isAvailable()
{
    return false;
}

QList<QTextLayout::FormatRange> CodeHighlighter::highlight(const QString&, const QString&, Theme)
{
    return {};
}

QColor CodeHighlighter::styleColor(const QString&, Theme)
{
    return {};
}

#endif

QString CodeHighlighter::fixedPitchFamily()
{
    static const QString family = [] {
        QStringList candidates = QFontDatabase::systemFont(QFontDatabase::FixedFont).families();
        candidates +=
            {QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Sans Mono"), QStringLiteral("Liberation Mono"),
             QStringLiteral("Noto Mono"),        QStringLiteral("FreeMono"),       QStringLiteral("monospace"),
             QStringLiteral("Courier New"),      QStringLiteral("Courier")};
        for (const QString& candidate : std::as_const(candidates)) {
            QFont font(candidate);
            font.setStyleHint(QFont::Monospace);
            font.setFixedPitch(true);
            // What the font system actually chose, so an alias cannot hide a proportional face.
            const QFontInfo resolved(font);
            if (resolved.fixedPitch())
                return resolved.family();
        }
        return QString();
    }();
    return family;
}

QFont CodeHighlighter::fixedPitchFont()
{
    QFont font;
    const QString family = fixedPitchFamily();
    if (!family.isEmpty())
        font.setFamilies({family});
    font.setStyleHint(QFont::Monospace);
    font.setFixedPitch(true);
    return font;
}

} // namespace glossator
