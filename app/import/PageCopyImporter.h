#pragma once

#include "import/Importer.h"

namespace glossator {

// Reads a web page copied as text: an optional headline, article paragraphs, a source line,
// then the comment section, which a "15 Comments" line, a heading, a prompt such as "Login to
// comment" or only the shape of its lines opens: each commenter's name, perhaps a time, then
// the comment, among site chrome.
class PageCopyImporter : public Importer {
    Q_DECLARE_TR_FUNCTIONS(glossator::PageCopyImporter)

public:
    QString name() const override { return QStringLiteral("page-copy"); }
    QString displayName() const override;
    QStringList fileSuffixes() const override;
    int confidence(const QByteArray& content, const QString& fileName) const override;
    ImportResult read(const QByteArray& content, const QString& fileName) const override;

    // Exposed for tests: how much a line looks like a commenter's name rather than comment text.
    static double authorLikelihood(const QString& line);
};

} // namespace glossator
