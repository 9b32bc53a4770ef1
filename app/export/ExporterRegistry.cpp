#include "ExporterRegistry.h"

#include "export/CsvExporter.h"
#include "export/PdfReportExporter.h"
#include "export/QdcExporter.h"
#include "export/WebAnnotationExporter.h"

#include <QSaveFile>

namespace glossator {

bool writeAll(QIODevice& out, const QByteArray& bytes)
{
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 written = out.write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0)
            return false;
        done += written;
    }
    return true;
}

QString isoUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

ExporterRegistry::ExporterRegistry()
{
    // EXPORTERS: each exporter is added here once.
    add(std::make_unique<PdfReportExporter>());
    add(std::make_unique<CsvExporter>());
    add(std::make_unique<WebAnnotationExporter>());
    add(std::make_unique<QdcExporter>());
}

ExporterRegistry::~ExporterRegistry() = default;

const ExporterRegistry& ExporterRegistry::instance()
{
    static const ExporterRegistry registry;
    return registry;
}

void ExporterRegistry::add(std::unique_ptr<Exporter> exporter)
{
    m_exporters.push_back(std::move(exporter));
}

const Exporter* ExporterRegistry::find(const QString& name) const
{
    for (const auto& exporter : m_exporters) {
        if (exporter->name() == name)
            return exporter.get();
    }
    return nullptr;
}

QStringList ExporterRegistry::names() const
{
    QStringList names;
    for (const auto& exporter : m_exporters)
        names.append(exporter->name());
    return names;
}

bool ExporterRegistry::exportToFile(const Exporter& exporter, const ExportData& data, const ExportOptions& options,
                                    const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1: cannot write the file: %2").arg(path, file.errorString());
        return false;
    }
    QString reason;
    if (!exporter.write(data, options, file, &reason)) {
        file.cancelWriting();
        if (error)
            *error = tr("%1: %2").arg(path, reason);
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("%1: cannot write the file: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace glossator
