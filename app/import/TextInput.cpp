#include "TextInput.h"

#include "text/TextDecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QStringTokenizer>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace glossator {

TextInput readTextInput(const QByteArray& content, const QString& fileName)
{
    TextInput input;
    if (TextDecoder::looksBinary(content)) {
        const qsizetype zero = content.indexOf('\0');
        input.failure = ImportResult::failure(
            fileName, QCoreApplication::translate("glossator::TextInput", "this is a binary file, not text"), 0,
            zero >= 0 ? zero : 0);
        return input;
    }
    input.document.article.title = QFileInfo(fileName).completeBaseName();
    input.content = &content;
    input.plan = TextDecoder::plan(content);
    qsizetype firstInvalidByte = -1;
    QString encoding;
    if (input.plan) {
        firstInvalidByte = input.plan->firstInvalidByte;
        encoding = QString::fromLatin1(QStringConverter::nameForEncoding(input.plan->encoding));
    } else {
        DecodedText decoded = TextDecoder::decode(content);
        input.wholeText = std::move(decoded.text);
        firstInvalidByte = decoded.firstInvalidByte;
        encoding = decoded.encoding;
    }
    if (firstInvalidByte >= 0) {
        input.document.notices.append(
            {ImportNotice::Severity::Warning, 0,
             QCoreApplication::translate("glossator::TextInput",
                                         "The file is not valid UTF-8 (first at byte %1); read as %2.")
                 .arg(firstInvalidByte)
                 .arg(encoding)});
    }
    return input;
}

void TextInput::forEachLine(const std::function<void(QStringView)>& line) const
{
    if (!plan || !content) {
        for (const QStringView raw : QStringTokenizer(wholeText, QLatin1Char('\n')))
            line(raw);
        return;
    }
    constexpr qsizetype pieceSize = qsizetype(1) << 20;
    QStringDecoder decoder(plan->encoding);
    QByteArrayView rest = QByteArrayView(*content).sliced(std::min(plan->skip, content->size()));
    QString pending;      // the start of a line that goes on in the next piece
    bool afterCr = false; // the last piece ended in a CR, so an LF that opens this one ends no line
    for (;;) {
        const QByteArrayView bytes = rest.first(std::min(rest.size(), pieceSize));
        rest = rest.sliced(bytes.size());
        const QString piece = decoder.decode(bytes);
        const qsizetype size = piece.size();
        qsizetype start = afterCr && size > 0 && piece.at(0) == u'\n' ? 1 : 0;
        if (size > 0)
            afterCr = false;
        for (qsizetype i = start; i < size; ++i) {
            const QChar c = piece.at(i);
            if (c != u'\n' && c != u'\r')
                continue;
            const QStringView part = QStringView(piece).sliced(start, i - start);
            if (pending.isEmpty()) {
                line(part);
            } else {
                pending += part;
                line(pending);
                pending = QString();
            }
            if (c == u'\r') {
                if (i + 1 < size && piece.at(i + 1) == u'\n')
                    ++i;
                else if (i + 1 == size)
                    afterCr = true;
            }
            start = i + 1;
        }
        pending += QStringView(piece).sliced(start);
        if (rest.isEmpty())
            break;
    }
    line(pending);
}

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("glossator::TextInput", text);
}

QString mebibytes(qint64 bytes)
{
    return QString::number(bytes / (1024 * 1024));
}

QString kindOfSpecialFile(mode_t mode)
{
    if (S_ISFIFO(mode))
        return tr("a pipe (FIFO)");
    if (S_ISCHR(mode))
        return tr("a character device");
    if (S_ISBLK(mode))
        return tr("a block device");
    if (S_ISSOCK(mode))
        return tr("a socket");
    return tr("not a regular file");
}

// Reads to the end, but never more than the maximum; the size, when known, is taken in one piece.
InputFile readBounded(QFile& file, const QString& name, qint64 knownSize, const InputFileOptions& options)
{
    InputFile input;
    QByteArray bytes;
    qint64 filled = 0;
    // One byte beyond the known size, to see the end without growing the whole array again; allocated
    // exactly (a resize would round it up to the next power of two).
    if (knownSize > 0)
        bytes = QByteArray(qsizetype(std::min(knownSize, options.maximumSize) + 1), Qt::Uninitialized);
    for (;;) {
        if (filled == bytes.size()) {
            if (filled > options.maximumSize) {
                input.error =
                    tr("%1: more than %2 MiB; larger files are not read").arg(name, mebibytes(options.maximumSize));
                return input;
            }
            // What has no known size (a pipe) grows in steps.
            const qint64 step = std::max<qint64>(filled, 64 * 1024);
            bytes.resize(std::min(filled + step, options.maximumSize + 1));
        }
        const qint64 count = file.read(bytes.data() + filled, bytes.size() - filled);
        if (count < 0) {
            input.error = tr("%1: reading failed: %2").arg(name, file.errorString());
            return input;
        }
        if (count == 0)
            break;
        filled += count;
    }
    if (filled > options.maximumSize) {
        input.error = tr("%1: more than %2 MiB; larger files are not read").arg(name, mebibytes(options.maximumSize));
        return input;
    }
    bytes.truncate(filled);
    // A null array would be stored as no file at all.
    input.bytes = bytes.isNull() ? QByteArray("", 0) : std::move(bytes);
    return input;
}

} // namespace

InputFile readInputFile(const QString& path, const InputFileOptions& options)
{
    InputFile input;
    QFile file;
    if (path == standardInputName()) {
        const QString name = tr("standard input");
        if (!file.open(STDIN_FILENO, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle)) {
            input.error = tr("%1: cannot be read: %2").arg(name, file.errorString());
            return input;
        }
        return readBounded(file, name, 0, options);
    }
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        const int code = errno;
        input.error = code == ENOENT || code == ENOTDIR
                          ? tr("%1: the file does not exist").arg(path)
                          : tr("%1: cannot be read: %2").arg(path, QString::fromLocal8Bit(strerror(code)));
        return input;
    }
    if (S_ISDIR(status.st_mode)) {
        input.error = tr("%1: this is a folder, not a file").arg(path);
        return input;
    }
    const bool regular = S_ISREG(status.st_mode);
    if (!regular && !options.allowSpecialFiles) {
        input.error =
            tr("%1: this is %2, not a regular file; it is not read").arg(path, kindOfSpecialFile(status.st_mode));
        input.special = true;
        return input;
    }
    if (regular && status.st_size > options.maximumSize) {
        input.error = tr("%1: the file is %2 MiB; files over %3 MiB are not read")
                          .arg(path, mebibytes(status.st_size), mebibytes(options.maximumSize));
        return input;
    }
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        input.error = tr("%1: cannot be read: %2").arg(path, file.errorString());
        return input;
    }
    return readBounded(file, path, regular ? qint64(status.st_size) : 0, options);
}

} // namespace glossator
