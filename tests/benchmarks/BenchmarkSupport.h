#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <cstdio>

namespace glossator::benchmark {

// Reads a positive count option into value, or the fallback when it is not given; says what is
// wrong and returns false for anything else.
inline bool readCount(const QCommandLineParser& parser, const QCommandLineOption& option, int fallback, int* value,
                      const char* program)
{
    if (!parser.isSet(option)) {
        *value = fallback;
        return true;
    }
    bool ok = false;
    *value = parser.value(option).toInt(&ok);
    if (!ok || *value < 1) {
        std::fprintf(stderr, "%s: --%s needs a positive whole number, not \"%s\"\n", program,
                     qPrintable(option.names().first()), qPrintable(parser.value(option)));
        return false;
    }
    return true;
}

} // namespace glossator::benchmark
