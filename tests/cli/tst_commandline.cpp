#include "TestSupport.h"
#include "glossator_version.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
