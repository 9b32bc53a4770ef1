#include "TestSupport.h"
#include "glossator_version.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCommandLine : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QStringList& arguments)
    {
        QProcess process;
        process.start(QStringLiteral(GLOSSATOR_BINARY), arguments);
        Run result;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

private slots:
    void version()
    {
        const Run result = run({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(GLOSSATOR_VERSION));
    }

    void helpListsCommands()
    {
        const Run result = run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("parse"));
        QVERIFY(result.out.contains("--screenshot"));
    }

    void parseJson()
    {
        const Run result = run({QStringLiteral("parse"), glossator::test::sampleArticle(), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(result.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object.value(QStringLiteral("format")).toString(), QStringLiteral("page-copy"));
        QCOMPARE(object.value(QStringLiteral("declaredCommentCount")).toInt(), 12);
        const QJsonObject article = object.value(QStringLiteral("article")).toObject();
        QCOMPARE(article.value(QStringLiteral("source")).toString(), QStringLiteral("Kestrel Bay Courier"));
        QCOMPARE(article.value(QStringLiteral("paragraphs")).toArray().size(), 8);
        const QJsonArray comments = object.value(QStringLiteral("comments")).toArray();
        QCOMPARE(comments.size(), 12);
        const QJsonObject third = comments.at(2).toObject();
        QCOMPARE(third.value(QStringLiteral("author")).toString(), QStringLiteral("Daniel K. Osei"));
        QCOMPARE(third.value(QStringLiteral("id")).toString(), QStringLiteral("c3"));
        QCOMPARE(third.value(QStringLiteral("depth")).toInt(), 0);
        QVERIFY(third.value(QStringLiteral("parent")).isNull());
        QCOMPARE(third.value(QStringLiteral("text")).toString().count(QStringLiteral("\n\n")), 3);
    }

    void parseText()
    {
        const Run result = run({QStringLiteral("parse"), glossator::test::sampleArticle()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("12 comments"));
        QVERIFY(result.out.contains("Lena Marsh 1987"));
    }

    void badInputNamesTheFile()
    {
        const QString binary = glossator::test::dataFile(QStringLiteral("binary.bin"));
        const Run result =
            run({QStringLiteral("parse"), binary, QStringLiteral("--format"), QStringLiteral("page-copy")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(binary.toUtf8()));
        QVERIFY(result.err.contains("byte 0"));
        QVERIFY(result.out.isEmpty());

        const Run missing = run({QStringLiteral("parse"), QStringLiteral("/nonexistent/article.txt")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("/nonexistent/article.txt"));
    }

    void usageErrors()
    {
        QCOMPARE(run({QStringLiteral("parse")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("parse"), QStringLiteral("--no-such-option"), QStringLiteral("x")}).exitCode, 2);
        const Run unknownFormat = run({QStringLiteral("parse"), glossator::test::sampleArticle(),
                                       QStringLiteral("--format"), QStringLiteral("nope")});
        QCOMPARE(unknownFormat.exitCode, 1);
        QVERIFY(unknownFormat.err.contains("unknown format"));
    }

    void importInfoAndAnnotate()
    {
        GLOSSATOR_REQUIRE_SHARED(seed, "seeds/000_1372d385cdabafd9.txt");
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("study.glossa"));
        const Run imported =
            run({QStringLiteral("import"), glossator::test::sampleArticle(), seed, QStringLiteral("-o"), project});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY(imported.out.contains("as document 1"));
        QVERIFY(imported.out.contains("as document 2"));

        const auto annotate = [&](const QStringList& arguments) {
            return run(QStringList{QStringLiteral("annotate"), project} + arguments);
        };
        QCOMPARE(annotate({QStringLiteral("--document"), QStringLiteral("2"), QStringLiteral("--comment"),
                           QStringLiteral("c5"), QStringLiteral("--quote"), QStringLiteral("time-honored ritual"),
                           QStringLiteral("--tag"), QStringLiteral("Sarcasm"), QStringLiteral("--note"),
                           QStringLiteral("mock solemnity"), QStringLiteral("--coder"), QStringLiteral("Ana")})
                     .exitCode,
                 0);
        QCOMPARE(annotate({QStringLiteral("--document"), QStringLiteral("2"), QStringLiteral("--comment"),
                           QStringLiteral("c9"), QStringLiteral("--tag"), QStringLiteral("Sarcasm")})
                     .exitCode,
                 0);
        QCOMPARE(annotate({QStringLiteral("--document"), QStringLiteral("2"), QStringLiteral("--article"),
                           QStringLiteral("--from"), QStringLiteral("0"), QStringLiteral("--to"), QStringLiteral("8"),
                           QStringLiteral("--tag"), QStringLiteral("Diplomacy")})
                     .exitCode,
                 0);

        QFile file(project);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        // Bad ids, ranges and quotes are errors that change nothing.
        const QList<QStringList> bad = {
            {QStringLiteral("--document"), QStringLiteral("2"), QStringLiteral("--comment"), QStringLiteral("c99"),
             QStringLiteral("--tag"), QStringLiteral("New")},
            {QStringLiteral("--document"), QStringLiteral("7"), QStringLiteral("--article"), QStringLiteral("--tag"),
             QStringLiteral("New")},
            {QStringLiteral("--document"), QStringLiteral("2"), QStringLiteral("--article"), QStringLiteral("--from"),
             QStringLiteral("5"), QStringLiteral("--to"), QStringLiteral("999999"), QStringLiteral("--tag"),
             QStringLiteral("New")},
            {QStringLiteral("--document"), QStringLiteral("2"), QStringLiteral("--article"), QStringLiteral("--quote"),
             QStringLiteral("not in the article"), QStringLiteral("--tag"), QStringLiteral("New")},
            {QStringLiteral("--document"), QStringLiteral("2"), QStringLiteral("--article"), QStringLiteral("--quote"),
             QStringLiteral("Ishiba"), QStringLiteral("--tag"), QStringLiteral("New")},
        };
        for (const QStringList& arguments : bad) {
            const Run result = annotate(arguments);
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.err.contains(project.toUtf8()), result.err.constData());
        }
        QCOMPARE(
            annotate({QStringLiteral("--document"), QStringLiteral("2"), QStringLiteral("--tag"), QStringLiteral("X")})
                .exitCode,
            2);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        file.close();

        const Run info = run({QStringLiteral("info"), project, QStringLiteral("--json")});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(info.out).object();
        QCOMPARE(object.value(QStringLiteral("annotations")).toInt(), 3);
        QCOMPARE(object.value(QStringLiteral("coders")).toArray(), QJsonArray{QStringLiteral("Ana")});
        QVERIFY(QDateTime::fromString(object.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs).isValid());
        const QJsonArray documents = object.value(QStringLiteral("documents")).toArray();
        QCOMPARE(documents.size(), 2);
        QCOMPARE(documents.at(0).toObject().value(QStringLiteral("comments")).toInt(), 12);
        QCOMPARE(documents.at(1).toObject().value(QStringLiteral("comments")).toInt(), 15);
        QCOMPARE(documents.at(1).toObject().value(QStringLiteral("annotations")).toInt(), 3);
        QCOMPARE(documents.at(1).toObject().value(QStringLiteral("id")).toInt(), 2);
        QVERIFY(documents.at(1).toObject().contains(QStringLiteral("title")));
        const QJsonArray tags = object.value(QStringLiteral("tags")).toArray();
        QCOMPARE(tags.size(), 2);
        QCOMPARE(tags.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Sarcasm"));
        QCOMPARE(tags.at(0).toObject().value(QStringLiteral("uses")).toInt(), 2);
        QCOMPARE(tags.at(1).toObject().value(QStringLiteral("uses")).toInt(), 1);

        // Appending to an existing project, and nothing written when one file fails.
        QCOMPARE(run({QStringLiteral("import"), glossator::test::sampleArticle(),
                      glossator::test::dataFile(QStringLiteral("binary.bin")), QStringLiteral("-o"), project})
                     .exitCode,
                 1);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        file.close();
        const Run appended =
            run({QStringLiteral("import"), glossator::test::sampleArticle(), QStringLiteral("-o"), project});
        QCOMPARE(appended.exitCode, 0);
        QVERIFY(appended.out.contains("as document 3"));
    }

    void exportWritesDataFilesAndRefusesBadRequests()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("study.glossa"));
        QCOMPARE(
            run({QStringLiteral("import"), glossator::test::sampleArticle(), QStringLiteral("-o"), project}).exitCode,
            0);
        const QStringList article{QStringLiteral("annotate"), project, QStringLiteral("--document"),
                                  QStringLiteral("1"), QStringLiteral("--article")};
        QCOMPARE(run(article + QStringList{QStringLiteral("--from"), QStringLiteral("0"), QStringLiteral("--to"),
                                           QStringLiteral("5"), QStringLiteral("--tag"), QStringLiteral("Safety")})
                     .exitCode,
                 0);
        QCOMPARE(run(article + QStringList{QStringLiteral("--from"), QStringLiteral("6"), QStringLiteral("--to"),
                                           QStringLiteral("12"), QStringLiteral("--tag"), QStringLiteral("Cost")})
                     .exitCode,
                 0);

        const QString csv = dir.filePath(QStringLiteral("a.csv"));
        const QString json = dir.filePath(QStringLiteral("a.json"));
        const QString qdc = dir.filePath(QStringLiteral("a.qdc"));
        const Run all = run({QStringLiteral("export"), project, QStringLiteral("--csv"), csv, QStringLiteral("--json"),
                             json, QStringLiteral("--qdc"), qdc});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(all.out.contains(csv.toUtf8()));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = csvFile.readAll().trimmed().split('\n');
        QCOMPARE(rows.size(), 3); // the header and one row per annotation and tag
        QVERIFY(rows[0].startsWith("document_id,"));
        QVERIFY(rows[1].contains(",Safety,") != rows[2].contains(",Safety,"));
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(jsonFile.readAll()).object().value(QStringLiteral("total")).toInt(), 2);
        QFile qdcFile(qdc);
        QVERIFY(qdcFile.open(QIODevice::ReadOnly));
        const QByteArray codebook = qdcFile.readAll();
        QVERIFY(codebook.contains("name=\"Safety\""));
        QVERIFY(codebook.contains("name=\"Cost\""));

        // Only the chosen tag.
        const Run safety = run({QStringLiteral("export"), project, QStringLiteral("--csv"), csv,
                                QStringLiteral("--tags"), QStringLiteral("Safety")});
        QCOMPARE(safety.exitCode, 0);
        csvFile.close();
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray onlySafety = csvFile.readAll();
        QVERIFY(onlySafety.contains(",Safety,"));
        QVERIFY(!onlySafety.contains(",Cost,"));

        // Refusals leave the files as they were.
        const Run nothing = run({QStringLiteral("export"), project});
        QCOMPARE(nothing.exitCode, 2);
        QVERIFY(nothing.err.contains("--csv"));
        const Run unknownTag = run({QStringLiteral("export"), project, QStringLiteral("--csv"), csv,
                                    QStringLiteral("--tags"), QStringLiteral("Nonexistent")});
        QCOMPARE(unknownTag.exitCode, 1);
        QVERIFY(unknownTag.err.contains("Nonexistent"));
        QCOMPARE(run({QStringLiteral("export"), project, QStringLiteral("--csv"), csv, QStringLiteral("--page-size"),
                      QStringLiteral("B5")})
                     .exitCode,
                 2);
        const QString nowhere = dir.filePath(QStringLiteral("missing-folder/a.csv"));
        const Run unwritable = run({QStringLiteral("export"), project, QStringLiteral("--csv"), nowhere});
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY(unwritable.err.contains(nowhere.toUtf8()));
        csvFile.close();
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QCOMPARE(csvFile.readAll(), onlySafety);
        QCOMPARE(
            run({QStringLiteral("export"), dir.filePath(QStringLiteral("none.glossa")), QStringLiteral("--csv"), csv})
                .exitCode,
            1);
    }

    void infoRefusesForeignFile()
    {
        const QString text = glossator::test::sampleArticle();
        const Run result = run({QStringLiteral("info"), text});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(text.toUtf8()));
        QVERIFY(result.err.contains("byte 0"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
