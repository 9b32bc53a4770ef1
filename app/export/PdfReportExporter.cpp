#include "PdfReportExporter.h"

#include "export/Report.h"

namespace glossator {

QString PdfReportExporter::name() const
{
    return QStringLiteral("pdf");
}

QString PdfReportExporter::displayName() const
{
    return tr("Annotated report (PDF)");
}

QString PdfReportExporter::fileSuffix() const
{
    return QStringLiteral("pdf");
}

bool PdfReportExporter::write(const ExportData& data, const ExportOptions& options, QIODevice& out,
                              QString* error) const
{
    const Report report(data, options);
    return report.writePdf(out, error);
}

} // namespace glossator
