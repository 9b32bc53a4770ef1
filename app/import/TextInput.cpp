#include "TextInput.h"

#include "text/TextDecoder.h"

#include <QFileInfo>

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
    DecodedText decoded = TextDecoder::decode(content);
    input.text = std::move(decoded.text);
    input.document.article.title = QFileInfo(fileName).completeBaseName();
    if (decoded.firstInvalidByte >= 0) {
        input.document.notices.append(
            {ImportNotice::Severity::Warning, 0,
             QCoreApplication::translate("glossator::TextInput",
                                         "The file is not valid UTF-8 (first at byte %1); read as %2.")
                 .arg(decoded.firstInvalidByte)
                 .arg(decoded.encoding)});
    }
    return input;
}

} // namespace glossator
