#include "TestSupport.h"
#include "model/TagPath.h"
#include "project/Project.h"
#include "project/SampleProject.h"

#include <QTemporaryDir>
#include <QTest>

using namespace glossator;

class TestSampleProject : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void theSampleHasAThreadACodebookAndAnnotations()
    {
        ProjectError error;
        auto store = ProjectStore::create(m_dir.filePath(QStringLiteral("sample.glossa")), &error);
        QVERIFY2(store, qPrintable(error.message));
        Project project(std::move(store));
        project.setCoder(QStringLiteral("Ana"));
        QString message;
        const auto documentId = SampleProject::addTo(project, &message);
        QVERIFY2(documentId, qPrintable(message));

        const auto stored = project.store().loadDocument(*documentId);
        QVERIFY(stored);
        const CommentTree tree(stored->document);
        int deepest = 0;
        for (int i = 0; i < tree.size(); ++i)
            deepest = std::max(deepest, tree.depth(i));
        QVERIFY2(deepest >= 3, "replies several levels deep");

        // A hierarchical codebook, every tag with a colour of the default palette's kind.
        QList<Tag> tags;
        for (const TagUsage& usage : project.store().tags())
            tags.append(usage.tag);
        QVERIFY(tags.size() >= 6);
        QVERIFY(tagpath::find(tags, {QStringLiteral("Arguments"), QStringLiteral("Reliability")}) > 0);
        for (const Tag& tag : std::as_const(tags))
            QVERIFY2(tag.color.isValid(), qPrintable(tag.name));

        // Passages in the article and in comments, and whole comments.
        const QList<Annotation> annotations = project.store().annotations(*documentId);
        QVERIFY(annotations.size() >= 10);
        bool articlePassage = false, commentPassage = false, wholeComment = false, twoTags = false;
        for (const Annotation& annotation : annotations) {
            QVERIFY(!annotation.orphaned);
            QCOMPARE(annotation.coder, QStringLiteral("Sample coder"));
            articlePassage |= annotation.commentId == 0 && annotation.range.has_value();
            commentPassage |= annotation.commentId != 0 && annotation.range.has_value();
            wholeComment |= annotation.commentId != 0 && !annotation.range;
            twoTags |= annotation.tagIds.size() == 2;
        }
        QVERIFY(articlePassage && commentPassage && wholeComment && twoTags);

        // The user's own first edit is the first thing undo takes back, and they sign it.
        QVERIFY(!project.undoStack()->canUndo());
        QCOMPARE(project.coder(), QStringLiteral("Ana"));
    }

    void aProjectThatCannotTakeItIsLeftAsItWas()
    {
        const QString path = m_dir.filePath(QStringLiteral("readonly.glossa"));
        ProjectError error;
        QVERIFY(ProjectStore::create(path, &error));
        auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly, &error);
        QVERIFY2(store, qPrintable(error.message));
        Project project(std::move(store));
        QString message;
        QVERIFY(!SampleProject::addTo(project, &message));
        QVERIFY(!message.isEmpty());
        QVERIFY(project.store().documents().isEmpty());
        QVERIFY(project.store().tags().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSampleProject)
#include "tst_sampleproject.moc"
