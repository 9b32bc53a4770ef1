#pragma once

#include <QColor>

namespace glossator {

// The colour a new tag gets when nobody chose one, by how many tags the codebook has already: the
// same in the window and on the command line, so a tag looks the same however it was made.
QColor defaultTagColor(int existingTags);

} // namespace glossator
