#include "Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QMetaEnum>
#include <QSettings>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace glossator {

namespace {

QString keyName(Settings::Key key)
{
    switch (key) {
    case Settings::Key::CoderName:
        return QStringLiteral("coder/name");
    case Settings::Key::FontPointSize:
        return QStringLiteral("view/fontPointSize");
    case Settings::Key::SplitterState:
        return QStringLiteral("window/splitterState");
    case Settings::Key::WindowGeometry:
        return QStringLiteral("window/geometry");
    case Settings::Key::WindowState:
        return QStringLiteral("window/state");
    case Settings::Key::RecentFiles:
        return QStringLiteral("files/recent");
    case Settings::Key::Theme:
        return QStringLiteral("view/theme");
    case Settings::Key::PageSize:
        return QStringLiteral("reports/pageSize");
    case Settings::Key::CommentsFirst:
        return QStringLiteral("window/commentsFirst");
    case Settings::Key::ReopenLastProject:
        return QStringLiteral("start/reopenLastProject");
    case Settings::Key::ExpandLevel:
        return QStringLiteral("view/expandLevel");
    case Settings::Key::BackupsToKeep:
        return QStringLiteral("files/backupsToKeep");
    }
    return {};
}

// Enumerations are stored by name ("Dark", "Letter") so that the file stays readable and a
// reordering of the enum cannot silently change what a stored number means.
template <typename Enum>
QString enumName(Enum value)
{
    return QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(int(value)));
}

template <typename Enum>
Enum enumFromName(const QString& name, Enum fallback)
{
    bool ok = false;
    const int value = QMetaEnum::fromType<Enum>().keyToValue(name.toLatin1().constData(), &ok);
    return ok ? Enum(value) : fallback;
}

// One spelling per file, so that the list holds each file once however it was reached.
QString normalisedPath(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

} // namespace

Settings::Settings(const QString& iniPath, QObject* parent)
    : QObject(parent)
    , m_settings(iniPath.isEmpty() ? std::make_unique<QSettings>()
                                   : std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QString Settings::fileName() const
{
    return m_settings->fileName();
}

void Settings::sync()
{
    m_settings->sync();
}

void Settings::reset(Key key)
{
    const QString name = keyName(key);
    if (!m_settings->contains(name))
        return;
    m_settings->remove(name);
    emit changed(key);
}

QString Settings::storedString(Key key) const
{
    return m_settings->value(keyName(key)).toString();
}

void Settings::store(Key key, const QVariant& value)
{
    m_settings->setValue(keyName(key), value);
    emit changed(key);
}

QString Settings::coderName() const
{
    const QString chosen = storedString(Key::CoderName).trimmed();
    return chosen.isEmpty() ? accountName() : chosen;
}

void Settings::setCoderName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        reset(Key::CoderName);
    else if (trimmed != storedString(Key::CoderName))
        store(Key::CoderName, trimmed);
}

bool Settings::hasChosenCoderName() const
{
    return !storedString(Key::CoderName).trimmed().isEmpty();
}

QString Settings::accountName()
{
#ifdef Q_OS_UNIX
    // The GECOS field's first part is the full name ("Ana Lima,Room 4,,"); many accounts leave it empty.
    if (const passwd* account = getpwuid(getuid())) {
        const QString fullName = QString::fromLocal8Bit(account->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
        if (!fullName.isEmpty())
            return fullName;
        const QString login = QString::fromLocal8Bit(account->pw_name).trimmed();
        if (!login.isEmpty())
            return login;
    }
#endif
    QString login = qEnvironmentVariable("USER").trimmed();
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME").trimmed();
    return login;
}

bool Settings::reopenLastProject() const
{
    return m_settings->value(keyName(Key::ReopenLastProject), false).toBool();
}

void Settings::setReopenLastProject(bool reopen)
{
    if (reopen != reopenLastProject())
        store(Key::ReopenLastProject, reopen);
}

int Settings::expandLevel() const
{
    bool ok = false;
    const int level = m_settings->value(keyName(Key::ExpandLevel)).toInt(&ok);
    return ok && level >= 0 && level <= maxExpandLevel ? level : 0;
}

void Settings::setExpandLevel(int level)
{
    const int clamped = std::clamp(level, 0, maxExpandLevel);
    if (clamped != expandLevel())
        store(Key::ExpandLevel, clamped);
}

int Settings::backupsToKeep() const
{
    bool ok = false;
    const int count = m_settings->value(keyName(Key::BackupsToKeep)).toInt(&ok);
    return ok && count >= 0 && count <= maxBackupsToKeep ? count : defaultBackupsToKeep;
}

void Settings::setBackupsToKeep(int count)
{
    const int clamped = std::clamp(count, 0, maxBackupsToKeep);
    if (clamped != backupsToKeep())
        store(Key::BackupsToKeep, clamped);
}

int Settings::fontPointSize() const
{
    bool ok = false;
    const int points = m_settings->value(keyName(Key::FontPointSize)).toInt(&ok);
    // A value edited by hand into nonsense must not make the text unreadable.
    return ok && points >= minFontPointSize && points <= maxFontPointSize ? points : 0;
}

void Settings::setFontPointSize(int points)
{
    const int size = points <= 0 ? 0 : std::clamp(points, minFontPointSize, maxFontPointSize);
    if (size == fontPointSize())
        return;
    if (size == 0)
        reset(Key::FontPointSize);
    else
        store(Key::FontPointSize, size);
}

QByteArray Settings::splitterState() const
{
    return m_settings->value(keyName(Key::SplitterState)).toByteArray();
}

void Settings::setSplitterState(const QByteArray& state)
{
    if (state != splitterState())
        store(Key::SplitterState, state);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(keyName(Key::WindowGeometry)).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    if (geometry != windowGeometry())
        store(Key::WindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(keyName(Key::WindowState)).toByteArray();
}

void Settings::setWindowState(const QByteArray& state)
{
    if (state != windowState())
        store(Key::WindowState, state);
}

QStringList Settings::recentFiles() const
{
    QStringList files;
    for (const QString& file : m_settings->value(keyName(Key::RecentFiles)).toStringList()) {
        if (files.size() == maxRecentFiles)
            break;
        if (!file.isEmpty() && !files.contains(file) && QFileInfo(file).isFile())
            files.append(file);
    }
    return files;
}

void Settings::storeRecentFiles(const QStringList& files)
{
    if (files != m_settings->value(keyName(Key::RecentFiles)).toStringList())
        store(Key::RecentFiles, files);
}

void Settings::addRecentFile(const QString& path)
{
    if (path.isEmpty())
        return;
    // Built from what reads as recent, so that files gone since are dropped for good here.
    QStringList files = recentFiles();
    const QString file = normalisedPath(path);
    files.removeAll(file);
    files.prepend(file);
    storeRecentFiles(files.mid(0, maxRecentFiles));
}

void Settings::removeRecentFile(const QString& path)
{
    QStringList files = m_settings->value(keyName(Key::RecentFiles)).toStringList();
    if (files.removeAll(normalisedPath(path)) > 0)
        storeRecentFiles(files);
}

void Settings::clearRecentFiles()
{
    reset(Key::RecentFiles);
}

bool Settings::commentsFirst() const
{
    return m_settings->value(keyName(Key::CommentsFirst), false).toBool();
}

void Settings::setCommentsFirst(bool first)
{
    if (first != commentsFirst())
        store(Key::CommentsFirst, first);
}

Settings::Theme Settings::theme() const
{
    return enumFromName(storedString(Key::Theme), Theme::System);
}

void Settings::setTheme(Theme theme)
{
    if (theme != this->theme())
        store(Key::Theme, enumName(theme));
}

Settings::PageSize Settings::pageSize() const
{
    return enumFromName(storedString(Key::PageSize), PageSize::Auto);
}

void Settings::setPageSize(PageSize size)
{
    if (size != pageSize())
        store(Key::PageSize, enumName(size));
}

Settings::PageSize Settings::effectivePageSize(const QLocale& locale) const
{
    const PageSize size = pageSize();
    if (size != PageSize::Auto)
        return size;
    return localePageSize(locale);
}

Settings::PageSize Settings::localePageSize(const QLocale& locale)
{
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? PageSize::Letter : PageSize::A4;
}

} // namespace glossator
