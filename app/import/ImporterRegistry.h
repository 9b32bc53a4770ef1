#pragma once

#include "import/Importer.h"

#include <memory>
#include <vector>

namespace glossator {

// The one list of importers: detects a file's format from its content and reads it.
class ImporterRegistry {
    Q_DECLARE_TR_FUNCTIONS(glossator::ImporterRegistry)

public:
    // The largest article file read; anything bigger is refused before it is loaded.
    static constexpr qint64 maximumFileSize = qint64(1) << 30; // InputFileOptions::defaultMaximumSize

    ImporterRegistry();
    ~ImporterRegistry();
    ImporterRegistry(const ImporterRegistry&) = delete;
    ImporterRegistry& operator=(const ImporterRegistry&) = delete;

    static const ImporterRegistry& instance();

    void add(std::unique_ptr<Importer> importer);
    const Importer* find(const QString& name) const;
    const Importer* detect(const QByteArray& content, const QString& fileName) const;
    QStringList names() const;
    QString fileDialogFilter() const;
    // Every importer's file name patterns ("*.txt", "*.md", ...), each once.
    QStringList filePatterns() const;

    // Reads a file with the named importer, or the detected one when format is empty. The file is read
    // as readInputFile() reads it: a regular file of at most 1 GiB.
    ImportResult importFile(const QString& path, const QString& format = {}) const;
    ImportResult importData(const QByteArray& content, const QString& fileName, const QString& format = {}) const;

private:
    std::vector<std::unique_ptr<Importer>> m_importers;
};

} // namespace glossator
