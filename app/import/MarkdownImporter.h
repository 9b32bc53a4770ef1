#pragma once

#include "import/Importer.h"

namespace glossator {

// Reads a Markdown article: headings, paragraphs, quotes, lists and code blocks become blocks of
// plain text (links keep their text, emphasis loses its markers); the first level-1 heading is
// the title and a "By …" line under it the author. A heading such as "Comments" or
// "12 Comments" starts the comment section, read by the page-copy rules with the markup as
// extra evidence of who wrote what.
class MarkdownImporter : public Importer {
    Q_DECLARE_TR_FUNCTIONS(glossator::MarkdownImporter)

public:
    QString name() const override { return QStringLiteral("markdown"); }
    QString displayName() const override;
    QStringList fileSuffixes() const override;
    int confidence(const QByteArray& content, const QString& fileName) const override;
    ImportResult read(const QByteArray& content, const QString& fileName) const override;

    // Exposed for tests: the plain text of one paragraph's Markdown source.
    static QString plainInlineText(const QString& markdown);
};

} // namespace glossator
