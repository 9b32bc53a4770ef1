#include "ModalDialogs.h"
#include "QtWarnings.h"
#include "TestSupport.h"
#include "cli/CommandLine.h"
#include "common/MessageBoxes.h"
#include "export/ExportDialog.h"
#include "export/ReportPreview.h"
#include "import/ImporterRegistry.h"
#include "mainwindow/MainWindow.h"
#include "project/ProjectStore.h"
#include "settings/Settings.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrl>
#include <QWheelEvent>

using namespace glossator;

class TestExportDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<Settings> m_settings;
    qint64 m_document = 0;
    qint64 m_safety = 0;
    qint64 m_cost = 0;

    qint64 addTag(const QString& name, const QColor& color)
    {
        Tag tag;
        tag.name = name;
        tag.color = color;
        return m_store->addTag(tag).value_or(0);
    }

    // False when the passage is not in the article or the annotation was not stored: the caller
    // checks, since a QVERIFY in here would only leave the helper.
    [[nodiscard]] bool annotateArticle(const QString& passage, qint64 tag)
    {
        const QString text = m_store->targetText(m_document, 0);
        const int at = int(text.indexOf(passage));
        if (at < 0)
            return false;
        Annotation annotation;
        annotation.documentId = m_document;
        annotation.range = TextRange::fromText(text, at, at + int(passage.size()));
        annotation.tagIds = {tag};
        annotation.coder = QStringLiteral("Ana");
        return m_store->addAnnotation(annotation).has_value();
    }

    template <typename T>
    static T* child(ExportDialog& dialog, const char* name)
    {
        return dialog.findChild<T*>(QString::fromLatin1(name));
    }

private slots:
    void init() { test::failOnItemViewWarnings(); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        cli::initialiseApplication();
        QVERIFY(m_dir.isValid());
        ProjectError error;
        m_store = ProjectStore::create(m_dir.filePath(QStringLiteral("study.glossa")), &error);
        QVERIFY2(m_store, qPrintable(error.message));
        const ImportResult imported = ImporterRegistry::instance().importFile(test::sampleArticle());
        QVERIFY(imported.ok());
        QFile original(test::sampleArticle());
        QVERIFY(original.open(QIODevice::ReadOnly));
        m_document = m_store
                         ->addDocument(*imported.document, Provenance{QStringLiteral("harbour-bridge.txt"),
                                                                      original.readAll(), QDateTime::currentDateTime()})
                         .value_or(0);
        QVERIFY(m_document > 0);
        m_safety = addTag(QStringLiteral("Safety"), QColor(0xE6, 0x9F, 0x00));
        m_cost = addTag(QStringLiteral("Cost"), QColor(0x56, 0xB4, 0xE9));
        const QString text = m_store->targetText(m_document, 0);
        QVERIFY(annotateArticle(text.mid(0, 12), m_safety));
        QVERIFY(annotateArticle(text.mid(20, 10), m_cost));
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    }

    void cleanup() { QCOMPARE(MessageBoxes::pendingAnswers(), 0); }

    void reportPreviewShowsTheFirstPages()
    {
        ExportDialog dialog(*m_store, m_document, QStringLiteral("Study"), m_settings.get());
        dialog.setFormat(QStringLiteral("pdf"));
        dialog.updatePreviewNow();
        QVERIFY(dialog.previewPageCount() >= 2);
        auto* preview = child<ReportPreview>(dialog, "exportPreview");
        QVERIFY(preview);
        QCOMPARE(preview->pageCount(), dialog.previewPageCount());
        // The preview shows a page, not a blank sheet.
        const QImage page = preview->renderPage(0);
        int dark = 0;
        for (int y = 0; y < page.height(); ++y) {
            for (int x = 0; x < page.width(); ++x)
                dark += qGray(page.pixel(x, y)) < 160;
        }
        QVERIFY(dark > 50);
        QVERIFY(child<QLabel>(dialog, "exportSummary")->text().contains(QStringLiteral("2 annotations")));
        QVERIFY(child<QCheckBox>(dialog, "exportOnlyTagged")->isEnabled());
        QVERIFY(!child<QCheckBox>(dialog, "exportByteOrderMark")->isEnabled());

        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        child<QComboBox>(dialog, "exportPageSize")->setCurrentIndex(1); // Letter
        QVERIFY(dialog.options().pageSize.id() == QPageSize::Letter);
        QVERIFY(dialog.exportTo(path));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QCOMPARE(m_settings->pageSize(), Settings::PageSize::Letter); // remembered for next time
    }

    void dataFormatsPreviewTheirFirstLines()
    {
        ExportDialog dialog(*m_store, m_document, QStringLiteral("Study"), m_settings.get());
        dialog.setFormat(QStringLiteral("csv"));
        dialog.updatePreviewNow();
        auto* text = child<QPlainTextEdit>(dialog, "exportTextPreview");
        QVERIFY(text->toPlainText().startsWith(QStringLiteral("document_id,")));
        QCOMPARE(text->toPlainText().count(QStringLiteral("Safety")), 1);
        QVERIFY(child<QCheckBox>(dialog, "exportByteOrderMark")->isEnabled());
        QVERIFY(!child<QComboBox>(dialog, "exportPageSize")->isEnabled());
        child<QCheckBox>(dialog, "exportByteOrderMark")->setChecked(true);
        QVERIFY(dialog.options().byteOrderMark);

        dialog.setFormat(QStringLiteral("qdc"));
        dialog.updatePreviewNow();
        QVERIFY(text->toPlainText().contains(QStringLiteral("CodeBook")));
    }

    void tagsCanBeChosen()
    {
        ExportDialog dialog(*m_store, m_document, QStringLiteral("Study"), m_settings.get());
        dialog.setFormat(QStringLiteral("csv"));
        auto* all = child<QCheckBox>(dialog, "exportAllTags");
        auto* list = child<QListWidget>(dialog, "exportTagList");
        QCOMPARE(list->count(), 2);
        QVERIFY(!list->isEnabled());
        all->setChecked(false);
        QVERIFY(list->isEnabled());
        dialog.updatePreviewNow();
        // Nothing ticked: nothing to export.
        QVERIFY(!child<QPushButton>(dialog, "exportButton")->isEnabled());
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toLongLong() == m_cost)
                list->item(row)->setCheckState(Qt::Checked);
        }
        QCOMPARE(dialog.options().tagIds, QList<qint64>{m_cost});
        dialog.updatePreviewNow();
        QVERIFY(child<QPushButton>(dialog, "exportButton")->isEnabled());
        const QString preview = child<QPlainTextEdit>(dialog, "exportTextPreview")->toPlainText();
        QVERIFY(preview.contains(QStringLiteral("Cost")));
        QVERIFY(!preview.contains(QStringLiteral("Safety")));
    }

    void failedExportSaysWhyAndWritesNothing()
    {
        ExportDialog dialog(*m_store, m_document, QStringLiteral("Study"), m_settings.get());
        dialog.setFormat(QStringLiteral("json"));
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/out.json"));
        MessageBoxes::queueAnswer(QMessageBox::Ok);
        QVERIFY(!dialog.exportTo(path));
        QVERIFY(MessageBoxes::askedQuestions().contains(QStringLiteral("exportFailedMessage")));
        QVERIFY(!QFile::exists(path));
    }

    void reportPreviewZoomsAndPages()
    {
        ExportDialog dialog(*m_store, m_document, QStringLiteral("Study"), m_settings.get());
        dialog.setFormat(QStringLiteral("pdf"));
        dialog.resize(1040, 720);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.updatePreviewNow();
        auto* preview = child<ReportPreview>(dialog, "exportPreview");
        QVERIFY(preview);
        QVERIFY(preview->pageCount() >= 2);
        // It opens fitted to the pane, wide enough to read: far more than a thumbnail.
        QVERIFY(preview->fitsWidth());
        auto* scroll = child<QScrollArea>(dialog, "exportPreviewScroll");
        QVERIFY(scroll);
        const int fitted = preview->renderPage(0).width();
        QVERIFY2(fitted > scroll->viewport()->width() * 3 / 4, qPrintable(QString::number(fitted)));
        QVERIFY(fitted <= scroll->viewport()->width());

        // Zoom in by button, shortcut and Ctrl+wheel; out again; back to fit with Ctrl+0.
        child<QToolButton>(dialog, "exportPreviewZoomIn")->click();
        QVERIFY(!preview->fitsWidth());
        const double firstStep = preview->zoom();
        QVERIFY(preview->renderPage(0).width() > fitted);
        scroll->setFocus();
        QTest::keyClick(scroll, Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(preview->zoom() > firstStep);
        QWheelEvent wheel(QPointF(10, 10), scroll->viewport()->mapToGlobal(QPointF(10, 10)), QPoint(), QPoint(0, -120),
                          Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(scroll->viewport(), &wheel);
        QCOMPARE(preview->zoom(), firstStep);
        QTest::keyClick(scroll, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(preview->zoom() < firstStep);
        auto* zoomCombo = child<QComboBox>(dialog, "exportPreviewZoom");
        QVERIFY(zoomCombo->currentText().endsWith(QLatin1Char('%')));
        QTest::keyClick(scroll, Qt::Key_0, Qt::ControlModifier);
        QVERIFY(preview->fitsWidth());
        QCOMPARE(zoomCombo->currentIndex(), 0);
        QCOMPARE(preview->renderPage(0).width(), fitted);

        // Every page is there, not the first three, and the page buttons step through them.
        auto* page = child<QLabel>(dialog, "exportPreviewPage");
        QCOMPARE(page->text(), QStringLiteral("Page 1 of %1").arg(preview->pageCount()));
        QVERIFY(!child<QToolButton>(dialog, "exportPreviewPrevious")->isEnabled());
        child<QToolButton>(dialog, "exportPreviewNext")->click();
        QCOMPARE(preview->currentPage(), 1);
        QCOMPARE(page->text(), QStringLiteral("Page 2 of %1").arg(preview->pageCount()));
        preview->goToPage(preview->pageCount() - 1);
        QVERIFY(!child<QToolButton>(dialog, "exportPreviewNext")->isEnabled());
        QVERIFY(!preview->renderPage(preview->pageCount() - 1).isNull());
        // A change of options lays the report out again and keeps the zoom.
        preview->setZoom(1.5);
        child<QComboBox>(dialog, "exportPageSize")->setCurrentIndex(1);
        dialog.updatePreviewNow();
        QCOMPARE(preview->zoom(), 1.5);
        QVERIFY(preview->pageCount() >= 2);
        child<QComboBox>(dialog, "exportPageSize")->setCurrentIndex(0);
    }

    void exportConfirmsAndOffersTheFileAndItsFolder()
    {
        QList<QUrl> opened;
        const auto defaultOpener = ExportDialog::fileOpener();
        ExportDialog::fileOpener() = [&opened](const QUrl& url) {
            opened.append(url);
            return true;
        };
        const QString path = m_dir.filePath(QStringLiteral("confirmed.csv"));
        {
            ExportDialog dialog(*m_store, m_document, QStringLiteral("Study"), m_settings.get());
            dialog.setFormat(QStringLiteral("csv"));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            bool fileDialogSeen = false;
            test::whenFileDialogOpens(path, &fileDialogSeen);
            MessageBoxes::queueAnswer(QMessageBox::Open);
            child<QPushButton>(dialog, "exportButton")->click();
            QVERIFY(fileDialogSeen);
            QVERIFY(MessageBoxes::askedQuestions().contains(QStringLiteral("exportDoneMessage")));
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(QFile::exists(path));
            QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath())});
        }
        {
            ExportDialog dialog(*m_store, m_document, QStringLiteral("Study"), m_settings.get());
            dialog.setFormat(QStringLiteral("csv"));
            MessageBoxes::queueAnswer(QMessageBox::Apply);
            dialog.confirmExport(path);
            QCOMPARE(opened.last(), QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
            MessageBoxes::queueAnswer(QMessageBox::Close);
            dialog.confirmExport(path);
            QCOMPARE(opened.size(), 2);
        }
        ExportDialog::fileOpener() = defaultOpener;
    }

    void mainWindowOpensTheDialogForTheOpenProject()
    {
        MainWindow window;
        auto* exportAction = window.findChild<QAction*>(QStringLiteral("actionExport"));
        QVERIFY(exportAction);
        QVERIFY(!exportAction->isEnabled());
        QVERIFY(!exportAction->shortcut().isEmpty());
        QVERIFY(!exportAction->toolTip().isEmpty());
        window.show();
        QVERIFY(window.openFile(test::dataFile(QStringLiteral("markdown-code.md"))));
        QVERIFY(exportAction->isEnabled());
        exportAction->trigger();
        ExportDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ExportDialog*>(QStringLiteral("exportDialog"))));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->options().documentIds.size(), 1);
        dialog->reject();
        MessageBoxes::queueAnswer(QMessageBox::Discard);
        window.close();
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
