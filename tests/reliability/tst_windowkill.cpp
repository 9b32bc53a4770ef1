#include "ProjectDigest.h"
#include "TestSupport.h"
#include "cli/CommandLine.h"
#include "import/ImporterRegistry.h"
#include "project/ProjectStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <random>
#include <sqlite3.h>

using namespace glossator;

// Kills the real main window with SIGKILL while it codes a project, again and again, and checks
// after every kill that the project opens, passes SQLite's integrity check, and holds every edit
// the window had shown as done (the last one the session reported), and at most the one edit that
// was under way. The sessions are seeded, so a failure is reproduced by its kill number.
class TestWindowKill : public QObject {
    Q_OBJECT

private:
    struct Done {
        int number = 0;
        QByteArray digest;
        QString file; // the project's file name: Save As moves on to another
        QString what;
    };
    struct Run {
        QList<Done> done;
        bool killed = false;
        int exitCode = 0;
        QString errors;
        qint64 firstMs = 0; // until the session had opened the project
        qint64 totalMs = 0;
    };

    static constexpr int seeds = 4;
    static constexpr int operations = 48;

    QTemporaryDir m_dir;
    QString m_base;
    QHash<quint32, Run> m_references;

    static int killCount()
    {
        bool ok = false;
        const int wanted = qEnvironmentVariableIntValue("GLOSSATOR_WINDOW_KILLS", &ok);
        return ok && wanted > 0 ? wanted : 200;
    }

    Run runSession(const QString& folder, quint32 seed, qint64 killAfterMs) const
    {
        Run run;
        QDir().mkpath(folder);
        const QString project = QDir(folder).filePath(QStringLiteral("coding.glossa"));
        QFile::remove(project);
        if (!QFile::copy(m_base, project)) {
            run.errors = QStringLiteral("cannot copy the base project to %1").arg(project);
            run.exitCode = -1;
            return run;
        }
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.setProgram(QStringLiteral(GLOSSATOR_WINDOW_SESSION));
        process.setArguments(
            {project, QString::number(seed), QString::number(operations), QStringLiteral(GLOSSATOR_TEST_DATA_DIR)});
        QElapsedTimer clock;
        clock.start();
        QByteArray output;
        process.start();
        if (!process.waitForStarted(10000)) {
            run.errors = process.errorString();
            run.exitCode = -1;
            return run;
        }
        const qint64 deadline = killAfterMs >= 0 ? killAfterMs : 120000;
        while (process.state() == QProcess::Running && clock.elapsed() < deadline) {
            process.waitForReadyRead(int(std::clamp<qint64>(deadline - clock.elapsed(), 1, 20)));
            const QByteArray chunk = process.readAllStandardOutput();
            if (!chunk.isEmpty() && output.isEmpty())
                run.firstMs = clock.elapsed();
            output += chunk;
        }
        if (process.state() == QProcess::Running) {
            ::kill(pid_t(process.processId()), SIGKILL);
            run.killed = true;
        }
        process.waitForFinished(30000);
        run.totalMs = clock.elapsed();
        output += process.readAllStandardOutput();
        run.errors = QString::fromUtf8(process.readAllStandardError());
        run.exitCode = run.killed ? 0 : process.exitCode();
        // A line cut off by the kill is no promise: only whole lines count.
        const QList<QByteArray> lines = output.split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QList<QByteArray> fields = lines.at(i).split(' ');
            if (fields.size() < 5 || fields.at(0) != "DONE")
                continue;
            run.done.append(Done{fields.at(1).toInt(), fields.at(2),
                                 QFileInfo(QString::fromUtf8(fields.at(3))).fileName(),
                                 QString::fromUtf8(fields.mid(4).join(' '))});
        }
        return run;
    }

    static QString integrity(const QString& path)
    {
        sqlite3* db = nullptr;
        QString result;
        // Read-write, as the next Glossator to write opens it: a log the killed one left is replayed.
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            result = QStringLiteral("cannot open: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
        } else {
            sqlite3_stmt* statement = nullptr;
            if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr) == SQLITE_OK) {
                while (sqlite3_step(statement) == SQLITE_ROW)
                    result += QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
            } else {
                result = QString::fromUtf8(sqlite3_errmsg(db));
            }
            sqlite3_finalize(statement);
        }
        sqlite3_close(db);
        return result;
    }

    // What the project at path holds, or why it could not be read.
    static std::optional<QByteArray> digestOf(const QString& path, QString* why)
    {
        ProjectError error;
        const std::unique_ptr<ProjectStore> store = ProjectStore::open(path, ProjectStore::Access::ReadOnly, &error);
        if (!store) {
            *why = error.message;
            return std::nullopt;
        }
        return test::projectDigest(*store);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        cli::initialiseApplication();
        QVERIFY(m_dir.isValid());
        m_base = m_dir.filePath(QStringLiteral("base.glossa"));
        ProjectError error;
        std::unique_ptr<ProjectStore> store = ProjectStore::create(m_base, &error);
        QVERIFY2(store, qPrintable(error.message));
        const ImportResult imported = ImporterRegistry::instance().importFile(test::sampleArticle());
        QVERIFY(imported.ok());
        QFile original(test::sampleArticle());
        QVERIFY(original.open(QIODevice::ReadOnly));
        QVERIFY(store->addDocument(*imported.document,
                                   Provenance{QFileInfo(original).fileName(), original.readAll(), QDateTime()}));
        const qint64 risk =
            store->addTag(Tag{0, 0, QStringLiteral("Risk"), QColor(0xd5, 0x5e, 0x00), {}, 0}).value_or(0);
        QVERIFY(risk > 0);
        QVERIFY(store->addTag(Tag{0, risk, QStringLiteral("Storms"), QColor(0x00, 0x72, 0xb2), {}, 0}));
        QVERIFY(store->addTag(Tag{0, 0, QStringLiteral("Cost"), QColor(0x00, 0x9e, 0x73), {}, 1}));
        QVERIFY(store->addTag(Tag{0, 0, QStringLiteral("Heritage"), QColor(0xcc, 0x79, 0xa7), {}, 2}));
    }

    // The sessions run to the end without a kill, twice for one seed: the same edits, the same
    // facts after each. This is what every killed run is compared with.
    void sessionsAreReproducible()
    {
        for (quint32 seed = 1; seed <= seeds; ++seed) {
            const Run run = runSession(m_dir.filePath(QStringLiteral("reference-%1").arg(seed)), seed, -1);
            QVERIFY2(run.exitCode == 0 && !run.killed, qPrintable(run.errors));
            QCOMPARE(run.done.size(), operations + 1);
            QSet<QString> kinds;
            for (const Done& done : run.done)
                kinds.insert(done.what.section(QLatin1Char(' '), 0, 1));
            qInfo("seed %u: %d edits in %lld ms (%lld ms to open); %lld kinds of edit", seed, operations, run.totalMs,
                  run.firstMs, qlonglong(kinds.size()));
            m_references.insert(seed, run);
        }
        const Run again = runSession(m_dir.filePath(QStringLiteral("reference-again")), 1, -1);
        QVERIFY2(again.exitCode == 0, qPrintable(again.errors));
        QCOMPARE(again.done.size(), m_references.value(1).done.size());
        for (qsizetype i = 0; i < again.done.size(); ++i)
            QVERIFY2(again.done.at(i).digest == m_references.value(1).done.at(i).digest,
                     qPrintable(QStringLiteral("edit %1 (%2) differs between two runs of seed 1")
                                    .arg(i)
                                    .arg(again.done.at(i).what)));
        // Together the sessions do every kind of edit the window offers.
        QSet<QString> all;
        for (const Run& run : std::as_const(m_references)) {
            for (const Done& done : run.done)
                all.insert(done.what.section(QLatin1Char(' '), 0, 0));
        }
        for (const char* kind :
             {"import", "tag", "note", "new", "rename", "recolour", "merge", "delete", "reply", "undo", "redo", "save"})
            QVERIFY2(all.contains(QLatin1String(kind)), kind);
    }

    void killedSessionsLoseNothing()
    {
        if (m_references.size() != seeds)
            QSKIP("the reference sessions did not run");
        const int kills = killCount();
        std::mt19937 random(20261202);
        int inFlightDone = 0;
        int inFlightLost = 0;
        int beforeFirstEdit = 0;
        int finished = 0;
        for (int kill = 0; kill < kills; ++kill) {
            const quint32 seed = 1 + quint32(kill % seeds);
            const Run& reference = m_references[seed];
            const qint64 from = reference.firstMs / 2;
            const qint64 killAt = std::uniform_int_distribution<qint64>(from, reference.totalMs)(random);
            const QString folder = m_dir.filePath(QStringLiteral("kill-%1").arg(kill));
            const Run run = runSession(folder, seed, killAt);
            const QString where = QStringLiteral("kill %1 (seed %2, after %3 ms)").arg(kill).arg(seed).arg(killAt);
            QVERIFY2(run.exitCode == 0, qPrintable(where + QStringLiteral(": ") + run.errors));
            if (!run.killed)
                ++finished;

            // The last edit shown as done, and the one that may have been under way.
            const int last = run.done.isEmpty() ? 0 : run.done.last().number;
            if (run.done.isEmpty())
                ++beforeFirstEdit;
            for (const Done& done : run.done)
                QVERIFY2(done.digest == reference.done.at(done.number).digest,
                         qPrintable(where + QStringLiteral(": edit %1 differs from the reference").arg(done.number)));
            const Done& promised = reference.done.at(last);
            const bool hasNext = last + 1 < reference.done.size() && run.killed;
            const QString path = QDir(folder).filePath(promised.file);

            const QString check = integrity(path);
            QVERIFY2(check == QLatin1String("ok"), qPrintable(where + QStringLiteral(": integrity: ") + check));
            QString why;
            const std::optional<QByteArray> actual = digestOf(path, &why);
            QVERIFY2(actual, qPrintable(where + QStringLiteral(": ") + why));
            if (*actual == promised.digest) {
                if (hasNext)
                    ++inFlightLost;
            } else {
                QVERIFY2(hasNext && *actual == reference.done.at(last + 1).digest,
                         qPrintable(where + QStringLiteral(": the project lost edit %1 (%2) or holds something else")
                                                .arg(last)
                                                .arg(promised.what)));
                ++inFlightDone;
            }
            // A Save As under way leaves no file, or a whole one.
            if (hasNext && reference.done.at(last + 1).file != promised.file) {
                const QString saved = QDir(folder).filePath(reference.done.at(last + 1).file);
                if (QFile::exists(saved)) {
                    const std::optional<QByteArray> copy = digestOf(saved, &why);
                    QVERIFY2(copy && *copy == reference.done.at(last + 1).digest,
                             qPrintable(where + QStringLiteral(": a half-saved copy: ") + why));
                }
            }
            // The next Glossator opens it for writing: the dead one's lock is no obstacle.
            ProjectError error;
            QVERIFY2(ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error),
                     qPrintable(where + QStringLiteral(": ") + error.message));
            QDir(folder).removeRecursively();
        }
        qInfo("%d kills of the window: %d before its first edit, %d with an edit under way found done, %d found "
              "not yet done, %d sessions ended before their kill; no edit shown as done was lost",
              kills, beforeFirstEdit, inFlightDone, inFlightLost, finished);
    }
};

QTEST_GUILESS_MAIN(TestWindowKill)
#include "tst_windowkill.moc"
