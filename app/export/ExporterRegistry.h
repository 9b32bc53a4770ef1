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

    // The name that stands for standard output.
    static QString standardOutput() { return QStringLiteral("-"); }

    // Writes the export to path. A regular file (or a new one) is written through a temporary file, so
    // that an existing file there is replaced only when the whole export succeeded. A device or a pipe,
    // and standard output, cannot be replaced and are written into as they are. The project the data
    // comes from is never written over. The error names the file and says in plain words what failed.
    bool exportToFile(const Exporter& exporter, const ExportData& data, const ExportOptions& options,
                      const QString& path, QString* error) const;

    // Why the outputs cannot be written, checked before anything is: an output that is one of the
    // inputs (through a link too) or one of their side files, or the same file named twice. Empty
    // when they can be.
    static QString outputConflict(const QStringList& outputs, const QStringList& inputs);
    // The files that belong to a project: itself and those SQLite and the lock keep beside it.
    static QStringList projectFiles(const QString& projectPath);

private:
    std::vector<std::unique_ptr<Exporter>> m_exporters;
};

} // namespace glossator
