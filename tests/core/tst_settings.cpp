#include "settings/Settings.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace glossator;

class TestSettings : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_ini;
    int m_counter = 0;

    QString makeFile(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("test set-up: cannot write %s", qPrintable(path));
        return path;
    }

    QByteArray iniText() const
    {
        QFile file(m_ini);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    [[nodiscard]] bool rewriteIni(const QByteArray& from, const QByteArray& to)
    {
        QByteArray text = iniText();
        if (!text.contains(from)) {
            qWarning("no \"%s\" in %s", from.constData(), text.constData());
            return false;
        }
        text.replace(from, to);
        QFile file(m_ini);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_ini = m_dir.filePath(QStringLiteral("settings%1.ini").arg(++m_counter));
    }

    void defaults()
    {
        const Settings settings(m_ini);
        QCOMPARE(settings.fileName(), m_ini);
        // Until the user names themselves, annotations are signed with the account's name.
        QVERIFY(!settings.hasChosenCoderName());
        QVERIFY(!Settings::accountName().isEmpty());
        QCOMPARE(settings.coderName(), Settings::accountName());
        QVERIFY(!settings.reopenLastProject());
        QCOMPARE(settings.expandLevel(), 0);
        QCOMPARE(settings.fontPointSize(), 0);
        QVERIFY(settings.splitterState().isEmpty());
        QVERIFY(settings.windowGeometry().isEmpty());
        QVERIFY(settings.windowState().isEmpty());
        QCOMPARE(settings.recentFiles(), QStringList());
        QCOMPARE(settings.theme(), Settings::Theme::System);
        QVERIFY(!settings.commentsFirst());
        QCOMPARE(settings.pageSize(), Settings::PageSize::Auto);
        QCOMPARE(settings.effectivePageSize(QLocale(QLocale::English, QLocale::UnitedStates)),
                 Settings::PageSize::Letter);
        QCOMPARE(settings.effectivePageSize(QLocale(QLocale::German, QLocale::Germany)), Settings::PageSize::A4);
        QVERIFY(!QFile::exists(m_ini)); // reading writes nothing
    }

    void roundTripThroughAnIniFile()
    {
        const QString project = makeFile(QStringLiteral("study.glossa"));
        const QByteArray binary("\x01\x00\xff state", 10);
        {
            Settings settings(m_ini);
            settings.setCoderName(QStringLiteral("  Ana Lima "));
            settings.setFontPointSize(13);
            settings.setSplitterState(binary);
            settings.setWindowGeometry(QByteArrayLiteral("geometry"));
            settings.setWindowState(QByteArrayLiteral("state"));
            settings.addRecentFile(project);
            settings.setTheme(Settings::Theme::Dark);
            settings.setCommentsFirst(true);
            settings.setPageSize(Settings::PageSize::Letter);
            settings.setReopenLastProject(true);
            settings.setExpandLevel(3);
        }
        QVERIFY(QFile::exists(m_ini));
        // Enumerations are kept by name, so the file reads well and survives reordered enums.
        QVERIFY(iniText().contains("Dark"));
        QVERIFY(iniText().contains("Letter"));

        const Settings reread(m_ini);
        QCOMPARE(reread.coderName(), QStringLiteral("Ana Lima"));
        QCOMPARE(reread.fontPointSize(), 13);
        QCOMPARE(reread.splitterState(), binary);
        QCOMPARE(reread.windowGeometry(), QByteArrayLiteral("geometry"));
        QCOMPARE(reread.windowState(), QByteArrayLiteral("state"));
        QCOMPARE(reread.recentFiles(), QStringList{project});
        QCOMPARE(reread.theme(), Settings::Theme::Dark);
        QVERIFY(reread.commentsFirst());
        QCOMPARE(reread.pageSize(), Settings::PageSize::Letter);
        QVERIFY(reread.hasChosenCoderName());
        QVERIFY(reread.reopenLastProject());
        QCOMPARE(reread.expandLevel(), 3);
        QCOMPARE(reread.effectivePageSize(QLocale(QLocale::German, QLocale::Germany)), Settings::PageSize::Letter);
    }

    void resetReturnsToTheDefault()
    {
        Settings settings(m_ini);
        settings.setTheme(Settings::Theme::Light);
        settings.setCoderName(QStringLiteral("Ana"));
        settings.reset(Settings::Key::Theme);
        QCOMPARE(settings.theme(), Settings::Theme::System);
        QCOMPARE(settings.coderName(), QStringLiteral("Ana"));
    }

    void anEmptyCoderNameReturnsToTheAccountsName()
    {
        Settings settings(m_ini);
        settings.setCoderName(QStringLiteral("Ana"));
        QCOMPARE(settings.coderName(), QStringLiteral("Ana"));
        settings.setCoderName(QStringLiteral("   "));
        QVERIFY(!settings.hasChosenCoderName());
        QCOMPARE(settings.coderName(), Settings::accountName());
        QVERIFY(!iniText().contains("Ana"));
    }

    void expandLevelStaysInRange()
    {
        Settings settings(m_ini);
        settings.setExpandLevel(-4);
        QCOMPARE(settings.expandLevel(), 0);
        settings.setExpandLevel(99);
        QCOMPARE(settings.expandLevel(), Settings::maxExpandLevel);
        QFile file(m_ini);
        settings.sync();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[view]\nexpandLevel=banana\n");
        file.close();
        const Settings reread(m_ini);
        QCOMPARE(reread.expandLevel(), 0);
    }

    void fontSizeStaysReadable()
    {
        Settings settings(m_ini);
        settings.setFontPointSize(3);
        QCOMPARE(settings.fontPointSize(), Settings::minFontPointSize);
        settings.setFontPointSize(500);
        QCOMPARE(settings.fontPointSize(), Settings::maxFontPointSize);
        settings.setFontPointSize(-4);
        QCOMPARE(settings.fontPointSize(), 0);
    }

    void valuesEditedIntoNonsenseReadAsDefaults()
    {
        {
            Settings settings(m_ini);
            settings.setTheme(Settings::Theme::Dark);
            settings.setPageSize(Settings::PageSize::A4);
            settings.setFontPointSize(14);
        }
        QVERIFY(rewriteIni("Dark", "Purple"));
        QVERIFY(rewriteIni("A4", "A0"));
        QVERIFY(rewriteIni("=14", "=fourteen"));
        const Settings settings(m_ini);
        QCOMPARE(settings.theme(), Settings::Theme::System);
        QCOMPARE(settings.pageSize(), Settings::PageSize::Auto);
        QCOMPARE(settings.fontPointSize(), 0);
    }

    void recentFilesAreUniqueNewestFirstAndAtMostTen()
    {
        Settings settings(m_ini);
        QStringList files;
        for (int i = 1; i <= 12; ++i) {
            files.append(makeFile(QStringLiteral("p%1.glossa").arg(i)));
            settings.addRecentFile(files.last());
        }
        QStringList expected;
        for (int i = 11; i >= 2; --i)
            expected.append(files.at(i));
        QCOMPARE(settings.recentFiles(), expected);
        QCOMPARE(settings.recentFiles().size(), Settings::maxRecentFiles);

        // Opening one again moves it to the top; another spelling of its path is the same file.
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("sub")));
        settings.addRecentFile(m_dir.filePath(QStringLiteral("sub/../p5.glossa")));
        QCOMPARE(settings.recentFiles().first(), files.at(4));
        QCOMPARE(settings.recentFiles().count(files.at(4)), 1);
        QCOMPARE(settings.recentFiles().size(), Settings::maxRecentFiles);

        settings.removeRecentFile(files.at(4));
        QVERIFY(!settings.recentFiles().contains(files.at(4)));
        QCOMPARE(settings.recentFiles().first(), files.at(11));
        settings.clearRecentFiles();
        QVERIFY(settings.recentFiles().isEmpty());
        settings.addRecentFile(QString());
        QVERIFY(settings.recentFiles().isEmpty());
    }

    void recentFilesThatNoLongerExistAreDropped()
    {
        const QString kept = makeFile(QStringLiteral("kept.glossa"));
        const QString gone = makeFile(QStringLiteral("gone.glossa"));
        {
            Settings settings(m_ini);
            settings.addRecentFile(kept);
            settings.addRecentFile(gone);
            settings.addRecentFile(m_dir.filePath(QStringLiteral("never-there.glossa")));
        }
        QVERIFY(QFile::remove(gone));
        Settings settings(m_ini);
        QCOMPARE(settings.recentFiles(), QStringList{kept});

        // Files that are gone do not count towards the ten: nine more leave room for the one kept.
        QStringList expected;
        for (int i = 1; i <= 9; ++i) {
            expected.prepend(makeFile(QStringLiteral("more%1.glossa").arg(i)));
            settings.addRecentFile(expected.first());
        }
        expected.append(kept);
        QCOMPARE(settings.recentFiles(), expected);

        // A file removed later drops out as soon as the list is read.
        QVERIFY(QFile::remove(kept));
        QCOMPARE(settings.recentFiles().size(), 9);
    }

    void changedIsEmittedOncePerRealChange()
    {
        Settings settings(m_ini);
        QSignalSpy spy(&settings, &Settings::changed);
        const auto keyAt = [&](int i) {
            return spy.at(i).at(0).value<Settings::Key>();
        };

        settings.setTheme(Settings::Theme::Dark);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(keyAt(0), Settings::Key::Theme);
        settings.setTheme(Settings::Theme::Dark);
        settings.setTheme(Settings::Theme::System);
        QCOMPARE(spy.size(), 2);
        settings.setPageSize(Settings::PageSize::Auto); // the default already
        settings.setFontPointSize(0);
        settings.setCoderName(QStringLiteral(" "));
        settings.reset(Settings::Key::WindowState); // nothing stored
        QCOMPARE(spy.size(), 2);

        settings.setCoderName(QStringLiteral("Ana"));
        settings.setFontPointSize(12);
        settings.setSplitterState(QByteArrayLiteral("s"));
        settings.setWindowGeometry(QByteArrayLiteral("g"));
        settings.setWindowState(QByteArrayLiteral("w"));
        settings.setPageSize(Settings::PageSize::A4);
        const QString file = makeFile(QStringLiteral("signal.glossa"));
        settings.addRecentFile(file);
        settings.addRecentFile(file); // already at the top
        QCOMPARE(spy.size(), 9);
        const QList<Settings::Key> expected{Settings::Key::CoderName,     Settings::Key::FontPointSize,
                                            Settings::Key::SplitterState, Settings::Key::WindowGeometry,
                                            Settings::Key::WindowState,   Settings::Key::PageSize,
                                            Settings::Key::RecentFiles};
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(keyAt(i + 2), expected.at(i));

        settings.reset(Settings::Key::CoderName);
        QCOMPARE(spy.size(), 10);
        QCOMPARE(keyAt(9), Settings::Key::CoderName);
        settings.clearRecentFiles();
        QCOMPARE(keyAt(10), Settings::Key::RecentFiles);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
