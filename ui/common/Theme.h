#pragma once

#include "settings/Settings.h"

#include <QPalette>

namespace glossator {

// Colours for the whole application: the system's own, or Glossator's light or dark palette.
// The first call remembers the system palette, so that choosing System again restores it.
void applyTheme(Settings::Theme theme);
QPalette themePalette(Settings::Theme theme);

} // namespace glossator
