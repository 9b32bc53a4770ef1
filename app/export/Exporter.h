#pragma once

#include "export/ExportData.h"

#include <QByteArray>
#include <QDateTime>
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

// Writes all of bytes; devices such as pipes may take a write in parts, and only a write that
// takes nothing is a failure.
bool writeAll(QIODevice& out, const QByteArray& bytes);
// A time as the data exports write it: ISO 8601 in UTC ("2026-03-01T10:15:00Z"), empty when unknown.
QString isoUtc(const QDateTime& time);

} // namespace glossator
