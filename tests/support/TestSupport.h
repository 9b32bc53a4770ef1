#pragma once

#include <QString>

namespace glossator::test {

// A fixture of the project's own making under tests/data.
QString dataFile(const QString& name);
// The bundled sample article under resources/samples.
QString sampleArticle();
// A file of the shared seeds or corpus, or an empty string when ../shared is absent.
QString sharedFile(const QString& relativePath);

} // namespace glossator::test

// Skips the current test with a clear message when a shared file is not there.
#define GLOSSATOR_REQUIRE_SHARED(variable, relativePath)                                                               \
    const QString variable = glossator::test::sharedFile(QStringLiteral(relativePath));                                \
    if (variable.isEmpty())                                                                                            \
        QSKIP("../shared is absent (" relativePath "): this test needs the shared seeds and corpus");
