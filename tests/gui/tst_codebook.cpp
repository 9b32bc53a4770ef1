#include "ModalDialogs.h"
#include "QtWarnings.h"
#include "RequireChild.h"
#include "TestSupport.h"
#include "article/ArticleView.h"
#include "cli/CommandLine.h"
#include "common/MessageBoxes.h"
#include "import/ImporterRegistry.h"
#include "mainwindow/MainWindow.h"
#include "project/Project.h"
#include "project/ProjectManager.h"
#include "tags/CodebookPanel.h"
#include "tags/TagTreeModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QColorDialog>
#include <QDir>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace glossator;

class TestCodebook : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_documentId = 0;
    int m_counter = 0;

    static QAction* action(CodebookPanel& panel, const char* name) { return test::requireAction(&panel, name); }

    qint64 annotateWholeComment(int commentIndex, const QList<qint64>& tagIds)
    {
        const auto stored = m_project->store().loadDocument(m_documentId);
        Annotation annotation;
        annotation.documentId = m_documentId;
        annotation.commentId = stored->commentIds.at(commentIndex);
        annotation.tagIds = tagIds;
        return m_project->addAnnotation(annotation).value_or(0);
    }

    qint64 annotateWholeComment(int commentIndex, qint64 tagId)
    {
        return annotateWholeComment(commentIndex, QList<qint64>{tagId});
    }

    qint64 makeTag(const QString& name, qint64 parentId = 0, const QColor& color = Qt::blue)
    {
        Tag tag;
        tag.name = name;
        tag.parentId = parentId;
        tag.color = color;
        return m_project->createTag(tag).value_or(0);
    }

    [[nodiscard]] static bool showPanel(CodebookPanel& panel)
    {
        panel.resize(360, 300);
        panel.show();
        return QTest::qWaitForWindowExposed(&panel);
    }

    // The colour in the middle of a row's swatch, as the view draws it.
    static QColor swatchColour(QAbstractItemView* view, const QModelIndex& index)
    {
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.rect = view->visualRect(index);
        option.features = QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasDisplay;
        const int size = view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
        option.decorationSize = view->iconSize().isValid() ? view->iconSize() : QSize(size, size);
        option.text = index.data().toString();
        const QRect swatch = view->style()->subElementRect(QStyle::SE_ItemViewItemDecoration, &option, view);
        const QImage image = view->viewport()->grab().toImage();
        return image.pixelColor(swatch.center() * image.devicePixelRatio());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(ProjectManager::untitledFolder()).removeRecursively();
        cli::initialiseApplication();
    }

    void init()
    {
        test::failOnItemViewWarnings();
        ProjectError error;
        auto store = ProjectStore::create(m_dir.filePath(QStringLiteral("c%1.glossa").arg(++m_counter)), &error);
        QVERIFY2(store, qPrintable(error.message));
        const ImportResult imported = ImporterRegistry::instance().importFile(test::sampleArticle());
        m_documentId = store->addDocument(*imported.document, {QStringLiteral("sample.txt"), "x", {}}).value();
        m_project = std::make_unique<Project>(std::move(store));
    }

    void cleanup()
    {
        QCOMPARE(MessageBoxes::pendingAnswers(), 0);
        m_project.reset();
    }

    void createRecolorDeleteThroughThePanel()
    {
        CodebookPanel panel;
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setProject(m_project.get());
        QVERIFY(action(panel, "actionNewTag")->isEnabled());
        QVERIFY(!action(panel, "actionDeleteTag")->isEnabled()); // nothing selected

        MessageBoxes::queueText(QStringLiteral("Safety"));
        action(panel, "actionNewTag")->trigger();
        QCOMPARE(panel.model()->rowCount(), 1);
        QCOMPARE(panel.currentTag(), m_project->store().tagByPath(QStringLiteral("Safety"))->id);
        const qint64 safety = panel.currentTag();

        MessageBoxes::queueText(QStringLiteral("Storms"));
        action(panel, "actionNewSubTag")->trigger();
        const QModelIndex parent = panel.model()->indexForTag(safety);
        QCOMPARE(panel.model()->rowCount(parent), 1);
        const qint64 storms = panel.currentTag();
        QCOMPARE(m_project->store().tag(storms)->parentId, safety);
        QVERIFY(panel.model()->indexForTag(storms).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Safety")));

        MessageBoxes::queueColor(QColor(0x12, 0x34, 0x56));
        action(panel, "actionRecolorTag")->trigger();
        QCOMPARE(m_project->store().tag(storms)->color, QColor(0x12, 0x34, 0x56));

        // The colour is shown and the uses are counted in their own column.
        annotateWholeComment(1, storms);
        annotateWholeComment(2, storms);
        annotateWholeComment(3, safety);
        const QModelIndex stormsIndex = panel.model()->indexForTag(storms);
        QCOMPARE(stormsIndex.data(Qt::DecorationRole).value<QColor>(), QColor(0x12, 0x34, 0x56));
        QCOMPARE(stormsIndex.siblingAtColumn(TagTreeModel::UsesColumn).data().toInt(), 2);

        // Deleting asks, saying how many annotations use the tag and its sub-tags.
        panel.view()->setCurrentIndex(panel.model()->indexForTag(safety));
        MessageBoxes::queueAnswer(QMessageBox::Cancel);
        action(panel, "actionDeleteTag")->trigger();
        QVERIFY(m_project->store().tag(safety));
        MessageBoxes::queueAnswer(QMessageBox::Yes);
        action(panel, "actionDeleteTag")->trigger();
        QCOMPARE(panel.model()->rowCount(), 0);
        QCOMPARE(MessageBoxes::askedQuestions().last(), QStringLiteral("deleteTagQuestion"));
        m_project->undoStack()->undo();
        QCOMPARE(panel.model()->rowCount(), 1);
        QCOMPARE(panel.model()->indexForTag(storms).siblingAtColumn(TagTreeModel::UsesColumn).data().toInt(), 2);
    }

    void renameInPlaceAndRefuseDuplicates()
    {
        CodebookPanel panel;
        panel.setProject(m_project.get());
        Tag a;
        a.name = QStringLiteral("Anger");
        a.color = Qt::red;
        const qint64 anger = *m_project->createTag(a);
        a.name = QStringLiteral("Joy");
        m_project->createTag(a);
        const QModelIndex index = panel.model()->indexForTag(anger);
        QVERIFY(panel.model()->setData(index, QStringLiteral("Hostility")));
        QCOMPARE(m_project->store().tag(anger)->name, QStringLiteral("Hostility"));
        QVERIFY(!panel.model()->setData(panel.model()->indexForTag(anger), QStringLiteral("Joy")));
        QCOMPARE(m_project->store().tag(anger)->name, QStringLiteral("Hostility"));
    }

    void dragAndDropReparentsAndReorders()
    {
        CodebookPanel panel;
        panel.setProject(m_project.get());
        Tag t;
        t.color = Qt::blue;
        t.name = QStringLiteral("Tone");
        const qint64 tone = *m_project->createTag(t);
        t.name = QStringLiteral("Irony");
        const qint64 irony = *m_project->createTag(t);
        t.name = QStringLiteral("Topic");
        const qint64 topic = *m_project->createTag(t);
        TagTreeModel* model = panel.model();

        std::unique_ptr<QMimeData> data(model->mimeData({model->indexForTag(irony)}));
        QVERIFY(model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, model->indexForTag(tone)));
        model->dropMimeData(data.get(), Qt::MoveAction, -1, 0, model->indexForTag(tone));
        QCOMPARE(m_project->store().tag(irony)->parentId, tone);
        QCOMPARE(model->rowCount(), 2);

        // Dropping "Topic" before "Tone" at the top level reorders them.
        std::unique_ptr<QMimeData> topicData(model->mimeData({model->indexForTag(topic)}));
        model->dropMimeData(topicData.get(), Qt::MoveAction, 0, 0, QModelIndex());
        QCOMPARE(model->index(0, 0).data(TagTreeModel::TagIdRole).toLongLong(), topic);
        QCOMPARE(model->tagsInOrder(), (QList<qint64>{topic, tone, irony}));
        m_project->undoStack()->undo();
        QCOMPARE(model->tagsInOrder(), (QList<qint64>{tone, irony, topic}));
    }

    void mergeThroughThePanel()
    {
        CodebookPanel panel;
        panel.setProject(m_project.get());
        Tag t;
        t.color = Qt::green;
        t.name = QStringLiteral("Anger");
        const qint64 anger = *m_project->createTag(t);
        t.name = QStringLiteral("Hostility");
        const qint64 hostility = *m_project->createTag(t);
        annotateWholeComment(0, anger);
        annotateWholeComment(1, hostility);
        panel.view()->setCurrentIndex(panel.model()->indexForTag(anger));
        MessageBoxes::queueChoice(0); // the only other tag
        QAction* merge = panel.findChild<QAction*>(QStringLiteral("actionMergeTag"));
        QVERIFY(merge->isEnabled());
        merge->trigger();
        QVERIFY(!m_project->store().tag(anger));
        QCOMPARE(panel.model()->indexForTag(hostility).siblingAtColumn(TagTreeModel::UsesColumn).data().toInt(), 2);
    }

    // Making a tag is part of reading: its key works wherever the focus is in the window, while F2 and
    // Delete act on the codebook only when it has the focus.
    void newTagWorksFromAnywhereInTheWindow()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openFile(test::sampleArticle()));
        Project* project = window.projectManager()->project();
        auto* article = window.findChild<ArticleView*>(QStringLiteral("articleView"));
        auto* comments = window.findChild<QTreeView*>(QStringLiteral("commentTree"));
        auto* documents = window.findChild<QListView*>(QStringLiteral("documentList"));
        QVERIFY(article && comments && documents);

        const QList<std::pair<QWidget*, QString>> places{{article, QStringLiteral("From the article")},
                                                         {comments, QStringLiteral("From the comments")},
                                                         {documents, QStringLiteral("From the documents")}};
        for (const auto& [place, name] : places) {
            place->setFocus();
            QTRY_VERIFY(place->hasFocus());
            MessageBoxes::queueText(name);
            QTest::keyClick(place, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(MessageBoxes::askedQuestions().last(), QStringLiteral("newTagName"));
            QVERIFY2(project->store().tagByPath(name), qPrintable(name));
        }

        auto* codebook = window.findChild<CodebookPanel*>(QStringLiteral("codebookPanel"));
        const qint64 chosen = project->store().tagByPath(QStringLiteral("From the article"))->id;
        codebook->view()->setCurrentIndex(codebook->model()->indexForTag(chosen));
        const qsizetype asked = MessageBoxes::askedQuestions().size();
        article->setFocus();
        QTRY_VERIFY(article->hasFocus());
        QTest::keyClick(article, Qt::Key_Delete);
        QTest::keyClick(article, Qt::Key_F2);
        QCOMPARE(MessageBoxes::askedQuestions().size(), asked);
        QVERIFY(project->store().tag(chosen));
        QVERIFY(!codebook->view()->findChild<QLineEdit*>());

        // With the codebook focused, Delete asks about the selected tag.
        codebook->view()->setFocus();
        QTRY_VERIFY(codebook->view()->hasFocus());
        MessageBoxes::queueAnswer(QMessageBox::Cancel);
        QTest::keyClick(codebook->view(), Qt::Key_Delete);
        QCOMPARE(MessageBoxes::askedQuestions().last(), QStringLiteral("deleteTagQuestion"));

        if (window.projectManager()->isUntitled())
            MessageBoxes::queueAnswer(QMessageBox::Discard);
        window.close();
    }

    // A click on the selected tag is not a rename: F2 and the menu are; keeping the name leaves
    // nothing to undo.
    void onlyF2Renames()
    {
        CodebookPanel panel;
        panel.setProject(m_project.get());
        const qint64 tone = makeTag(QStringLiteral("Tone"));
        QVERIFY(showPanel(panel));
        QTreeView* view = panel.view();
        const QModelIndex index = panel.model()->indexForTag(tone);
        const QPoint centre = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
        QVERIFY(view->selectionModel()->isSelected(index));
        // Apart by more than a double-click, and then long enough for a delayed editor to open.
        QTest::qWait(QApplication::doubleClickInterval() + 100);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
        QTest::qWait(QApplication::doubleClickInterval() * 2);
        QVERIFY(!view->findChild<QLineEdit*>());

        const int steps = m_project->undoStack()->count();
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_F2);
        QLineEdit* editor = nullptr;
        QTRY_VERIFY((editor = view->findChild<QLineEdit*>()));
        QTRY_VERIFY(editor->isVisible());
        QCOMPARE(editor->text(), QStringLiteral("Tone"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!view->findChild<QLineEdit*>() || !view->findChild<QLineEdit*>()->isVisible());
        QCOMPARE(m_project->undoStack()->count(), steps);
        QCOMPARE(m_project->store().tag(tone)->name, QStringLiteral("Tone"));
    }

    // Renaming in place changes the model under the open editor; Qt must have nothing to warn about.
    void renamingInPlaceWarnsNothing()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("editor|does not belong|QAbstractItemView")));
        CodebookPanel panel;
        panel.setProject(m_project.get());
        const qint64 parent = makeTag(QStringLiteral("Voices"));
        const qint64 child = makeTag(QStringLiteral("Residents"), parent);
        QVERIFY(showPanel(panel));
        QTreeView* view = panel.view();
        view->expandAll();
        for (const qint64 id : {child, parent}) {
            view->setCurrentIndex(panel.model()->indexForTag(id));
            view->setFocus();
            QTRY_VERIFY(view->hasFocus());
            QTest::keyClick(view, Qt::Key_F2);
            QLineEdit* editor = nullptr;
            QTRY_VERIFY((editor = view->findChild<QLineEdit*>()) && editor->isVisible());
            editor->selectAll();
            QTest::keyClicks(editor, QStringLiteral("Renamed %1").arg(id));
            QTest::keyClick(editor, Qt::Key_Return);
            QTRY_COMPARE(m_project->store().tag(id)->name, QStringLiteral("Renamed %1").arg(id));
            QCoreApplication::processEvents();
        }
        // And once more, leaving the editor by clicking elsewhere instead of Enter.
        view->setCurrentIndex(panel.model()->indexForTag(child));
        QTest::keyClick(view, Qt::Key_F2);
        QLineEdit* editor = nullptr;
        QTRY_VERIFY((editor = view->findChild<QLineEdit*>()) && editor->isVisible());
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Neighbours"));
        view->setCurrentIndex(panel.model()->indexForTag(parent));
        QTRY_COMPARE(m_project->store().tag(child)->name, QStringLiteral("Neighbours"));
        m_project->undoStack()->undo();
        QCoreApplication::processEvents();
    }

    // The new sub-tag's dialog says under which tag it goes, and is wide enough for its title; the
    // colour dialog names its tag in the title.
    void dialogsNameTheirTag()
    {
        CodebookPanel panel;
        panel.setProject(m_project.get());
        const qint64 actors = makeTag(QStringLiteral("Actors"));
        const qint64 crew = makeTag(QStringLiteral("Crew"), actors);
        QVERIFY(showPanel(panel));
        panel.view()->setCurrentIndex(panel.model()->indexForTag(crew));

        QString title;
        QString label;
        int width = 0;
        int titleWidth = 0;
        test::whenDialogOpens([&](QDialog* dialog) {
            auto* input = qobject_cast<QInputDialog*>(dialog);
            QVERIFY(input);
            title = input->windowTitle();
            label = input->labelText();
            width = input->width();
            QFont bold = input->font();
            bold.setBold(true);
            titleWidth = QFontMetrics(bold).horizontalAdvance(title + QStringLiteral(" — ") +
                                                              QGuiApplication::applicationDisplayName());
            input->setTextValue(QStringLiteral("Skipper"));
            input->accept();
        });
        action(panel, "actionNewSubTag")->trigger();
        QCOMPARE(title, QStringLiteral("New Sub-tag"));
        QVERIFY2(label.contains(QStringLiteral("“Actors › Crew”")), qPrintable(label));
        QVERIFY2(width > titleWidth, qPrintable(QStringLiteral("%1 <= %2").arg(width).arg(titleWidth)));
        const auto skipper = m_project->store().tagByPath(QStringLiteral("Skipper"), crew);
        QVERIFY(skipper);

        // A short label does not make the dialog narrower than its title with the program's name,
        // and room for the title bar's buttons.
        const qint64 shortName = makeTag(QStringLiteral("Ux"));
        panel.view()->setCurrentIndex(panel.model()->indexForTag(shortName));
        int needed = 0;
        test::whenDialogOpens([&](QDialog* dialog) {
            auto* input = qobject_cast<QInputDialog*>(dialog);
            QVERIFY(input);
            title = input->windowTitle();
            width = input->width();
            QFont bold = input->font();
            bold.setBold(true);
            const QFontMetrics metrics(bold);
            needed =
                metrics.horizontalAdvance(title + QStringLiteral(" — ") + QGuiApplication::applicationDisplayName()) +
                3 * metrics.height();
            input->reject();
        });
        action(panel, "actionDescribeTag")->trigger();
        QCOMPARE(title, QStringLiteral("Tag Description"));
        QVERIFY2(width >= needed, qPrintable(QStringLiteral("%1 < %2").arg(width).arg(needed)));
        panel.view()->setCurrentIndex(panel.model()->indexForTag(skipper->id));

        QString colourTitle;
        test::whenDialogOpens([&](QDialog* dialog) {
            QVERIFY(qobject_cast<QColorDialog*>(dialog));
            colourTitle = dialog->windowTitle();
            dialog->reject();
        });
        action(panel, "actionRecolorTag")->trigger();
        QVERIFY2(colourTitle.contains(QStringLiteral("“Skipper”")), qPrintable(colourTitle));
    }

    // A tag's swatch shows its own colour whether or not its row is selected.
    void selectedSwatchKeepsItsColour()
    {
        CodebookPanel panel;
        panel.setProject(m_project.get());
        const QColor green(0x20, 0x90, 0x40);
        const QColor orange(0xE6, 0x9F, 0x00);
        const qint64 first = makeTag(QStringLiteral("Weather"), 0, green);
        const qint64 second = makeTag(QStringLiteral("Harbour"), 0, orange);
        makeTag(QStringLiteral("Storms"), first, orange);
        QVERIFY(showPanel(panel));
        panel.view()->setFocus();
        panel.view()->setCurrentIndex(panel.model()->indexForTag(first));
        QVERIFY(panel.view()->selectionModel()->isSelected(panel.model()->indexForTag(first)));
        QVERIFY(panel.view()->isExpanded(panel.model()->indexForTag(first)));
        QCOMPARE(swatchColour(panel.view(), panel.model()->indexForTag(second)), orange);
        QCOMPARE(swatchColour(panel.view(), panel.model()->indexForTag(first)), green);
    }

    // Uses counts a tag's own annotations; Total also those of its sub-tags, each annotation once.
    void totalsIncludeSubTags()
    {
        CodebookPanel panel;
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setProject(m_project.get());
        const qint64 tone = makeTag(QStringLiteral("Tone"));
        const qint64 irony = makeTag(QStringLiteral("Irony"), tone);
        const qint64 sarcasm = makeTag(QStringLiteral("Sarcasm"), irony);
        const qint64 topic = makeTag(QStringLiteral("Topic"));
        annotateWholeComment(0, tone);
        annotateWholeComment(1, irony);
        const qint64 both = annotateWholeComment(2, QList<qint64>{tone, irony});
        annotateWholeComment(3, sarcasm);
        TagTreeModel* model = panel.model();
        const auto counts = [&](qint64 tag) {
            const QModelIndex index = model->indexForTag(tag);
            return std::pair(index.siblingAtColumn(TagTreeModel::UsesColumn).data().toInt(),
                             index.siblingAtColumn(TagTreeModel::TotalColumn).data().toInt());
        };
        QCOMPARE(counts(tone), std::pair(2, 4));
        QCOMPARE(counts(irony), std::pair(2, 3));
        QCOMPARE(counts(sarcasm), std::pair(1, 1));
        QCOMPARE(counts(topic), std::pair(0, 0));
        QCOMPARE(model->indexForTag(tone).data(TagTreeModel::TotalUsesRole).toInt(), 4);
        QVERIFY(model->indexForTag(tone).data(Qt::ToolTipRole).toString().contains(QStringLiteral("sub-tags")));

        QCOMPARE(model->headerData(TagTreeModel::UsesColumn, Qt::Horizontal).toString(), QStringLiteral("Uses"));
        QCOMPARE(model->headerData(TagTreeModel::TotalColumn, Qt::Horizontal).toString(), QStringLiteral("Total"));
        for (const int column : {int(TagTreeModel::UsesColumn), int(TagTreeModel::TotalColumn)})
            QVERIFY(!model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());

        // Taking the annotation with both tags away changes the counts without a reset.
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QVERIFY(m_project->removeAnnotation(both));
        QCOMPARE(counts(tone), std::pair(1, 3));
        QCOMPARE(counts(irony), std::pair(1, 2));
        QCOMPARE(resets.count(), 0);
        m_project->undoStack()->undo();
        QCOMPARE(counts(tone), std::pair(2, 4));

        // Both columns are on show.
        QVERIFY(showPanel(panel));
        QVERIFY(!panel.view()->header()->isSectionHidden(TagTreeModel::TotalColumn));
        QVERIFY(panel.view()->header()->sectionSize(TagTreeModel::TotalColumn) > 0);
    }

    void defaultPaletteIsDistinct()
    {
        QSet<QRgb> seen;
        for (int i = 0; i < 10; ++i)
            seen.insert(CodebookPanel::defaultColor(i).rgb());
        QCOMPARE(seen.size(), 10);
        QCOMPARE(CodebookPanel::defaultColor(10), CodebookPanel::defaultColor(0));
    }
};

QTEST_MAIN(TestCodebook)
#include "tst_codebook.moc"
