#pragma once

#include "import/Importer.h"

namespace glossator {

// Reads the hand-corrected page texts of the Dragnet content-extraction data: the article, a
// line "!@#$%^&*()  COMMENTS", then the comments as they read on the page. Each comment has an
// author line, either before it ("On October 12, 2012 at 10:52 am Jane said:") or after it
// ("by Jane on Aug 8, 2012 9:37 AM MST up"); replies show as indentation or as a reply mark.
class DragnetTextImporter : public Importer {
    Q_DECLARE_TR_FUNCTIONS(glossator::DragnetTextImporter)

public:
    QString name() const override { return QStringLiteral("dragnet-text"); }
    QString displayName() const override;
    QStringList fileSuffixes() const override;
    int confidence(const QByteArray& content, const QString& fileName) const override;
    ImportResult read(const QByteArray& content, const QString& fileName) const override;

    // True for the line that separates the article from its comments.
    static bool isMarkerLine(QStringView line);
};

} // namespace glossator
