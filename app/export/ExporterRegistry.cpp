#include "ExporterRegistry.h"

#include "export/CsvExporter.h"
#include "export/PdfReportExporter.h"
#include "export/QdcExporter.h"
#include "export/WebAnnotationExporter.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

namespace glossator {

namespace {

// What a failed write means, in the words of someone who is not a programmer; the operating
// system's own text where there is nothing plainer to say.
QString describeWriteError(int code, const QString& fallback)
{
    switch (code) {
    case ENOSPC:
        return ExporterRegistry::tr("there is no space left on the device");
    case EDQUOT:
        return ExporterRegistry::tr("the disk quota is used up");
    case EFBIG:
        return ExporterRegistry::tr("the file is too large for the device");
    case EROFS:
        return ExporterRegistry::tr("the device is read-only");
    case EIO:
        return ExporterRegistry::tr("the device reported a read or write error");
    case EPIPE:
        return ExporterRegistry::tr("the program reading the output has stopped");
    case EACCES:
    case EPERM:
        return ExporterRegistry::tr("permission denied");
    default:
        break;
    }
    if (fallback.isEmpty() || fallback == QLatin1String("Unknown error"))
        return ExporterRegistry::tr("the system gave no reason");
    return fallback;
}

// Stands between an exporter and its file: it keeps the first failure of the file in plain words
// (an exporter may only say that it failed), and writes in large pieces to a file that has no
// buffer of its own, so that each failure is seen when it happens, not lost in a later flush.
class CheckedOutput : public QIODevice {
public:
    explicit CheckedOutput(QFileDevice& target)
        : m_target(target)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }

    bool finish() { return flushBuffer(); }
    QString failure() const { return m_failure; }
    qint64 written() const { return m_written; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        if (!m_failure.isEmpty())
            return -1;
        m_buffer.append(data, size);
        if (m_buffer.size() >= chunkSize && !flushBuffer())
            return -1;
        return size;
    }

private:
    static constexpr qsizetype chunkSize = 256 * 1024;

    bool flushBuffer()
    {
        qsizetype done = 0;
        while (done < m_buffer.size()) {
            errno = 0;
            const qint64 count = m_target.write(m_buffer.constData() + done, m_buffer.size() - done);
            if (count <= 0) {
                m_failure = describeWriteError(errno, m_target.errorString());
                setErrorString(m_failure);
                m_buffer.clear();
                return false;
            }
            done += count;
            m_written += count;
        }
        m_buffer.clear();
        return m_failure.isEmpty();
    }

    QFileDevice& m_target;
    QByteArray m_buffer;
    QString m_failure;
    qint64 m_written = 0;
};

bool isStandardOutput(const QString& path)
{
    return path == ExporterRegistry::standardOutput();
}

// The file a path leads to, links followed: its device and inode when it exists, else its absolute
// path with the real folder, so that two names of one file compare equal.
QString fileIdentity(const QString& path)
{
    struct stat status {};
    const bool known = isStandardOutput(path) ? ::fstat(STDOUT_FILENO, &status) == 0
                                              : ::stat(QFile::encodeName(path).constData(), &status) == 0;
    if (known && (S_ISREG(status.st_mode) || !isStandardOutput(path)))
        return QStringLiteral("inode:%1:%2").arg(quint64(status.st_dev)).arg(quint64(status.st_ino));
    if (isStandardOutput(path))
        return QStringLiteral("stdout");
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QStringLiteral("path:") + QDir(folder.isEmpty() ? info.absolutePath() : folder).filePath(info.fileName());
}

// Writes straight into what cannot be replaced: a device, a pipe, standard output.
bool streamExport(const Exporter& exporter, const ExportData& data, const ExportOptions& options, const QString& path,
                  QString* error)
{
    QFile file;
    const bool opened =
        isStandardOutput(path)
            ? file.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle)
            : (file.setFileName(path), file.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const QString name = isStandardOutput(path) ? ExporterRegistry::tr("standard output") : path;
    if (!opened) {
        if (error)
            *error = ExporterRegistry::tr("%1: cannot write to it: %2")
                         .arg(name, describeWriteError(errno, file.errorString()));
        return false;
    }
    CheckedOutput output(file);
    QString reason;
    const bool written = exporter.write(data, options, output, &reason) && output.finish();
    if (!written && error) {
        *error = output.failure().isEmpty()
                     ? ExporterRegistry::tr("%1: %2").arg(name, reason)
                     : ExporterRegistry::tr("%1: cannot write to it: %2").arg(name, output.failure());
    }
    return written;
}

} // namespace

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

QStringList ExporterRegistry::projectFiles(const QString& projectPath)
{
    if (projectPath.isEmpty())
        return {};
    QStringList files;
    QStringList names = {projectPath};
    // SQLite names its side files after the file a link leads to.
    const QString resolved = QFileInfo(projectPath).canonicalFilePath();
    if (!resolved.isEmpty() && resolved != projectPath)
        names.append(resolved);
    for (const QString& name : std::as_const(names)) {
        for (const char* suffix : {"", "-wal", "-shm", "-journal", ".lock"})
            files.append(name + QLatin1String(suffix));
    }
    return files;
}

QString ExporterRegistry::outputConflict(const QStringList& outputs, const QStringList& inputs)
{
    QHash<QString, QString> inputByIdentity;
    for (const QString& input : inputs)
        inputByIdentity.insert(fileIdentity(input), input);
    QHash<QString, QString> outputByIdentity;
    for (const QString& output : outputs) {
        const QString identity = fileIdentity(output);
        const QString name = isStandardOutput(output) ? tr("standard output") : output;
        if (inputByIdentity.contains(identity)) {
            return tr("%1: this is %2, which the export reads; choose another file")
                .arg(name, inputByIdentity.value(identity));
        }
        if (outputByIdentity.contains(identity)) {
            const QString earlier = outputByIdentity.value(identity);
            return earlier == output
                       ? tr("%1: named twice as an output; each output needs a file of its own").arg(name)
                       : tr("%1: the same file as %2; each output needs a file of its own").arg(name, earlier);
        }
        outputByIdentity.insert(identity, output);
    }
    return {};
}

bool ExporterRegistry::exportToFile(const Exporter& exporter, const ExportData& data, const ExportOptions& options,
                                    const QString& path, QString* error) const
{
    const QString conflict = outputConflict({path}, projectFiles(data.projectPath));
    if (!conflict.isEmpty()) {
        if (error)
            *error = conflict;
        return false;
    }
    struct stat status {};
    const bool exists = !isStandardOutput(path) && ::stat(QFile::encodeName(path).constData(), &status) == 0;
    if (exists && S_ISDIR(status.st_mode)) {
        if (error)
            *error = tr("%1: this is a folder; name a file").arg(path);
        return false;
    }
    // A device or a pipe put in the file's place would be removed by a rename, even /dev/null.
    if (isStandardOutput(path) || (exists && !S_ISREG(status.st_mode)))
        return streamExport(exporter, data, options, path, error);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        if (error)
            *error = tr("%1: cannot write the file: %2").arg(path, describeWriteError(errno, file.errorString()));
        return false;
    }
    CheckedOutput output(file);
    QString reason;
    if (!exporter.write(data, options, output, &reason) || !output.finish()) {
        file.cancelWriting();
        if (error) {
            *error = output.failure().isEmpty() ? tr("%1: %2").arg(path, reason)
                                                : tr("%1: cannot write the file: %2").arg(path, output.failure());
        }
        return false;
    }
    // A write that the system took in part and then refused must not pass for a whole file.
    if (file.size() != output.written()) {
        file.cancelWriting();
        if (error)
            *error = tr("%1: cannot write the file: only part of it could be written").arg(path);
        return false;
    }
    errno = 0;
    if (!file.commit()) {
        if (error)
            *error = tr("%1: cannot write the file: %2").arg(path, describeWriteError(errno, file.errorString()));
        return false;
    }
    return true;
}

} // namespace glossator
