#pragma once

#include "export/ExportData.h"

#include <QIODevice>
#include <QString>

namespace glossator {

// One kind of file made from a project. Exporters are registered once in ExporterRegistry.
class Exporter {
public:
    virtual ~Exporter() = default;

    virtual QString name() const = 0;        // stable identifier: pdf, csv, json, qdc
    virtual QString displayName() const = 0; // for file dialogs, translated
    virtual QString fileSuffix() const = 0;  // without the dot
    // Writes the whole export to out; on failure says why in error and returns false.
    virtual bool write(const ExportData& data, const ExportOptions& options, QIODevice& out, QString* error) const = 0;
};

} // namespace glossator
