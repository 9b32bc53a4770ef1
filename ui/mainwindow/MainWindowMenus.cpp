#include "MainWindow.h"
#include "article/ArticleView.h"
#include "comments/CommentNavigator.h"
#include "comments/CommentStructureActions.h"
#include "comments/CommentTreeView.h"
#include "common/ActionFactory.h"
#include "search/FindBar.h"
#include "settings/Settings.h"
#include "tagging/TaggingController.h"
#include "tags/CodebookPanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>

// The window's actions, menus and tool bar; the rest of the window is in MainWindow.cpp.
namespace glossator {

void MainWindow::createActions()
{
    m_openAction = new QAction(QIcon(QStringLiteral(":/icons/document-open.svg")), tr("&Open…"), this);
    m_openAction->setObjectName(QStringLiteral("actionOpen"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open a project, or an article file (into the open project)"));
    m_openAction->setStatusTip(m_openAction->toolTip());
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseFileToOpen);

    m_addArticleAction = new QAction(tr("&Add Article to Project…"), this);
    m_addArticleAction->setObjectName(QStringLiteral("actionAddArticle"));
    m_addArticleAction->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    m_addArticleAction->setToolTip(tr("Import another article file into this project"));
    connect(m_addArticleAction, &QAction::triggered, this, &MainWindow::chooseArticleToAdd);

    m_saveAsAction = new QAction(QIcon(QStringLiteral(":/icons/document-save-as.svg")), tr("Save Project &As…"), this);
    m_saveAsAction->setObjectName(QStringLiteral("actionSaveAs"));
    m_saveAsAction->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    m_saveAsAction->setToolTip(tr("Keep the project in a file of your choice; work is saved as you go"));
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::chooseSaveAsPath);

    m_restoreBackupAction =
        createAction(this, tr("Restore &Backup…"), "actionRestoreBackup", QKeySequence(), Qt::WindowShortcut,
                     tr("Put the project back as it was when it was opened on an earlier day"));
    connect(m_restoreBackupAction, &QAction::triggered, this, &MainWindow::showRestoreBackup);

    m_exportAction = createAction(this, tr("&Export…"), "actionExport", QKeySequence(tr("Ctrl+E")), Qt::WindowShortcut,
                                  tr("Write an annotated PDF report, or the annotations and codebook as data"));
    m_exportAction->setIcon(QIcon(QStringLiteral(":/icons/document-export.svg")));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::showExportDialog);

    m_closeProjectAction = new QAction(tr("&Close Project"), this);
    m_closeProjectAction->setObjectName(QStringLiteral("actionCloseProject"));
    m_closeProjectAction->setShortcut(QKeySequence(tr("Ctrl+W")));
    m_closeProjectAction->setToolTip(tr("Close the project"));
    connect(m_closeProjectAction, &QAction::triggered, this, &MainWindow::closeProject);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence(tr("Ctrl+Q")));
    m_quitAction->setToolTip(tr("Close Glossator"));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setIcon(QIcon(QStringLiteral(":/icons/edit-undo.svg")));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setToolTip(tr("Undo the last edit"));
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setIcon(QIcon(QStringLiteral(":/icons/edit-redo.svg")));
    m_redoAction->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});
    m_redoAction->setToolTip(tr("Redo the edit last undone"));

    m_expandAllAction = new QAction(tr("&Expand All Comments"), this);
    m_expandAllAction->setObjectName(QStringLiteral("actionExpandAll"));
    m_expandAllAction->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_expandAllAction->setToolTip(tr("Show every reply in the comment tree"));
    connect(m_expandAllAction, &QAction::triggered, m_commentTree, &QTreeView::expandAll);

    m_collapseAllAction = new QAction(tr("&Collapse All Comments"), this);
    m_collapseAllAction->setObjectName(QStringLiteral("actionCollapseAll"));
    m_collapseAllAction->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    m_collapseAllAction->setToolTip(tr("Hide all replies, leaving the top-level comments"));
    connect(m_collapseAllAction, &QAction::triggered, m_commentTree, &QTreeView::collapseAll);

    m_aboutAction = createAction(this, tr("&About Glossator"), "actionAbout", {}, Qt::WindowShortcut,
                                 tr("Version, the libraries Glossator is built with, and their licences"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_manualAction = createAction(this, tr("Glossator &Manual"), "actionManual", QKeySequence::HelpContents,
                                  Qt::WindowShortcut, tr("Read the user manual (it is part of the program)"));
    connect(m_manualAction, &QAction::triggered, this, &MainWindow::showManual);
    m_shortcutsAction =
        createAction(this, tr("&Keyboard Shortcuts"), "actionKeyboardShortcuts", QKeySequence(tr("Ctrl+F1")),
                     Qt::WindowShortcut, tr("List every keyboard shortcut of the window"));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_sampleAction = createAction(this, tr("Open the &Sample"), "actionOpenSample", {}, Qt::WindowShortcut,
                                  tr("Open a sample discussion with a small codebook and a few annotations"));
    connect(m_sampleAction, &QAction::triggered, this, &MainWindow::openSample);

    m_preferencesAction =
        createAction(this, tr("&Preferences…"), "actionPreferences", QKeySequence(tr("Ctrl+,")), Qt::WindowShortcut,
                     tr("Coder name, colours, text size, paper size and what happens at start"));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, [this] { showPreferences(false); });

    m_propertiesAction =
        createAction(this, tr("&Properties…"), "actionDocumentProperties", QKeySequence(tr("Alt+Return")),
                     Qt::WindowShortcut, tr("Edit the document's title, source, author, address and date"));
    connect(m_propertiesAction, &QAction::triggered, this, &MainWindow::showDocumentProperties);
    m_removeDocumentAction =
        createAction(this, tr("&Remove from Project…"), "actionRemoveDocument", QKeySequence(tr("Ctrl+Shift+Del")),
                     Qt::WindowShortcut, tr("Remove this document and its annotations from the project (undoable)"));
    connect(m_removeDocumentAction, &QAction::triggered, this, &MainWindow::removeCurrentDocument);
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_openAction);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    fileMenu->addAction(m_addArticleAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_saveAsAction);
    fileMenu->addAction(m_restoreBackupAction);
    fileMenu->addAction(m_exportAction);
    fileMenu->addAction(m_closeProjectAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    editMenu->addAction(m_undoAction);
    editMenu->addAction(m_redoAction);
    editMenu->addSeparator();
    editMenu->addActions({m_findBar->findAction(), m_findBar->findNextAction(), m_findBar->findPreviousAction()});
    editMenu->addSeparator();
    QAction* coderAction = editMenu->addAction(tr("Coder &Name…"), this, &MainWindow::chooseCoderName);
    coderAction->setObjectName(QStringLiteral("actionCoderName"));
    coderAction->setShortcut(QKeySequence(tr("Ctrl+Alt+K")));
    coderAction->setToolTip(tr("The name your annotations are signed with"));
    editMenu->addAction(m_preferencesAction);

    QMenu* documentMenu = menuBar()->addMenu(tr("&Document"));
    documentMenu->setObjectName(QStringLiteral("documentMenu"));
    documentMenu->setToolTipsVisible(true);
    documentMenu->addAction(m_propertiesAction);
    documentMenu->addSeparator();
    documentMenu->addAction(m_removeDocumentAction);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    viewMenu->addAction(m_expandAllAction);
    viewMenu->addAction(m_collapseAllAction);
    createViewActions(viewMenu);
    viewMenu->addSeparator();
    // Filled in createDocks(), which runs after this.
    viewMenu->setProperty("docksMenu", true);

    QMenu* tagMenu = menuBar()->addMenu(tr("&Tag"));
    tagMenu->setObjectName(QStringLiteral("tagMenu"));
    tagMenu->setToolTipsVisible(true);
    // Created here because the menus need it; the codebook it reads from exists by now.
    m_tagging = new TaggingController(m_projects, m_articleView, m_commentTree, m_codebook, this);
    m_tagging->populateMenu(tagMenu);
    tagMenu->addSeparator();
    QAction* cycleAction =
        tagMenu->addAction(tr("Bring Next Overlapping Tag to Front"), m_articleView, &ArticleView::cycleOverlaps);
    cycleAction->setObjectName(QStringLiteral("actionCycleOverlaps"));
    cycleAction->setShortcut(QKeySequence(tr("Ctrl+Shift+Space")));
    cycleAction->setToolTip(tr("Where tagged passages overlap, show the next one's colour on top"));
    // A shortcut works only while a widget that carries its action is shown: in the menu bar, the
    // codebook's window-wide shortcuts work with the codebook closed as well.
    tagMenu->addSeparator();
    tagMenu->addActions(m_codebook->windowActions());
    // The same tagging on the article's context menu, after copying and selecting.
    auto* copyAction = new QAction(tr("&Copy"), this);
    copyAction->setObjectName(QStringLiteral("actionCopyArticle"));
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    copyAction->setToolTip(tr("Copy the selected text"));
    connect(copyAction, &QAction::triggered, m_articleView, &QTextEdit::copy);
    auto* selectAllAction = new QAction(tr("Select &All"), this);
    selectAllAction->setObjectName(QStringLiteral("actionSelectAllArticle"));
    selectAllAction->setShortcut(QKeySequence::SelectAll);
    selectAllAction->setShortcutContext(Qt::WidgetShortcut);
    selectAllAction->setToolTip(tr("Select the whole article"));
    connect(selectAllAction, &QAction::triggered, m_articleView, &QTextEdit::selectAll);
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_articleView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_articleView->addActions(QList<QAction*>{copyAction, selectAllAction, separator} + m_tagging->actions());

    QToolBar* toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions({m_openAction, m_saveAsAction, m_exportAction});
    toolBar->addSeparator();
    toolBar->addActions({m_undoAction, m_redoAction});
    toolBar->addSeparator();
    toolBar->addAction(m_tagging->actions().first());
    m_findBar->findAction()->setIcon(QIcon(QStringLiteral(":/icons/edit-find.svg")));
    toolBar->addAction(m_findBar->findAction());
    connect(m_tagging, &TaggingController::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 6000); });

    QMenu* commentsMenu = menuBar()->addMenu(tr("&Comments"));
    commentsMenu->setObjectName(QStringLiteral("commentsMenu"));
    commentsMenu->setToolTipsVisible(true);
    createNavigationActions(commentsMenu);
    commentsMenu->addSeparator();
    for (QAction* action : m_structureActions->actions())
        commentsMenu->addAction(action);
    // The same fixes on the comment tree's context menu.
    m_commentTree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_commentTree->addActions(m_structureActions->actions());

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    helpMenu->setToolTipsVisible(true);
    helpMenu->addActions({m_manualAction, m_shortcutsAction});
    helpMenu->addSeparator();
    helpMenu->addAction(m_sampleAction);
    helpMenu->addSeparator();
    helpMenu->addAction(m_aboutAction);
}

void MainWindow::createViewActions(QMenu* viewMenu)
{
    QMenu* levelMenu = viewMenu->addMenu(tr("Expand to &Level"));
    levelMenu->setObjectName(QStringLiteral("expandToLevelMenu"));
    levelMenu->setToolTipsVisible(true);
    static const char* const levelNames[] = {"actionExpandToLevel1", "actionExpandToLevel2", "actionExpandToLevel3",
                                             "actionExpandToLevel4", "actionExpandToLevel5"};
    for (int level = 1; level <= 5; ++level) {
        QAction* action =
            createAction(this, level == 1 ? tr("&1 Top-Level Comments Only") : tr("&%1 Levels").arg(level),
                         levelNames[level - 1], QKeySequence(tr("Ctrl+Alt+%1").arg(level)), Qt::WindowShortcut,
                         level == 1 ? tr("Collapse every thread to its top-level comment")
                                    : tr("Show replies down to level %1, collapsing deeper ones").arg(level));
        connect(action, &QAction::triggered, this, [this, level] { expandCommentsToLevel(level); });
        levelMenu->addAction(action);
    }
    viewMenu->addSeparator();

    m_zoomInAction = createAction(this, tr("&Larger Text"), "actionZoomIn", QKeySequence::ZoomIn, Qt::WindowShortcut,
                                  tr("Make the article and comment text larger"));
    connect(m_zoomInAction, &QAction::triggered, this, [this] { m_settings->setFontPointSize(readingFontSize() + 1); });
    m_zoomOutAction = createAction(this, tr("&Smaller Text"), "actionZoomOut", QKeySequence::ZoomOut,
                                   Qt::WindowShortcut, tr("Make the article and comment text smaller"));
    connect(m_zoomOutAction, &QAction::triggered, this,
            [this] { m_settings->setFontPointSize(readingFontSize() - 1); });
    QAction* resetZoom = createAction(this, tr("&Normal Text Size"), "actionZoomReset", QKeySequence(tr("Ctrl+0")),
                                      Qt::WindowShortcut, tr("Use the system's text size again"));
    connect(resetZoom, &QAction::triggered, this, [this] { m_settings->setFontPointSize(0); });
    viewMenu->addActions({m_zoomInAction, m_zoomOutAction, resetZoom});
    viewMenu->addSeparator();

    QAction* swap =
        createAction(this, tr("S&wap Article and Comments"), "actionSwapPanes", QKeySequence(tr("Ctrl+Alt+W")),
                     Qt::WindowShortcut, tr("Put the comment tree on the other side of the article"));
    connect(swap, &QAction::triggered, this, [this] { m_settings->setCommentsFirst(!m_settings->commentsFirst()); });
    viewMenu->addAction(swap);

    QMenu* themeMenu = viewMenu->addMenu(tr("&Theme"));
    themeMenu->setObjectName(QStringLiteral("themeMenu"));
    themeMenu->setToolTipsVisible(true);
    m_themeGroup = new QActionGroup(this);
    auto* themes = m_themeGroup;
    const struct {
        Settings::Theme theme;
        QString text;
        const char* name;
        QString toolTip;
    } choices[] = {
        {Settings::Theme::System, tr("&System Colours"), "actionThemeSystem", tr("Follow the desktop's colours")},
        {Settings::Theme::Light, tr("&Light"), "actionThemeLight", tr("Dark text on a light background")},
        {Settings::Theme::Dark, tr("&Dark"), "actionThemeDark", tr("Light text on a dark background")},
    };
    for (const auto& choice : choices) {
        QAction* action = createAction(this, choice.text, choice.name, {}, Qt::WindowShortcut, choice.toolTip);
        action->setCheckable(true);
        action->setChecked(m_settings->theme() == choice.theme);
        action->setActionGroup(themes);
        const Settings::Theme theme = choice.theme;
        action->setData(int(theme));
        connect(action, &QAction::triggered, this, [this, theme] { m_settings->setTheme(theme); });
        themeMenu->addAction(action);
    }
}

void MainWindow::createNavigationActions(QMenu* menu)
{
    struct Step {
        QString text;
        const char* name;
        QString shortcut;
        QString toolTip;
        std::function<QModelIndex(const QAbstractItemModel*, const QModelIndex&)> move;
    };
    const QList<Step> steps = {
        {tr("&Next Comment"), "actionNextComment", tr("Alt+Down"), tr("Go to the next comment in reading order"),
         [](const QAbstractItemModel* m, const QModelIndex& i) {
             return CommentNavigator::next(m, i);
         }},
        {tr("&Previous Comment"), "actionPreviousComment", tr("Alt+Up"), tr("Go to the previous comment"),
         [](const QAbstractItemModel* m, const QModelIndex& i) {
             return CommentNavigator::previous(m, i);
         }},
        {tr("&Parent Comment"), "actionParentComment", tr("Alt+Left"), tr("Go to the comment this one answers"),
         [](const QAbstractItemModel* m, const QModelIndex& i) {
             return CommentNavigator::parent(m, i);
         }},
        {tr("Next &Sibling"), "actionNextSibling", tr("Alt+Right"),
         tr("Go to the next answer to the same comment, skipping replies"),
         [](const QAbstractItemModel* m, const QModelIndex& i) {
             return CommentNavigator::nextSibling(m, i);
         }},
        {tr("Next &Tagged Comment"), "actionNextTagged", tr("Alt+PgDown"), tr("Go to the next comment with a tag"),
         [](const QAbstractItemModel* m, const QModelIndex& i) {
             return CommentNavigator::nextTagged(m, i);
         }},
        {tr("Previous Tagged Comment"), "actionPreviousTagged", tr("Alt+PgUp"),
         tr("Go to the previous comment with a tag"),
         [](const QAbstractItemModel* m, const QModelIndex& i) {
             return CommentNavigator::previousTagged(m, i);
         }},
    };
    for (const Step& step : steps) {
        auto* action = menu->addAction(step.text);
        action->setObjectName(QString::fromLatin1(step.name));
        action->setShortcut(QKeySequence(step.shortcut));
        action->setToolTip(step.toolTip);
        connect(action, &QAction::triggered, this, [this, move = step.move] { navigate(move); });
    }
    menu->addSeparator();
    menu->addActions({m_expandAllAction, m_collapseAllAction});
}

} // namespace glossator
