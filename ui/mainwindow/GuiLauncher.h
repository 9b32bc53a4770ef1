#pragma once

namespace glossator {

// Starts the window: parses the window's options, opens the files given, runs the event loop.
int runGui(int argc, char** argv);

} // namespace glossator
