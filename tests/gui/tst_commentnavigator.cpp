#include "QtWarnings.h"
#include "comments/CommentFilterModel.h"
#include "comments/CommentNavigator.h"
#include "comments/CommentTreeModel.h"

#include <QTest>
#include <QTreeView>

using namespace glossator;

namespace {

constexpr qint64 safety = 1;
constexpr qint64 cost = 2;

Comment comment(const QString& id, const QString& parent)
{
    Comment c;
    c.id = id;
    c.parentId = parent;
    c.author = id.toUpper();
    c.blocks = paragraphBlocks({QStringLiteral("Comment ") + id});
    return c;
}

QString idOf(const QModelIndex& index)
{
    return index.isValid() ? index.data(CommentTreeModel::CommentIdRole).toString() : QStringLiteral("-");
}

} // namespace

class TestCommentNavigator : public QObject {
    Q_OBJECT

private:
    // a
    //   b
    //     c   tagged as a whole
    //   d     a tagged passage
    // e
    //   f
    // g
    Document m_document;
    QHash<qint64, Tag> m_tags;
    QList<Annotation> m_annotations;
    CommentTreeModel m_model;

    QModelIndex at(const QString& id) const { return m_model.indexForComment(m_document.indexOfComment(id)); }

    using Step = QModelIndex (*)(const QAbstractItemModel*, const QModelIndex&, const CommentNavigator::Options&);

    // The comments a step visits from `from`, as far as it goes or for at most `limit` steps.
    static QString walk(const QAbstractItemModel* model, const QModelIndex& from, Step step,
                        const CommentNavigator::Options& options = {}, int limit = 20)
    {
        QStringList ids;
        QModelIndex index = from;
        for (int i = 0; i < limit; ++i) {
            index = step(model, index, options);
            ids.append(idOf(index));
            if (!index.isValid())
                break;
        }
        return ids.join(QLatin1Char(' '));
    }

private slots:
    void initTestCase()
    {
        for (const char* pair : {"a", "ba", "cb", "da", "e", "fe", "g"}) {
            const QString text = QString::fromLatin1(pair);
            m_document.comments.append(comment(text.left(1), text.mid(1)));
        }
        m_tags = {
            {safety, Tag{safety, 0, QStringLiteral("Safety"), Qt::red, {}, 0}},
            {cost, Tag{cost, 0, QStringLiteral("Cost"), Qt::blue, {}, 1}},
        };
        Annotation whole;
        whole.commentId = 3;
        whole.tagIds = {safety};
        Annotation passage;
        passage.commentId = 4;
        passage.tagIds = {cost};
        passage.range = TextRange::fromText(plainText(m_document.comments.at(3).blocks), 0, 7);
        m_annotations = {whole, passage};
    }

    void init()
    {
        test::failOnItemViewWarnings();
        m_model.setDocument(m_document, {1, 2, 3, 4, 5, 6, 7});
        m_model.setAnnotations(m_annotations, m_tags);
    }

    void readingOrderForwards()
    {
        QCOMPARE(walk(&m_model, {}, &CommentNavigator::next), QStringLiteral("a b c d e f g -"));
        QCOMPARE(walk(&m_model, at(QStringLiteral("f")), &CommentNavigator::next, {.wrap = true}, 3),
                 QStringLiteral("g a b"));
        QCOMPARE(idOf(CommentNavigator::first(&m_model)), QStringLiteral("a"));
    }

    void readingOrderBackwards()
    {
        QCOMPARE(walk(&m_model, {}, &CommentNavigator::previous), QStringLiteral("g f e d c b a -"));
        QCOMPARE(walk(&m_model, at(QStringLiteral("b")), &CommentNavigator::previous, {.wrap = true}, 3),
                 QStringLiteral("a g f"));
        QCOMPARE(idOf(CommentNavigator::last(&m_model)), QStringLiteral("g"));
    }

    void collapsedRepliesSkippedOnRequest()
    {
        QTreeView view;
        view.setModel(&m_model);
        const CommentNavigator::Options visible{.skipCollapsedIn = &view};
        QCOMPARE(walk(&m_model, {}, &CommentNavigator::next, visible), QStringLiteral("a e g -"));

        view.expand(at(QStringLiteral("a")));
        QCOMPARE(walk(&m_model, {}, &CommentNavigator::next, visible), QStringLiteral("a b d e g -"));
        QCOMPARE(walk(&m_model, {}, &CommentNavigator::previous, visible), QStringLiteral("g e d b a -"));

        view.expand(at(QStringLiteral("b")));
        view.expand(at(QStringLiteral("e")));
        QCOMPARE(walk(&m_model, {}, &CommentNavigator::previous, visible), QStringLiteral("g f e d c b a -"));
        QCOMPARE(idOf(CommentNavigator::last(&m_model, visible)), QStringLiteral("g"));
        view.collapse(at(QStringLiteral("a")));
        // From a reply hidden in a collapsed thread, reading goes on after that reply.
        QCOMPARE(walk(&m_model, at(QStringLiteral("c")), &CommentNavigator::next, visible),
                 QStringLiteral("d e f g -"));
        // Without the option, collapsed replies are read like the others.
        QCOMPARE(walk(&m_model, {}, &CommentNavigator::next), QStringLiteral("a b c d e f g -"));

        // A view of another model says nothing about this one.
        CommentTreeModel other;
        QTreeView otherView;
        otherView.setModel(&other);
        QCOMPARE(walk(&m_model, {}, &CommentNavigator::next, {.skipCollapsedIn = &otherView}),
                 QStringLiteral("a b c d e f g -"));
    }

    void parentsAndSiblings()
    {
        QCOMPARE(idOf(CommentNavigator::parent(&m_model, at(QStringLiteral("c")))), QStringLiteral("b"));
        QCOMPARE(idOf(CommentNavigator::parent(&m_model, at(QStringLiteral("b")))), QStringLiteral("a"));
        QCOMPARE(idOf(CommentNavigator::parent(&m_model, at(QStringLiteral("a")))), QStringLiteral("-"));

        QCOMPARE(walk(&m_model, at(QStringLiteral("a")), &CommentNavigator::nextSibling), QStringLiteral("e g -"));
        QCOMPARE(walk(&m_model, at(QStringLiteral("g")), &CommentNavigator::previousSibling), QStringLiteral("e a -"));
        QCOMPARE(walk(&m_model, at(QStringLiteral("b")), &CommentNavigator::nextSibling), QStringLiteral("d -"));
        QCOMPARE(walk(&m_model, at(QStringLiteral("b")), &CommentNavigator::nextSibling, {.wrap = true}, 3),
                 QStringLiteral("d b d"));
        QCOMPARE(walk(&m_model, at(QStringLiteral("a")), &CommentNavigator::previousSibling, {.wrap = true}, 2),
                 QStringLiteral("g e"));
        // An only reply is its own sibling when wrapping, and has none otherwise.
        QCOMPARE(idOf(CommentNavigator::nextSibling(&m_model, at(QStringLiteral("f")), {.wrap = true})),
                 QStringLiteral("f"));
        QCOMPARE(idOf(CommentNavigator::nextSibling(&m_model, at(QStringLiteral("f")))), QStringLiteral("-"));
        QCOMPARE(idOf(CommentNavigator::nextSibling(&m_model, {})), QStringLiteral("-"));
    }

    void taggedComments()
    {
        QVERIFY(CommentNavigator::isTagged(at(QStringLiteral("c"))));
        QVERIFY(CommentNavigator::isTagged(at(QStringLiteral("d"))));
        QVERIFY(!CommentNavigator::isTagged(at(QStringLiteral("a"))));

        QCOMPARE(walk(&m_model, {}, &CommentNavigator::nextTagged), QStringLiteral("c d -"));
        QCOMPARE(walk(&m_model, {}, &CommentNavigator::previousTagged), QStringLiteral("d c -"));
        QCOMPARE(walk(&m_model, at(QStringLiteral("d")), &CommentNavigator::nextTagged, {.wrap = true}, 3),
                 QStringLiteral("c d c"));
        QCOMPARE(walk(&m_model, at(QStringLiteral("c")), &CommentNavigator::previousTagged, {.wrap = true}, 2),
                 QStringLiteral("d c"));
        QCOMPARE(idOf(CommentNavigator::nextTagged(&m_model, at(QStringLiteral("e")))), QStringLiteral("-"));

        // Tags inside a collapsed thread are passed over when asked to.
        QTreeView view;
        view.setModel(&m_model);
        view.expand(at(QStringLiteral("a")));
        QCOMPARE(walk(&m_model, {}, &CommentNavigator::nextTagged, {.skipCollapsedIn = &view}), QStringLiteral("d -"));
        view.collapse(at(QStringLiteral("a")));
        QCOMPARE(walk(&m_model, {}, &CommentNavigator::nextTagged, {.wrap = true, .skipCollapsedIn = &view}),
                 QStringLiteral("-"));
    }

    void wrappingEndsWhenNothingIsTagged()
    {
        m_model.setAnnotations({}, m_tags);
        QCOMPARE(idOf(CommentNavigator::nextTagged(&m_model, {}, {.wrap = true})), QStringLiteral("-"));
        QCOMPARE(idOf(CommentNavigator::previousTagged(&m_model, at(QStringLiteral("c")), {.wrap = true})),
                 QStringLiteral("-"));
        // The only tagged comment is found again from itself.
        Annotation one;
        one.commentId = 5;
        one.tagIds = {safety};
        m_model.setAnnotations({one}, m_tags);
        QCOMPARE(idOf(CommentNavigator::nextTagged(&m_model, at(QStringLiteral("e")), {.wrap = true})),
                 QStringLiteral("e"));
    }

    void throughTheFilter()
    {
        CommentFilterModel filter;
        filter.setSourceModel(&m_model);
        filter.setTagFilter({safety}, {QStringLiteral("Safety")});
        QCOMPARE(walk(&filter, {}, &CommentNavigator::next), QStringLiteral("a b c -"));
        QCOMPARE(walk(&filter, {}, &CommentNavigator::previousTagged), QStringLiteral("c -"));
        // An index of the source model is not one of the filter's.
        QCOMPARE(idOf(CommentNavigator::next(&filter, at(QStringLiteral("a")))), QStringLiteral("-"));
        QCOMPARE(idOf(CommentNavigator::nextTagged(&filter, at(QStringLiteral("a")))), QStringLiteral("-"));
    }

    void emptyModel()
    {
        CommentTreeModel empty;
        QVERIFY(!CommentNavigator::first(&empty).isValid());
        QVERIFY(!CommentNavigator::next(&empty, {}, {.wrap = true}).isValid());
        QVERIFY(!CommentNavigator::previous(&empty, {}, {.wrap = true}).isValid());
        QVERIFY(!CommentNavigator::nextTagged(&empty, {}, {.wrap = true}).isValid());
        QVERIFY(!CommentNavigator::next(nullptr, {}).isValid());
    }
};

QTEST_MAIN(TestCommentNavigator)
#include "tst_commentnavigator.moc"
