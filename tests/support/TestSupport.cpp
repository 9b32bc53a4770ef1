#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>

namespace glossator::test {

QString dataFile(const QString& name)
{
    return QDir(QStringLiteral(GLOSSATOR_TEST_DATA_DIR)).filePath(name);
}

QString sampleArticle()
{
    return QDir(QStringLiteral(GLOSSATOR_SOURCE_DIR)).filePath(QStringLiteral("resources/samples/harbour-bridge.txt"));
}

QString sharedFile(const QString& relativePath)
{
    const QString path = QDir(QStringLiteral(GLOSSATOR_SHARED_DIR)).filePath(relativePath);
    return QFileInfo::exists(path) ? QDir::cleanPath(path) : QString();
}

} // namespace glossator::test
