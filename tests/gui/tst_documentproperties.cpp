#include "ModalDialogs.h"
#include "QtWarnings.h"
#include "RequireChild.h"
#include "TestSupport.h"
#include "cli/CommandLine.h"
#include "common/MessageBoxes.h"
#include "documents/DocumentPropertiesDialog.h"
#include "mainwindow/MainWindow.h"
#include "project/ProjectManager.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace glossator;

class TestDocumentProperties : public QObject {
    Q_OBJECT

private:
    static QLineEdit* field(QWidget* dialog, const char* name)
    {
        return dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
    }

private slots:
    void init() { test::failOnItemViewWarnings(); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        cli::initialiseApplication();
    }

    void cleanup() { QCOMPARE(MessageBoxes::pendingAnswers(), 0); }

    void showsWhatWasReadAndGivesBackTheEdit()
    {
        StoredDocument stored;
        stored.id = 4;
        stored.document.format = QStringLiteral("page-copy");
        stored.document.article.title = QStringLiteral("Harbour vote");
        stored.document.article.source = QStringLiteral("Courier");
        stored.document.article.published = QDateTime(QDate(2025, 3, 12), QTime(6, 30, 17), QTimeZone(3600));
        stored.document.article.blocks = {Block{Block::Kind::Paragraph, QStringLiteral("Body."), 0, {}}};
        stored.document.comments.resize(3);
        const Provenance provenance{QStringLiteral("harbour.txt"), {}, QDateTime::currentDateTimeUtc()};
        DocumentPropertiesDialog dialog(stored, provenance);
        for (const char* name : {"propertiesTitle", "propertiesSource", "propertiesAuthor", "propertiesUrl"})
            QVERIFY2(field(&dialog, name) && !field(&dialog, name)->toolTip().isEmpty(), name);
        QCOMPARE(field(&dialog, "propertiesTitle")->text(), QStringLiteral("Harbour vote"));
        QCOMPARE(test::requireChild<QLabel>(&dialog, "propertiesFile")->text(), QStringLiteral("harbour.txt"));
        QCOMPARE(test::requireChild<QLabel>(&dialog, "propertiesComments")->text(), QStringLiteral("3"));

        // Untouched, the time stays exactly as imported, seconds and zone included.
        QCOMPARE(dialog.metadata().published, stored.document.article.published);
        field(&dialog, "propertiesAuthor")->setText(QStringLiteral("  Sanna Vik "));
        field(&dialog, "propertiesUrl")->setText(QStringLiteral("https://courier.example/vote"));
        const Article edited = dialog.metadata();
        QCOMPARE(edited.author, QStringLiteral("Sanna Vik"));
        QCOMPARE(edited.url, QStringLiteral("https://courier.example/vote"));
        QCOMPARE(edited.blocks.size(), 1); // the body is not the dialog's to change
        test::requireChild<QCheckBox>(&dialog, "propertiesHasDate")->setChecked(false);
        QVERIFY(!dialog.metadata().published.isValid());

        // A title is required.
        field(&dialog, "propertiesTitle")->clear();
        MessageBoxes::queueAnswer(QMessageBox::Ok);
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(MessageBoxes::askedQuestions().last(), QStringLiteral("propertiesNeedTitle"));
    }

    void editedFromTheWindowAndUndone()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(test::sampleArticle()));
        const QString before = window.projectManager()->currentDocument()->document.article.title;
        QAction* properties = window.findChild<QAction*>(QStringLiteral("actionDocumentProperties"));
        QVERIFY(properties && properties->isEnabled());
        test::whenDialogOpens([](QDialog* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("documentPropertiesDialog"));
            field(dialog, "propertiesTitle")->setText(QStringLiteral("Kestrel Bay votes for a bridge"));
            field(dialog, "propertiesAuthor")->setText(QStringLiteral("Sanna Vik"));
            dialog->accept();
        });
        properties->trigger();
        const Article& article = window.projectManager()->currentDocument()->document.article;
        QCOMPARE(article.title, QStringLiteral("Kestrel Bay votes for a bridge"));
        QCOMPARE(article.author, QStringLiteral("Sanna Vik"));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Kestrel Bay votes for a bridge")));

        test::requireAction(&window, "actionUndo")->trigger();
        QCOMPARE(window.projectManager()->currentDocument()->document.article.title, before);
        QVERIFY(window.windowTitle().startsWith(before));
        MessageBoxes::queueAnswer(QMessageBox::Discard);
        window.close();
    }

    void removedFromTheProjectAfterAskingAndBroughtBackByUndo()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(test::sampleArticle()));
        QVERIFY(window.projectManager()->addArticle(test::dataFile(QStringLiteral("crlf-three-comments.txt"))));
        Project* project = window.projectManager()->project();
        const qint64 shown = window.projectManager()->currentDocument()->id;
        Annotation annotation;
        annotation.documentId = shown;
        annotation.tagIds = {*project->createTagPath(QStringLiteral("Kept"))};
        QVERIFY(project->addAnnotation(annotation));
        QCOMPARE(window.projectManager()->documents().size(), 2);
        QAction* remove = window.findChild<QAction*>(QStringLiteral("actionRemoveDocument"));
        QVERIFY(remove && remove->isEnabled() && !remove->shortcut().isEmpty());

        // Cancelled, nothing changes.
        MessageBoxes::queueAnswer(QMessageBox::Cancel);
        remove->trigger();
        QCOMPARE(MessageBoxes::askedQuestions().last(), QStringLiteral("removeDocumentQuestion"));
        QCOMPARE(window.projectManager()->documents().size(), 2);

        MessageBoxes::queueAnswer(QMessageBox::Yes);
        remove->trigger();
        QCOMPARE(window.projectManager()->documents().size(), 1);
        QVERIFY(window.projectManager()->currentDocument());
        QVERIFY(window.projectManager()->currentDocument()->id != shown);
        QVERIFY(project->store().annotations(shown).isEmpty());

        test::requireAction(&window, "actionUndo")->trigger();
        QCOMPARE(window.projectManager()->documents().size(), 2);
        QCOMPARE(project->store().annotations(shown).size(), 1);
        MessageBoxes::queueAnswer(QMessageBox::Discard);
        window.close();
    }

    void aReadOnlyProjectsDocumentsCannotBeChanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("read-only.glossa"));
        {
            MainWindow writer;
            QVERIFY(writer.openFile(test::sampleArticle()));
            QVERIFY(writer.saveProjectAs(path));
            writer.close();
        }
        MainWindow window;
        QVERIFY(window.projectManager()->openProject(path, ProjectStore::Access::ReadOnly));
        QVERIFY(window.projectManager()->currentDocument());
        QVERIFY(!test::requireAction(&window, "actionDocumentProperties")->isEnabled());
        QVERIFY(!test::requireAction(&window, "actionRemoveDocument")->isEnabled());
        window.close();
    }
};

QTEST_MAIN(TestDocumentProperties)
#include "tst_documentproperties.moc"
