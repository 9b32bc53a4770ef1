// A project file is untrusted input, and the files beside it (its write-ahead log, its lock) may be
// left by a crash or by another project. These tests plant what a hostile or unlucky file can hold
// and check that nothing of it runs or is applied, that the file is left as it was, and that a clean
// copy rescues the data.

#include "TestSupport.h"
#include "import/ImporterRegistry.h"
#include "project/ProjectManager.h"
#include "project/ProjectOverview.h"
#include "project/ProjectStore.h"
#include "project/SchemaCheck.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace glossator;

namespace {

const QString projectName = QStringLiteral("project.glossa");

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// The file's bytes and modification time: what "untouched" means.
QString fingerprint(const QString& path)
{
    const QFileInfo info(path);
    return QString::fromLatin1(QCryptographicHash::hash(readBytes(path), QCryptographicHash::Sha256).toHex()) +
           QLatin1Char(' ') + QString::number(info.lastModified().toMSecsSinceEpoch()) + QLatin1Char(' ') +
           QString::number(info.size());
}

QStringList entries(const QString& directory)
{
    return QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// Runs SQL on the file through a plain connection of its own, as sqlite3 would: how objects are
// planted. Returns SQLite's message, empty on success.
QString plant(const QString& path, const QString& sql)
{
    sqlite3* db = nullptr;
    QString error;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        error = QString::fromUtf8(sqlite3_errmsg(db));
    } else {
        char* message = nullptr;
        if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK)
            error = QString::fromUtf8(message ? message : "?");
        sqlite3_free(message);
    }
    sqlite3_close(db);
    return error;
}

qint64 rawCount(const QString& path, const QString& sql)
{
    sqlite3* db = nullptr;
    qint64 result = -1;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK &&
        sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        result = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return result;
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runGlossator(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(GLOSSATOR_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("did not finish");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// What a project holds, in a form two projects can be compared by.
QString contents(const QString& path)
{
    ProjectError error;
    const std::unique_ptr<ProjectStore> store = ProjectStore::open(path, ProjectStore::Access::ReadOnly, &error);
    if (!store)
        return QStringLiteral("(refused: %1)").arg(error.message);
    QStringList lines;
    for (const DocumentSummary& document : store->documents()) {
        lines.append(QStringLiteral("document %1 %2 comments=%3 annotations=%4")
                         .arg(document.id)
                         .arg(document.title)
                         .arg(document.comments)
                         .arg(document.annotations));
        for (const Annotation& annotation : store->annotations(document.id)) {
            QStringList tags;
            for (const qint64 tag : annotation.tagIds)
                tags.append(QString::number(tag));
            lines.append(QStringLiteral("  annotation %1 on %2 [%3] %4")
                             .arg(annotation.id)
                             .arg(annotation.commentId)
                             .arg(tags.join(QLatin1Char(',')), annotation.note));
        }
    }
    for (const TagUsage& usage : store->tags())
        lines.append(QStringLiteral("tag %1 %2 under %3 uses=%4")
                         .arg(usage.tag.id)
                         .arg(usage.tag.name)
                         .arg(usage.tag.parentId)
                         .arg(usage.uses));
    lines.append(QStringLiteral("created ") + store->info(QStringLiteral("created")));
    return lines.join(QLatin1Char('\n'));
}

// A closed project with the bundled sample, two tags and annotations on the article and a comment.
bool makeProject(const QString& path, const QString& title = {})
{
    ImportResult result = ImporterRegistry::instance().importFile(test::sampleArticle());
    if (!result.ok())
        return false;
    if (!title.isEmpty())
        result.document->article.title = title;
    ProjectError error;
    std::unique_ptr<ProjectStore> store = ProjectStore::create(path, &error);
    if (!store) {
        qWarning("%s", qPrintable(error.message));
        return false;
    }
    const std::optional<qint64> document = store->addDocument(
        *result.document, {QStringLiteral("harbour-bridge.txt"), readBytes(test::sampleArticle()), {}});
    const std::optional<qint64> tone = store->addTag(Tag{0, 0, QStringLiteral("Tone"), Qt::red, {}, 0});
    const std::optional<qint64> safety =
        store->addTag(Tag{0, tone.value_or(0), QStringLiteral("Safety"), Qt::blue, {}, 0});
    if (!document || !tone || !safety)
        return false;
    Annotation whole;
    whole.documentId = *document;
    whole.tagIds = {*tone};
    whole.note = QStringLiteral("the article");
    Annotation comment;
    comment.documentId = *document;
    comment.commentId = store->loadDocument(*document)->commentIds.at(2);
    comment.tagIds = {*tone, *safety};
    return store->addAnnotation(whole) && store->addAnnotation(comment);
}

} // namespace

class TestProjectSecurity : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The reproduction: a table and a trigger on annotations that writes into it.
    void plantedTriggerDoesNotRun()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(projectName);
        QVERIFY(makeProject(path));
        QCOMPARE(plant(path, QStringLiteral("CREATE TABLE spy (id INTEGER); CREATE TRIGGER spy_on_annotations AFTER "
                                            "INSERT ON annotations BEGIN INSERT INTO spy VALUES (new.id); END;")),
                 QString());
        const QString before = fingerprint(path);
        const Run run = runGlossator({QStringLiteral("annotate"), path, QStringLiteral("--document"),
                                      QStringLiteral("1"), QStringLiteral("--article"), QStringLiteral("--tag"),
                                      QStringLiteral("Planted"), QStringLiteral("--wait"), QStringLiteral("0")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("spy")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("clean-copy")), qPrintable(run.err));
        QCOMPARE(rawCount(path, QStringLiteral("SELECT count(*) FROM spy")), qint64(0));
        QCOMPARE(rawCount(path, QStringLiteral("SELECT count(*) FROM annotations")), qint64(2));
        QCOMPARE(fingerprint(path), before);
        QCOMPARE(entries(dir.path()), QStringList{projectName});
    }

    void plantedObjectsAreRefused_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("named"); // what the message must name
        QTest::addColumn<int>("kind");
        const int untrusted = int(ProjectError::Kind::Untrusted);
        QTest::newRow("trigger")
            << QStringLiteral("CREATE TRIGGER planted AFTER UPDATE ON tags BEGIN UPDATE tags SET name = 'x'; END")
            << QStringLiteral("trigger “planted”") << untrusted;
        QTest::newRow("view") << QStringLiteral("CREATE VIEW planted AS SELECT * FROM tags")
                              << QStringLiteral("view “planted”") << untrusted;
        QTest::newRow("extra table") << QStringLiteral("CREATE TABLE planted (x)") << QStringLiteral("table “planted”")
                                     << untrusted;
        QTest::newRow("extra index") << QStringLiteral("CREATE INDEX planted ON tags(color)")
                                     << QStringLiteral("index “planted”") << untrusted;
        QTest::newRow("trigger named like an index")
            << QStringLiteral("CREATE TRIGGER comments_by_document AFTER DELETE ON tags BEGIN SELECT 1; END")
            << QStringLiteral("trigger “comments_by_document”") << untrusted;
        QTest::newRow("trigger named like a table")
            << QStringLiteral("CREATE TRIGGER annotations BEFORE INSERT ON annotation_tags BEGIN SELECT 1; END")
            << QStringLiteral("trigger “annotations”") << untrusted;
        QTest::newRow("changed table") << QStringLiteral("ALTER TABLE tags ADD COLUMN planted TEXT")
                                       << QStringLiteral("table “tags”") << untrusted;
        QTest::newRow("changed index") << QStringLiteral(
                                              "DROP INDEX annotation_tags_by_tag; CREATE INDEX "
                                              "annotation_tags_by_tag ON annotation_tags(tag_id, annotation_id)")
                                       << QStringLiteral("index “annotation_tags_by_tag”") << untrusted;
        QTest::newRow("missing index") << QStringLiteral("DROP INDEX comments_by_document")
                                       << QStringLiteral("index comments_by_document is missing")
                                       << int(ProjectError::Kind::Damaged);
    }

    void plantedObjectsAreRefused()
    {
        QFETCH(QString, sql);
        QFETCH(QString, named);
        QFETCH(int, kind);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(projectName);
        QVERIFY(makeProject(path));
        const QString expected = contents(path);
        QCOMPARE(plant(path, sql), QString());
        const QString before = fingerprint(path);

        for (const ProjectStore::Access access : {ProjectStore::Access::ReadWrite, ProjectStore::Access::ReadOnly}) {
            ProjectError error;
            QVERIFY(!ProjectStore::open(path, access, &error));
            QCOMPARE(int(error.kind), kind);
            QVERIFY2(error.message.contains(path) && error.message.contains(named), qPrintable(error.message));
            QCOMPARE(fingerprint(path), before);
            QCOMPARE(entries(dir.path()), QStringList{projectName});
        }
        const ProjectOverview overview = readProjectOverview(path);
        QVERIFY(!overview.readable);
        QVERIFY2(overview.error.contains(named), qPrintable(overview.error));

        // The clean copy holds the same documents, tags and annotations, and opens.
        const QString copy = dir.filePath(QStringLiteral("clean.glossa"));
        QStringList notes;
        const ProjectError copied = ProjectStore::cleanCopy(path, copy, &notes);
        QVERIFY2(!copied, qPrintable(copied.message));
        QCOMPARE(fingerprint(path), before);
        QCOMPARE(contents(copy), expected);
        QVERIFY(!QFileInfo::exists(copy + QStringLiteral("-wal")));
        ProjectError error;
        QVERIFY2(ProjectStore::open(copy, ProjectStore::Access::ReadWrite, &error), qPrintable(error.message));
    }

    void commandsRefuseAFileMissingATable()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(projectName);
        QVERIFY(makeProject(path));
        QCOMPARE(plant(path, QStringLiteral("DROP TABLE import_notices")), QString());
        const QString before = fingerprint(path);
        const QString csv = dir.filePath(QStringLiteral("out.csv"));
        const QList<QStringList> commands = {
            {QStringLiteral("info"), path},
            {QStringLiteral("info"), path, QStringLiteral("--json")},
            {QStringLiteral("export"), path, QStringLiteral("--csv"), csv},
            {QStringLiteral("annotate"), path, QStringLiteral("--document"), QStringLiteral("1"),
             QStringLiteral("--article"), QStringLiteral("--tag"), QStringLiteral("T"), QStringLiteral("--wait"),
             QStringLiteral("0")},
        };
        for (const QStringList& command : commands) {
            const Run run = runGlossator(command);
            const QString context = command.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.err;
            QVERIFY2(run.exitCode == 1, qPrintable(context));
            QVERIFY2(run.err.contains(QStringLiteral("table import_notices is missing")), qPrintable(context));
            QVERIFY2(!run.err.contains(QStringLiteral("Parameter count")), qPrintable(context));
            QVERIFY(!QFileInfo::exists(csv));
            QCOMPARE(fingerprint(path), before);
        }
        // The clean copy makes the missing table anew, empty, and says so.
        const QString copy = dir.filePath(QStringLiteral("clean.glossa"));
        const Run run = runGlossator({QStringLiteral("clean-copy"), path, QStringLiteral("-o"), copy});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("import_notices")), qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("2 annotations")), qPrintable(run.out));
        const Run info = runGlossator({QStringLiteral("info"), copy});
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));
        QCOMPARE(fingerprint(path), before);
    }

    void cleanCopyCommand()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(projectName);
        QVERIFY(makeProject(path));
        const QString expected = contents(path);
        QCOMPARE(plant(path, QStringLiteral("CREATE TABLE spy (id INTEGER); CREATE TRIGGER spy_on_annotations AFTER "
                                            "INSERT ON annotations BEGIN INSERT INTO spy VALUES (new.id); END;")),
                 QString());
        const QString before = fingerprint(path);
        const QString copy = dir.filePath(QStringLiteral("clean.glossa"));
        QCOMPARE(runGlossator({QStringLiteral("clean-copy"), path}).exitCode, 2);
        QCOMPARE(runGlossator({QStringLiteral("clean-copy"), QStringLiteral("-o"), copy}).exitCode, 2);
        QVERIFY(!QFileInfo::exists(copy));
        const Run help = runGlossator({QStringLiteral("--help")});
        QVERIFY2(help.out.contains(QStringLiteral("clean-copy")), qPrintable(help.out));

        const Run run = runGlossator({QStringLiteral("clean-copy"), path, QStringLiteral("-o"), copy});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(contents(copy), expected);
        QCOMPARE(fingerprint(path), before);
        // In the copy the trigger is gone: annotating works and nothing else is written.
        const Run annotate =
            runGlossator({QStringLiteral("annotate"), copy, QStringLiteral("--document"), QStringLiteral("1"),
                          QStringLiteral("--article"), QStringLiteral("--tag"), QStringLiteral("Later")});
        QVERIFY2(annotate.exitCode == 0, qPrintable(annotate.err));
        QCOMPARE(rawCount(copy, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'spy'")), qint64(0));

        // An existing file is never replaced.
        const QString copyBefore = fingerprint(copy);
        QCOMPARE(runGlossator({QStringLiteral("clean-copy"), path, QStringLiteral("-o"), copy}).exitCode, 1);
        QCOMPARE(fingerprint(copy), copyBefore);
    }

    // The reproduction: project B's log beside project A made A show B's title.
    void anotherProjectsLogIsNotApplied()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString a = dir.filePath(QStringLiteral("a.glossa"));
        const QString b = dir.filePath(QStringLiteral("b.glossa"));
        QVERIFY(makeProject(a, QStringLiteral("Project A")));
        QTest::qWait(5); // the two creation stamps differ
        QVERIFY(makeProject(b, QStringLiteral("Project B")));
        QByteArray log;
        {
            ProjectError error;
            std::unique_ptr<ProjectStore> writer = ProjectStore::open(b, ProjectStore::Access::ReadWrite, &error);
            QVERIFY2(writer, qPrintable(error.message));
            Article metadata = writer->loadDocument(1)->document.article;
            metadata.title = QStringLiteral("Title of B");
            QVERIFY(writer->updateDocumentMetadata(1, metadata));
            log = readBytes(b + QStringLiteral("-wal"));
        }
        QVERIFY(log.size() > 32);
        QVERIFY(writeBytes(a + QStringLiteral("-wal"), log));
        const QString before = fingerprint(a);
        const QString logBefore = fingerprint(a + QStringLiteral("-wal"));

        for (const ProjectStore::Access access : {ProjectStore::Access::ReadOnly, ProjectStore::Access::ReadWrite}) {
            ProjectError error;
            QVERIFY(!ProjectStore::open(a, access, &error));
            QCOMPARE(int(error.kind), int(ProjectError::Kind::Foreign));
            QVERIFY2(error.message.contains(a + QStringLiteral("-wal")), qPrintable(error.message));
        }
        const Run info = runGlossator({QStringLiteral("info"), a});
        QCOMPARE(info.exitCode, 1);
        QVERIFY2(!info.out.contains(QStringLiteral("Title of B")), qPrintable(info.out));
        QVERIFY2(info.err.contains(QStringLiteral("write-ahead log")), qPrintable(info.err));
        QVERIFY(!readProjectOverview(a).readable);
        QCOMPARE(fingerprint(a), before);
        QCOMPARE(fingerprint(a + QStringLiteral("-wal")), logBefore);

        // Through a symbolic link SQLite reads the log beside the file the link leads to.
        const QString link = dir.filePath(QStringLiteral("link.glossa"));
        QVERIFY(QFile::link(a, link));
        for (const ProjectStore::Access access : {ProjectStore::Access::ReadOnly, ProjectStore::Access::ReadWrite}) {
            ProjectError error;
            QVERIFY(!ProjectStore::open(link, access, &error));
            QCOMPARE(int(error.kind), int(ProjectError::Kind::Foreign));
        }
        QVERIFY(!readProjectOverview(link).readable);
        QCOMPARE(int(ProjectStore::cleanCopy(link, dir.filePath(QStringLiteral("copy.glossa"))).kind),
                 int(ProjectError::Kind::Foreign));
        QCOMPARE(fingerprint(a), before);

        // Moved away, the project opens as it was.
        QVERIFY(QFile::remove(a + QStringLiteral("-wal")));
        QVERIFY2(contents(a).contains(QStringLiteral("Project A")), qPrintable(contents(a)));
    }

    void logWithOtherPageSizeIsNotApplied()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString a = dir.filePath(QStringLiteral("a.glossa"));
        QVERIFY(makeProject(a));
        // Another database, of 8 KiB pages, open with a committed transaction in its log.
        const QString other = dir.filePath(QStringLiteral("other.db"));
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(other).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db,
                              "PRAGMA page_size = 8192; PRAGMA application_id = 1196184385; PRAGMA journal_mode = WAL; "
                              "PRAGMA wal_autocheckpoint = 0; CREATE TABLE t (x); INSERT INTO t VALUES (1);",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        const QByteArray log = readBytes(other + QStringLiteral("-wal"));
        sqlite3_close(db);
        QVERIFY(log.size() > 32);
        QVERIFY(writeBytes(a + QStringLiteral("-wal"), log));
        const QString before = fingerprint(a);
        ProjectError error;
        QVERIFY(!ProjectStore::open(a, ProjectStore::Access::ReadOnly, &error));
        QVERIFY2(error.message.contains(QStringLiteral("8192")), qPrintable(error.message));
        QCOMPARE(fingerprint(a), before);
    }

    void logOfAnotherApplicationIsNotApplied()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString a = dir.filePath(QStringLiteral("a.glossa"));
        QVERIFY(makeProject(a));
        // Pages of the same size, and the log's image of the header page names another application.
        const QString other = dir.filePath(QStringLiteral("other.db"));
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(other).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db,
                              "PRAGMA page_size = 4096; PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; "
                              "PRAGMA application_id = 12345; CREATE TABLE t (x);",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        const QByteArray log = readBytes(other + QStringLiteral("-wal"));
        sqlite3_close(db);
        QVERIFY(log.size() > 32);
        QVERIFY(writeBytes(a + QStringLiteral("-wal"), log));
        const QString before = fingerprint(a);
        ProjectError error;
        QVERIFY(!ProjectStore::open(a, ProjectStore::Access::ReadWrite, &error));
        QVERIFY2(error.message.contains(QStringLiteral("application id 12345")), qPrintable(error.message));
        QCOMPARE(fingerprint(a), before);
    }

    // What a connection that slipped past the schema check could still do: nothing of the schema's.
    void hardenedConnectionRunsNothingOfTheSchemas()
    {
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db,
                              "CREATE TABLE t (x); CREATE TABLE spy (x); CREATE TRIGGER planted AFTER INSERT ON t "
                              "BEGIN INSERT INTO spy VALUES (new.x); END; CREATE VIEW v AS SELECT x FROM t;",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QVERIFY(projectfile::harden(db));
        QCOMPARE(sqlite3_exec(db, "INSERT INTO t VALUES (1)", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_stmt* statement = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "SELECT count(*) FROM spy", -1, &statement, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(statement), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(statement, 0), 0);
        sqlite3_finalize(statement);
        QVERIFY(sqlite3_exec(db, "SELECT * FROM v", nullptr, nullptr, nullptr) != SQLITE_OK);
        QVERIFY(sqlite3_exec(db, "SELECT load_extension('/nonexistent')", nullptr, nullptr, nullptr) != SQLITE_OK);
        // Defensive mode: the schema cannot be written through the back door.
        sqlite3_exec(db, "PRAGMA writable_schema = ON", nullptr, nullptr, nullptr);
        QVERIFY(sqlite3_exec(db, "UPDATE sqlite_master SET sql = 'x' WHERE name = 't'", nullptr, nullptr, nullptr) !=
                SQLITE_OK);
        sqlite3_close(db);
    }

    // A crashed writer's own log is the project's latest work: it is applied.
    void ownLogOfACrashedWriterIsApplied()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(projectName);
        QVERIFY(makeProject(path));
        QTemporaryDir crashed;
        QVERIFY(crashed.isValid());
        const QString copy = crashed.filePath(projectName);
        {
            ProjectError error;
            std::unique_ptr<ProjectStore> writer = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error);
            QVERIFY2(writer, qPrintable(error.message));
            QVERIFY(writer->addTag(Tag{0, 0, QStringLiteral("Written before the crash"), Qt::green, {}, 0}));
            // The files as a crash at this moment leaves them.
            QVERIFY(QFile::copy(path, copy));
            QVERIFY(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        }
        // Read-only, the log is read and left for the next writer; the file stays as it is.
        const QString before = fingerprint(copy);
        const QString logBefore = fingerprint(copy + QStringLiteral("-wal"));
        QVERIFY2(contents(copy).contains(QStringLiteral("Written before the crash")), qPrintable(contents(copy)));
        const Run info = runGlossator({QStringLiteral("info"), copy});
        QVERIFY2(info.exitCode == 0 && info.out.contains(QStringLiteral("Written before the crash")),
                 qPrintable(info.err));
        QCOMPARE(fingerprint(copy), before);
        QCOMPARE(fingerprint(copy + QStringLiteral("-wal")), logBefore);
        ProjectError error;
        std::unique_ptr<ProjectStore> store = ProjectStore::open(copy, ProjectStore::Access::ReadWrite, &error);
        QVERIFY2(store, qPrintable(error.message));
        QVERIFY(store->tagByPath(QStringLiteral("Written before the crash")));
        store.reset();
        // The writer folds it back on close.
        QCOMPARE(entries(crashed.path()), QStringList{projectName});
    }

    // A file left in WAL mode (header bytes 18 and 19 are 2) with no log beside it.
    void readOnlyCommandsLeaveAFileInWalModeUntouched()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(projectName);
        QVERIFY(makeProject(path));
        QCOMPARE(plant(path, QStringLiteral("PRAGMA journal_mode = WAL")), QString());
        QCOMPARE(entries(dir.path()), QStringList{projectName});
        QCOMPARE(int(readBytes(path).at(18)), 2);
        QTest::qWait(20); // a rewrite would show in the modification time
        const QString before = fingerprint(path);
        {
            ProjectError error;
            std::unique_ptr<ProjectStore> reader = ProjectStore::open(path, ProjectStore::Access::ReadOnly, &error);
            QVERIFY2(reader, qPrintable(error.message));
            QCOMPARE(reader->annotationCount(), 2);
        }
        QCOMPARE(fingerprint(path), before);
        QVERIFY(readProjectOverview(path).readable);
        QCOMPARE(fingerprint(path), before);
        const QString csv = dir.filePath(QStringLiteral("out.csv"));
        for (const QStringList& command :
             QList<QStringList>{{QStringLiteral("info"), path},
                                {QStringLiteral("info"), path, QStringLiteral("--json")},
                                {QStringLiteral("export"), path, QStringLiteral("--csv"), csv}}) {
            const Run run = runGlossator(command);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QCOMPARE(fingerprint(path), before);
        }
        QCOMPARE(entries(dir.path()), (QStringList{QStringLiteral("out.csv"), projectName}));
    }

    void saveAsDoesNotPairTheCopyWithAStaleLog()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(projectName);
        const QString other = dir.filePath(QStringLiteral("other.glossa"));
        QVERIFY(makeProject(path, QStringLiteral("The saved project")));
        QTest::qWait(5);
        QVERIFY(makeProject(other, QStringLiteral("Another project")));
        // A crashed writer of another project left its log where the copy is going.
        QByteArray staleLog;
        {
            ProjectError error;
            std::unique_ptr<ProjectStore> writer = ProjectStore::open(other, ProjectStore::Access::ReadWrite, &error);
            QVERIFY2(writer, qPrintable(error.message));
            QVERIFY(writer->addTag(Tag{0, 0, QStringLiteral("From the stale log"), Qt::green, {}, 0}));
            staleLog = readBytes(other + QStringLiteral("-wal"));
        }
        QVERIFY(staleLog.size() > 32);
        for (const bool targetExists : {false, true}) {
            const QString target =
                dir.filePath(targetExists ? QStringLiteral("over.glossa") : QStringLiteral("new.glossa"));
            if (targetExists)
                QVERIFY(QFile::copy(other, target));
            QVERIFY(writeBytes(target + QStringLiteral("-wal"), staleLog));
            QVERIFY(writeBytes(target + QStringLiteral("-shm"), QByteArray(32768, '\x7f')));
            ProjectManager manager;
            QVERIFY2(manager.openProject(path), qPrintable(manager.lastError()));
            QVERIFY2(manager.saveAs(target), qPrintable(manager.lastError()));
            QCOMPARE(manager.projectPath(), QFileInfo(target).canonicalFilePath());
            QCOMPARE(manager.documents().size(), 1);
            QCOMPARE(manager.documents().first().title, QStringLiteral("The saved project"));
            QVERIFY(!manager.project()->store().tagByPath(QStringLiteral("From the stale log")));
            // The saved file is the project's own, held by this writer.
            ProjectError error;
            QVERIFY(!ProjectStore::open(target, ProjectStore::Access::ReadWrite, &error));
            QCOMPARE(int(error.kind), int(ProjectError::Kind::Locked));
            manager.close();
            QVERIFY2(contents(target).contains(QStringLiteral("The saved project")), qPrintable(contents(target)));
            QVERIFY(!contents(target).contains(QStringLiteral("From the stale log")));
        }
    }

    void saveAsKeepsTheTargetLockedThroughTheSwitch()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(projectName);
        const QString target = dir.filePath(QStringLiteral("target.glossa"));
        QVERIFY(makeProject(path));
        // A target held by another writer is never written.
        QVERIFY(makeProject(target, QStringLiteral("Held elsewhere")));
        const QString before = fingerprint(target);
        {
            QLockFile holder(target + QStringLiteral(".lock"));
            QVERIFY(holder.tryLock(0));
            ProjectManager manager;
            QVERIFY(manager.openProject(path));
            QVERIFY(!manager.saveAs(target));
            QVERIFY2(manager.lastError().contains(QStringLiteral("open in another")), qPrintable(manager.lastError()));
            QCOMPARE(fingerprint(target), before);
        }
        // A new target is locked from before the copy is renamed into place to after it is open.
        const QString fresh = dir.filePath(QStringLiteral("fresh.glossa"));
        ProjectManager manager;
        QVERIFY(manager.openProject(path));
        QVERIFY2(manager.saveAs(fresh), qPrintable(manager.lastError()));
        QLockFile intruder(fresh + QStringLiteral(".lock"));
        QVERIFY(!intruder.tryLock(0));
    }

    void unreadableLockFileIsStale_data()
    {
        QTest::addColumn<QByteArray>("lock");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x01\x02 not a lock \xff\n");
        QTest::newRow("process 0") << QByteArray("0\n\n\n");
    }

    void unreadableLockFileIsStale()
    {
        QFETCH(QByteArray, lock);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(projectName);
        QVERIFY(makeProject(path));
        QVERIFY(writeBytes(path + QStringLiteral(".lock"), lock));
        QElapsedTimer clock;
        clock.start();
        const Run run = runGlossator({QStringLiteral("annotate"), path, QStringLiteral("--document"),
                                      QStringLiteral("1"), QStringLiteral("--article"), QStringLiteral("--tag"),
                                      QStringLiteral("T"), QStringLiteral("--wait"), QStringLiteral("0")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!run.err.contains(QStringLiteral("process 0")));
        QCOMPARE(entries(dir.path()), QStringList{projectName});
    }

    void liveLockIsNotTakenAsStale()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(projectName);
        QVERIFY(makeProject(path));
        QLockFile holder(path + QStringLiteral(".lock"));
        QVERIFY(holder.tryLock(0));
        // Emptied while held, as a lock file is for a moment before its holder writes it.
        QVERIFY(writeBytes(path + QStringLiteral(".lock"), QByteArray()));
        ProjectError error;
        QVERIFY(!ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error));
        QCOMPARE(int(error.kind), int(ProjectError::Kind::Locked));
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock")));
    }

    void importIntoAMissingFolderSaysSo()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("missing/dir/p.glossa"));
        const Run run = runGlossator({QStringLiteral("import"), test::sampleArticle(), QStringLiteral("-o"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("does not exist")) &&
                     run.err.contains(dir.filePath(QStringLiteral("missing/dir"))),
                 qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("lock file")), qPrintable(run.err));
        QVERIFY(entries(dir.path()).isEmpty());
    }

    // What an import of a new project killed before its first commit leaves.
    void emptyFileLeftByAKilledCreationIsNoProject()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(projectName);
        QVERIFY(writeBytes(path, QByteArray()));
        ProjectError error;
        QVERIFY2(ProjectStore::create(path, &error), qPrintable(error.message));
        QVERIFY(QFileInfo(path).size() > 0);

        QVERIFY(QFile::remove(path));
        QVERIFY(writeBytes(path, QByteArray()));
        const Run run = runGlossator({QStringLiteral("import"), test::sampleArticle(), QStringLiteral("-o"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(contents(path).contains(QStringLiteral("comments=12")), qPrintable(contents(path)));

        // Held by a writer, it is that writer's, and stays.
        const QString held = dir.filePath(QStringLiteral("held.glossa"));
        QVERIFY(writeBytes(held, QByteArray()));
        QLockFile holder(held + QStringLiteral(".lock"));
        QVERIFY(holder.tryLock(0));
        QVERIFY(!ProjectStore::create(held, &error));
        QCOMPARE(QFileInfo(held).size(), qint64(0));
    }

    void truncatedFileIsRefusedUntouched()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(projectName);
        QVERIFY(makeProject(path));
        const QByteArray bytes = readBytes(path);
        for (const qsizetype size : {qsizetype(4096), bytes.size() / 2, bytes.size() - 4096}) {
            QVERIFY(writeBytes(path, bytes.left(size)));
            const QString before = fingerprint(path);
            for (const ProjectStore::Access access :
                 {ProjectStore::Access::ReadWrite, ProjectStore::Access::ReadOnly}) {
                ProjectError error;
                QVERIFY2(!ProjectStore::open(path, access, &error), qPrintable(QString::number(size)));
                QVERIFY2(error.message.contains(path), qPrintable(error.message));
                QCOMPARE(fingerprint(path), before);
                QCOMPARE(entries(dir.path()), QStringList{projectName});
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestProjectSecurity)
#include "tst_projectsecurity.moc"
