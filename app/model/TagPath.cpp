#include "TagPath.h"

#include <QCoreApplication>
#include <QHash>

namespace glossator::tagpath {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("glossator::tagpath", text);
}

} // namespace

std::optional<QStringList> split(const QString& path, QString* error)
{
    const auto failed = [&](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QStringList names;
    QString name;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path.at(i);
        if (c == QLatin1Char('\\')) {
            const QChar next = i + 1 < path.size() ? path.at(i + 1) : QChar();
            if (next != QLatin1Char('/') && next != QLatin1Char('\\'))
                return failed(tr("in the tag path “%1”, the backslash at character %2 escapes neither “/” nor "
                                 "“\\” (a backslash in a name is written “\\\\”)")
                                  .arg(path)
                                  .arg(i + 1));
            name += next;
            ++i;
        } else if (c == QLatin1Char('/')) {
            names.append(name.trimmed());
            name.clear();
        } else {
            name += c;
        }
    }
    names.append(name.trimmed());
    if (names.contains(QString()))
        return failed(tr("the tag path “%1” has an empty name in it").arg(path));
    return names;
}

QString escape(const QString& name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('/'), QLatin1String("\\/"));
    return escaped;
}

QString join(const QStringList& names)
{
    QStringList escaped;
    escaped.reserve(names.size());
    for (const QString& name : names)
        escaped.append(escape(name));
    return escaped.join(QLatin1Char('/'));
}

QString pathOf(const QList<Tag>& tags, qint64 id)
{
    QHash<qint64, const Tag*> byId;
    for (const Tag& tag : tags)
        byId.insert(tag.id, &tag);
    QStringList names;
    // The guard keeps a damaged file whose parents form a loop from hanging the caller.
    for (const Tag* tag = byId.value(id); tag && names.size() <= tags.size(); tag = byId.value(tag->parentId))
        names.prepend(tag->name);
    return join(names);
}

qint64 find(const QList<Tag>& tags, const QStringList& names)
{
    qint64 parent = 0;
    for (const QString& name : names) {
        qint64 found = 0;
        for (const Tag& tag : tags) {
            if (tag.parentId == parent && tag.name == name) {
                found = tag.id;
                break;
            }
        }
        if (found == 0)
            return 0;
        parent = found;
    }
    return parent;
}

QList<qint64> resolve(const QList<Tag>& tags, const QStringList& paths, QStringList* unresolved)
{
    QList<qint64> ids;
    for (const QString& given : paths) {
        const QString path = given.trimmed();
        if (path.isEmpty())
            continue;
        const std::optional<QStringList> names = split(path);
        qint64 id = names ? find(tags, *names) : 0;
        if (id == 0 && names && names->size() == 1) {
            for (const Tag& tag : tags) {
                if (tag.name != names->first())
                    continue;
                if (id != 0) {
                    id = 0; // more than one: the name alone does not say which
                    break;
                }
                id = tag.id;
            }
        }
        if (id != 0)
            ids.append(id);
        else if (unresolved)
            unresolved->append(path);
    }
    return ids;
}

} // namespace glossator::tagpath
