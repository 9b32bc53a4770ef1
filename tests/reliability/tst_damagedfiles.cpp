#include "ProjectDigest.h"
#include "TestSupport.h"
#include "cli/CommandLine.h"
#include "import/ImporterRegistry.h"
#include "project/ProjectStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <random>
#include <sqlite3.h>

using namespace glossator;

// Damaged and hostile project files, made from a sound one: cut at every page boundary, random
// bytes, another application's id, a newer schema, absurd values, comment trees with cycles and
// dangling parents, a symlinked project, a read-only file and folder. Each is refused with a
// message, or opened and read through without a crash or a hang; none is ever changed.
class TestDamagedFiles : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sound;
    QByteArray m_soundBytes;
    int m_tried = 0;
    int m_refused = 0;

    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static bool writeAll(const QString& path, const QByteArray& bytes)
    {
        QFile::remove(path);
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    static QByteArray fingerprint(const QString& path)
    {
        QByteArray all = readAll(path);
        for (const char* side : {"-wal", "-shm", "-journal"})
            all += readAll(path + QLatin1String(side));
        return QCryptographicHash::hash(all, QCryptographicHash::Sha256);
    }

    static bool sql(const QString& path, const char* statements)
    {
        sqlite3* db = nullptr;
        bool ok =
            sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK &&
            sqlite3_exec(db, statements, nullptr, nullptr, nullptr) == SQLITE_OK;
        if (!ok)
            qWarning("%s", sqlite3_errmsg(db));
        sqlite3_close(db);
        return ok;
    }

    // Opens the file both ways and reads all of it when it opens; the file must stay as it was.
    // Returns an empty string when that held, else what went wrong.
    QString tryFile(const QString& path, const QString& what)
    {
        ++m_tried;
        const QByteArray before = fingerprint(path);
        bool refusedOnce = false;
        for (const ProjectStore::Access access : {ProjectStore::Access::ReadOnly, ProjectStore::Access::ReadWrite}) {
            ProjectError error;
            std::unique_ptr<ProjectStore> store = ProjectStore::open(path, access, &error);
            if (!store) {
                refusedOnce = true;
                if (error.message.isEmpty())
                    return what + QStringLiteral(": refused without a message");
                if (!error.message.contains(QFileInfo(path).fileName()))
                    return what + QStringLiteral(": the message does not name the file: ") + error.message;
                continue;
            }
            // Read everything a window or an export would.
            test::projectFacts(*store);
            store.reset();
        }
        m_refused += refusedOnce;
        if (fingerprint(path) != before)
            return what + QStringLiteral(": the file was changed");
        return {};
    }

    QString copyOfSound(const QString& name) const
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QFile::copy(m_sound, path);
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        cli::initialiseApplication();
        QVERIFY(m_dir.isValid());
        m_sound = m_dir.filePath(QStringLiteral("sound.glossa"));
        ProjectError error;
        std::unique_ptr<ProjectStore> store = ProjectStore::create(m_sound, &error);
        QVERIFY2(store, qPrintable(error.message));
        const ImportResult imported = ImporterRegistry::instance().importFile(test::sampleArticle());
        QVERIFY(imported.ok());
        const QByteArray original = readAll(test::sampleArticle());
        QVERIFY(store->addDocument(*imported.document, Provenance{QStringLiteral("sample.txt"), original, {}}));
        const qint64 tag = store->addTag(Tag{0, 0, QStringLiteral("Safety"), QColor(Qt::red), {}, 0}).value_or(0);
        QVERIFY(tag > 0);
        const StoredDocument stored = *store->loadDocument(1);
        for (qint64 comment : stored.commentIds) {
            Annotation annotation;
            annotation.documentId = 1;
            annotation.commentId = comment;
            annotation.tagIds = {tag};
            annotation.coder = QStringLiteral("Ana");
            QVERIFY(store->addAnnotation(annotation));
        }
        store.reset();
        m_soundBytes = readAll(m_sound);
        QVERIFY(m_soundBytes.size() >= 8 * 4096);
    }

    void cutAtEveryPageBoundary()
    {
        const int pageSize = (quint8(m_soundBytes.at(16)) << 8) | quint8(m_soundBytes.at(17));
        QVERIFY(pageSize >= 512);
        const QString path = m_dir.filePath(QStringLiteral("cut.glossa"));
        int cuts = 0;
        for (qsizetype size = 0; size < m_soundBytes.size(); size += pageSize) {
            QVERIFY(writeAll(path, m_soundBytes.left(size)));
            const QString problem = tryFile(path, QStringLiteral("cut at %1 bytes").arg(size));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            ++cuts;
        }
        // And in the middle of a page.
        QVERIFY(writeAll(path, m_soundBytes.left(m_soundBytes.size() - pageSize / 2)));
        QVERIFY2(tryFile(path, QStringLiteral("cut mid-page")).isEmpty(), "cut mid-page");
        qInfo("%d cuts tried", cuts + 1);
    }

    void randomBytes()
    {
        std::mt19937 random(20261202);
        const QString path = m_dir.filePath(QStringLiteral("random.glossa"));
        for (int round = 0; round < 60; ++round) {
            QByteArray bytes = m_soundBytes;
            if (round % 3 == 0) {
                // Wholly random, with or without SQLite's magic.
                for (char& byte : bytes)
                    byte = char(random());
                if (round % 2 == 0)
                    bytes.replace(0, 16, QByteArray("SQLite format 3", 16));
            } else {
                // A few hundred bytes flipped anywhere, the header included.
                for (int flip = 0; flip < 300; ++flip)
                    bytes[qsizetype(random() % quint32(bytes.size()))] = char(random());
            }
            QVERIFY(writeAll(path, bytes));
            const QString problem = tryFile(path, QStringLiteral("random bytes, round %1").arg(round));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    void wrongIdNewerSchemaAndAbsurdValues()
    {
        const struct {
            const char* name;
            const char* statements;
            bool refused;
        } cases[] = {
            {"another application", "PRAGMA application_id = 1234", true},
            {"a newer schema", "PRAGMA user_version = 999", true},
            {"a negative schema", "PRAGMA user_version = -1", true},
            {"absurd positions", "UPDATE comments SET position = 2147483647 WHERE id % 2 = 0", false},
            {"absurd anchors",
             "PRAGMA ignore_check_constraints = ON; UPDATE annotations SET range_start = -5, range_end = 999999999",
             false},
            {"a huge declared count", "UPDATE documents SET declared_comment_count = 9223372036854775807", false},
            {"text for numbers", "PRAGMA ignore_check_constraints = ON; UPDATE comments SET score = 'many'", false},
            {"broken blocks JSON", "UPDATE comments SET blocks = '{not json'", false},
        };
        for (const auto& [name, statements, refused] : cases) {
            const QString path = copyOfSound(QStringLiteral("case.glossa"));
            QVERIFY2(sql(path, statements), name);
            const QString problem = tryFile(path, QLatin1String(name));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            if (refused) {
                ProjectError error;
                QVERIFY2(!ProjectStore::open(path, ProjectStore::Access::ReadOnly, &error), name);
            }
        }
    }

    void commentTreesWithCyclesAndDanglingParents()
    {
        const struct {
            const char* name;
            const char* statements;
        } cases[] = {
            {"a comment its own parent", "PRAGMA foreign_keys = OFF; UPDATE comments SET parent_id = id WHERE id = 3"},
            {"two comments each other's parent",
             "PRAGMA foreign_keys = OFF; UPDATE comments SET parent_id = 5 WHERE id = 4;"
             "UPDATE comments SET parent_id = 4 WHERE id = 5"},
            {"a long cycle", "PRAGMA foreign_keys = OFF; UPDATE comments SET parent_id = id + 1;"
                             "UPDATE comments SET parent_id = (SELECT min(id) FROM comments) "
                             "WHERE id = (SELECT max(id) FROM comments)"},
            {"a parent that is not there", "PRAGMA foreign_keys = OFF; UPDATE comments SET parent_id = 424242"},
            {"a parent in another document",
             "PRAGMA foreign_keys = OFF; UPDATE comments SET document_id = 77 WHERE id = 2"},
        };
        for (const auto& [name, statements] : cases) {
            const QString path = copyOfSound(QStringLiteral("tree.glossa"));
            QVERIFY2(sql(path, statements), name);
            const QString problem = tryFile(path, QLatin1String(name));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    void aSymlinkedProjectAndReadOnlyPlaces()
    {
        // A link to a project opens the project; the link stays a link.
        const QString target = copyOfSound(QStringLiteral("linked-target.glossa"));
        const QString link = m_dir.filePath(QStringLiteral("link.glossa"));
        QVERIFY(QFile::link(target, link));
        QVERIFY2(tryFile(link, QStringLiteral("a symlink")).isEmpty(), "a symlink");
        QVERIFY(QFileInfo(link).isSymLink());

        // A read-only file in a read-only folder opens read-only (as root, permissions do not bind:
        // the file is then simply left as it was).
        const QString folder = m_dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(QStringLiteral("project.glossa"));
        QVERIFY(QFile::copy(m_sound, path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const QByteArray before = fingerprint(path);
        ProjectError error;
        std::unique_ptr<ProjectStore> reader = ProjectStore::open(path, ProjectStore::Access::ReadOnly, &error);
        QVERIFY2(reader, qPrintable(error.message));
        QVERIFY(!test::projectFacts(*reader).isEmpty());
        reader.reset();
        std::unique_ptr<ProjectStore> writer = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error);
        if (!writer)
            QVERIFY2(!error.message.isEmpty(), "a read-only place refused without a message");
        writer.reset();
        QCOMPARE(fingerprint(path), before);
        QVERIFY(
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        ++m_tried;
    }

    void cleanupTestCase()
    {
        qInfo("%d damaged or hostile project files tried, %d of them refused, none changed", m_tried, m_refused);
    }
};

QTEST_GUILESS_MAIN(TestDamagedFiles)
#include "tst_damagedfiles.moc"
