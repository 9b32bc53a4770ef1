#include "ArticleView.h"

#include "common/TimeFormat.h"
#include "model/Document.h"
#include "text/CodeHighlighter.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLocale>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>

namespace glossator {

namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

ArticleView::ArticleView(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("articleView"));
    setAccessibleName(tr("Article"));
    setToolTip(tr("The article. Select a passage to work with it."));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::LinksAccessibleByMouse |
                            Qt::LinksAccessibleByKeyboard);
    document()->setDocumentMargin(24);
}

void ArticleView::setDocument(const Document& document)
{
    m_document = &document;
    render();
}

QVariant ArticleView::loadResource(int type, const QUrl& name)
{
    // Imported content may name remote images or style sheets; only bundled resources load.
    if (name.scheme() == QLatin1String("qrc") || name.scheme().isEmpty())
        return QTextBrowser::loadResource(type, name);
    return {};
}

void ArticleView::changeEvent(QEvent* event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_document)
        render();
}

void ArticleView::render()
{
    QTextDocument* doc = document();
    doc->clear();
    if (!m_document)
        return;
    const Article& article = m_document->article;
    const QPalette pal = palette();
    const QColor muted = pal.color(QPalette::PlaceholderText);
    const QFont baseFont = font();

    QTextCursor cursor(doc);
    QTextBlockFormat blockFormat;
    blockFormat.setBottomMargin(10);
    blockFormat.setLineHeight(130, QTextBlockFormat::ProportionalHeight);

    QTextCharFormat titleFormat;
    titleFormat.setFontPointSize(baseFont.pointSizeF() * 1.8);
    titleFormat.setFontWeight(QFont::Bold);
    QTextBlockFormat titleBlock = blockFormat;
    titleBlock.setBottomMargin(6);
    titleBlock.setHeadingLevel(1);
    cursor.setBlockFormat(titleBlock);
    cursor.setCharFormat(titleFormat);
    cursor.insertText(article.title);

    QStringList byline;
    if (!article.author.isEmpty())
        byline.append(tr("By %1").arg(article.author));
    if (!article.source.isEmpty())
        byline.append(article.source);
    if (article.published.isValid())
        byline.append(displayTime(article.published, true));
    if (!byline.isEmpty()) {
        QTextCharFormat bylineFormat;
        bylineFormat.setForeground(muted);
        QTextBlockFormat bylineBlock = blockFormat;
        bylineBlock.setBottomMargin(16);
        cursor.insertBlock(bylineBlock, bylineFormat);
        cursor.insertText(byline.join(QStringLiteral(" · ")));
    }

    const QFont monospace = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const auto theme = isDark(pal) ? CodeHighlighter::Theme::Dark : CodeHighlighter::Theme::Light;
    for (const Block& block : article.blocks) {
        QTextBlockFormat format = blockFormat;
        QTextCharFormat charFormat;
        switch (block.kind) {
        case Block::Kind::Heading:
            format.setHeadingLevel(std::clamp(block.level, 1, 6));
            format.setTopMargin(12);
            charFormat.setFontWeight(QFont::Bold);
            charFormat.setFontPointSize(baseFont.pointSizeF() * (block.level <= 2 ? 1.4 : 1.15));
            break;
        case Block::Kind::Quote:
            format.setLeftMargin(24);
            charFormat.setFontItalic(true);
            break;
        case Block::Kind::ListItem:
            format.setLeftMargin(24.0 * (block.level + 1));
            break;
        case Block::Kind::Code:
            format.setLeftMargin(12);
            format.setBackground(pal.color(QPalette::AlternateBase));
            format.setNonBreakableLines(true);
            format.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
            charFormat.setFont(monospace);
            break;
        case Block::Kind::Paragraph:
            break;
        }
        cursor.insertBlock(format, charFormat);
        const int start = cursor.position();
        if (block.kind == Block::Kind::ListItem)
            cursor.insertText(QStringLiteral("• "));
        if (block.kind == Block::Kind::Code) {
            // Code lines stay one block so that the background and selection read as one unit.
            cursor.insertText(QString(block.text).replace(QLatin1Char('\n'), QChar::LineSeparator));
            for (const QTextLayout::FormatRange& range :
                 CodeHighlighter::highlight(block.text, block.language, theme)) {
                QTextCursor span(doc);
                span.setPosition(start + range.start);
                span.setPosition(start + range.start + range.length, QTextCursor::KeepAnchor);
                span.mergeCharFormat(range.format);
            }
        } else {
            cursor.insertText(block.text);
        }
    }
    moveCursor(QTextCursor::Start);
}

} // namespace glossator
