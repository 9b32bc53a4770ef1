#include "TestSupport.h"
#include "import/ImporterRegistry.h"
#include "import/TextInput.h"
#include "text/TextDecoder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStringTokenizer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace glossator;

// How article files are read before an importer sees them: whole, bounded, and never a device or
// a pipe unless asked.
class TestTextInput : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const char* name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    static QStringList linesOf(const QByteArray& bytes)
    {
        const TextInput input = readTextInput(bytes, QStringLiteral("lines.txt"));
        QStringList lines;
        input.forEachLine([&](QStringView line) { lines.append(line.toString()); });
        return lines;
    }

    static QStringList linesOfWholeText(const QByteArray& bytes)
    {
        QStringList lines;
        for (const QStringView line : QStringTokenizer(TextDecoder::decode(bytes).text, QLatin1Char('\n')))
            lines.append(line.toString());
        return lines;
    }

private slots:
    void linesAreThoseOfTheWholeText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("one line end") << QByteArray("\n");
        QTest::newRow("no final line end") << QByteArray("a\nb");
        QTest::newRow("mixed line ends") << QByteArray("a\r\nb\rc\n\r\nd\r");
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBFTitle\r\n\r\nText");
        QTest::newRow("utf-16") << QByteArray("\xFF\xFE"
                                              "a\0\r\0\n\0b\0",
                                              10);
        QTest::newRow("legacy") << QByteArray("Gr\xFC\xDF Gott\r\nna ja\n");
        // A CRLF and a three-byte character across the boundary of the pieces decoded in turn.
        QByteArray straddling(1 << 20, 'x');
        straddling[(1 << 20) - 1] = '\r';
        straddling += "\n\xE2\x82\xAC after\n";
        QTest::newRow("crlf across pieces") << straddling;
        QByteArray euro(3 * (1 << 20) / 3 - 1, 'y');
        for (int i = 0; i < 200000; ++i)
            euro += "\xE2\x82\xAC line\r\n";
        QTest::newRow("characters across pieces") << euro;
    }

    void linesAreThoseOfTheWholeText()
    {
        QFETCH(QByteArray, bytes);
        QCOMPARE(linesOf(bytes), linesOfWholeText(bytes));
    }

    void readsAWholeFile()
    {
        const QByteArray bytes(300 * 1024 + 7, 'x');
        const QString path = write("whole.txt", bytes);
        QVERIFY(!path.isEmpty());
        const InputFile input = readInputFile(path);
        QVERIFY2(input.ok(), qPrintable(input.error));
        QCOMPARE(input.bytes, bytes);
    }

    void emptyFileGivesEmptyNonNullBytes()
    {
        const InputFile input = readInputFile(test::dataFile(QStringLiteral("empty.txt")));
        QVERIFY2(input.ok(), qPrintable(input.error));
        QVERIFY(input.bytes.isEmpty());
        // A null array is stored as SQL NULL, which the project refuses for a file's bytes.
        QVERIFY(!input.bytes.isNull());
    }

    void refusesWhatIsNoRegularFile()
    {
        const InputFile folder = readInputFile(m_dir.path());
        QVERIFY(folder.error.contains(QStringLiteral("folder")));
        const InputFile missing = readInputFile(m_dir.filePath(QStringLiteral("missing.txt")));
        QVERIFY(missing.error.contains(QStringLiteral("does not exist")));
        const InputFile device = readInputFile(QStringLiteral("/dev/zero"));
        QVERIFY(device.special);
        QVERIFY2(device.error.startsWith(QStringLiteral("/dev/zero: ")), qPrintable(device.error));

        const QString fifo = m_dir.filePath(QStringLiteral("nobody.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QElapsedTimer timer;
        timer.start();
        const InputFile pipe = readInputFile(fifo);
        QVERIFY(pipe.special);
        QVERIFY(pipe.error.contains(QStringLiteral("pipe")));
        QVERIFY(timer.elapsed() < 5000);
    }

    void boundsWhatHasNoEnd()
    {
        InputFileOptions options;
        options.allowSpecialFiles = true;
        options.maximumSize = 1024 * 1024;
        const InputFile zero = readInputFile(QStringLiteral("/dev/zero"), options);
        QVERIFY(!zero.ok());
        QVERIFY2(zero.error.contains(QStringLiteral("more than 1 MiB")), qPrintable(zero.error));
        QVERIFY(zero.bytes.isEmpty());
    }

    void readsAPipeWhenAsked()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("writer.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QProcess writer;
        writer.start(QStringLiteral("sh"),
                     {QStringLiteral("-c"), QStringLiteral("head -c 200000 /dev/zero > %1").arg(fifo)});
        QVERIFY(writer.waitForStarted());
        InputFileOptions options;
        options.allowSpecialFiles = true;
        const InputFile input = readInputFile(fifo, options);
        QVERIFY(writer.waitForFinished());
        QVERIFY2(input.ok(), qPrintable(input.error));
        QCOMPARE(input.bytes, QByteArray(200000, '\0'));
    }

    void refusesALargeFileBeforeReadingIt()
    {
        const QString path = write("large.txt", "abc");
        QVERIFY(!path.isEmpty());
        InputFileOptions options;
        options.maximumSize = 2;
        const InputFile input = readInputFile(path, options);
        QVERIFY(!input.ok());
        QVERIFY2(input.error.contains(QStringLiteral("are not read")), qPrintable(input.error));
        options.maximumSize = 3;
        QCOMPARE(readInputFile(path, options).bytes, QByteArray("abc"));
    }

    void importFileReadsTheSameWay()
    {
        const ImportResult zero = ImporterRegistry::instance().importFile(QStringLiteral("/dev/zero"));
        QVERIFY(!zero.ok());
        QVERIFY2(zero.error.toString().contains(QStringLiteral("not a regular file")),
                 qPrintable(zero.error.toString()));
    }
};

QTEST_GUILESS_MAIN(TestTextInput)
#include "tst_textinput.moc"
