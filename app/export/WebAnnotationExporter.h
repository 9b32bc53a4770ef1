#pragma once

#include "export/Exporter.h"

namespace glossator {

// The annotations as a W3C Web Annotation AnnotationCollection (JSON-LD) with one embedded page:
// tags are "tagging" bodies, notes "commenting" bodies, passages a TextQuoteSelector and a
// TextPositionSelector counted in Unicode code points. Identifiers are URNs made from the project
// file's name; nothing is given an address on the network that it does not already have.
class WebAnnotationExporter : public Exporter {
    Q_DECLARE_TR_FUNCTIONS(glossator::WebAnnotationExporter)

public:
    QString name() const override { return QStringLiteral("json"); }
    QString displayName() const override;
    QString fileSuffix() const override { return QStringLiteral("json"); }
    bool write(const ExportData& data, const ExportOptions& options, QIODevice& out, QString* error) const override;

    // The number of Unicode code points in the first utf16Offset code units of text: Glossator
    // counts UTF-16 code units, the Web Annotation model counts characters.
    static int codePointOffset(const QString& text, int utf16Offset);
};

} // namespace glossator
