#pragma once

#include "import/Importer.h"
#include "text/TextDecoder.h"

#include <QtGlobal>

#include <functional>

namespace glossator {

// The start every text importer shares: binary data is refused with the byte that gave it away,
// the bytes are decoded, and an encoding other than UTF-8 is reported as a notice.
struct TextInput {
    std::optional<ImportResult> failure; // set when the content is not text
    Document document;                   // the title is the file's base name until the importer finds a better one

    // Calls line with each line of the text in turn, without its line end ("\n", "\r\n" or "\r"), as
    // splitting the whole decoded text at "\n" would give them. The text is decoded piece by piece
    // where its encoding allows, so that a large file's whole text is never held beside the lines
    // an importer makes of it. Valid as long as the content readTextInput() was given.
    void forEachLine(const std::function<void(QStringView)>& line) const;

    const QByteArray* content = nullptr;
    std::optional<TextDecoder::Plan> plan; // none: wholeText holds the decoded text
    QString wholeText;
};

TextInput readTextInput(const QByteArray& content, const QString& fileName);

// The bytes of an article file, read with a bound before an importer sees them.
struct InputFile {
    QByteArray bytes;     // never null, so that an empty file is stored as an empty file
    QString error;        // set when the file was not read; names the file
    bool special = false; // the error is that it is a device, a pipe or a socket

    bool ok() const { return error.isEmpty(); }
};

struct InputFileOptions {
    // The largest file read; anything bigger is refused before (or, for a pipe, while) it is read.
    static constexpr qint64 defaultMaximumSize = qint64(1) << 30;
    qint64 maximumSize = defaultMaximumSize;
    // A device, a pipe or a socket may never end (/dev/zero) or never begin (a pipe nobody writes
    // to), so it is read only when asked for.
    bool allowSpecialFiles = false;
};

// The name that stands for standard input.
inline QString standardInputName()
{
    return QStringLiteral("-");
}

// Reads a whole file, or standard input for "-".
InputFile readInputFile(const QString& path, const InputFileOptions& options = {});

} // namespace glossator
