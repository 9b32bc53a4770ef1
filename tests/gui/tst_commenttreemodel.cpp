#include "QtWarnings.h"
#include "comments/CommentTreeModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace glossator;

class TestCommentTreeModel : public QObject {
    Q_OBJECT

private:
    static Comment comment(const QString& id, const QString& parent, const QString& author)
    {
        Comment c;
        c.id = id;
        c.parentId = parent;
        c.author = author;
        c.blocks = paragraphBlocks({author + QStringLiteral(" says something")});
        return c;
    }

    static Document thread()
    {
        Document document;
        document.comments = {
            comment(QStringLiteral("a"), {}, QStringLiteral("Ann")),
            comment(QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("Bo")),
            comment(QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("Cy")),
            comment(QStringLiteral("d"), QStringLiteral("a"), QStringLiteral("Di")),
            comment(QStringLiteral("e"), {}, QStringLiteral("Ed")),
            comment(QStringLiteral("f"), QStringLiteral("missing"), QStringLiteral("Fay")),
        };
        return document;
    }

private slots:
    void init() { test::failOnItemViewWarnings(); }

    void structureAndRoles()
    {
        const Document document = thread();
        CommentTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(document);

        // A reply whose parent is missing is kept, at the top level.
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex ann = model.index(0, 0);
        QCOMPARE(ann.data(CommentTreeModel::AuthorRole).toString(), QStringLiteral("Ann"));
        QCOMPARE(model.rowCount(ann), 2);
        QCOMPARE(ann.data(CommentTreeModel::ReplyCountRole).toInt(), 2);
        QCOMPARE(ann.data(CommentTreeModel::DescendantCountRole).toInt(), 3);
        const QModelIndex cy = model.index(0, 0, model.index(0, 0, ann));
        QCOMPARE(cy.data(CommentTreeModel::AuthorRole).toString(), QStringLiteral("Cy"));
        QCOMPARE(cy.data(CommentTreeModel::DepthRole).toInt(), 2);
        QCOMPARE(model.parent(model.parent(cy)), ann);
        QCOMPARE(model.indexForComment(2), cy);
        QCOMPARE(model.index(2, 0).data(CommentTreeModel::CommentIdRole).toString(), QStringLiteral("f"));
        QVERIFY(!model.index(3, 0).isValid());
        QVERIFY(!model.index(0, 1).isValid());
    }

    void tagUsesRollUpThroughReplies()
    {
        const Document document = thread();
        CommentTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(document, {11, 12, 13, 14, 15, 16});
        Tag safety{1, 0, QStringLiteral("Safety"), Qt::red, {}, 0};
        Tag crew{2, 0, QStringLiteral("Crew"), Qt::blue, {}, 1};
        const QHash<qint64, Tag> tags{{1, safety}, {2, crew}};
        Annotation onCy;
        onCy.commentId = 13; // Cy, a reply to a reply of Ann
        onCy.range = TextRange{0, 2, QStringLiteral("Cy"), {}, {}};
        onCy.tagIds = {1, 2};
        Annotation onDi;
        onDi.commentId = 14; // Di, a reply to Ann
        onDi.tagIds = {1};
        Annotation onAnn;
        onAnn.commentId = 11;
        onAnn.tagIds = {2};
        model.setAnnotations({onCy, onDi, onAnn}, tags);

        const QModelIndex ann = model.index(0, 0);
        using Counts = QList<QPair<QString, int>>;
        QCOMPARE(ann.data(CommentTreeModel::ReplyTagsRole).value<Counts>(),
                 (Counts{{QStringLiteral("Safety"), 2}, {QStringLiteral("Crew"), 1}}));
        const QModelIndex bo = model.index(0, 0, ann);
        QCOMPARE(bo.data(CommentTreeModel::ReplyTagsRole).value<Counts>(),
                 (Counts{{QStringLiteral("Crew"), 1}, {QStringLiteral("Safety"), 1}}));
        QVERIFY(model.index(1, 0).data(CommentTreeModel::ReplyTagsRole).value<Counts>().isEmpty());
        QCOMPARE(ann.data(CommentTreeModel::WholeTagsRole).value<QList<Tag>>().size(), 1);
        QCOMPARE(model.index(1, 0, ann).data(CommentTreeModel::WholeTagsRole).value<QList<Tag>>().first().name,
                 QStringLiteral("Safety"));
        QVERIFY(ann.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Tagged: Crew")));
    }

    void resetToAnotherDocument()
    {
        const Document first = thread();
        Document second;
        second.comments = {comment(QStringLiteral("x"), {}, QStringLiteral("Xi"))};
        CommentTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(first);
        model.setDocument(second);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    }
};

QTEST_MAIN(TestCommentTreeModel)
#include "tst_commenttreemodel.moc"
