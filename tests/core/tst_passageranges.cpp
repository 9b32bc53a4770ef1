#include "TestSupport.h"
#include "model/Anchoring.h"
#include "project/Project.h"
#include "project/ProjectStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace glossator;

// A passage is whole characters: a range that cuts a surrogate pair in two is refused wherever
// ranges come in, and a stored passage that holds half a character is never placed again.
class TestPassageRanges : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_documentId = 0;
    qint64 m_tagId = 0;
    const QString m_text = QStringLiteral("A😀B");

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("ranges.glossa"));
        QFile::remove(path);
        ProjectError error;
        auto store = ProjectStore::create(path, &error);
        QVERIFY2(store, qPrintable(error.message));
        m_project = std::make_unique<Project>(std::move(store));
        Document document;
        document.article.title = QStringLiteral("Emoji");
        document.article.blocks = {Block{Block::Kind::Paragraph, m_text, 0, {}}};
        const auto id = m_project->addDocument(document, {QStringLiteral("emoji.txt"), QByteArray("A"), {}});
        QVERIFY2(id, qPrintable(m_project->lastError()));
        m_documentId = *id;
        Tag tag;
        tag.name = QStringLiteral("T");
        tag.color = QColor(0x40, 0x80, 0xC0);
        const auto tagId = m_project->createTag(tag);
        QVERIFY(tagId);
        m_tagId = *tagId;
    }

    void cleanup() { m_project.reset(); }

    void splitOffsets()
    {
        QCOMPARE(splitCharacterOffset(m_text, 0, 1), -1);
        QCOMPARE(splitCharacterOffset(m_text, 0, 3), -1);
        QCOMPARE(splitCharacterOffset(m_text, 1, 3), -1);
        QCOMPARE(splitCharacterOffset(m_text, 0, 2), 2);
        QCOMPARE(splitCharacterOffset(m_text, 2, 4), 2);
        QCOMPARE(splitCharacterOffset(m_text, 2, 3), 2);
        // Outside the text nothing is cut; the caller checks bounds.
        QCOMPARE(splitCharacterOffset(m_text, 0, 4), -1);
    }

    void annotateRefusesACut()
    {
        AnnotationRequest request;
        request.documentId = m_documentId;
        request.tagPath = QStringLiteral("T");
        request.offsets = {0, 2};
        QVERIFY(!m_project->annotate(request));
        QVERIFY2(m_project->lastError().contains(QStringLiteral("offset 2")), qPrintable(m_project->lastError()));
        QCOMPARE(m_project->store().annotationCount(), 0);
        request.offsets = {1, 3};
        QVERIFY2(m_project->annotate(request), qPrintable(m_project->lastError()));
    }

    void addAnnotationRefusesACut()
    {
        Annotation annotation;
        annotation.documentId = m_documentId;
        annotation.tagIds = {m_tagId};
        annotation.range = TextRange::fromText(m_text, 2, 4);
        QSignalSpy failed(m_project.get(), &Project::editFailed);
        QVERIFY(!m_project->addAnnotation(annotation));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("offset 2")));
        QCOMPARE(m_project->store().annotationCount(), 0);
        QCOMPARE(m_project->undoStack()->count(), 2); // the document and the tag only

        annotation.range = TextRange::fromText(m_text, 1, 4);
        QVERIFY2(m_project->addAnnotation(annotation), qPrintable(m_project->lastError()));
    }

    void halfACharacterIsNotPlacedAgain()
    {
        // As an earlier version could store it: the quote ends in the first half of the emoji.
        TextRange broken{0, 2, m_text.left(2), {}, {}};
        QCOMPARE(reanchor(broken, m_text).method, Reanchoring::Method::Orphan);
        TextRange whole = TextRange::fromText(m_text, 0, 3);
        const Reanchoring placed = reanchor(whole, QStringLiteral("x") + m_text);
        QCOMPARE(placed.method, Reanchoring::Method::Quote);
        QCOMPARE(placed.range.start, 1);
    }
};

QTEST_GUILESS_MAIN(TestPassageRanges)
#include "tst_passageranges.moc"
