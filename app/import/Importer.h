#pragma once

#include "model/Document.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace glossator {

// Where and why a file could not be read; shown to the user as one sentence.
struct ImportError {
    QString fileName;
    int line = 0;        // 1-based, 0 when unknown
    qsizetype byte = -1; // offset into the file, -1 when unknown
    QString message;

    QString toString() const;
};

struct ImportResult {
    std::optional<Document> document;
    ImportError error;

    bool ok() const { return document.has_value(); }
    static ImportResult success(Document document);
    static ImportResult failure(const QString& fileName, const QString& message, int line = 0, qsizetype byte = -1);
};

// One way of reading an article file. Importers are registered once in ImporterRegistry.
class Importer {
public:
    virtual ~Importer() = default;

    virtual QString name() const = 0;        // stable identifier, used by --format
    virtual QString displayName() const = 0; // for file dialogs, translated
    virtual QStringList fileSuffixes() const = 0;
    // How sure this importer is that it can read the content, 0 (not at all) to 100.
    virtual int confidence(const QByteArray& content, const QString& fileName) const = 0;
    virtual ImportResult read(const QByteArray& content, const QString& fileName) const = 0;
};

} // namespace glossator
