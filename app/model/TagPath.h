#pragma once

#include "model/Annotation.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace glossator::tagpath {

// Where a tag is named by text (on the command line, in a filter) it is named by its path from the
// top of the codebook: its ancestors' names and its own, joined by "/". A "/" that is part of a
// name is written "\/" and a backslash "\\", so that every tag has one path and every path one
// reading.

// The names along a path, unescaped and trimmed. Nothing, with *error set, for a path with an empty
// name in it or a backslash that escapes neither "/" nor "\".
std::optional<QStringList> split(const QString& path, QString* error = nullptr);
QString escape(const QString& name);
QString join(const QStringList& names);

// The path of the tag with that id; empty when there is none.
QString pathOf(const QList<Tag>& tags, qint64 id);
// The tag at a path, followed level by level from the top; 0 when a level is missing.
qint64 find(const QList<Tag>& tags, const QStringList& names);
// The tags a filter names: each a path from the top, or a single name that exactly one tag has
// anywhere in the codebook. Paths that name no tag, or a name several tags share, go to
// *unresolved as they were given.
QList<qint64> resolve(const QList<Tag>& tags, const QStringList& paths, QStringList* unresolved);

} // namespace glossator::tagpath
