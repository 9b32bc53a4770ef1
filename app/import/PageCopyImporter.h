#pragma once

#include "import/Importer.h"

namespace glossator {

// Reads a web page copied as text: article paragraphs, a source line, an optional
// "15 Comments" line and site chrome, then each commenter's name followed by the comment.
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
