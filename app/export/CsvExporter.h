#pragma once

#include "export/Exporter.h"

namespace glossator {

// One row per annotation and tag, for spreadsheets and for R or Python (RFC 4180, UTF-8, CRLF).
// Offsets are UTF-16 code units into the target's plain text, as the project file stores them.
class CsvExporter : public Exporter {
    Q_DECLARE_TR_FUNCTIONS(glossator::CsvExporter)

public:
    QString name() const override { return QStringLiteral("csv"); }
    QString displayName() const override;
    QString fileSuffix() const override { return QStringLiteral("csv"); }
    bool write(const ExportData& data, const ExportOptions& options, QIODevice& out, QString* error) const override;

    static QStringList columns();
    // The columns whose text comes from the discussion or its coders; only these are guarded
    // against being read as a formula.
    static QStringList freeTextColumns();
};

} // namespace glossator
