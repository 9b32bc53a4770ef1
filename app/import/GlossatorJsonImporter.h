#pragma once

#include "import/Importer.h"

namespace glossator {

// Reads a document in the JSON form that `glossator parse --json` prints: an "article" object and
// a "comments" array whose entries name their "parent" by id. It lets a thread prepared by any
// script be opened as it is, and a parsed file be read back unchanged.
class GlossatorJsonImporter : public Importer {
    Q_DECLARE_TR_FUNCTIONS(glossator::GlossatorJsonImporter)

public:
    QString name() const override { return QStringLiteral("glossator-json"); }
    QString displayName() const override;
    QStringList fileSuffixes() const override;
    int confidence(const QByteArray& content, const QString& fileName) const override;
    ImportResult read(const QByteArray& content, const QString& fileName) const override;
};

} // namespace glossator
