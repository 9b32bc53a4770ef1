#pragma once

#include "export/Exporter.h"

#include <QUuid>

namespace glossator {

// The codebook as a REFI-QDA codebook file (.qdc, namespace urn:QDA-XML:codebook:1.0), which
// NVivo, ATLAS.ti, MAXQDA, QualCoder and others import: nested Code elements with name, colour and
// description. Annotations are not part of a codebook.
class QdcExporter : public Exporter {
    Q_DECLARE_TR_FUNCTIONS(glossator::QdcExporter)

public:
    QString name() const override { return QStringLiteral("qdc"); }
    QString displayName() const override;
    QString fileSuffix() const override { return QStringLiteral("qdc"); }
    bool write(const ExportData& data, const ExportOptions& options, QIODevice& out, QString* error) const override;

    // The guid a tag is given: the same for the same tag of the same project in every export (also
    // from a copy of the project), so that a tool importing a newer codebook recognises its codes.
    static QUuid codeGuid(const ExportData& data, qint64 tagId);
};

} // namespace glossator
