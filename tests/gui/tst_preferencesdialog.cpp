#include "ModalDialogs.h"
#include "QtWarnings.h"
#include "RequireChild.h"
#include "TestSupport.h"
#include "article/ArticleView.h"
#include "cli/CommandLine.h"
#include "common/MessageBoxes.h"
#include "common/PassageFormat.h"
#include "mainwindow/MainWindow.h"
#include "preferences/PreferencesDialog.h"
#include "project/ProjectManager.h"
#include "settings/Settings.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace glossator;

class TestPreferencesDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    template <typename T>
    static T* child(QWidget* parent, const char* name)
    {
        return parent->findChild<T*>(QString::fromLatin1(name));
    }

private slots:
    void init() { test::failOnItemViewWarnings(); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        cli::initialiseApplication();
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        QCOMPARE(MessageBoxes::pendingAnswers(), 0);
        Settings settings;
        for (Settings::Key key :
             {Settings::Key::CoderName, Settings::Key::Theme, Settings::Key::FontPointSize, Settings::Key::ExpandLevel,
              Settings::Key::CommentsFirst, Settings::Key::PageSize, Settings::Key::ReopenLastProject})
            settings.reset(key);
    }

    void everyFieldHasANameAndATooltip()
    {
        Settings settings(m_dir.filePath(QStringLiteral("fields.ini")));
        PreferencesDialog dialog(&settings);
        for (const char* name :
             {"preferencesCoderName", "preferencesTheme", "preferencesTextSize", "preferencesExpandLevel",
              "preferencesCommentsFirst", "preferencesPageSize", "preferencesReopenLast"}) {
            auto* widget = child<QWidget>(&dialog, name);
            QVERIFY2(widget, name);
            QVERIFY2(!widget->toolTip().isEmpty(), name);
        }
        // Until a name is chosen, the field is empty and shows the account's name it stands for.
        QCOMPARE(child<QLineEdit>(&dialog, "preferencesCoderName")->text(), QString());
        QCOMPARE(child<QLineEdit>(&dialog, "preferencesCoderName")->placeholderText(), Settings::accountName());
    }

    void okWritesEverySettingAndCancelNone()
    {
        Settings settings(m_dir.filePath(QStringLiteral("write.ini")));
        {
            PreferencesDialog dialog(&settings);
            child<QLineEdit>(&dialog, "preferencesCoderName")->setText(QStringLiteral("Ana Lima"));
            dialog.reject();
        }
        QVERIFY(!settings.hasChosenCoderName());

        PreferencesDialog dialog(&settings);
        child<QLineEdit>(&dialog, "preferencesCoderName")->setText(QStringLiteral("  Ana Lima "));
        auto* theme = child<QComboBox>(&dialog, "preferencesTheme");
        theme->setCurrentIndex(theme->findData(int(Settings::Theme::Dark)));
        child<QSpinBox>(&dialog, "preferencesTextSize")->setValue(14);
        auto* level = child<QComboBox>(&dialog, "preferencesExpandLevel");
        level->setCurrentIndex(level->findData(2));
        child<QCheckBox>(&dialog, "preferencesCommentsFirst")->setChecked(true);
        auto* paper = child<QComboBox>(&dialog, "preferencesPageSize");
        paper->setCurrentIndex(paper->findData(int(Settings::PageSize::Letter)));
        child<QCheckBox>(&dialog, "preferencesReopenLast")->setChecked(true);
        dialog.accept();

        QCOMPARE(settings.coderName(), QStringLiteral("Ana Lima"));
        QCOMPARE(settings.theme(), Settings::Theme::Dark);
        QCOMPARE(settings.fontPointSize(), 14);
        QCOMPARE(settings.expandLevel(), 2);
        QVERIFY(settings.commentsFirst());
        QCOMPARE(settings.pageSize(), Settings::PageSize::Letter);
        QVERIFY(settings.reopenLastProject());

        // The lowest text size is the system's, and an emptied name is the account's again.
        PreferencesDialog again(&settings);
        QCOMPARE(child<QLineEdit>(&again, "preferencesCoderName")->text(), QStringLiteral("Ana Lima"));
        auto* size = child<QSpinBox>(&again, "preferencesTextSize");
        size->setValue(size->minimum());
        child<QLineEdit>(&again, "preferencesCoderName")->clear();
        again.accept();
        QCOMPARE(settings.fontPointSize(), 0);
        QCOMPARE(settings.coderName(), Settings::accountName());
    }

    void theWindowFollowsWhatIsChosen()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(test::dataFile(QStringLiteral("dragnet-threaded.corrected.txt"))));
        auto* article = window.findChild<ArticleView*>(QStringLiteral("articleView"));
        auto* splitter = window.findChild<QSplitter*>(QStringLiteral("readerSplitter"));
        QCOMPARE(splitter->indexOf(article), 0);
        QAction* preferences = window.findChild<QAction*>(QStringLiteral("actionPreferences"));
        QVERIFY(preferences);
        QCOMPARE(preferences->shortcut(), QKeySequence(QStringLiteral("Ctrl+,")));

        test::whenDialogOpens([](QDialog* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("preferencesDialog"));
            child<QLineEdit>(dialog, "preferencesCoderName")->setText(QStringLiteral("Bo Persson"));
            auto* theme = child<QComboBox>(dialog, "preferencesTheme");
            theme->setCurrentIndex(theme->findData(int(Settings::Theme::Dark)));
            child<QSpinBox>(dialog, "preferencesTextSize")->setValue(15);
            child<QCheckBox>(dialog, "preferencesCommentsFirst")->setChecked(true);
            dialog->accept();
        });
        preferences->trigger();

        QCOMPARE(window.projectManager()->project()->coder(), QStringLiteral("Bo Persson"));
        QVERIFY(window.findChild<QToolButton*>(QStringLiteral("coderButton"))
                    ->text()
                    .contains(QStringLiteral("Bo Persson")));
        QVERIFY(isDarkPalette(QApplication::palette()));
        QVERIFY(test::requireAction(&window, "actionThemeDark")->isChecked());
        QCOMPARE(article->font().pointSize(), 15);
        QCOMPARE(splitter->indexOf(article), 1);

        // A document opened later is expanded to the level chosen.
        window.settings()->setExpandLevel(1);
        window.settings()->setTheme(Settings::Theme::System);
        QVERIFY(!isDarkPalette(QApplication::palette()));
        MessageBoxes::queueAnswer(QMessageBox::Ignore); // the same file again: add it as a second document
        QVERIFY(window.projectManager()->addArticle(test::dataFile(QStringLiteral("dragnet-threaded.corrected.txt"))));
        auto* comments = window.findChild<QTreeView*>(QStringLiteral("commentTree"));
        for (int row = 0; row < comments->model()->rowCount(); ++row)
            QVERIFY(!comments->isExpanded(comments->model()->index(row, 0)));
        MessageBoxes::queueAnswer(QMessageBox::Discard);
        window.close();
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
