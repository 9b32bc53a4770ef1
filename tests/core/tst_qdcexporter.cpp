#include "FailingDevices.h"
#include "TestSupport.h"
#include "export/ExporterRegistry.h"
#include "export/QdcExporter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace glossator;

namespace {

const QString codebookNamespace = QStringLiteral("urn:QDA-XML:codebook:1.0");

// One Code element as read back: its depth in the hierarchy and its attributes.
struct CodeEntry {
    int depth = 0;
    QString name;
    QString color;
    QString isCodable;
    QString guid;
    QString description;

    bool operator==(const CodeEntry&) const = default;
};

char* toString(const CodeEntry& entry)
{
    return QTest::toString(QStringLiteral("%1 %2 %3 %4 %5 [%6]")
                               .arg(entry.depth)
                               .arg(entry.name, entry.color, entry.isCodable, entry.guid, entry.description));
}

struct Codebook {
    QString origin;
    QStringList topLevel;   // the root's child elements
    QList<CodeEntry> codes; // in document order
    QString error;
};

// Reads the file with namespaces resolved, so an element in the wrong namespace does not count.
Codebook readCodebook(const QByteArray& bytes)
{
    Codebook book;
    QXmlStreamReader xml(bytes);
    int depth = -1;
    QList<int> codeStack;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            ++depth;
            if (xml.namespaceUri() != codebookNamespace) {
                book.error = QStringLiteral("element %1 in namespace '%2'")
                                 .arg(xml.name().toString(), xml.namespaceUri().toString());
                return book;
            }
            if (depth == 0) {
                if (xml.name() != QLatin1String("CodeBook"))
                    book.error = QStringLiteral("root element %1").arg(xml.name().toString());
                book.origin = xml.attributes().value(QStringLiteral("origin")).toString();
            } else if (depth == 1) {
                book.topLevel.append(xml.name().toString());
            }
            if (xml.name() == QLatin1String("Code")) {
                const QXmlStreamAttributes attributes = xml.attributes();
                book.codes.append({int(codeStack.size()), attributes.value(QStringLiteral("name")).toString(),
                                   attributes.value(QStringLiteral("color")).toString(),
                                   attributes.value(QStringLiteral("isCodable")).toString(),
                                   attributes.value(QStringLiteral("guid")).toString(), QString()});
                codeStack.append(int(book.codes.size()) - 1);
            } else if (xml.name() == QLatin1String("Description")) {
                const QString text = xml.readElementText();
                --depth;
                if (codeStack.isEmpty())
                    book.error = QStringLiteral("a Description outside a Code");
                else
                    book.codes[codeStack.last()].description = text;
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            if (xml.name() == QLatin1String("Code"))
                codeStack.removeLast();
            --depth;
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        book.error = xml.errorString();
    return book;
}

struct Validation {
    bool ran = false;
    bool valid = false;
    QString output;
};

Validation validate(const QString& xmllint, const QString& schema, const QByteArray& bytes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("codebook.qdc"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    file.close();
    QProcess process;
    process.start(xmllint, {QStringLiteral("--noout"), QStringLiteral("--schema"), schema, path});
    if (!process.waitForFinished(60000))
        return {};
    return {true, process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestQdcExporter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    qint64 m_safety = 0, m_site = 0, m_crane = 0, m_costs = 0, m_tone = 0, m_irony = 0;

    static qint64 addTag(ProjectStore& store, const QString& name, const char* color, qint64 parentId = 0,
                         const QString& description = {})
    {
        Tag tag;
        tag.name = name;
        tag.parentId = parentId;
        tag.color = QColor(QString::fromLatin1(color));
        tag.description = description;
        return store.addTag(tag).value_or(0);
    }

    QByteArray exportQdc(const ProjectStore& store, const ExportOptions& options, QString* error = nullptr)
    {
        QString reason;
        const std::optional<ExportData> data = ExportData::load(store, options, &reason);
        if (!data) {
            qWarning("ExportData::load: %s", qPrintable(reason));
            return {};
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const bool written = QdcExporter().write(*data, options, buffer, &reason);
        if (error)
            *error = reason;
        return written ? buffer.data() : QByteArray();
    }

    QString guid(qint64 tagId) const
    {
        QString reason;
        const std::optional<ExportData> data = ExportData::load(*m_store, {}, &reason);
        return data ? QdcExporter::codeGuid(*data, tagId).toString(QUuid::WithoutBraces) : reason;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("codebook.glossa"));
        QFile::remove(path);
        ProjectError projectError;
        m_store = ProjectStore::create(path, &projectError);
        QVERIFY2(m_store, qPrintable(projectError.message));

        m_safety = addTag(*m_store, QStringLiteral("Sicherheit"), "#c0392b", 0,
                          QStringLiteral("Alles, was <Gefahr> & „Risiko“ betrifft"));
        m_costs = addTag(*m_store, QStringLiteral("Kosten"), "#2980b9");
        m_site = addTag(*m_store, QStringLiteral("Baustelle"), "#e67e22", m_safety);
        // A vertical tab cannot be written in XML 1.0 at all; it is left out rather than spoil the file.
        m_crane = addTag(*m_store, QStringLiteral("Kran"), "#f1c40f", m_site, QStringLiteral("Hebezeuge\vam Kai"));
        m_tone = addTag(*m_store, QStringLiteral("Ton"), "#8e44ad");
        m_irony = addTag(*m_store, QStringLiteral("皮肉"), "#16a085", m_tone);
        QVERIFY(m_safety && m_costs && m_site && m_crane && m_tone && m_irony);
    }

    void cleanup()
    {
        const QString path = m_store ? m_store->path() : QString();
        m_store.reset();
        if (!path.isEmpty())
            QFile::remove(path);
    }

    void identity()
    {
        const Exporter* exporter = ExporterRegistry::instance().find(QStringLiteral("qdc"));
        QVERIFY(exporter);
        QCOMPARE(exporter->fileSuffix(), QStringLiteral("qdc"));
        QVERIFY(!exporter->displayName().isEmpty());
    }

    void nestedCodes()
    {
        const QByteArray bytes = exportQdc(*m_store, {});
        QVERIFY(bytes.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        const Codebook book = readCodebook(bytes);
        QVERIFY2(book.error.isEmpty(), qPrintable(book.error));
        QVERIFY2(book.origin.startsWith(QLatin1String("Glossator ")), qPrintable(book.origin));
        // No Sets: the schema does not require them and Glossator has no tag groups.
        QCOMPARE(book.topLevel, QStringList{QStringLiteral("Codes")});
        const QString codable = QStringLiteral("true");
        const QList<CodeEntry> expected = {
            {0, QStringLiteral("Sicherheit"), QStringLiteral("#C0392B"), codable, guid(m_safety),
             QStringLiteral("Alles, was <Gefahr> & „Risiko“ betrifft")},
            {1, QStringLiteral("Baustelle"), QStringLiteral("#E67E22"), codable, guid(m_site), {}},
            {2, QStringLiteral("Kran"), QStringLiteral("#F1C40F"), codable, guid(m_crane),
             QStringLiteral("Hebezeugeam Kai")},
            {0, QStringLiteral("Kosten"), QStringLiteral("#2980B9"), codable, guid(m_costs), {}},
            {0, QStringLiteral("Ton"), QStringLiteral("#8E44AD"), codable, guid(m_tone), {}},
            {1, QStringLiteral("皮肉"), QStringLiteral("#16A085"), codable, guid(m_irony), {}},
        };
        QCOMPARE(book.codes.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(book.codes.at(i), expected.at(i));
        // A tag without a description has no Description element, not an empty one.
        QCOMPARE(bytes.count("<Description>"), 2);
    }

    void guidsAreStableNameBasedUuids()
    {
        const QByteArray first = exportQdc(*m_store, {});
        const QByteArray second = exportQdc(*m_store, {});
        QVERIFY(!first.isEmpty());
        QCOMPARE(second, first);

        const QRegularExpression uuidPattern(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        QSet<QString> seen;
        for (const CodeEntry& code : readCodebook(first).codes) {
            QVERIFY2(uuidPattern.match(code.guid).hasMatch(), qPrintable(code.guid));
            seen.insert(code.guid);
        }
        QCOMPARE(seen.size(), 6);

        // The documented recipe: UUID v5 in the RFC 4122 URL namespace of "urn:glossator:project:",
        // the project's creation time and "#tag-<id>", reproducible with Python's
        // uuid.uuid5(uuid.NAMESPACE_URL, ...).
        const QUuid urlNamespace(QStringLiteral("6ba7b811-9dad-11d1-80b4-00c04fd430c8"));
        const QString created = m_store->info(QStringLiteral("created"));
        QVERIFY(!created.isEmpty());
        const QUuid expected = QUuid::createUuidV5(
            urlNamespace, QStringLiteral("urn:glossator:project:%1#tag-%2").arg(created).arg(m_site));
        QCOMPARE(guid(m_site), expected.toString(QUuid::WithoutBraces));

        // A copy of the project (Save As) keeps its codes' guids.
        QTemporaryDir copyDir;
        const QString copyPath = copyDir.filePath(QStringLiteral("copy.glossa"));
        QVERIFY(m_store->copyTo(copyPath));
        {
            ProjectError copyError;
            auto copy = ProjectStore::open(copyPath, ProjectStore::Access::ReadOnly, &copyError);
            QVERIFY2(copy, qPrintable(copyError.message));
            const Codebook original = readCodebook(exportQdc(*m_store, {}));
            const Codebook copied = readCodebook(exportQdc(*copy, {}));
            QCOMPARE(copied.codes.size(), original.codes.size());
            for (int i = 0; i < original.codes.size(); ++i)
                QCOMPARE(copied.codes.at(i).guid, original.codes.at(i).guid);
        }

        // The same tag id in another project file is another code.
        QTemporaryDir otherDir;
        ProjectError projectError;
        auto other = ProjectStore::create(otherDir.filePath(QStringLiteral("codebook.glossa")), &projectError);
        QVERIFY2(other, qPrintable(projectError.message));
        const qint64 otherTag = addTag(*other, QStringLiteral("Sicherheit"), "#c0392b");
        QCOMPARE(otherTag, m_safety);
        const Codebook otherBook = readCodebook(exportQdc(*other, {}));
        QCOMPARE(otherBook.codes.size(), 1);
        QVERIFY(otherBook.codes.first().guid != guid(m_safety));
    }

    void tagFilterTakesInSubTags()
    {
        ExportOptions options;
        options.tagIds = {m_site};
        const Codebook book = readCodebook(exportQdc(*m_store, options));
        QVERIFY2(book.error.isEmpty(), qPrintable(book.error));
        // The chosen sub-tag stands at the top, its own sub-tag still under it.
        QCOMPARE(book.codes.size(), 2);
        QCOMPARE(book.codes.at(0).name, QStringLiteral("Baustelle"));
        QCOMPARE(book.codes.at(0).depth, 0);
        QCOMPARE(book.codes.at(0).guid, guid(m_site));
        QCOMPARE(book.codes.at(1).name, QStringLiteral("Kran"));
        QCOMPARE(book.codes.at(1).depth, 1);
    }

    void validAgainstTheRefiQdaSchema()
    {
        GLOSSATOR_REQUIRE_SHARED(schema, "schemas/Codebook.xsd");
        const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
        if (xmllint.isEmpty())
            QSKIP("xmllint is not installed (Debian: libxml2-utils)");

        Validation result = validate(xmllint, schema, exportQdc(*m_store, {}));
        QVERIFY(result.ran);
        QVERIFY2(result.valid, qPrintable(result.output));
        ExportOptions options;
        options.tagIds = {m_tone};
        result = validate(xmllint, schema, exportQdc(*m_store, options));
        QVERIFY(result.ran);
        QVERIFY2(result.valid, qPrintable(result.output));

        // The check itself can fail: a code without its required guid is refused.
        QByteArray broken = exportQdc(*m_store, {});
        broken.replace("guid=", "uuid=");
        result = validate(xmllint, schema, broken);
        QVERIFY(result.ran);
        QVERIFY(!result.valid);
    }

    void emptyCodebookIsAnError()
    {
        QTemporaryDir emptyDir;
        ProjectError projectError;
        auto empty = ProjectStore::create(emptyDir.filePath(QStringLiteral("empty.glossa")), &projectError);
        QVERIFY2(empty, qPrintable(projectError.message));
        QString error;
        QVERIFY(exportQdc(*empty, {}, &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("no tags")));

        // Through the registry, an existing file stays as it was and the error names it.
        const auto data = ExportData::load(*empty, {}, &error);
        QVERIFY(data);
        const QString target = emptyDir.filePath(QStringLiteral("codebook.qdc"));
        QFile existing(target);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("<earlier/>\n");
        existing.close();
        QVERIFY(!ExporterRegistry::instance().exportToFile(QdcExporter(), *data, {}, target, &error));
        QVERIFY2(error.startsWith(target), qPrintable(error));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("<earlier/>\n"));
    }

    void refusedWriteIsReported()
    {
        QString error;
        const auto data = ExportData::load(*m_store, {}, &error);
        QVERIFY(data);
        test::RefusingDevice device;
        QVERIFY(!QdcExporter().write(*data, {}, device, &error));
        QVERIFY2(error.contains(QStringLiteral("no space left (simulated)")), qPrintable(error));
    }

    void failedExportLeavesNoFile()
    {
        QString error;
        const auto data = ExportData::load(*m_store, {}, &error);
        QVERIFY(data);
        const QString missingFolder = m_dir.filePath(QStringLiteral("no-such-folder/codebook.qdc"));
        QVERIFY(!ExporterRegistry::instance().exportToFile(QdcExporter(), *data, {}, missingFolder, &error));
        QVERIFY2(error.contains(missingFolder), qPrintable(error));
        QVERIFY(!QFileInfo::exists(missingFolder));

        QTemporaryDir folder;
        const QString target = folder.filePath(QStringLiteral("codebook.qdc"));
        QVERIFY(!ExporterRegistry::instance().exportToFile(test::InterruptedExporter<QdcExporter>(), *data, {}, target,
                                                           &error));
        QVERIFY2(error.contains(target), qPrintable(error));
        QCOMPARE(QDir(folder.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    void failedExportKeepsExistingFile()
    {
        QString error;
        const auto data = ExportData::load(*m_store, {}, &error);
        QVERIFY(data);
        QTemporaryDir folder;
        const QString target = folder.filePath(QStringLiteral("codebook.qdc"));
        QFile existing(target);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("<earlier/>\n");
        existing.close();

        QVERIFY(!ExporterRegistry::instance().exportToFile(test::InterruptedExporter<QdcExporter>(), *data, {}, target,
                                                           &error));
        QVERIFY2(error.contains(target), qPrintable(error));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("<earlier/>\n"));
        existing.close();
        QCOMPARE(QDir(folder.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("codebook.qdc")});
    }
};

QTEST_GUILESS_MAIN(TestQdcExporter)
#include "tst_qdcexporter.moc"
