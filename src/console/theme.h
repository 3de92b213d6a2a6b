#pragma once

class QApplication;

namespace parasol::Theme {

// The console's look: the style sheet and icons from resources/, and a font that has
// Chinese glyphs wherever the system's default lacks them.
void apply(QApplication &app);

} // namespace parasol::Theme
