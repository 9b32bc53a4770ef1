#include "TestSupport.h"
#include "glossator_version.h"
#include "model/TagPalette.h"

#include <QColor>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
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

    static Run run(const QStringList& arguments) { return run(arguments, QProcessEnvironment::systemEnvironment()); }

    // As from a terminal with no display at all: no platform chosen, no X11, no Wayland.
    static Run runWithoutDisplay(const QStringList& arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            environment.remove(QLatin1String(name));
        return run(arguments, environment);
    }

    static Run run(const QStringList& arguments, const QProcessEnvironment& environment)
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(GLOSSATOR_BINARY), arguments);
        return finish(process);
    }

    static Run finish(QProcess& process)
    {
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

    void helpAndVersionNeedNoDisplay()
    {
        for (const char* option : {"--version", "-v"}) {
            const Run result = runWithoutDisplay({QLatin1String(option)});
            QCOMPARE(result.exitCode, 0);
            QVERIFY2(result.out.contains(GLOSSATOR_VERSION), result.err.constData());
        }
        for (const char* option : {"--help", "-h", "--help-all"}) {
            const Run result = runWithoutDisplay({QLatin1String(option)});
            QCOMPARE(result.exitCode, 0);
            QVERIFY2(result.out.contains("--screenshot"), result.err.constData());
            QVERIFY(result.out.contains("remove-document"));
        }
        QVERIFY(runWithoutDisplay({QStringLiteral("--help-all")}).out.contains("-platform"));
        // Help for the command that draws needs no display either.
        const Run exportHelp = runWithoutDisplay({QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(exportHelp.exitCode, 0);
        QVERIFY(exportHelp.out.contains("--pdf"));
    }

    // Reproduction: a mistyped command was taken for a file to open in the window, which without a
    // display aborted the program (exit 134).
    void aMistypedCommandOrNoDisplayIsSaidPlainly()
    {
        const Run mistyped = runWithoutDisplay({QStringLiteral("tags"), QStringLiteral("add")});
        QCOMPARE(mistyped.exitCode, 2);
        QVERIFY2(mistyped.err.contains("tags is neither a command nor an existing file"), mistyped.err.constData());
        QVERIFY(mistyped.err.contains("--help"));
        const Run noDisplay = runWithoutDisplay({glossator::test::dataFile(QStringLiteral("markdown-article.md"))});
        QCOMPARE(noDisplay.exitCode, 1);
        QVERIFY2(noDisplay.err.contains("the window needs a display"), noDisplay.err.constData());
        QVERIFY(!noDisplay.err.contains("xcb"));
    }

    // Reproduction: a screenshot of a file that cannot be opened waited for ever on the error's
    // dialog. Unattended, the error goes to standard error and the program ends with status 1.
    void aScreenshotRunNeverWaitsOnADialog()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), dir.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        const QString picture = dir.filePath(QStringLiteral("shot.png"));
        const Run result =
            run({glossator::test::dataFile(QStringLiteral("binary.bin")), QStringLiteral("--screenshot"), picture},
                environment);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("the format of this file is not recognised"), result.err.constData());
        QVERIFY(QFile::exists(picture));
    }

    void helpCommand()
    {
        const Run general = runWithoutDisplay({QStringLiteral("help")});
        QCOMPARE(general.exitCode, 0);
        QCOMPARE(general.out, runWithoutDisplay({QStringLiteral("--help")}).out);
        for (const char* command : {"parse", "import", "info", "annotate", "remove-document", "export"}) {
            const Run viaHelp = runWithoutDisplay({QStringLiteral("help"), QLatin1String(command)});
            QCOMPARE(viaHelp.exitCode, 0);
            const Run direct = runWithoutDisplay({QLatin1String(command), QStringLiteral("--help")});
            QCOMPARE(direct.exitCode, 0);
            QCOMPARE(viaHelp.out, direct.out);
            QVERIFY(!viaHelp.out.isEmpty());
        }
        const Run unknown = runWithoutDisplay({QStringLiteral("help"), QStringLiteral("nosuch")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("nosuch"));
        QVERIFY(unknown.out.isEmpty());
    }

    void unknownOptionsAreUsageErrors()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("never.glossa"));
        const QList<QStringList> wrong = {
            {QStringLiteral("--frobnicate")},
            {QStringLiteral("--frobnicate"), QStringLiteral("article.txt")},
            {QStringLiteral("--screenshot")},
            {QStringLiteral("info"), QStringLiteral("--frobnicate"), project},
            {QStringLiteral("annotate"), project, QStringLiteral("--frobnicate")},
            {QStringLiteral("remove-document"), project, QStringLiteral("--document"), QStringLiteral("x")},
            {QStringLiteral("import"), glossator::test::sampleArticle(), QStringLiteral("-o"), project,
             QStringLiteral("--wait"), QStringLiteral("soon")},
        };
        for (const QStringList& arguments : wrong) {
            const Run result = runWithoutDisplay(arguments);
            QVERIFY2(result.exitCode == 2, qPrintable(arguments.join(QLatin1Char(' '))));
            const QList<QByteArray> lines = result.err.split('\n');
            QVERIFY2(lines.first().startsWith("glossator: "), result.err.constData());
            QVERIFY2(result.err.contains("Usage:"), result.err.constData());
            QVERIFY(result.out.isEmpty());
        }
        QVERIFY(runWithoutDisplay({QStringLiteral("--frobnicate")})
                    .err.startsWith("glossator: Unknown option 'frobnicate'"));
        QVERIFY(!QFileInfo::exists(project));
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

    void tagsAreNamedByTheirPaths()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("study.glossa"));
        QCOMPARE(
            run({QStringLiteral("import"), glossator::test::sampleArticle(), QStringLiteral("-o"), project}).exitCode,
            0);
        const auto annotate = [&](const QString& tag, const QString& from, const QString& to) {
            return run({QStringLiteral("annotate"), project, QStringLiteral("--document"), QStringLiteral("1"),
                        QStringLiteral("--article"), QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                        QStringLiteral("--tag"), tag});
        };
        QCOMPARE(annotate(QStringLiteral("Parent/Child"), QStringLiteral("0"), QStringLiteral("5")).exitCode, 0);
        QCOMPARE(annotate(QStringLiteral("A\\/B"), QStringLiteral("6"), QStringLiteral("12")).exitCode, 0);
        QCOMPARE(annotate(QStringLiteral(" Parent / Child "), QStringLiteral("13"), QStringLiteral("20")).exitCode, 0);
        const Run badPath = annotate(QStringLiteral("Parent//Child"), QStringLiteral("0"), QStringLiteral("5"));
        QCOMPARE(badPath.exitCode, 1);
        QVERIFY2(badPath.err.contains(project.toUtf8()) && badPath.err.contains("Parent//Child"),
                 badPath.err.constData());

        const Run info = run({QStringLiteral("info"), project, QStringLiteral("--json")});
        QCOMPARE(info.exitCode, 0);
        const QJsonArray tags = QJsonDocument::fromJson(info.out).object().value(QStringLiteral("tags")).toArray();
        QCOMPARE(tags.size(), 3);
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue& tag : tags)
            byName.insert(tag.toObject().value(QStringLiteral("name")).toString(), tag.toObject());
        QVERIFY(byName.contains(QStringLiteral("Parent")) && byName.contains(QStringLiteral("Child")) &&
                byName.contains(QStringLiteral("A/B")));
        QVERIFY(byName.value(QStringLiteral("Parent")).value(QStringLiteral("parent")).isNull());
        QCOMPARE(byName.value(QStringLiteral("Child")).value(QStringLiteral("parent")),
                 byName.value(QStringLiteral("Parent")).value(QStringLiteral("id")));
        QVERIFY(byName.value(QStringLiteral("A/B")).value(QStringLiteral("parent")).isNull());
        QCOMPARE(byName.value(QStringLiteral("A/B")).value(QStringLiteral("path")).toString(), QStringLiteral("A\\/B"));
        QCOMPARE(byName.value(QStringLiteral("Child")).value(QStringLiteral("uses")).toInt(), 2);
        // The colours are those the codebook gives the first, second and third tag it makes.
        QCOMPARE(QColor(byName.value(QStringLiteral("Parent")).value(QStringLiteral("color")).toString()),
                 glossator::defaultTagColor(0));
        QCOMPARE(QColor(byName.value(QStringLiteral("Child")).value(QStringLiteral("color")).toString()),
                 glossator::defaultTagColor(1));
        QCOMPARE(QColor(byName.value(QStringLiteral("A/B")).value(QStringLiteral("color")).toString()),
                 glossator::defaultTagColor(2));

        // Export reads the same paths: the escaped name is the one tag, not a parent and a child.
        const QString csv = dir.filePath(QStringLiteral("a.csv"));
        QCOMPARE(run({QStringLiteral("export"), project, QStringLiteral("--csv"), csv, QStringLiteral("--tags"),
                      QStringLiteral("A\\/B")})
                     .exitCode,
                 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().trimmed().split('\n').size(), 2);
        file.close();
        QCOMPARE(run({QStringLiteral("export"), project, QStringLiteral("--csv"), csv, QStringLiteral("--tags"),
                      QStringLiteral("Parent")})
                     .exitCode,
                 0);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().trimmed().split('\n').size(), 3); // Child's two uses, as a sub-tag of Parent
        file.close();
        QCOMPARE(run({QStringLiteral("export"), project, QStringLiteral("--csv"), csv, QStringLiteral("--tags"),
                      QStringLiteral("A/B")})
                     .exitCode,
                 1);
    }

    void infoShowsTheArticleDetails()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("study.glossa"));
        QCOMPARE(
            run({QStringLiteral("import"), glossator::test::sampleArticle(), QStringLiteral("-o"), project}).exitCode,
            0);
        const Run json = run({QStringLiteral("info"), project, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject document =
            QJsonDocument::fromJson(json.out).object().value(QStringLiteral("documents")).toArray().first().toObject();
        for (const char* key : {"title", "source", "author", "url", "published"})
            QVERIFY2(document.contains(QLatin1String(key)), key);
        QCOMPARE(document.value(QStringLiteral("source")).toString(), QStringLiteral("Kestrel Bay Courier"));
        const Run text = run({QStringLiteral("info"), project});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("source: Kestrel Bay Courier"), text.out.constData());
    }

    void removeDocument()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("study.glossa"));
        QCOMPARE(
            run({QStringLiteral("import"), glossator::test::sampleArticle(),
                 glossator::test::dataFile(QStringLiteral("crlf-three-comments.txt")), QStringLiteral("-o"), project})
                .exitCode,
            0);
        QCOMPARE(
            run({QStringLiteral("annotate"), project, QStringLiteral("--document"), QStringLiteral("1"),
                 QStringLiteral("--comment"), QStringLiteral("c3"), QStringLiteral("--tag"), QStringLiteral("Safety")})
                .exitCode,
            0);
        QFile file(project);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        const Run unknown =
            run({QStringLiteral("remove-document"), project, QStringLiteral("--document"), QStringLiteral("9")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(project.toUtf8()) && unknown.err.contains("9"), unknown.err.constData());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        file.close();

        const Run removed =
            run({QStringLiteral("remove-document"), project, QStringLiteral("--document"), QStringLiteral("1")});
        QCOMPARE(removed.exitCode, 0);
        QVERIFY2(removed.out.contains("harbour-bridge"), removed.out.constData());
        QVERIFY(removed.out.contains("12 comments"));
        QVERIFY2(removed.out.contains("and 1 annotation\n"), removed.out.constData());
        const QJsonObject info =
            QJsonDocument::fromJson(run({QStringLiteral("info"), project, QStringLiteral("--json")}).out).object();
        const QJsonArray documents = info.value(QStringLiteral("documents")).toArray();
        QCOMPARE(documents.size(), 1);
        QCOMPARE(documents.first().toObject().value(QStringLiteral("id")).toInt(), 2);
        QCOMPARE(info.value(QStringLiteral("annotations")).toInt(), 0);
        QCOMPARE(info.value(QStringLiteral("tags")).toArray().size(), 1); // the codebook stays
    }

    void sampleWritesANewProjectOnly()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("sample.glossa"));
        const Run written = run({QStringLiteral("sample"), QStringLiteral("-o"), project});
        QCOMPARE(written.exitCode, 0);
        QVERIFY2(written.out.contains("20 comments"), written.out.constData());
        const QJsonObject info =
            QJsonDocument::fromJson(run({QStringLiteral("info"), project, QStringLiteral("--json")}).out).object();
        QCOMPARE(info.value(QStringLiteral("documents")).toArray().size(), 1);
        QVERIFY(info.value(QStringLiteral("annotations")).toInt() >= 10);
        QStringList paths;
        for (const QJsonValue tag : info.value(QStringLiteral("tags")).toArray())
            paths.append(tag.toObject().value(QStringLiteral("path")).toString());
        QVERIFY2(paths.contains(QStringLiteral("Arguments/Reliability")), qPrintable(paths.join(QLatin1Char(','))));

        // Never into an existing file, and never without a file to write.
        QFile file(project);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const Run again = run({QStringLiteral("sample"), QStringLiteral("-o"), project});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(project.toUtf8()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        QCOMPARE(run({QStringLiteral("sample")}).exitCode, 2);
    }

    void theWindowOpensTheSampleForAPicture()
    {
        QTemporaryDir dir;
        const QString picture = dir.filePath(QStringLiteral("sample.png"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        const Run shown = run({QStringLiteral("--sample"), QStringLiteral("--screenshot"), picture}, environment);
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains("Screenshot:"), shown.out.constData());
        QImage image(picture);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 400 && image.height() > 300);
        // The scripted look leaves no untitled project to be offered for recovery.
        QDirIterator left(dir.filePath(QStringLiteral("data")), {QStringLiteral("*.glossa")}, QDir::Files,
                          QDirIterator::Subdirectories);
        QVERIFY2(!left.hasNext(), qPrintable(left.hasNext() ? left.next() : QString()));
    }

    void writersWaitForTheLock()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("study.glossa"));
        QCOMPARE(
            run({QStringLiteral("import"), glossator::test::sampleArticle(), QStringLiteral("-o"), project}).exitCode,
            0);
        const QStringList annotate{QStringLiteral("annotate"),   project,
                                   QStringLiteral("--document"), QStringLiteral("1"),
                                   QStringLiteral("--article"),  QStringLiteral("--tag"),
                                   QStringLiteral("Waited")};
        // Another Glossator has the project open for writing, and closes it a second later.
        QLockFile other(project + QStringLiteral(".lock"));
        QVERIFY(other.tryLock(0));

        QElapsedTimer clock;
        clock.start();
        const Run atOnce = run(annotate + QStringList{QStringLiteral("--wait"), QStringLiteral("0")});
        QCOMPARE(atOnce.exitCode, 1);
        QVERIFY(clock.elapsed() < 5000);
        QVERIFY2(atOnce.err.contains(project.toUtf8()), atOnce.err.constData());
        QVERIFY2(atOnce.err.contains("open in another Glossator"), atOnce.err.constData());
        QVERIFY(!atOnce.err.contains("process 0"));

        for (const QStringList& command :
             {annotate, QStringList{QStringLiteral("import"), glossator::test::sampleArticle(), QStringLiteral("-o"),
                                    project, QStringLiteral("--wait"), QStringLiteral("8")}}) {
            if (!other.isLocked())
                QVERIFY(other.tryLock(0));
            QProcess process;
            process.start(QStringLiteral(GLOSSATOR_BINARY), command);
            QVERIFY(process.waitForStarted());
            clock.restart();
            QTest::qWait(1000);
            other.unlock();
            const Run waited = finish(process);
            QVERIFY2(waited.exitCode == 0, waited.err.constData());
            QVERIFY(clock.elapsed() >= 1000);
        }
        const QJsonObject info =
            QJsonDocument::fromJson(run({QStringLiteral("info"), project, QStringLiteral("--json")}).out).object();
        QCOMPARE(info.value(QStringLiteral("annotations")).toInt(), 1);
        QCOMPARE(info.value(QStringLiteral("documents")).toArray().size(), 2);
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
