#pragma once

#include "model/Document.h"

#include <QJsonArray>
#include <QJsonObject>

namespace glossator {

// The document as `glossator parse --json` prints it: plain text, one object per comment.
QJsonObject documentToJson(const Document& document);

// Body blocks as JSON objects {kind, text, level?, language?}: for parse --json and the project file.
QJsonArray blocksToJson(const QList<Block>& blocks);
QList<Block> blocksFromJson(const QJsonArray& array);

} // namespace glossator
