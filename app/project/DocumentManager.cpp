#include "DocumentManager.h"

#include "import/ImporterRegistry.h"

#include <QFileInfo>

namespace glossator {

DocumentManager::DocumentManager(QObject* parent)
    : QObject(parent)
{}

bool DocumentManager::openFile(const QString& path, const QString& format)
{
    ImportResult result = ImporterRegistry::instance().importFile(path, format);
    if (!result.ok()) {
        emit openFailed(result.error);
        return false;
    }
    m_document = std::move(*result.document);
    m_filePath = QFileInfo(path).absoluteFilePath();
    emit documentOpened();
    return true;
}

} // namespace glossator
