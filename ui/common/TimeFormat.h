#pragma once

#include <QDateTime>
#include <QString>

namespace glossator {

// A time as readers expect it: in local time, without seconds, and as a date alone when the
// source gave no time of day (stored as midnight UTC).
QString displayTime(const QDateTime& time, bool longDate = false);

} // namespace glossator
