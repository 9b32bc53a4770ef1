#include "TimeFormat.h"

#include <QLocale>

namespace glossator {

QString displayTime(const QDateTime& time, bool longDate)
{
    if (!time.isValid())
        return {};
    const QLocale locale;
    const QLocale::FormatType dateFormat = longDate ? QLocale::LongFormat : QLocale::ShortFormat;
    const QDateTime utc = time.toUTC();
    if (utc.time() == QTime(0, 0) && time.timeSpec() == Qt::UTC)
        return locale.toString(utc.date(), dateFormat);
    const QDateTime local = time.toLocalTime();
    return locale.toString(local.date(), dateFormat) + QLatin1Char(' ') +
           locale.toString(local.time(), QStringLiteral("HH:mm"));
}

} // namespace glossator
