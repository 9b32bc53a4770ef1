#include "TestSupport.h"
#include "cli/CommandLine.h"
#include "project/ProjectBackups.h"
#include "project/ProjectStore.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace glossator;

class TestProjectBackups : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static std::optional<qint64> addTag(const QString& path, const QString& name)
    {
        ProjectError error;
        auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error);
        if (!store)
            return std::nullopt;
        return store->addTag(Tag{0, 0, name, QColor(Qt::darkRed), {}, 0});
    }

    static QStringList tagNames(const QString& path)
    {
        ProjectError error;
        auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly, &error);
        QStringList names;
        for (const TagUsage& usage : store ? store->tags() : QList<TagUsage>())
            names.append(usage.tag.name);
        return names;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        cli::initialiseApplication();
        QVERIFY(m_dir.isValid());
    }

    void copiesAreWholeProjectsKeptNewestFirst()
    {
        const QString path = m_dir.filePath(QStringLiteral("study.glossa"));
        {
            ProjectError error;
            QVERIFY2(ProjectStore::create(path, &error), qPrintable(error.message));
        }
        QVERIFY(addTag(path, QStringLiteral("First")));
        QDir(ProjectBackups::folderFor(path)).removeRecursively();
        QVERIFY(ProjectBackups::list(path).isEmpty());
        // Outside the project's folder, which may be shared or read-only.
        QVERIFY(!ProjectBackups::folderFor(path).startsWith(m_dir.path()));

        QString error;
        const QString first = ProjectBackups::make(path, 3, &error);
        QVERIFY2(!first.isEmpty(), qPrintable(error));
        QCOMPARE(tagNames(first), QStringList{QStringLiteral("First")});
        QVERIFY(!QFile::exists(first + QStringLiteral("-wal")));
        // Unchanged since that copy: no second one.
        QVERIFY(ProjectBackups::make(path, 3, &error).isEmpty());
        QVERIFY(error.isEmpty());
        QCOMPARE(ProjectBackups::list(path).size(), 1);

        // Changed: a new copy each time, at most three kept, the newest first.
        for (const char* name : {"Second", "Third", "Fourth"}) {
            QThread::msleep(20);
            QVERIFY(addTag(path, QLatin1String(name)));
            QVERIFY2(!ProjectBackups::make(path, 3, &error).isEmpty(), qPrintable(error));
        }
        const QList<ProjectBackup> kept = ProjectBackups::list(path);
        QCOMPARE(kept.size(), 3);
        QVERIFY(kept.at(0).made > kept.at(1).made && kept.at(1).made > kept.at(2).made);
        QCOMPARE(tagNames(kept.first().path).size(), 4);
        QCOMPARE(tagNames(kept.last().path).size(), 2);
        QVERIFY(!QFile::exists(first));
        // None kept: none made.
        QVERIFY(ProjectBackups::make(path, 0, &error).isEmpty());
        QVERIFY(ProjectBackups::makeNow(path, 10, &error).size() > 0);
        QCOMPARE(ProjectBackups::list(path).size(), 4);
    }

    void aProjectIsRestoredInPlaceUnderItsLock()
    {
        const QString path = m_dir.filePath(QStringLiteral("restore.glossa"));
        ProjectError error;
        std::unique_ptr<ProjectStore> store = ProjectStore::create(path, &error);
        QVERIFY2(store, qPrintable(error.message));
        QVERIFY(store->addTag(Tag{0, 0, QStringLiteral("Kept"), QColor(Qt::blue), {}, 0}));
        QString why;
        const QString copy = ProjectBackups::makeNow(path, 5, &why);
        QVERIFY2(!copy.isEmpty(), qPrintable(why));
        QVERIFY(store->addTag(Tag{0, 0, QStringLiteral("Later"), QColor(Qt::red), {}, 1}));
        QVERIFY(store->restoreFrom(copy));
        QCOMPARE(store->tags().size(), 1);
        QCOMPARE(store->tags().first().tag.name, QStringLiteral("Kept"));
        // The lock was held throughout: another writer is still refused.
        QVERIFY(!ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error));
        QCOMPARE(error.kind, ProjectError::Kind::Locked);
        // A file that is no project leaves the project as it was.
        const QString junk = m_dir.filePath(QStringLiteral("junk.glossa"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        QVERIFY(!store->restoreFrom(junk));
        QVERIFY(!store->lastError().isEmpty());
        QCOMPARE(store->tags().size(), 1);
        store.reset();
        QCOMPARE(tagNames(path), QStringList{QStringLiteral("Kept")});
    }
};

QTEST_GUILESS_MAIN(TestProjectBackups)
#include "tst_projectbackups.moc"
