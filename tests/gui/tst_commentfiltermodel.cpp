#include "QtWarnings.h"
#include "comments/CommentFilterModel.h"
#include "comments/CommentTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace glossator;

namespace {

constexpr qint64 safety = 1;
constexpr qint64 cost = 2;
constexpr qint64 other = 3;

Comment comment(const QString& id, const QString& parent, const QString& author, const QString& text)
{
    Comment c;
    c.id = id;
    c.parentId = parent;
    c.author = author;
    c.blocks = paragraphBlocks({text});
    return c;
}

Annotation annotation(qint64 commentId, QList<qint64> tags, std::optional<TextRange> range = std::nullopt)
{
    Annotation a;
    a.commentId = commentId;
    a.tagIds = std::move(tags);
    a.range = std::move(range);
    return a;
}

} // namespace

class TestCommentFilterModel : public QObject {
    Q_OBJECT

private:
    // a Ann
    //   b Bo
    //     c Cy         whole comment: Safety
    //   d Di           passage: Cost
    // e Ed
    //   f Fay          whole comment: Other; an orphaned Safety passage
    // g Gus
    Document m_document;
    QList<qint64> m_storedIds{101, 102, 103, 104, 105, 106, 107};
    QHash<qint64, Tag> m_tags;
    QList<Annotation> m_annotations;

    CommentTreeModel m_source;
    std::unique_ptr<CommentFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QModelIndex find(const QString& id) const
    {
        for (QModelIndex index = m_filter->index(0, 0); index.isValid();) {
            if (index.data(CommentTreeModel::CommentIdRole).toString() == id)
                return index;
            // Depth-first over what the filter shows.
            if (m_filter->rowCount(index) > 0) {
                index = m_filter->index(0, 0, index);
                continue;
            }
            while (index.isValid() && index.row() + 1 >= m_filter->rowCount(index.parent()))
                index = index.parent();
            if (index.isValid())
                index = m_filter->index(index.row() + 1, 0, index.parent());
        }
        return {};
    }

    // The rows shown, depth-first, with context rows in brackets: "(a) (b) c".
    QString shown() const
    {
        QStringList ids;
        const std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
            for (int row = 0; row < m_filter->rowCount(parent); ++row) {
                const QModelIndex index = m_filter->index(row, 0, parent);
                QString id = index.data(CommentTreeModel::CommentIdRole).toString();
                if (index.data(CommentFilterModel::IsContextOnlyRole).toBool())
                    id = QLatin1Char('(') + id + QLatin1Char(')');
                ids.append(id);
                walk(index);
            }
        };
        walk({});
        return ids.join(QLatin1Char(' '));
    }

private slots:
    void initTestCase()
    {
        m_document.comments = {
            comment(QStringLiteral("a"), {}, QStringLiteral("Ann"), QStringLiteral("The harbour wall is too low.")),
            comment(QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("Bo"),
                    QStringLiteral("Who pays for a higher one?")),
            comment(QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("Cy"),
                    QStringLiteral("Lives matter more than money.")),
            comment(QStringLiteral("d"), QStringLiteral("a"), QStringLiteral("Di"),
                    QStringLiteral("The council budget is empty.")),
            comment(QStringLiteral("e"), {}, QStringLiteral("Ed"), QStringLiteral("Great photos of the HARBOUR.")),
            comment(QStringLiteral("f"), QStringLiteral("e"), QStringLiteral("Fay Annan"),
                    QStringLiteral("Thanks, taken at dawn.")),
            comment(QStringLiteral("g"), {}, QStringLiteral("Gus"), QStringLiteral("First!")),
        };
        m_tags = {
            {safety, Tag{safety, 0, QStringLiteral("Safety"), Qt::red, {}, 0}},
            {cost, Tag{cost, 0, QStringLiteral("Cost"), Qt::blue, {}, 1}},
            {other, Tag{other, 0, QStringLiteral("Other"), Qt::gray, {}, 2}},
        };
        const QString budget = plainText(m_document.comments.at(3).blocks);
        const QString dawn = plainText(m_document.comments.at(5).blocks);
        Annotation orphan = annotation(106, {safety}, TextRange::fromText(dawn, 14, 18));
        orphan.orphaned = true;
        m_annotations = {
            annotation(103, {safety}),
            annotation(104, {cost}, TextRange::fromText(budget, 4, 18)),
            annotation(106, {other}),
            orphan,
        };
    }

    void init()
    {
        test::failOnItemViewWarnings();
        m_source.setDocument(m_document, m_storedIds);
        m_source.setAnnotations(m_annotations, m_tags);
        m_filter = std::make_unique<CommentFilterModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_filter.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_filter->setSourceModel(&m_source);
    }

    void cleanup()
    {
        m_tester.reset();
        m_filter.reset();
    }

    void everythingWithoutAFilter()
    {
        QVERIFY(!m_filter->isFiltering());
        QCOMPARE(shown(), QStringLiteral("a b c d e f g"));
        QCOMPARE(m_filter->matchCount(), 7);
        QVERIFY(m_filter->roleNames().contains(CommentFilterModel::IsContextOnlyRole));
    }

    void authorKeepsAncestorsAsContext()
    {
        QSignalSpy changed(m_filter.get(), &CommentFilterModel::filterChanged);
        m_filter->setAuthorFilter(QStringLiteral("  cY "));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_filter->authorFilter(), QStringLiteral("cY"));
        QVERIFY(m_filter->isFiltering());
        QCOMPARE(shown(), QStringLiteral("(a) (b) c"));
        QCOMPARE(m_filter->matchCount(), 1);
        QVERIFY(m_filter->isMatch(find(QStringLiteral("c"))));
        QVERIFY(!m_filter->isMatch(find(QStringLiteral("a"))));

        // The same filter again changes nothing and says nothing.
        m_filter->setAuthorFilter(QStringLiteral("cY "));
        QCOMPARE(changed.count(), 1);
    }

    void parentAndReplyBothMatching()
    {
        m_filter->setTextFilter(QStringLiteral("the"));
        QCOMPARE(shown(), QStringLiteral("a d e"));
        QCOMPARE(m_filter->matchCount(), 3);
        // "Ann" is part of "Fay Annan" too; Ed is shown only for his reply, and the replies to a
        // matching comment are not shown unless they match.
        m_filter->setTextFilter(QString());
        m_filter->setAuthorFilter(QStringLiteral("ann"));
        QCOMPARE(shown(), QStringLiteral("a (e) f"));
        QCOMPARE(m_filter->matchCount(), 2);
        QVERIFY(!find(QStringLiteral("b")).isValid());
    }

    void contextRowsAreAnnouncedWhenTheyChange()
    {
        m_filter->setAuthorFilter(QStringLiteral("a"));
        QCOMPARE(shown(), QStringLiteral("a (e) f"));
        QSignalSpy dataChanged(m_filter.get(), &QAbstractItemModel::dataChanged);
        // Ann stays visible but now only as the parent of a match.
        m_filter->setAuthorFilter(QStringLiteral("o"));
        QCOMPARE(shown(), QStringLiteral("(a) b"));
        const QModelIndex ann = find(QStringLiteral("a"));
        bool announced = false;
        for (const QList<QVariant>& arguments : std::as_const(dataChanged)) {
            const auto from = arguments.at(0).value<QModelIndex>();
            const auto to = arguments.at(1).value<QModelIndex>();
            const auto roles = arguments.at(2).value<QList<int>>();
            if (from.parent() == ann.parent() && from.row() <= ann.row() && ann.row() <= to.row() &&
                roles.contains(CommentFilterModel::IsContextOnlyRole))
                announced = true;
        }
        QVERIFY(announced);
    }

    void textIsSearchedInTheBodyOnly()
    {
        m_filter->setTextFilter(QStringLiteral("harbour"));
        QCOMPARE(shown(), QStringLiteral("a e"));
        m_filter->setTextFilter(QStringLiteral("gus"));
        QCOMPARE(shown(), QString());
        QCOMPARE(m_filter->matchCount(), 0);
        // Spaces alone filter nothing.
        m_filter->setTextFilter(QStringLiteral("   "));
        QVERIFY(!m_filter->isFiltering());
        QCOMPARE(m_filter->matchCount(), 7);
    }

    void tagsByIdOnWholeComments()
    {
        m_filter->setTagFilter({safety}, {});
        QCOMPARE(shown(), QStringLiteral("(a) (b) c"));
        // Passages know only tag names: an id alone does not find them.
        m_filter->setTagFilter({cost}, {});
        QCOMPARE(shown(), QString());
        QCOMPARE(m_filter->tagIdFilter(), QSet<qint64>({cost}));
    }

    void tagsByNameOnPassagesAndWholeComments()
    {
        m_filter->setTagFilter({cost}, {QStringLiteral("Cost")});
        QCOMPARE(shown(), QStringLiteral("(a) d"));
        m_filter->setTagFilter({}, {QStringLiteral("Other"), QStringLiteral("Cost")});
        QCOMPARE(shown(), QStringLiteral("(a) d (e) f"));
        QCOMPARE(m_filter->matchCount(), 2);
        QCOMPARE(m_filter->tagNameFilter(), QStringList({QStringLiteral("Other"), QStringLiteral("Cost")}));
        // An orphaned passage carries no tag.
        m_filter->setTagFilter({}, {QStringLiteral("Safety")});
        QCOMPARE(shown(), QStringLiteral("(a) (b) c"));
    }

    void criteriaCombineWithAnd()
    {
        m_filter->setTagFilter({safety, cost}, {QStringLiteral("Safety"), QStringLiteral("Cost")});
        QCOMPARE(shown(), QStringLiteral("(a) (b) c d"));
        m_filter->setAuthorFilter(QStringLiteral("di"));
        QCOMPARE(shown(), QStringLiteral("(a) d"));
        m_filter->setTextFilter(QStringLiteral("money"));
        QCOMPARE(shown(), QString());
        m_filter->setAuthorFilter(QString());
        QCOMPARE(shown(), QStringLiteral("(a) (b) c"));

        QSignalSpy changed(m_filter.get(), &CommentFilterModel::filterChanged);
        m_filter->clearFilters();
        QCOMPARE(changed.count(), 1);
        QVERIFY(!m_filter->isFiltering());
        QCOMPARE(shown(), QStringLiteral("a b c d e f g"));
        m_filter->clearFilters();
        QCOMPARE(changed.count(), 1);
    }

    void followsNewAnnotations()
    {
        m_filter->setTagFilter({other}, {QStringLiteral("Other")});
        QCOMPARE(m_filter->matchCount(), 1);
        QList<Annotation> more = m_annotations;
        more.append(annotation(107, {other}));
        m_source.setAnnotations(more, m_tags);
        QCOMPARE(shown(), QStringLiteral("(e) f g"));
        QCOMPARE(m_filter->matchCount(), 2);
        m_source.setAnnotations({}, m_tags);
        QCOMPARE(shown(), QString());
        QCOMPARE(m_filter->matchCount(), 0);
    }

    void tagPathsTakeInSubTagsAndPassages()
    {
        const qint64 crew = 4;
        const Tag crewTag{crew, safety, QStringLiteral("Crew"), Qt::green, {}, 0};
        QHash<qint64, Tag> tags = m_tags;
        tags.insert(crew, crewTag);
        QList<Annotation> annotations = m_annotations;
        const QString first = plainText(m_document.comments.at(6).blocks);
        annotations.append(annotation(107, {crew}, TextRange::fromText(first, 0, 5)));
        m_source.setAnnotations(annotations, tags);
        m_filter->setCodebook(tags.values());

        // Without the annotations, ids find whole comments only, as with setTagFilter().
        m_filter->setTagPathFilter(QStringLiteral(" Safety "));
        QCOMPARE(m_filter->tagPathFilter(), QStringLiteral("Safety"));
        QCOMPARE(m_filter->tagIdFilter(), QSet<qint64>({safety, crew}));
        QCOMPARE(shown(), QStringLiteral("(a) (b) c"));
        // With them, passages too, the sub-tag's included.
        m_filter->setAnnotations(annotations);
        QCOMPARE(shown(), QStringLiteral("(a) (b) c g"));
        QCOMPARE(m_filter->matchCount(), 2);
        m_filter->setTagPathFilter(QStringLiteral("Safety/Crew"));
        QCOMPARE(shown(), QStringLiteral("g"));
        // Part of a path, in any case, while it is being typed.
        m_filter->setTagPathFilter(QStringLiteral("co"));
        QCOMPARE(shown(), QStringLiteral("(a) d"));
        // A text that names no tag shows nothing rather than everything.
        m_filter->setTagPathFilter(QStringLiteral("Weather"));
        QVERIFY(m_filter->isFiltering());
        QCOMPARE(shown(), QString());

        // The path is looked up again when the codebook changes.
        m_filter->setTagPathFilter(QStringLiteral("Crew"));
        QCOMPARE(shown(), QStringLiteral("g"));
        tags[crew].name = QStringLiteral("Staff");
        m_filter->setCodebook(tags.values());
        QCOMPARE(shown(), QString());

        // Tags set by id replace the path; clearing takes both away.
        m_filter->setTagFilter({cost}, {});
        QCOMPARE(m_filter->tagPathFilter(), QString());
        QCOMPARE(shown(), QStringLiteral("(a) d"));
        m_filter->setTagPathFilter(QString());
        QVERIFY(!m_filter->isFiltering());
        m_filter->setTagPathFilter(QStringLiteral("Other"));
        m_filter->clearFilters();
        QVERIFY(!m_filter->isFiltering());
        QCOMPARE(m_filter->tagPathFilter(), QString());
    }

    void tagsNamedByAText()
    {
        // Risk (1) / Safety (2) / Crew (3); Cost (4) / Safety (5); Co\/op (6)
        const QList<Tag> codebook = {
            Tag{1, 0, QStringLiteral("Risk"), Qt::red, {}, 0},   Tag{2, 1, QStringLiteral("Safety"), Qt::red, {}, 0},
            Tag{3, 2, QStringLiteral("Crew"), Qt::red, {}, 0},   Tag{4, 0, QStringLiteral("Cost"), Qt::red, {}, 1},
            Tag{5, 4, QStringLiteral("Safety"), Qt::red, {}, 0}, Tag{6, 0, QStringLiteral("Co/op"), Qt::red, {}, 2},
        };
        using Ids = QSet<qint64>;
        QCOMPARE(CommentFilterModel::tagsNamedBy(codebook, QStringLiteral("Risk")), Ids({1, 2, 3}));
        QCOMPARE(CommentFilterModel::tagsNamedBy(codebook, QStringLiteral("Risk/Safety")), Ids({2, 3}));
        QCOMPARE(CommentFilterModel::tagsNamedBy(codebook, QStringLiteral("Crew")), Ids({3}));
        // A name two tags share is not one tag's: every path that holds it counts.
        QCOMPARE(CommentFilterModel::tagsNamedBy(codebook, QStringLiteral("Safety")), Ids({2, 3, 5}));
        QCOMPARE(CommentFilterModel::tagsNamedBy(codebook, QStringLiteral("cost/SAF")), Ids({5}));
        QCOMPARE(CommentFilterModel::tagsNamedBy(codebook, QStringLiteral("Co\\/op")), Ids({6}));
        QCOMPARE(CommentFilterModel::tagsNamedBy(codebook, QStringLiteral("co")), Ids({4, 5, 6}));
        QCOMPARE(CommentFilterModel::tagsNamedBy(codebook, QStringLiteral("Weather")), Ids());
        QCOMPARE(CommentFilterModel::tagsNamedBy(codebook, QStringLiteral("  ")), Ids());
    }

    void coders()
    {
        QList<Annotation> annotations = m_annotations;
        annotations[0].coder = QStringLiteral("Ann");    // c, Safety
        annotations[1].coder = QStringLiteral("Joanna"); // d, a Cost passage
        annotations[2].coder = QStringLiteral("Bea");    // f, Other
        annotations[3].coder = QStringLiteral("Ann");    // f, orphaned: it counts for nobody

        // Who coded what is known only from the annotations.
        m_filter->setCoderFilter(QStringLiteral(" Ann"));
        QCOMPARE(m_filter->coderFilter(), QStringLiteral("Ann"));
        QVERIFY(m_filter->isFiltering());
        QCOMPARE(shown(), QString());
        m_filter->setAnnotations(annotations);
        QCOMPARE(shown(), QStringLiteral("(a) (b) c"));
        // A whole name in any case is that coder only; a part of names, every coder who has it.
        m_filter->setCoderFilter(QStringLiteral("ANN"));
        QCOMPARE(shown(), QStringLiteral("(a) (b) c"));
        m_filter->setCoderFilter(QStringLiteral("anna"));
        QCOMPARE(shown(), QStringLiteral("(a) d"));
        m_filter->setCoderFilter(QStringLiteral("n"));
        QCOMPARE(shown(), QStringLiteral("(a) (b) c d"));
        QCOMPARE(m_filter->matchCount(), 2);
        // With the other criteria, AND.
        m_filter->setTagFilter({cost}, {});
        QCOMPARE(shown(), QStringLiteral("(a) d"));
        m_filter->setTagFilter({}, {});
        m_filter->setAuthorFilter(QStringLiteral("cy"));
        QCOMPARE(shown(), QStringLiteral("(a) (b) c"));

        // New annotations are followed without the criterion being set again.
        m_filter->setAuthorFilter(QString());
        m_filter->setCoderFilter(QStringLiteral("Bea"));
        QCOMPARE(shown(), QStringLiteral("(e) f"));
        Annotation more = annotation(107, {other});
        more.coder = QStringLiteral("Bea");
        annotations.append(more);
        m_filter->setAnnotations(annotations);
        QCOMPARE(shown(), QStringLiteral("(e) f g"));
        m_filter->clearFilters();
        QCOMPARE(m_filter->coderFilter(), QString());
        QVERIFY(!m_filter->isFiltering());
    }

    void untagged()
    {
        QSignalSpy changed(m_filter.get(), &CommentFilterModel::filterChanged);
        // From the comments' own tags: c and f carry one on the whole comment, d on a passage.
        m_filter->setUntaggedFilter(true);
        QCOMPARE(changed.count(), 1);
        QVERIFY(m_filter->untaggedFilter());
        QVERIFY(m_filter->isFiltering());
        QCOMPARE(shown(), QStringLiteral("a b e g"));
        QCOMPARE(m_filter->matchCount(), 4);
        m_filter->setUntaggedFilter(true);
        QCOMPARE(changed.count(), 1);

        // The same from the annotations; a note without a tag leaves a comment untagged.
        QList<Annotation> annotations = m_annotations;
        Annotation note = annotation(105, {});
        note.note = QStringLiteral("Check the photos");
        note.coder = QStringLiteral("Ann");
        annotations.append(note);
        m_filter->setAnnotations(annotations);
        QCOMPARE(shown(), QStringLiteral("a b e g"));
        m_filter->setCoderFilter(QStringLiteral("Ann"));
        QCOMPARE(shown(), QStringLiteral("e"));
        m_filter->setCoderFilter(QString());

        // Tagging a comment under the filter keeps it in view, so that the one being coded does not
        // vanish; it no longer counts as a match, and the filter set again takes it out.
        annotations.append(annotation(107, {cost}));
        m_source.setAnnotations(annotations, m_tags);
        m_filter->setAnnotations(annotations);
        QCOMPARE(shown(), QStringLiteral("a b e g"));
        QCOMPARE(m_filter->matchCount(), 3);
        m_filter->setUntaggedFilter(false);
        m_filter->setUntaggedFilter(true);
        QCOMPARE(shown(), QStringLiteral("a b e"));
        // With a text, AND.
        m_filter->setTextFilter(QStringLiteral("photos"));
        QCOMPARE(shown(), QStringLiteral("e"));
        m_filter->setUntaggedFilter(false);
        QCOMPARE(shown(), QStringLiteral("e"));
    }

    void followsAnotherDocument()
    {
        m_filter->setAuthorFilter(QStringLiteral("zed"));
        QCOMPARE(shown(), QString());
        Document second;
        second.comments = {
            comment(QStringLiteral("x"), {}, QStringLiteral("Xi"), QStringLiteral("Hello")),
            comment(QStringLiteral("y"), QStringLiteral("x"), QStringLiteral("Zed"), QStringLiteral("Hi")),
        };
        m_source.setDocument(second);
        QCOMPARE(shown(), QStringLiteral("(x) y"));
        QCOMPARE(m_filter->matchCount(), 1);
        // Without stored ids the comments carry no tags, and a tag filter finds none.
        m_filter->setTagFilter({safety}, {QStringLiteral("Safety")});
        QCOMPARE(shown(), QString());
        m_source.setDocument(m_document, m_storedIds);
    }
};

QTEST_MAIN(TestCommentFilterModel)
#include "tst_commentfiltermodel.moc"
