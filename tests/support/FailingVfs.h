#pragma once

#include <QtGlobal>

namespace glossator::test {

// SQLite's file system with a disk that can fill up: installed as the default before any project
// is opened, it passes every call to the real one, and once the space given to it is used up each
// write fails with SQLITE_FULL, as a full disk makes it fail. Space is counted in bytes written.
class FailingVfs {
public:
    // Once per process, before the first database is opened; true when it is in place.
    static bool install();
    // Bytes that may still be written; -1 (the start) for no limit.
    static void setSpaceLeft(qint64 bytes);
    // Writes refused since the space ran out.
    static int refusedWrites();
};

} // namespace glossator::test
