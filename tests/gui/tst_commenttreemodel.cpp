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
