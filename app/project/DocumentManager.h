#pragma once

#include "import/Importer.h"
#include "model/Document.h"

#include <QObject>

namespace glossator {

// Owns the life-cycle of what the window shows: opening files, and (later) the project file.
// The window asks it to open and listens; it never reads files itself.
class DocumentManager : public QObject {
    Q_OBJECT

public:
    explicit DocumentManager(QObject* parent = nullptr);

    bool hasDocument() const { return m_document.has_value(); }
    const Document& document() const { return *m_document; }
    QString filePath() const { return m_filePath; }

    // Opens an article file; on failure emits openFailed and keeps what was open before.
    bool openFile(const QString& path, const QString& format = {});

signals:
    void documentOpened();
    void openFailed(const glossator::ImportError& error);

private:
    std::optional<Document> m_document;
    QString m_filePath;
};

} // namespace glossator
