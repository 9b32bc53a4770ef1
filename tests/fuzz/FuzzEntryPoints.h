#pragma once

#include <QByteArray>
#include <QString>

// What each fuzz target runs on one input, shared with the test that replays the inputs once found
// to crash, hang or leak. Each returns false when the result breaks a promise the code makes (a
// failure without a message, a document with no text where one was read); a crash, a hang or a leak
// is caught by the sanitizers and libFuzzer's limits instead.
namespace glossator::fuzz {

// Makes the application object the core expects (translations, the SQL driver's plugin path).
void ensureApplication();

// The named importer ("page-copy", "markdown", "dragnet-text", "glossator-json") on the bytes.
bool importWith(const QString& importerName, const QByteArray& bytes);
// The bytes as a file of one of the known kinds (the first byte chooses its suffix), read the way
// opening a file reads it: the registry detects the format, then that importer reads it.
bool importDetected(const QByteArray& bytes);
// Every way the text decoder is used on article bytes.
bool decodeText(const QByteArray& bytes);
// The bytes as a project file in a fresh folder, opened read-only and read through.
bool loadProject(const QByteArray& bytes);

} // namespace glossator::fuzz
