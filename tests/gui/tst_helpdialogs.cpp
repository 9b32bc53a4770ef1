#include "ModalDialogs.h"
#include "QtWarnings.h"
#include "RequireChild.h"
#include "TestSupport.h"
#include "cli/CommandLine.h"
#include "help/HelpDialogs.h"
#include "mainwindow/MainWindow.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace glossator;

class TestHelpDialogs : public QObject {
    Q_OBJECT

private slots:
    void init() { test::failOnItemViewWarnings(); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        cli::initialiseApplication();
    }

    void theManualIsShippedAndOpensWithF1()
    {
        const QString manual = ManualDialog::manualText();
        QVERIFY(manual.startsWith(QStringLiteral("# Glossator manual")));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction* action = window.findChild<QAction*>(QStringLiteral("actionManual"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
        action->trigger();
        auto* dialog = window.findChild<ManualDialog*>(QStringLiteral("manualDialog"));
        QVERIFY(dialog && dialog->isVisible());
        const QString text = dialog->browser()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Coding passages and comments")));
        QVERIFY(!text.contains(QStringLiteral("## "))); // rendered, not shown as source
        // A link inside the manual moves within it; nothing is fetched from outside.
        QVERIFY(!dialog->browser()->openExternalLinks());
        QVERIFY(dialog->browser()
                    ->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("https://example.org/x.png")))
                    .isNull());
        // Finding a word moves the cursor to it.
        auto* find = dialog->findChild<QLineEdit*>(QStringLiteral("manualFind"));
        QTest::keyClicks(find, QStringLiteral("orphan"));
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(dialog->browser()->textCursor().selectedText().toLower(), QStringLiteral("orphan"));
        dialog->close();
        window.close();
    }

    void shortcutsAreListedFromTheActionsThemselves()
    {
        MainWindow window;
        const QList<QAction*> actions = window.findChildren<QAction*>();
        ShortcutsDialog dialog(actions);
        QStandardItemModel* model = dialog.model();
        QStringList listed;
        for (int row = 0; row < model->rowCount(); ++row)
            listed.append(model->index(row, ShortcutsDialog::ShortcutColumn).data().toString());
        int withShortcut = 0;
        for (QAction* action : actions) {
            if (action->shortcut().isEmpty())
                continue;
            ++withShortcut;
            const QString key = action->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(
                std::any_of(listed.cbegin(), listed.cend(), [&](const QString& keys) { return keys.contains(key); }),
                qPrintable(action->objectName() + QLatin1Char(' ') + key));
        }
        QVERIFY(withShortcut > 30);
        const QList<QStandardItem*> open = model->findItems(QStringLiteral("Open"));
        QCOMPARE(open.size(), 1);
        QCOMPARE(model->item(open.first()->row(), ShortcutsDialog::ShortcutColumn)->text(),
                 QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText));
        QCOMPARE(ShortcutsDialog::plainText(QStringLiteral("Save Project &As…")), QStringLiteral("Save Project As"));
        QCOMPARE(model->item(open.first()->row(), ShortcutsDialog::MenuColumn)->text(), QStringLiteral("File"));
        QCOMPARE(ShortcutsDialog::menuPath(window.findChild<QAction*>(QStringLiteral("actionExpandToLevel2"))),
                 QStringLiteral("View › Expand to Level"));
        QCOMPARE(ShortcutsDialog::plainText(QStringLiteral("Rock && &Roll")), QStringLiteral("Rock & Roll"));

        // The filter narrows the table to what matches.
        auto* filter = dialog.findChild<QLineEdit*>(QStringLiteral("shortcutsFilter"));
        auto* table = dialog.findChild<QTableView*>(QStringLiteral("shortcutsTable"));
        QTest::keyClicks(filter, QStringLiteral("undo"));
        QVERIFY(table->model()->rowCount() >= 1);
        QVERIFY(table->model()->rowCount() < model->rowCount());

        // And the window opens it from the Help menu.
        test::whenDialogOpens([](QDialog* shown) {
            QCOMPARE(shown->objectName(), QStringLiteral("shortcutsDialog"));
            shown->accept();
        });
        test::requireAction(&window, "actionKeyboardShortcuts")->trigger();
    }

    void aboutNamesTheVersionLibrariesAndLicences()
    {
        const QString about = AboutDialog::aboutText();
        QVERIFY(about.contains(QCoreApplication::applicationVersion()));
        for (const char* word : {"GPL-3.0-or-later", "Qt", "SQLite", "uchardet", "LGPL"})
            QVERIFY2(about.contains(QLatin1String(word)), word);
        MainWindow window;
        test::whenDialogOpens([](QDialog* shown) {
            QCOMPARE(shown->objectName(), QStringLiteral("aboutDialog"));
            shown->accept();
        });
        test::requireAction(&window, "actionAbout")->trigger();
    }

    void theHelpMenuHasEveryEntry()
    {
        MainWindow window;
        auto* help = window.findChild<QMenu*>(QStringLiteral("helpMenu"));
        QVERIFY(help);
        QStringList names;
        for (QAction* action : help->actions()) {
            if (!action->isSeparator()) {
                names.append(action->objectName());
                QVERIFY2(!action->toolTip().isEmpty(), qPrintable(action->objectName()));
            }
        }
        QCOMPARE(names, (QStringList{QStringLiteral("actionManual"), QStringLiteral("actionKeyboardShortcuts"),
                                     QStringLiteral("actionOpenSample"), QStringLiteral("actionAbout")}));
    }
};

QTEST_MAIN(TestHelpDialogs)
#include "tst_helpdialogs.moc"
