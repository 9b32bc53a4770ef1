#pragma once

#include "project/ProjectStore.h"

#include <QString>

// SQLite replays a write-ahead log found beside a database into it whenever the log is sound in
// itself: nothing in the log names the database it was written for. A log of another project left
// beside this one (copied with it, or a crashed writer's of a file since replaced) would make this
// file show and keep the other project's pages.
namespace glossator::projectfile {

// Nothing when there is no log beside the project, when SQLite would apply nothing of it, or when the
// project it makes is this one. Otherwise why it is refused; the project and the log stay untouched.
// A log that a live writer of this program holds the project for is that writer's own, unless the
// caller is the one holding the lock.
ProjectError checkWriteAheadLog(const QString& path, bool callerHoldsLock = false);

} // namespace glossator::projectfile
