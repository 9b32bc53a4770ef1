#pragma once

#include "export/Exporter.h"

#include <QCoreApplication>

namespace glossator {

// The annotated report as a PDF (see Report).
class PdfReportExporter : public Exporter {
    Q_DECLARE_TR_FUNCTIONS(glossator::PdfReportExporter)

public:
    QString name() const override;
    QString displayName() const override;
    QString fileSuffix() const override;
    bool write(const ExportData& data, const ExportOptions& options, QIODevice& out, QString* error) const override;
};

} // namespace glossator
