#pragma once

#include "model/Document.h"

#include <QJsonObject>

namespace glossator {

// The document as `glossator parse --json` prints it: plain text, one object per comment.
QJsonObject documentToJson(const Document& document);

} // namespace glossator
