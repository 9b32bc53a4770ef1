#include "FuzzEntryPoints.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <functional>

using namespace glossator;

// Every input that once made a fuzz target crash, hang, leak or break a promise, kept under
// tests/data/fuzz-regressions/TARGET/, run again through the same entry point as the target; and
// the fixtures the targets are seeded from, through theirs, so that each entry point's checks are
// known to hold on well-formed input too.
class TestFuzzRegressions : public QObject {
    Q_OBJECT

private:
    static std::function<bool(const QByteArray&)> entryPoint(const QString& target)
    {
        const auto importer = [](const char* name) {
            return [name](const QByteArray& bytes) {
                return fuzz::importWith(QString::fromLatin1(name), bytes);
            };
        };
        if (target == QLatin1String("fuzz_pagecopy"))
            return importer("page-copy");
        if (target == QLatin1String("fuzz_markdown"))
            return importer("markdown");
        if (target == QLatin1String("fuzz_dragnettext"))
            return importer("dragnet-text");
        if (target == QLatin1String("fuzz_glossatorjson"))
            return importer("glossator-json");
        if (target == QLatin1String("fuzz_detected"))
            return fuzz::importDetected;
        if (target == QLatin1String("fuzz_textdecoder"))
            return fuzz::decodeText;
        if (target == QLatin1String("fuzz_projectloader"))
            return fuzz::loadProject;
        return {};
    }

private slots:
    void replays_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        const QDir data(test::dataFile({}));
        for (const QFileInfo& fixture : data.entryInfoList(QDir::Files, QDir::Name)) {
            const QString name = fixture.fileName();
            QString target;
            if (name.endsWith(QLatin1String(".md")))
                target = QStringLiteral("fuzz_markdown");
            else if (name.startsWith(QLatin1String("dragnet-")))
                target = QStringLiteral("fuzz_dragnettext");
            else if (name.endsWith(QLatin1String(".txt")))
                target = QStringLiteral("fuzz_pagecopy");
            QTest::newRow(qPrintable(QStringLiteral("fixture decoded/") + name))
                << QStringLiteral("fuzz_textdecoder") << fixture.filePath();
            if (!target.isEmpty())
                QTest::newRow(qPrintable(QStringLiteral("fixture/") + name)) << target << fixture.filePath();
        }
        QTest::newRow("sample/page-copy") << QStringLiteral("fuzz_pagecopy") << test::sampleArticle();
        QTest::newRow("sample/json") << QStringLiteral("fuzz_glossatorjson")
                                     << QDir(QStringLiteral(GLOSSATOR_SOURCE_DIR))
                                            .filePath(
                                                QStringLiteral("resources/samples/harbour-bridge-discussion.json"));

        const QDir root(test::dataFile(QStringLiteral("fuzz-regressions")));
        for (const QString& target : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QDir folder(root.filePath(target));
            for (const QString& name : folder.entryList(QDir::Files, QDir::Name))
                QTest::newRow(qPrintable(target + QLatin1Char('/') + name)) << target << folder.filePath(name);
        }
    }

    void replays()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        const auto run = entryPoint(target);
        QVERIFY2(run, qPrintable(QStringLiteral("no fuzz target is called ") + target));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(run(bytes));
        // libFuzzer counts an input over 10 s (sanitised) as a hang; unsanitised it must be far quicker.
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
