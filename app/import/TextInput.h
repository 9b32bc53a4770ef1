#pragma once

#include "import/Importer.h"

namespace glossator {

// The start every text importer shares: binary data is refused with the byte that gave it away,
// the bytes are decoded, and an encoding other than UTF-8 is reported as a notice.
struct TextInput {
    std::optional<ImportResult> failure; // set when the content is not text
    QString text;
    Document document; // the title is the file's base name until the importer finds a better one
};

TextInput readTextInput(const QByteArray& content, const QString& fileName);

} // namespace glossator
