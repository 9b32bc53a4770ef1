#include "QtWarnings.h"
#include "RequireChild.h"
#include "TestSupport.h"
#include "annotations/AnnotationListModel.h"
#include "annotations/AnnotationsPanel.h"
#include "cli/CommandLine.h"
#include "comments/CommentTreeModel.h"
#include "comments/CommentTreeView.h"
#include "common/MessageBoxes.h"
#include "import/ImporterRegistry.h"
#include "mainwindow/MainWindow.h"
#include "project/Project.h"
#include "project/ProjectManager.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace glossator;

using Column = AnnotationListModel::Column;

class TestAnnotationsPanel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Project> m_project;
    StoredDocument m_stored;
    int m_counter = 0;
    qint64 m_safety = 0;
    qint64 m_tone = 0;
    const QColor m_safetyColor{0xE6, 0x9F, 0x00};

    qint64 tag(const QString& name, const QColor& color)
    {
        Tag t;
        t.name = name;
        t.color = color;
        return m_project->createTag(t).value_or(0);
    }

    // commentIndex -1 is the article; an empty passage tags the whole target.
    qint64 annotate(int commentIndex, const QString& passage, const QList<qint64>& tags,
                    const QString& note = QString())
    {
        Annotation a;
        a.documentId = m_stored.id;
        a.commentId = commentIndex < 0 ? 0 : m_stored.commentIds.at(commentIndex);
        const QString text = commentIndex < 0 ? plainText(m_stored.document.article.blocks)
                                              : plainText(m_stored.document.comments.at(commentIndex).blocks);
        if (!passage.isEmpty()) {
            const int at = int(text.indexOf(passage));
            if (at < 0)
                qFatal("test set-up: \"%s\" is not in target %d", qPrintable(passage), commentIndex);
            a.range = TextRange::fromText(text, at, at + int(passage.size()));
        }
        a.tagIds = tags;
        a.note = note;
        const auto id = m_project->addAnnotation(a);
        if (!id)
            qFatal("test set-up: %s", qPrintable(m_project->lastError()));
        return *id;
    }

    static QAction* action(AnnotationsPanel& panel, const char* name) { return test::requireAction(&panel, name); }

    // What the table shows in one column, top to bottom.
    static QStringList shown(AnnotationsPanel& panel, int column, int role = Qt::DisplayRole)
    {
        QStringList texts;
        const QAbstractItemModel* model = panel.view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            texts.append(model->index(row, column).data(role).toString());
        return texts;
    }

    static QModelIndex indexOf(AnnotationsPanel& panel, qint64 annotationId, int column = Column::TargetColumn)
    {
        const int row = panel.model()->rowOf(annotationId);
        return row < 0 ? QModelIndex() : panel.proxyModel()->mapFromSource(panel.model()->index(row, column));
    }

    [[nodiscard]] static bool select(AnnotationsPanel& panel, qint64 annotationId)
    {
        return panel.selectAnnotation(annotationId) && panel.currentAnnotation() == annotationId;
    }

    [[nodiscard]] static bool showActive(AnnotationsPanel& panel)
    {
        panel.resize(900, 400);
        panel.show();
        panel.activateWindow();
        return QTest::qWaitForWindowActive(&panel);
    }

private slots:
    void initTestCase() { cli::initialiseApplication(); }

    void init()
    {
        test::failOnItemViewWarnings();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("a%1.glossa").arg(++m_counter));
        ProjectError error;
        auto store = ProjectStore::create(m_path, &error);
        QVERIFY2(store, qPrintable(error.message));
        const ImportResult imported = ImporterRegistry::instance().importFile(test::sampleArticle());
        QVERIFY(imported.ok());
        const qint64 id = store->addDocument(*imported.document, {QStringLiteral("sample.txt"), "x", {}}).value();
        m_stored = *store->loadDocument(id);
        m_project = std::make_unique<Project>(std::move(store));
        m_project->setCoder(QStringLiteral("Ana"));
        m_safety = tag(QStringLiteral("Safety"), m_safetyColor);
        m_tone = tag(QStringLiteral("Tone"), QColor(0x56, 0xB4, 0xE9));
        QVERIFY(m_safety > 0 && m_tone > m_safety);
    }

    void cleanup()
    {
        QCOMPARE(MessageBoxes::pendingAnswers(), 0);
        m_project.reset();
    }

    void columnsShowEachAnnotation()
    {
        AnnotationsPanel panel;
        QAbstractItemModelTester modelTester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(panel.proxyModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setProject(m_project.get());
        QCOMPARE(panel.model()->rowCount(), 0);
        panel.setDocument(&m_stored);

        // Made out of reading order; the table lists them in it.
        const qint64 onDaniel = annotate(2, QStringLiteral("regatta committee"), {m_tone});
        const qint64 wholeMargit = annotate(0, QString(), {m_safety, m_tone});
        const qint64 onArticle =
            annotate(-1, QStringLiteral("lifting section"), {m_safety}, QStringLiteral("Check the\ntimetable"));
        QCOMPARE(panel.model()->rowCount(), 3);
        QCOMPARE(panel.model()->columnCount(), int(Column::ColumnCount));
        QCOMPARE(shown(panel, Column::TargetColumn, AnnotationListModel::AnnotationIdRole),
                 (QStringList{QString::number(onArticle), QString::number(wholeMargit), QString::number(onDaniel)}));

        const Comment& margit = m_stored.document.comments.at(0);
        const Comment& daniel = m_stored.document.comments.at(2);
        QCOMPARE(margit.author, QStringLiteral("Margit Holm"));
        QCOMPARE(shown(panel, Column::TargetColumn),
                 (QStringList{QStringLiteral("Article"), QStringLiteral("Margit Holm (%1)").arg(margit.id),
                              QStringLiteral("Daniel K. Osei (%1)").arg(daniel.id)}));
        QCOMPARE(shown(panel, Column::QuoteColumn),
                 (QStringList{QStringLiteral("lifting section"), QStringLiteral("(whole comment)"),
                              QStringLiteral("regatta committee")}));
        QCOMPARE(shown(panel, Column::TagsColumn),
                 (QStringList{QStringLiteral("Safety"), QStringLiteral("Safety, Tone"), QStringLiteral("Tone")}));
        QCOMPARE(shown(panel, Column::NoteColumn),
                 (QStringList{QStringLiteral("Check the timetable"), QString(), QString()}));
        QCOMPARE(shown(panel, Column::CoderColumn), (QStringList(3, QStringLiteral("Ana"))));

        const QModelIndex article = indexOf(panel, onArticle);
        QCOMPARE(article.siblingAtColumn(Column::TagsColumn).data(Qt::DecorationRole).value<QColor>(), m_safetyColor);
        QCOMPARE(article.data(AnnotationListModel::NoteRole).toString(), QStringLiteral("Check the\ntimetable"));
        QCOMPARE(article.data(AnnotationListModel::CommentIdRole).toLongLong(), 0);
        const QString articleText = plainText(m_stored.document.article.blocks);
        const int start = int(articleText.indexOf(QStringLiteral("lifting section")));
        QCOMPARE(article.data(AnnotationListModel::RangeStartRole).toInt(), start);
        QCOMPARE(article.siblingAtColumn(Column::NoteColumn).data(AnnotationListModel::RangeEndRole).toInt(),
                 start + 15);
        QCOMPARE(article.data(AnnotationListModel::OrphanedRole).toBool(), false);
        QVERIFY(article.siblingAtColumn(Column::QuoteColumn).data(Qt::DecorationRole).isNull());

        const QModelIndex whole = indexOf(panel, wholeMargit, Column::QuoteColumn);
        QCOMPARE(whole.data(AnnotationListModel::CommentIdRole).toLongLong(), m_stored.commentIds.at(0));
        QVERIFY(!whole.data(AnnotationListModel::RangeStartRole).isValid());
        QVERIFY(!whole.data(AnnotationListModel::RangeEndRole).isValid());
        QCOMPARE(whole.data(AnnotationListModel::TagIdsRole).value<QList<qint64>>(), (QList<qint64>{m_safety, m_tone}));
        QCOMPARE(whole.data(AnnotationListModel::TagNamesRole).toStringList(),
                 (QStringList{QStringLiteral("Safety"), QStringLiteral("Tone")}));

        // Local time without seconds.
        const QDateTime modified = m_project->store().annotation(onDaniel)->modified.toLocalTime();
        const QString time = indexOf(panel, onDaniel, Column::ModifiedColumn).data().toString();
        QVERIFY2(time.contains(QLocale().toString(modified.date(), QLocale::ShortFormat)), qPrintable(time));
        QVERIFY2(time.endsWith(modified.toString(QStringLiteral("HH:mm"))), qPrintable(time));
        QVERIFY2(!time.contains(modified.toString(QStringLiteral("HH:mm:ss"))), qPrintable(time));

        const QStringList headers{QStringLiteral("Target"), QStringLiteral("Quote"), QStringLiteral("Tags"),
                                  QStringLiteral("Note"),   QStringLiteral("Coder"), QStringLiteral("Modified")};
        for (int column = 0; column < headers.size(); ++column) {
            QCOMPARE(panel.model()->headerData(column, Qt::Horizontal).toString(), headers.at(column));
            QVERIFY(!panel.model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        }
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("annotationCount"))
                    ->text()
                    .startsWith(QStringLiteral("3 annotation")));
    }

    void filterMatchesQuoteTagsNoteAndAuthorInAnyCase()
    {
        AnnotationsPanel panel;
        QAbstractItemModelTester proxyTester(panel.proxyModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setProject(m_project.get());
        panel.setDocument(&m_stored);
        annotate(-1, QStringLiteral("lifting section"), {m_safety}, QStringLiteral("Check the timetable"));
        const qint64 margit = annotate(0, QString(), {m_safety, m_tone});
        const qint64 daniel = annotate(2, QStringLiteral("regatta committee"), {m_tone});
        auto* filter = panel.findChild<QLineEdit*>(QStringLiteral("annotationFilter"));
        QVERIFY(filter);
        const auto rowsFor = [&](const QString& text) {
            filter->clear();
            QTest::keyClicks(filter, text);
            return panel.proxyModel()->rowCount();
        };

        QCOMPARE(rowsFor(QStringLiteral("SAFETY")), 2);     // tags
        QCOMPARE(rowsFor(QStringLiteral("margit")), 1);     // the commenter
        QCOMPARE(rowsFor(QStringLiteral("TimeTable")), 1);  // the note
        QCOMPARE(rowsFor(QStringLiteral("Regatta")), 1);    // the quote
        QCOMPARE(rowsFor(QStringLiteral("tone  holm")), 1); // every word, anywhere
        QCOMPARE(shown(panel, Column::TargetColumn, AnnotationListModel::AnnotationIdRole),
                 QStringList{QString::number(margit)});
        QCOMPARE(rowsFor(QStringLiteral("tone osei")), 1);
        QCOMPARE(shown(panel, Column::TargetColumn, AnnotationListModel::AnnotationIdRole),
                 QStringList{QString::number(daniel)});
        QCOMPARE(rowsFor(QStringLiteral("safety regatta")), 0);
        QCOMPARE(rowsFor(QStringLiteral("Ana")), 0); // the coder is not searched
        QCOMPARE(rowsFor(QStringLiteral("lifting")), 1);
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("annotationCount"))
                    ->text()
                    .startsWith(QStringLiteral("1 of 3 annotation")));
        filter->clear();
        QCOMPARE(panel.proxyModel()->rowCount(), 3);

        // Selecting a hidden annotation brings it back into view.
        QCOMPARE(rowsFor(QStringLiteral("lifting")), 1);
        QVERIFY(select(panel, daniel));
        QVERIFY(filter->text().isEmpty());
        QVERIFY(!panel.selectAnnotation(987654));
    }

    void orphansAreMarkedAndCanBeShownAlone()
    {
        AnnotationsPanel panel;
        QAbstractItemModelTester modelTester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setProject(m_project.get());
        panel.setDocument(&m_stored);
        const qint64 kept = annotate(2, QStringLiteral("regatta committee"), {m_safety});
        const qint64 lost = annotate(2, QStringLiteral("asked politely"), {m_tone});

        // The paragraph holding "asked politely" is removed: that passage cannot be placed again.
        QList<Block> blocks = m_stored.document.comments.at(2).blocks;
        QVERIFY(blocks.at(2).text.contains(QStringLiteral("asked politely")));
        blocks.removeAt(2);
        QVERIFY(m_project->replaceTargetBlocks(m_stored.id, m_stored.commentIds.at(2), blocks,
                                               QStringLiteral("Fix comment")));
        const QModelIndex orphan = indexOf(panel, lost, Column::QuoteColumn);
        QVERIFY(orphan.data(AnnotationListModel::OrphanedRole).toBool());
        QCOMPARE(orphan.data().toString(), QStringLiteral("(orphaned) asked politely"));
        QVERIFY(!orphan.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(orphan.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Orphaned")));
        const QModelIndex placed = indexOf(panel, kept, Column::QuoteColumn);
        QVERIFY(!placed.data(AnnotationListModel::OrphanedRole).toBool());
        QCOMPARE(placed.data().toString(), QStringLiteral("regatta committee"));
        QVERIFY(placed.data(Qt::DecorationRole).isNull());
        const QString count = test::requireChild<QLabel>(&panel, "annotationCount")->text();
        QVERIFY2(count.startsWith(QStringLiteral("2 annotation")) && count.endsWith(QStringLiteral(", 1 orphaned")),
                 qPrintable(count));

        auto* onlyOrphans = panel.findChild<QCheckBox*>(QStringLiteral("onlyOrphans"));
        QVERIFY(onlyOrphans);
        onlyOrphans->setChecked(true);
        QCOMPARE(shown(panel, Column::TargetColumn, AnnotationListModel::AnnotationIdRole),
                 QStringList{QString::number(lost)});
        // The word filter and the orphan filter apply together.
        QTest::keyClicks(panel.findChild<QLineEdit*>(QStringLiteral("annotationFilter")), QStringLiteral("regatta"));
        QCOMPARE(panel.proxyModel()->rowCount(), 0);
        test::requireChild<QLineEdit>(&panel, "annotationFilter")->clear();
        onlyOrphans->setChecked(false);
        QCOMPARE(panel.proxyModel()->rowCount(), 2);

        m_project->undoStack()->undo();
        QVERIFY(!indexOf(panel, lost).data(AnnotationListModel::OrphanedRole).toBool());
        QCOMPARE(indexOf(panel, lost, Column::QuoteColumn).data().toString(), QStringLiteral("asked politely"));
    }

    void sortsByEachColumn()
    {
        AnnotationsPanel panel;
        panel.setProject(m_project.get());
        panel.setDocument(&m_stored);
        // Distinct modification times, oldest first.
        const qint64 daniel = annotate(2, QStringLiteral("regatta committee"), {m_tone}, QStringLiteral("b"));
        QTest::qSleep(5);
        const qint64 article = annotate(-1, QStringLiteral("lifting section"), {m_safety}, QStringLiteral("c"));
        QTest::qSleep(5);
        const qint64 margit = annotate(0, QString(), {m_safety, m_tone}, QStringLiteral("A"));
        const auto order = [&] {
            return shown(panel, Column::TargetColumn, AnnotationListModel::AnnotationIdRole);
        };
        const auto ids = [](std::initializer_list<qint64> list) {
            QStringList texts;
            for (const qint64 id : list)
                texts.append(QString::number(id));
            return texts;
        };

        // By default, and by target: reading order.
        QCOMPARE(order(), ids({article, margit, daniel}));
        panel.view()->sortByColumn(Column::TargetColumn, Qt::DescendingOrder);
        QCOMPARE(order(), ids({daniel, margit, article}));
        panel.view()->sortByColumn(Column::NoteColumn, Qt::AscendingOrder); // in any case
        QCOMPARE(order(), ids({margit, daniel, article}));
        panel.view()->sortByColumn(Column::QuoteColumn, Qt::AscendingOrder);
        QCOMPARE(order(), ids({margit, article, daniel}));
        panel.view()->sortByColumn(Column::TagsColumn, Qt::AscendingOrder);
        QCOMPARE(order(), ids({article, margit, daniel}));
        panel.view()->sortByColumn(Column::ModifiedColumn, Qt::DescendingOrder);
        QCOMPARE(order(), ids({margit, article, daniel}));
        // A change re-sorts: the edited annotation is now the newest.
        QTest::qSleep(5);
        QVERIFY(m_project->setAnnotationNote(daniel, QStringLiteral("later")));
        QCOMPARE(order(), ids({daniel, margit, article}));
        QCOMPARE(panel.view()->horizontalHeader()->sortIndicatorSection(), int(Column::ModifiedColumn));
    }

    void doubleClickEnterAndMenuAskToJump()
    {
        AnnotationsPanel panel;
        panel.setProject(m_project.get());
        panel.setDocument(&m_stored);
        const qint64 article = annotate(-1, QStringLiteral("lifting section"), {m_safety});
        const qint64 margit = annotate(0, QString(), {m_tone});
        QVERIFY(showActive(panel));
        QSignalSpy spy(&panel, &AnnotationsPanel::jumpRequested);

        QTableView* view = panel.view();
        const QRect cell = view->visualRect(indexOf(panel, margit, Column::QuoteColumn));
        QVERIFY(cell.isValid());
        // A double-click as the window system delivers it: a click, then the double-click event.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(spy.size(), 0);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toLongLong(), margit);

        QVERIFY(select(panel, article));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(0).toLongLong(), article);

        QAction* show = action(panel, "actionShowAnnotation");
        QVERIFY(show && show->isEnabled());
        show->trigger();
        QCOMPARE(spy.size(), 3);
        QCOMPARE(spy.at(2).at(0).toLongLong(), article);

        // Enter in the filter field moves to the list rather than jumping.
        auto* filter = panel.findChild<QLineEdit*>(QStringLiteral("annotationFilter"));
        filter->setFocus();
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(spy.size(), 3);
        QVERIFY(view->hasFocus());
    }

    void editNoteAndUndo()
    {
        AnnotationsPanel panel;
        panel.setProject(m_project.get());
        panel.setDocument(&m_stored);
        const qint64 first = annotate(-1, QStringLiteral("lifting section"), {m_safety}, QStringLiteral("old"));
        annotate(1, QString(), {m_tone});
        QAction* edit = action(panel, "actionEditNote");
        QVERIFY(edit);
        QCOMPARE(edit->shortcut(), QKeySequence(Qt::Key_F2));
        QVERIFY(select(panel, first));
        QVERIFY(edit->isEnabled());

        const int steps = m_project->undoStack()->count();
        MessageBoxes::queueText(std::nullopt); // cancelled
        edit->trigger();
        QCOMPARE(MessageBoxes::askedQuestions().last(), QStringLiteral("annotationNote"));
        QCOMPARE(m_project->undoStack()->count(), steps);

        MessageBoxes::queueText(QStringLiteral("Mentions the timetable"));
        edit->trigger();
        QCOMPARE(m_project->store().annotation(first)->note, QStringLiteral("Mentions the timetable"));
        QCOMPARE(indexOf(panel, first, Column::NoteColumn).data().toString(), QStringLiteral("Mentions the timetable"));
        QCOMPARE(panel.currentAnnotation(), first); // the selection survives the refresh

        m_project->undoStack()->undo();
        QCOMPARE(m_project->store().annotation(first)->note, QStringLiteral("old"));
        QCOMPARE(indexOf(panel, first, Column::NoteColumn).data().toString(), QStringLiteral("old"));
        QCOMPARE(panel.currentAnnotation(), first);
    }

    void deleteWithTheDeleteKeyAndUndo()
    {
        AnnotationsPanel panel;
        QAbstractItemModelTester proxyTester(panel.proxyModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setProject(m_project.get());
        panel.setDocument(&m_stored);
        const qint64 first = annotate(-1, QStringLiteral("lifting section"), {m_safety});
        const qint64 second = annotate(0, QString(), {m_tone});
        QCOMPARE(action(panel, "actionDeleteAnnotation")->shortcut(), QKeySequence(QKeySequence::Delete));
        QVERIFY(showActive(panel));

        // Delete while typing in the filter field edits the text, never the annotations.
        auto* filter = panel.findChild<QLineEdit*>(QStringLiteral("annotationFilter"));
        QVERIFY(select(panel, first));
        filter->setFocus();
        QTest::keyClick(filter, Qt::Key_Delete);
        QCOMPARE(panel.model()->rowCount(), 2);

        panel.view()->setFocus();
        QTest::keyClick(panel.view(), Qt::Key_Delete);
        QVERIFY(!m_project->store().annotation(first));
        QCOMPARE(panel.model()->rowCount(), 1);
        // The next row takes the deleted one's place, ready for another Delete.
        QCOMPARE(panel.currentAnnotation(), second);

        m_project->undoStack()->undo();
        QVERIFY(m_project->store().annotation(first));
        QCOMPARE(panel.model()->rowCount(), 2);
        QVERIFY(indexOf(panel, first).isValid());
    }

    void removeTagKeepsTheOthersOrDeletesTheLast()
    {
        AnnotationsPanel panel;
        panel.setProject(m_project.get());
        panel.setDocument(&m_stored);
        const qint64 both = annotate(-1, QStringLiteral("lifting section"), {m_safety, m_tone});
        const qint64 single = annotate(0, QString(), {m_tone});
        QAction* remove = action(panel, "actionRemoveTag");
        QVERIFY(remove);
        QVERIFY(!remove->shortcut().isEmpty());

        QVERIFY(select(panel, both));
        MessageBoxes::queueChoice(-1); // cancelled
        remove->trigger();
        QCOMPARE(MessageBoxes::askedQuestions().last(), QStringLiteral("removeTagChooser"));
        QCOMPARE(m_project->store().annotation(both)->tagIds, (QList<qint64>{m_safety, m_tone}));

        MessageBoxes::queueChoice(0); // "Safety", listed first as in the Tags column
        remove->trigger();
        QCOMPARE(m_project->store().annotation(both)->tagIds, QList<qint64>{m_tone});
        QCOMPARE(indexOf(panel, both, Column::TagsColumn).data().toString(), QStringLiteral("Tone"));
        QCOMPARE(panel.currentAnnotation(), both);
        m_project->undoStack()->undo();
        QCOMPARE(m_project->store().annotation(both)->tagIds, (QList<qint64>{m_safety, m_tone}));
        QCOMPARE(indexOf(panel, both, Column::TagsColumn).data().toString(), QStringLiteral("Safety, Tone"));

        // Taking off the only tag deletes the annotation, in one undoable step.
        QVERIFY(select(panel, single));
        MessageBoxes::queueChoice(0);
        remove->trigger();
        QVERIFY(!m_project->store().annotation(single));
        QCOMPARE(panel.model()->rowCount(), 1);
        m_project->undoStack()->undo();
        QCOMPARE(m_project->store().annotation(single)->tagIds, QList<qint64>{m_tone});
        QCOMPARE(panel.model()->rowCount(), 2);
    }

    void followsCodebookEditsAndKeepsTheSelection()
    {
        AnnotationsPanel panel;
        QAbstractItemModelTester modelTester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setProject(m_project.get());
        panel.setDocument(&m_stored);
        const qint64 daniel = annotate(2, QStringLiteral("regatta committee"), {m_safety});
        QVERIFY(select(panel, daniel));

        // A new annotation above it moves its row; the selection stays with the annotation.
        annotate(-1, QStringLiteral("lifting section"), {m_tone});
        QCOMPARE(panel.currentAnnotation(), daniel);
        QCOMPARE(panel.view()->currentIndex().row(), 1);

        QVERIFY(m_project->renameTag(m_safety, QStringLiteral("Hazard")));
        QCOMPARE(indexOf(panel, daniel, Column::TagsColumn).data().toString(), QStringLiteral("Hazard"));
        QVERIFY(m_project->recolorTag(m_safety, QColor(0x12, 0x34, 0x56)));
        QCOMPARE(indexOf(panel, daniel, Column::TagsColumn).data(Qt::DecorationRole).value<QColor>(),
                 QColor(0x12, 0x34, 0x56));
        QVERIFY(m_project->mergeTags(m_safety, m_tone));
        QCOMPARE(indexOf(panel, daniel, Column::TagsColumn).data().toString(), QStringLiteral("Tone"));
        QCOMPARE(panel.currentAnnotation(), daniel);

        // Another document, then none, then no project: the list empties.
        panel.setDocument(nullptr);
        QCOMPARE(panel.model()->rowCount(), 0);
        QCOMPARE(panel.currentAnnotation(), 0);
        QVERIFY(!action(panel, "actionDeleteAnnotation")->isEnabled());
        panel.setDocument(&m_stored);
        QCOMPARE(panel.model()->rowCount(), 2);
        panel.setProject(nullptr);
        QCOMPARE(panel.model()->rowCount(), 0);
        QCOMPARE(test::requireChild<QLabel>(&panel, "annotationCount")->text(), QStringLiteral("No document"));
    }

    void noteColumnShowsEveryLineOnHover()
    {
        AnnotationsPanel panel;
        panel.setProject(m_project.get());
        panel.setDocument(&m_stored);
        const QString note =
            QStringLiteral("Check the timetable\n\nand the harbour master's figures, which differ from "
                           "the council's by a good margin in every season of the year");
        const qint64 id = annotate(-1, QStringLiteral("lifting section"), {m_safety}, note);
        const QModelIndex cell = indexOf(panel, id, Column::NoteColumn);
        // One line in the cell, as before; the lines as written, wrapped to a readable width, on hover.
        QCOMPARE(cell.data().toString(), note.simplified());
        const QStringList lines = cell.data(Qt::ToolTipRole).toString().split(QLatin1Char('\n'));
        QCOMPARE(lines.first(), QStringLiteral("Check the timetable"));
        QVERIFY(lines.size() >= 3);
        for (const QString& line : lines)
            QVERIFY2(line.size() <= 80, qPrintable(line));
        QCOMPARE(lines.join(QLatin1Char(' ')), note.simplified());
    }

    // A second document, its article tagged at its first words and one of its comments as a whole.
    qint64 addSecondDocument(QList<qint64>* annotations)
    {
        const ImportResult imported =
            ImporterRegistry::instance().importFile(test::dataFile(QStringLiteral("dragnet-threaded.corrected.txt")));
        if (!imported.ok())
            qFatal("test set-up: cannot import the second document");
        const qint64 id =
            m_project->addDocument(*imported.document, {QStringLiteral("threaded.txt"), "t", {}}).value_or(0);
        const StoredDocument second = *m_project->store().loadDocument(id);
        Annotation onArticle;
        onArticle.documentId = id;
        onArticle.range = TextRange::fromText(plainText(second.document.article.blocks), 0, 8);
        onArticle.tagIds = {m_tone};
        onArticle.note = QStringLiteral("Lanterns");
        annotations->append(m_project->addAnnotation(onArticle).value_or(0));
        Annotation onComment;
        onComment.documentId = id;
        onComment.commentId = second.commentIds.at(1);
        onComment.tagIds = {m_safety};
        annotations->append(m_project->addAnnotation(onComment).value_or(0));
        return id;
    }

    void wholeProjectListsEveryDocumentGroupedByDocument()
    {
        AnnotationsPanel panel;
        QAbstractItemModelTester modelTester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(panel.proxyModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setProject(m_project.get());
        panel.setDocument(&m_stored);
        const qint64 daniel = annotate(2, QStringLiteral("regatta committee"), {m_tone});
        const qint64 article = annotate(-1, QStringLiteral("lifting section"), {m_safety});
        QList<qint64> others;
        const qint64 secondId = addSecondDocument(&others);
        QVERIFY(secondId > 0 && others.size() == 2 && others.at(0) > 0 && others.at(1) > 0);
        const auto ids = [](std::initializer_list<qint64> list) {
            QStringList texts;
            for (const qint64 id : list)
                texts.append(QString::number(id));
            return texts;
        };
        const auto order = [&] {
            return shown(panel, Column::TargetColumn, AnnotationListModel::AnnotationIdRole);
        };

        // This document: its own annotations, and no document column.
        QCOMPARE(panel.scope(), AnnotationsPanel::Scope::Document);
        QCOMPARE(order(), ids({article, daniel}));
        QVERIFY(panel.view()->isColumnHidden(Column::DocumentColumn));

        // The whole project, by the switch: grouped by document in the project's order, each in
        // reading order, with the document's title in a column of its own, first.
        auto* scope = panel.findChild<QComboBox*>(QStringLiteral("annotationScope"));
        QVERIFY(scope);
        QVERIFY(!scope->toolTip().isEmpty());
        scope->setCurrentIndex(scope->findText(QStringLiteral("Whole project")));
        QCOMPARE(panel.scope(), AnnotationsPanel::Scope::Project);
        QCOMPARE(order(), ids({article, daniel, others.at(0), others.at(1)}));
        QVERIFY(!panel.view()->isColumnHidden(Column::DocumentColumn));
        QCOMPARE(panel.view()->horizontalHeader()->visualIndex(Column::DocumentColumn), 0);
        QCOMPARE(shown(panel, Column::DocumentColumn),
                 (QStringList{m_stored.document.article.title, m_stored.document.article.title,
                              QStringLiteral("Lanterns Over the Fjord"), QStringLiteral("Lanterns Over the Fjord")}));
        QCOMPARE(shown(panel, Column::TargetColumn, AnnotationListModel::DocumentIdRole),
                 (QStringList{QString::number(m_stored.id), QString::number(m_stored.id), QString::number(secondId),
                              QString::number(secondId)}));
        QCOMPARE(shown(panel, Column::TargetColumn).at(2), QStringLiteral("Article"));
        const QString count = test::requireChild<QLabel>(&panel, "annotationCount")->text();
        QVERIFY2(count.startsWith(QStringLiteral("4 annotations in 2 document")), qPrintable(count));

        // Sorting by target keeps the documents together; by document, in the project's order.
        panel.view()->sortByColumn(Column::TargetColumn, Qt::DescendingOrder);
        QCOMPARE(order(), ids({others.at(1), others.at(0), daniel, article}));
        panel.view()->sortByColumn(Column::DocumentColumn, Qt::DescendingOrder);
        QCOMPARE(shown(panel, Column::TargetColumn, AnnotationListModel::DocumentIdRole).first(),
                 QString::number(secondId));
        panel.view()->sortByColumn(Column::TargetColumn, Qt::AscendingOrder);

        // The same filters.
        auto* filter = panel.findChild<QLineEdit*>(QStringLiteral("annotationFilter"));
        QTest::keyClicks(filter, QStringLiteral("lanterns"));
        QCOMPARE(order(), ids({others.at(0)}));
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("safety"));
        QCOMPARE(order(), ids({article, others.at(1)}));
        filter->clear();

        // Edits anywhere in the project show; the document shown changing keeps the row chosen.
        QVERIFY(select(panel, others.at(0)));
        Annotation more;
        more.documentId = secondId;
        more.tagIds = {m_safety};
        const qint64 whole = m_project->addAnnotation(more).value_or(0);
        QVERIFY(whole > 0);
        QCOMPARE(panel.model()->rowCount(), 5);
        QCOMPARE(panel.currentAnnotation(), others.at(0));
        const StoredDocument second = *m_project->store().loadDocument(secondId);
        panel.setDocument(&second);
        QCOMPARE(panel.currentAnnotation(), others.at(0));
        QCOMPARE(panel.model()->rowCount(), 5);
        QVERIFY(m_project->removeDocument(secondId));
        QCOMPARE(order(), ids({article, daniel}));
        m_project->undoStack()->undo();
        QCOMPARE(panel.model()->rowCount(), 5);

        // Back to one document with the panel's key.
        panel.setDocument(&m_stored);
        QVERIFY(showActive(panel));
        panel.view()->setFocus();
        QTest::keyClick(panel.view(), Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(panel.scope(), AnnotationsPanel::Scope::Document);
        QCOMPARE(scope->currentText(), QStringLiteral("This document"));
        QCOMPARE(order(), ids({article, daniel}));
        QVERIFY(panel.view()->isColumnHidden(Column::DocumentColumn));
        QVERIFY(action(panel, "actionAnnotationScope"));
        QVERIFY(!action(panel, "actionAnnotationScope")->isChecked());
    }

    void jumpingToAnotherDocumentsAnnotationShowsThatDocument()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString path = m_dir.filePath(QStringLiteral("jump%1.glossa").arg(++m_counter));
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openFile(test::sampleArticle()));
        QVERIFY(window.saveProjectAs(path));
        ProjectManager* projects = window.projectManager();
        const qint64 first = projects->currentDocument()->id;
        QVERIFY(projects->addArticle(test::dataFile(QStringLiteral("dragnet-threaded.corrected.txt"))));
        qint64 second = 0;
        for (const DocumentSummary& summary : projects->documents())
            second = summary.id != first ? summary.id : second;
        QVERIFY(second > 0);
        QVERIFY(projects->selectDocument(first));
        Project* project = projects->project();
        Tag tag;
        tag.name = QStringLiteral("Place");
        tag.color = Qt::darkCyan;
        const qint64 place = *project->createTag(tag);
        const StoredDocument other = *project->store().loadDocument(second);
        const QString reply = plainText(other.document.comments.at(1).blocks);
        Annotation onReply;
        onReply.documentId = second;
        onReply.commentId = other.commentIds.at(1);
        onReply.range = TextRange::fromText(reply, 0, 5);
        onReply.tagIds = {place};
        const qint64 annotationId = *project->addAnnotation(onReply);
        QCOMPARE(projects->currentDocument()->id, first);

        test::requireChild<QDockWidget>(&window, "annotationsDock")->show();
        auto* panel = window.findChild<AnnotationsPanel*>(QStringLiteral("annotationsPanel"));
        QVERIFY(!panel->selectAnnotation(annotationId)); // not in this document's list
        panel->setScope(AnnotationsPanel::Scope::Project);
        QVERIFY(panel->selectAnnotation(annotationId));
        panel->view()->setFocus();
        QTRY_VERIFY(panel->view()->hasFocus());
        QTest::keyClick(panel->view(), Qt::Key_Return);

        // The other document is shown, its comment current and the passage selected.
        QCOMPARE(projects->currentDocument()->id, second);
        auto* tree = window.findChild<CommentTreeView*>(QStringLiteral("commentTree"));
        QCOMPARE(tree->currentIndex().data(CommentTreeModel::StoredIdRole).toLongLong(), other.commentIds.at(1));
        QCOMPARE(tree->selectedPassage(), (std::optional<std::pair<int, int>>{{0, 5}}));
        QCOMPARE(panel->currentAnnotation(), annotationId);
        QCOMPARE(panel->scope(), AnnotationsPanel::Scope::Project);
        window.close();
    }

    void readOnlyProjectAllowsOnlyJumping()
    {
        const qint64 id = annotate(-1, QStringLiteral("lifting section"), {m_safety});
        ProjectError error;
        auto reader = ProjectStore::open(m_path, ProjectStore::Access::ReadOnly, &error);
        QVERIFY2(reader, qPrintable(error.message));
        Project readOnly(std::move(reader));
        AnnotationsPanel panel;
        panel.setProject(&readOnly);
        panel.setDocument(&m_stored);
        QVERIFY(select(panel, id));
        QVERIFY(action(panel, "actionShowAnnotation")->isEnabled());
        for (const char* name : {"actionEditNote", "actionDeleteAnnotation", "actionRemoveTag"})
            QVERIFY2(!action(panel, name)->isEnabled(), name);
    }

    void controlsAreNamedExplainedAndReachable()
    {
        AnnotationsPanel panel;
        QCOMPARE(panel.objectName(), QStringLiteral("annotationsPanel"));
        for (const char* name :
             {"annotationFilter", "onlyOrphans", "annotationTable", "annotationCount", "annotationScope"}) {
            auto* widget = panel.findChild<QWidget*>(QString::fromLatin1(name));
            QVERIFY2(widget, name);
            QVERIFY2(!widget->toolTip().isEmpty(), name);
        }
        QCOMPARE(test::requireChild<QCheckBox>(&panel, "onlyOrphans")->text(), QStringLiteral("&Orphans only"));
        QCOMPARE(action(panel, "actionFilterAnnotations")->shortcut(), QKeySequence(QStringLiteral("Ctrl+Alt+F")));
        for (QAction* each : panel.actions()) {
            QVERIFY2(!each->objectName().isEmpty(), qPrintable(each->text()));
            QVERIFY2(!each->toolTip().isEmpty(), qPrintable(each->objectName()));
            // Showing in the text is Enter on the table itself; the rest have their own keys.
            if (each->objectName() != QStringLiteral("actionShowAnnotation"))
                QVERIFY2(!each->shortcut().isEmpty(), qPrintable(each->objectName()));
        }
        QCOMPARE(panel.view()->contextMenuPolicy(), Qt::ActionsContextMenu);
        QCOMPARE(panel.view()->actions().size(), 4);
        QVERIFY(panel.view()->isSortingEnabled());

        // Ctrl+Alt+F anywhere in the panel goes to the filter field (Ctrl+F finds in the text).
        QVERIFY(showActive(panel));
        panel.view()->setFocus();
        QTest::keyClick(panel.view(), Qt::Key_F, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(test::requireChild<QLineEdit>(&panel, "annotationFilter")->hasFocus());
    }
};

QTEST_MAIN(TestAnnotationsPanel)
#include "tst_annotationspanel.moc"
