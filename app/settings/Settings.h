#pragma once

#include <QByteArray>
#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSettings;

namespace glossator {

// The user's preferences, each under one typed key. This is the only place that knows how they
// are stored, so that a renamed or re-encoded value cannot drift apart between readers. Every
// instance reads and writes the same store; changed() only reports edits made through this one.
class Settings : public QObject {
    Q_OBJECT

public:
    enum class Key {
        CoderName,
        FontPointSize,
        SplitterState,
        WindowGeometry,
        WindowState,
        RecentFiles,
        Theme,
        PageSize,
        CommentsFirst,
        ReopenLastProject,
        ExpandLevel,
        BackupsToKeep,
    };
    Q_ENUM(Key)

    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    // The paper size of printed and exported reports; Auto follows the locale.
    enum class PageSize { A4, Letter, Auto };
    Q_ENUM(PageSize)

    static constexpr int maxRecentFiles = 10;
    static constexpr int minFontPointSize = 6;
    static constexpr int maxFontPointSize = 72;

    // Without a path: the user's settings for this application. With one: that INI file, so that
    // tests and portable set-ups never touch the user's own.
    explicit Settings(const QString& iniPath = QString(), QObject* parent = nullptr);
    ~Settings() override;

    // Where the values are kept (a file name, or a registry path on some platforms).
    QString fileName() const;
    // Writes pending changes now; they are written on destruction in any case.
    void sync();
    // Forgets the stored value, so the key reads as its default again.
    void reset(Key key);

    // Who is annotating: the name the user gave, else the account's (see accountName()). An
    // empty name given returns to the account's.
    QString coderName() const;
    void setCoderName(const QString& name);
    bool hasChosenCoderName() const;
    // The user's full name from the account database, else the login name; empty when neither is known.
    static QString accountName();

    // Whether the window opens the most recent project at start instead of the start page.
    bool reopenLastProject() const;
    void setReopenLastProject(bool reopen);
    // How deep the comment tree is expanded when a document opens; 0 expands every reply.
    static constexpr int maxExpandLevel = 5;
    int expandLevel() const;
    void setExpandLevel(int level);

    // How many copies of each project are kept, one made each time it is opened; 0 makes none.
    static constexpr int defaultBackupsToKeep = 10;
    static constexpr int maxBackupsToKeep = 100;
    int backupsToKeep() const;
    void setBackupsToKeep(int count);

    // Reading font size; 0 follows the system font.
    int fontPointSize() const;
    void setFontPointSize(int points);

    // Whether the comment tree sits before (left of) the article.
    bool commentsFirst() const;
    void setCommentsFirst(bool first);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray& state);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    // Most recent first; files that no longer exist are left out.
    QStringList recentFiles() const;
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);
    void clearRecentFiles();

    Theme theme() const;
    void setTheme(Theme theme);

    PageSize pageSize() const;
    void setPageSize(PageSize size);
    // The stored page size with Auto resolved: Letter where the locale measures in US units.
    PageSize effectivePageSize(const QLocale& locale = QLocale()) const;
    // The paper the locale uses: Letter where it measures in US units, else A4.
    static PageSize localePageSize(const QLocale& locale = QLocale());

signals:
    void changed(glossator::Settings::Key key);

private:
    QString storedString(Key key) const;
    void store(Key key, const QVariant& value);
    void storeRecentFiles(const QStringList& files);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace glossator
