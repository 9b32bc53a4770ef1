#pragma once

#include "export/Exporter.h"

#include <memory>
#include <vector>

namespace glossator {

// The one list of exporters, for the window's Export menu and `glossator export`.
class ExporterRegistry {
    Q_DECLARE_TR_FUNCTIONS(glossator::ExporterRegistry)

public:
    ExporterRegistry();
    ~ExporterRegistry();
    ExporterRegistry(const ExporterRegistry&) = delete;
    ExporterRegistry& operator=(const ExporterRegistry&) = delete;

    static const ExporterRegistry& instance();

    void add(std::unique_ptr<Exporter> exporter);
    const Exporter* find(const QString& name) const;
    QStringList names() const;

    // Writes the export to path through a temporary file: an existing file there is replaced only
    // when the whole export succeeded. The error names the file.
    bool exportToFile(const Exporter& exporter, const ExportData& data, const ExportOptions& options,
                      const QString& path, QString* error) const;

private:
    std::vector<std::unique_ptr<Exporter>> m_exporters;
};

} // namespace glossator
