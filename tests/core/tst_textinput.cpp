#include "TestSupport.h"
#include "import/ImporterRegistry.h"
#include "import/TextInput.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
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

private slots:
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
