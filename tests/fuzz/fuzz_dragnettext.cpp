#include "FuzzEntryPoints.h"

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    glossator::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const char* data, std::size_t size)
{
    if (!glossator::fuzz::importWith(QStringLiteral("dragnet-text"), QByteArray(data, static_cast<qsizetype>(size))))
        std::abort();
    return 0;
}
