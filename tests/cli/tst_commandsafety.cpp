#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/types.h>

// Commands that must not damage anything: outputs that are inputs, devices and pipes, imports that
// fail half-way, inputs that never end, passages that cut a character in two.
class TestCommandSafety : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QStringList& arguments, const QByteArray& input = {}, int timeoutMs = 60000)
    {
        QProcess process;
        process.start(QStringLiteral(GLOSSATOR_BINARY), arguments);
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        Run result;
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    static QByteArray hashOf(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    static bool writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    static bool isCharacterDevice(const QString& path)
    {
        struct stat status {};
        return ::lstat(QFile::encodeName(path).constData(), &status) == 0 && S_ISCHR(status.st_mode);
    }

    // A device node of its own (the kernel's null or full device) in the test's folder, so that a
    // failure replaces this node and never the system's /dev/null. Only root may make one.
    static bool makeDevice(const QString& path, unsigned minor)
    {
        return ::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(1, minor)) == 0;
    }

    QTemporaryDir m_dir;
    QString m_project;

    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_project = path("study.glossa");
        QFile::remove(m_project);
        const Run imported =
            run({QStringLiteral("import"), glossator::test::sampleArticle(), QStringLiteral("-o"), m_project});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
    }

    void exportNeverWritesOverTheProject()
    {
        const QByteArray before = hashOf(m_project);
        QVERIFY(!before.isEmpty());
        const QString link = path("link.glossa");
        QFile::remove(link);
        QVERIFY(QFile::link(m_project, link));
        for (const QString& target : QStringList{m_project, link, m_project + QStringLiteral("-wal")}) {
            const Run refused = run({QStringLiteral("export"), m_project, QStringLiteral("--pdf"), target});
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains("which the export reads"), refused.err.constData());
            QVERIFY(refused.out.isEmpty());
            QCOMPARE(hashOf(m_project), before);
        }
        QVERIFY(!QFileInfo::exists(m_project + QStringLiteral("-wal")));
        // Named through its link, the project is the same file.
        const Run throughLink = run({QStringLiteral("export"), link, QStringLiteral("--csv"), m_project});
        QCOMPARE(throughLink.exitCode, 1);
        QCOMPARE(hashOf(m_project), before);
        QVERIFY(run({QStringLiteral("info"), m_project}).exitCode == 0);
    }

    void exportRefusesTheSameOutputTwice()
    {
        const QString csv = path("twice.csv");
        QFile::remove(csv);
        const Run twice = run({QStringLiteral("export"), m_project, QStringLiteral("--csv"), csv,
                               QStringLiteral("--json"), m_dir.path() + QStringLiteral("/./twice.csv")});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.err.contains("each output needs a file of its own"), twice.err.constData());
        // Refused before anything was written.
        QVERIFY(!QFileInfo::exists(csv));
    }

    void exportToStandardOutput()
    {
        const Run csv = run({QStringLiteral("export"), m_project, QStringLiteral("--csv"), QStringLiteral("-")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY2(csv.out.startsWith("document_id,"), csv.out.left(200).constData());
        QVERIFY(csv.err.contains("standard output"));
        QVERIFY(!QFileInfo::exists(QDir::current().filePath(QStringLiteral("-"))));
    }

    void exportStreamsIntoAPipe()
    {
        const QString fifo = path("out.fifo");
        QFile::remove(fifo);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QProcess reader;
        reader.start(QStringLiteral("cat"), {fifo});
        QVERIFY(reader.waitForStarted());
        const Run written = run({QStringLiteral("export"), m_project, QStringLiteral("--csv"), fifo});
        QVERIFY(reader.waitForFinished(30000));
        QCOMPARE(written.exitCode, 0);
        QVERIFY(reader.readAllStandardOutput().startsWith("document_id,"));
        struct stat status {};
        QCOMPARE(::lstat(QFile::encodeName(fifo).constData(), &status), 0);
        QVERIFY(S_ISFIFO(status.st_mode));
    }

    void exportKeepsADeviceNode()
    {
        const QString null = path("null");
        QFile::remove(null);
        if (!makeDevice(null, 3))
            QSKIP("making a device node needs root");
        const Run written = run({QStringLiteral("export"), m_project, QStringLiteral("--csv"), null,
                                 QStringLiteral("--pdf"), path("report.pdf")});
        QCOMPARE(written.exitCode, 0);
        QVERIFY2(isCharacterDevice(null), "the device node was replaced by a file");
    }

    void fullDeviceSaysSoInPlainWords()
    {
        const QString full = path("full");
        QFile::remove(full);
        if (!makeDevice(full, 7))
            QSKIP("making a device node needs root");
        const Run failed = run({QStringLiteral("export"), m_project, QStringLiteral("--json"), full});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(QByteArray(full.toUtf8() + ": ")), failed.err.constData());
        QVERIFY2(failed.err.contains("no space left on the device"), failed.err.constData());
        QVERIFY(isCharacterDevice(full));
    }

    void failedImportWritesNothing()
    {
        const QByteArray before = hashOf(m_project);
        const QString binary = glossator::test::dataFile(QStringLiteral("binary.bin"));
        const Run refused =
            run({QStringLiteral("import"), glossator::test::dataFile(QStringLiteral("article-only.txt")), binary,
                 QStringLiteral("-o"), m_project});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(!refused.out.contains("Imported"));
        QCOMPARE(hashOf(m_project), before);

        const QString fresh = path("fresh.glossa");
        QFile::remove(fresh);
        const Run refusedNew =
            run({QStringLiteral("import"), glossator::test::dataFile(QStringLiteral("article-only.txt")), binary,
                 QStringLiteral("-o"), fresh});
        QCOMPARE(refusedNew.exitCode, 1);
        const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("fresh.glossa*")}, QDir::Files);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }

    void emptyFileIsAnEmptyDocument()
    {
        const QString empty = glossator::test::dataFile(QStringLiteral("empty.txt"));
        QCOMPARE(QFileInfo(empty).size(), 0);
        const Run imported =
            run({QStringLiteral("import"), glossator::test::dataFile(QStringLiteral("article-only.txt")), empty,
                 QStringLiteral("-o"), m_project});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY(imported.out.contains("as document 3"));
        QVERIFY(!imported.err.contains("NOT NULL"));
        const Run info = run({QStringLiteral("info"), m_project, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(info.out).object().value(QStringLiteral("documents")).toArray().size(), 3);
    }

    void specialFilesAreRefusedAtOnce()
    {
        const QString fifo = path("in.fifo");
        QFile::remove(fifo);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        for (const QString& file : QStringList{QStringLiteral("/dev/zero"), fifo}) {
            QElapsedTimer timer;
            timer.start();
            const Run parsed = run({QStringLiteral("parse"), file}, {}, 20000);
            QCOMPARE(parsed.exitCode, 1);
            QVERIFY2(parsed.err.contains("not a regular file"), parsed.err.constData());
            QVERIFY(parsed.err.contains("--allow-special-files"));
            QVERIFY(timer.elapsed() < 15000);
            const Run imported = run({QStringLiteral("import"), file, QStringLiteral("-o"), m_project}, {}, 20000);
            QCOMPARE(imported.exitCode, 1);
            QVERIFY2(imported.err.contains("not a regular file"), imported.err.constData());
        }
    }

    void specialFilesWhenAskedAreBounded()
    {
        // /dev/zero never ends: read up to the limit, then refused, not read on and on.
        const Run zero =
            run({QStringLiteral("parse"), QStringLiteral("/dev/zero"), QStringLiteral("--allow-special-files")});
        QCOMPARE(zero.exitCode, 1);
        QVERIFY2(zero.err.contains("larger files are not read"), zero.err.constData());
    }

    void standardInputIsRead()
    {
        const Run parsed = run({QStringLiteral("parse"), QStringLiteral("-"), QStringLiteral("--json")},
                               "A headline\n\nThe first paragraph.\n");
        QCOMPARE(parsed.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(parsed.out).object().contains(QStringLiteral("article")));
    }

    void oversizedFileIsRefusedBeforeReading()
    {
        const QString large = path("large.txt");
        QFile file(large);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Sparse: takes no room on the disk.
        QVERIFY(file.resize((qint64(1) << 30) + 1));
        file.close();
        const Run parsed = run({QStringLiteral("parse"), large});
        QCOMPARE(parsed.exitCode, 1);
        QVERIFY2(parsed.err.contains("files over 1024 MiB are not read"), parsed.err.constData());
        QFile::remove(large);
    }

    void passageCannotCutACharacter()
    {
        const QString text = path("emoji.txt");
        QVERIFY(writeFile(text, QStringLiteral("A😀B\n").toUtf8()));
        const QString project = path("emoji.glossa");
        QFile::remove(project);
        QCOMPARE(run({QStringLiteral("import"), text, QStringLiteral("-o"), project}).exitCode, 0);
        const QByteArray before = hashOf(project);
        const QStringList annotate{QStringLiteral("annotate"),   project,
                                   QStringLiteral("--document"), QStringLiteral("1"),
                                   QStringLiteral("--article"),  QStringLiteral("--tag"),
                                   QStringLiteral("Emoji")};
        const Run cut = run(annotate + QStringList{QStringLiteral("--from"), QStringLiteral("0"),
                                                   QStringLiteral("--to"), QStringLiteral("2")});
        QCOMPARE(cut.exitCode, 1);
        QVERIFY2(cut.err.contains("cuts a character in two at offset 2"), cut.err.constData());
        QCOMPARE(hashOf(project), before);
        const Run cutStart = run(annotate + QStringList{QStringLiteral("--from"), QStringLiteral("2"),
                                                        QStringLiteral("--to"), QStringLiteral("4")});
        QCOMPARE(cutStart.exitCode, 1);
        const Run whole = run(annotate + QStringList{QStringLiteral("--from"), QStringLiteral("0"),
                                                     QStringLiteral("--to"), QStringLiteral("3")});
        QVERIFY2(whole.exitCode == 0, whole.err.constData());
        QVERIFY(whole.out.contains(QStringLiteral("A😀").toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestCommandSafety)
#include "tst_commandsafety.moc"
