#include "MainWindow.h"

#include "annotations/AnnotationsPanel.h"
#include "article/ArticleView.h"
#include "comments/CommentFilterModel.h"
#include "comments/CommentNavigator.h"
#include "comments/CommentStructureActions.h"
#include "comments/CommentTreeModel.h"
#include "comments/CommentTreeView.h"
#include "common/ActionFactory.h"
#include "common/MessageBoxes.h"
#include "common/Theme.h"
#include "documents/DocumentListModel.h"
#include "documents/NoticeListModel.h"
#include "export/ExportDialog.h"
#include "import/ImporterRegistry.h"
#include "project/ProjectManager.h"
#include "search/FindBar.h"
#include "settings/Settings.h"
#include "tagging/TaggingController.h"
#include "tags/CodebookPanel.h"
#include "tags/TagTreeModel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace glossator {

namespace {

QString projectFilter()
{
    return MainWindow::tr("Glossator projects (*.%1)").arg(QLatin1String(ProjectManager::projectSuffix));
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_projects(new ProjectManager(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_settings(new Settings(QString(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);

    m_articleView = new ArticleView(this);
    m_commentModel = new CommentTreeModel(this);
    m_commentFilter = new CommentFilterModel(this);
    m_commentFilter->setSourceModel(m_commentModel);
    m_commentTree = new CommentTreeView(this);
    m_commentTree->setModel(m_commentFilter);
    m_structureActions = new CommentStructureActions(m_projects, m_commentTree, this);
    connect(m_commentTree->selectionModel(), &QItemSelectionModel::currentChanged, m_structureActions,
            &CommentStructureActions::updateEnabled);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("readerSplitter"));
    m_splitter->addWidget(m_articleView);
    m_splitter->addWidget(createCommentPane());
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    m_findBar = new FindBar(this);
    m_findBar->setArticleView(m_articleView);
    m_findBar->setCommentView(m_commentTree);
    connect(m_findBar, &FindBar::articleMatchesChanged, m_articleView, &ArticleView::setSearchMatches);
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_splitter, 1);
    centralLayout->addWidget(m_findBar);
    setCentralWidget(central);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("documentStatusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);

    m_codebook = new CodebookPanel(this);
    createActions();
    createMenus();
    createDocks();

    connect(m_projects, &ProjectManager::projectChanged, this, &MainWindow::showProject);
    connect(m_projects, &ProjectManager::documentChanged, this, &MainWindow::showDocument);
    connect(m_projects, &ProjectManager::failed, this, &MainWindow::showError);

    resize(1280, 820);
    m_splitter->setSizes({620, 620});
    resizeDocks({m_codebookDock}, {240}, Qt::Horizontal);
    // The layout the user left, where there is one.
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());
    if (m_settings->commentsFirst())
        swapPanes();
    m_splitter->restoreState(m_settings->splitterState());
    if (m_settings->fontPointSize() > 0)
        setReadingFontSize(m_settings->fontPointSize());
    if (m_settings->theme() != Settings::Theme::System)
        applyTheme(m_settings->theme());
    updateRecentFiles();
    updateTitle();
    updateActions();
    m_statusLabel->setText(tr("Open an article file or a project with File > Open (Ctrl+O)."));
}

MainWindow::~MainWindow() = default;

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

    m_aboutAction = new QAction(tr("&About Glossator"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setToolTip(tr("Version and licence"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
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
    connect(m_zoomInAction, &QAction::triggered, this, [this] { setReadingFontSize(readingFontSize() + 1); });
    m_zoomOutAction = createAction(this, tr("&Smaller Text"), "actionZoomOut", QKeySequence::ZoomOut,
                                   Qt::WindowShortcut, tr("Make the article and comment text smaller"));
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { setReadingFontSize(readingFontSize() - 1); });
    QAction* resetZoom = createAction(this, tr("&Normal Text Size"), "actionZoomReset", QKeySequence(tr("Ctrl+0")),
                                      Qt::WindowShortcut, tr("Use the system's text size again"));
    connect(resetZoom, &QAction::triggered, this, [this] { setReadingFontSize(0); });
    viewMenu->addActions({m_zoomInAction, m_zoomOutAction, resetZoom});
    viewMenu->addSeparator();

    QAction* swap =
        createAction(this, tr("S&wap Article and Comments"), "actionSwapPanes", QKeySequence(tr("Ctrl+Alt+W")),
                     Qt::WindowShortcut, tr("Put the comment tree on the other side of the article"));
    connect(swap, &QAction::triggered, this, [this] {
        swapPanes();
        m_settings->setCommentsFirst(m_splitter->indexOf(m_articleView) == 1);
    });
    viewMenu->addAction(swap);

    QMenu* themeMenu = viewMenu->addMenu(tr("&Theme"));
    themeMenu->setObjectName(QStringLiteral("themeMenu"));
    themeMenu->setToolTipsVisible(true);
    auto* themes = new QActionGroup(this);
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
        connect(action, &QAction::triggered, this, [this, theme] {
            m_settings->setTheme(theme);
            applyTheme(theme);
        });
        themeMenu->addAction(action);
    }
}

void MainWindow::expandCommentsToLevel(int level)
{
    m_commentTree->collapseAll();
    // QTreeView counts depth from 0 for the top level; level 2 shows the replies of top-level comments.
    if (level > 1)
        m_commentTree->expandToDepth(level - 2);
}

int MainWindow::readingFontSize() const
{
    return m_settings->fontPointSize() > 0 ? m_settings->fontPointSize() : QApplication::font().pointSize();
}

void MainWindow::setReadingFontSize(int points)
{
    m_settings->setFontPointSize(points);
    QFont readingFont = QApplication::font();
    if (m_settings->fontPointSize() > 0)
        readingFont.setPointSize(m_settings->fontPointSize());
    m_articleView->setFont(readingFont);
    m_commentTree->setFont(readingFont);
    // Row heights depend on the font; the view keeps them until it lays its items out again.
    m_commentTree->doItemsLayout();
    m_zoomInAction->setEnabled(readingFontSize() < Settings::maxFontPointSize);
    m_zoomOutAction->setEnabled(readingFontSize() > Settings::minFontPointSize);
}

void MainWindow::swapPanes()
{
    // The splitter keeps its widgets in order; moving the first to the end swaps the two.
    m_splitter->addWidget(m_splitter->widget(0));
}

void MainWindow::createDocks()
{
    m_documentModel = new DocumentListModel(this);
    m_documentList = new QListView(this);
    m_documentList->setObjectName(QStringLiteral("documentList"));
    m_documentList->setAccessibleName(tr("Documents"));
    m_documentList->setToolTip(tr("The articles in this project; choose one to read it"));
    m_documentList->setModel(m_documentModel);
    m_documentList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_documentList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    m_projects->selectDocument(current.data(DocumentListModel::DocumentIdRole).toLongLong());
            });

    m_documentsDock = new QDockWidget(tr("Documents"), this);
    m_documentsDock->setObjectName(QStringLiteral("documentsDock"));
    m_documentsDock->setWidget(m_documentList);
    addDockWidget(Qt::LeftDockWidgetArea, m_documentsDock);
    m_documentsDock->hide();

    m_noticeModel = new NoticeListModel(this);
    m_noticeList = new QListView(this);
    m_noticeList->setObjectName(QStringLiteral("noticeList"));
    m_noticeList->setAccessibleName(tr("Import notices"));
    m_noticeList->setToolTip(tr("What Glossator assumed or could not read when it imported this article"));
    m_noticeList->setModel(m_noticeModel);
    m_noticeList->setWordWrap(true);
    m_noticesDock = new QDockWidget(tr("Import Notices"), this);
    m_noticesDock->setObjectName(QStringLiteral("noticesDock"));
    m_noticesDock->setWidget(m_noticeList);
    addDockWidget(Qt::BottomDockWidgetArea, m_noticesDock);
    m_noticesDock->hide();
    QAction* noticesToggle = m_noticesDock->toggleViewAction();
    noticesToggle->setObjectName(QStringLiteral("actionShowNotices"));
    noticesToggle->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    noticesToggle->setToolTip(tr("Show or hide what the importer assumed about this article"));

    m_codebookDock = new QDockWidget(tr("Codebook"), this);
    m_codebookDock->setObjectName(QStringLiteral("codebookDock"));
    m_codebookDock->setWidget(m_codebook);
    addDockWidget(Qt::LeftDockWidgetArea, m_codebookDock);
    QAction* codebookToggle = m_codebookDock->toggleViewAction();
    codebookToggle->setObjectName(QStringLiteral("actionShowCodebook"));
    codebookToggle->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    codebookToggle->setToolTip(tr("Show or hide the codebook"));

    m_annotations = new AnnotationsPanel(this);
    m_annotationsDock = new QDockWidget(tr("Annotations"), this);
    m_annotationsDock->setObjectName(QStringLiteral("annotationsDock"));
    m_annotationsDock->setWidget(m_annotations);
    addDockWidget(Qt::BottomDockWidgetArea, m_annotationsDock);
    m_annotationsDock->hide();
    connect(m_annotations, &AnnotationsPanel::jumpRequested, this, &MainWindow::jumpToAnnotation);
    QAction* annotationsToggle = m_annotationsDock->toggleViewAction();
    annotationsToggle->setObjectName(QStringLiteral("actionShowAnnotations"));
    annotationsToggle->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    annotationsToggle->setToolTip(tr("Show or hide the list of this document's annotations"));
    connect(m_codebook, &CodebookPanel::tagActivated, this, [this](qint64 tagId) {
        const QString name = m_codebook->model()->indexForTag(tagId).data().toString();
        m_commentFilter->setTagFilter({tagId}, {name});
        applyCommentFilter();
    });

    QAction* toggle = m_documentsDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionShowDocuments"));
    toggle->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    toggle->setToolTip(tr("Show or hide the list of documents in the project"));
    for (QMenu* menu : menuBar()->findChildren<QMenu*>()) {
        if (menu->property("docksMenu").toBool())
            menu->addActions({codebookToggle, annotationsToggle, toggle, noticesToggle});
    }
}

bool MainWindow::openFile(const QString& path)
{
    return m_projects->open(path);
}

bool MainWindow::saveProjectAs(const QString& path)
{
    return m_projects->saveAs(path);
}

void MainWindow::chooseFileToOpen()
{
    const QString filter = ImporterRegistry::instance().fileDialogFilter();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open"), QString(), projectFilter() + QStringLiteral(";;") + filter);
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::chooseArticleToAdd()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Add Article to Project"), QString(),
                                                      ImporterRegistry::instance().fileDialogFilter());
    if (!path.isEmpty())
        m_projects->addArticle(path);
}

void MainWindow::chooseSaveAsPath()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Project As"), QString(), projectFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QLatin1String(ProjectManager::projectSuffix);
    saveProjectAs(path);
}

bool MainWindow::settleUntitledProject()
{
    if (!m_projects->isUntitled() || m_projects->documents().isEmpty())
        return true;
    const auto answer =
        MessageBoxes::ask(this, QMessageBox::Question, QStringLiteral("saveUntitledQuestion"), tr("Save Project?"),
                          tr("The untitled project has work in it. Save it before closing?"),
                          tr("If you discard it, its articles and annotations are deleted."),
                          QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        const QString before = m_projects->projectPath();
        chooseSaveAsPath();
        return m_projects->projectPath() != before;
    }
    return true;
}

void MainWindow::closeProject()
{
    if (settleUntitledProject())
        m_projects->close();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!settleUntitledProject()) {
        event->ignore();
        return;
    }
    m_projects->close();
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterState(m_splitter->saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            openFile(url.toLocalFile());
    }
    event->acceptProposedAction();
}

void MainWindow::offerRecovery()
{
    for (const QString& path : ProjectManager::recoverableProjects()) {
        const auto answer = MessageBoxes::ask(
            this, QMessageBox::Question, QStringLiteral("recoverQuestion"), tr("Recover Work?"),
            tr("Glossator did not close normally last time. An untitled project from %1 is still there.")
                .arg(QLocale().toString(QFileInfo(path).lastModified(), QLocale::ShortFormat)),
            tr("Recover it to continue where you left off, or discard it."),
            QMessageBox::Open | QMessageBox::Discard | QMessageBox::Ignore, QMessageBox::Open);
        if (answer == QMessageBox::Open) {
            m_projects->recover(path);
            return;
        }
        if (answer == QMessageBox::Discard)
            ProjectManager::discardRecoverable(path);
    }
}

void MainWindow::showProject()
{
    if (Project* project = m_projects->project()) {
        if (!m_undoGroup->stacks().contains(project->undoStack()))
            m_undoGroup->addStack(project->undoStack());
        m_undoGroup->setActiveStack(project->undoStack());
    } else {
        m_codebook->setProject(nullptr);
        m_undoGroup->setActiveStack(nullptr);
    }
    m_annotations->setProject(m_projects->project());
    if (Project* project = m_projects->project()) {
        project->setCoder(m_settings->coderName());
        m_settings->addRecentFile(m_projects->isUntitled() ? QString() : m_projects->projectPath());
        updateRecentFiles();
        m_codebook->setProject(project);
        connect(project, &Project::annotationsChanged, this, &MainWindow::showAnnotations, Qt::UniqueConnection);
        connect(project, &Project::tagsChanged, this, &MainWindow::showAnnotations, Qt::UniqueConnection);
    }
    m_tagging->updateActions();
    const QList<DocumentSummary> documents = m_projects->documents();
    m_documentModel->setDocuments(documents);
    if (documents.size() > 1 && !m_documentsDock->isVisible()) {
        m_documentsDock->show();
        resizeDocks({m_documentsDock}, {220}, Qt::Horizontal);
    }
    updateTitle();
    updateActions();
}

void MainWindow::showDocument()
{
    const StoredDocument* stored = m_projects->currentDocument();
    if (!stored) {
        static const Document nothing;
        m_annotations->setDocument(nullptr);
        m_articleView->setDocument(nothing);
        m_commentModel->setDocument(nothing);
        m_noticeModel->setNotices({});
        m_statusLabel->clear();
        updateTitle();
        return;
    }
    const Document& document = stored->document;
    m_articleView->setDocument(document);
    m_commentModel->setDocument(document, stored->commentIds);
    m_commentTree->expandAll();
    m_noticeModel->setNotices(document.notices);
    m_annotations->setDocument(stored);
    showAnnotations();
    const int row = m_documentModel->rowOf(stored->id);
    if (row >= 0)
        m_documentList->setCurrentIndex(m_documentModel->index(row));

    m_structureActions->updateEnabled();
    QString status = tr("%n comment(s)", nullptr, int(document.comments.size()));
    if (document.declaredCommentCount && *document.declaredCommentCount != document.comments.size())
        status += tr(" (the page says %1)").arg(*document.declaredCommentCount);
    if (!document.notices.isEmpty()) {
        status += QStringLiteral(" · ") + tr("%n import notice(s)", nullptr, int(document.notices.size()));
        QStringList lines;
        for (const ImportNotice& notice : document.notices)
            lines.append(notice.line > 0 ? tr("Line %1: %2").arg(notice.line).arg(notice.message) : notice.message);
        m_statusLabel->setToolTip(lines.join(QLatin1Char('\n')));
    } else {
        m_statusLabel->setToolTip(QString());
    }
    m_statusLabel->setText(status);
    updateTitle();
}

QWidget* MainWindow::createCommentPane()
{
    auto* pane = new QWidget(this);
    m_filterKind = new QComboBox(pane);
    m_filterKind->setObjectName(QStringLiteral("commentFilterKind"));
    m_filterKind->addItems({tr("Text"), tr("Author")});
    m_filterKind->setToolTip(tr("Filter the comments by their text or by their author"));
    m_filterKind->setAccessibleName(tr("Filter by"));
    m_filterField = new QLineEdit(pane);
    m_filterField->setObjectName(QStringLiteral("commentFilterField"));
    m_filterField->setPlaceholderText(tr("Filter comments (Ctrl+Shift+F)"));
    m_filterField->setToolTip(tr("Show only the comments that contain this, with the comments they answer"));
    m_filterField->setAccessibleName(tr("Comment filter"));
    m_filterField->setClearButtonEnabled(true);
    auto* focusFilter = new QAction(tr("Filter Comments"), this);
    focusFilter->setObjectName(QStringLiteral("actionFilterComments"));
    focusFilter->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    focusFilter->setToolTip(m_filterField->toolTip());
    connect(focusFilter, &QAction::triggered, m_filterField, [this] {
        m_filterField->setFocus(Qt::ShortcutFocusReason);
        m_filterField->selectAll();
    });
    addAction(focusFilter);
    m_tagFilterLabel = new QLabel(pane);
    m_tagFilterLabel->setObjectName(QStringLiteral("tagFilterLabel"));
    m_tagFilterLabel->hide();
    m_clearFilterButton = new QToolButton(pane);
    m_clearFilterButton->setObjectName(QStringLiteral("clearCommentFilter"));
    m_clearFilterButton->setText(tr("Show All"));
    m_clearFilterButton->setToolTip(tr("Clear every comment filter (Ctrl+Shift+X)"));
    m_clearFilterButton->setShortcut(QKeySequence(tr("Ctrl+Shift+X")));
    m_clearFilterButton->hide();
    connect(m_filterField, &QLineEdit::textChanged, this, &MainWindow::applyCommentFilter);
    connect(m_filterKind, &QComboBox::currentIndexChanged, this, &MainWindow::applyCommentFilter);
    connect(m_clearFilterButton, &QToolButton::clicked, this, [this] {
        m_filterField->clear();
        m_commentFilter->clearFilters();
        applyCommentFilter();
    });

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 4, 4, 4);
    bar->addWidget(m_filterKind);
    bar->addWidget(m_filterField, 1);
    bar->addWidget(m_tagFilterLabel);
    bar->addWidget(m_clearFilterButton);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_commentTree, 1);
    return pane;
}

void MainWindow::applyCommentFilter()
{
    const QString text = m_filterField->text();
    const bool byAuthor = m_filterKind->currentIndex() == 1;
    m_commentFilter->setAuthorFilter(byAuthor ? text : QString());
    m_commentFilter->setTextFilter(byAuthor ? QString() : text);
    const QStringList tags = m_commentFilter->tagNameFilter();
    m_tagFilterLabel->setVisible(!tags.isEmpty());
    m_tagFilterLabel->setText(tr("Tag: %1").arg(tags.join(QStringLiteral(", "))));
    m_clearFilterButton->setVisible(m_commentFilter->isFiltering());
    m_commentTree->expandAll();
    if (m_commentFilter->isFiltering())
        statusBar()->showMessage(tr("%n comment(s) match", nullptr, m_commentFilter->matchCount()), 4000);
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

void MainWindow::navigate(const std::function<QModelIndex(const QAbstractItemModel*, const QModelIndex&)>& step)
{
    const QModelIndex target = step(m_commentTree->model(), m_commentTree->currentIndex());
    if (!target.isValid()) {
        statusBar()->showMessage(tr("No further comment that way."), 3000);
        return;
    }
    m_commentTree->setCurrentIndex(target);
    m_commentTree->scrollTo(target);
    m_commentTree->setFocus();
}

void MainWindow::jumpToAnnotation(qint64 annotationId)
{
    Project* project = m_projects->project();
    const auto annotation = project ? project->store().annotation(annotationId) : std::nullopt;
    if (!annotation)
        return;
    if (annotation->commentId == 0) {
        if (annotation->range && !annotation->orphaned)
            m_articleView->selectRange(annotation->range->start, annotation->range->end);
        m_articleView->setFocus();
        return;
    }
    QModelIndex index = CommentTreeModel::findStoredId(m_commentTree->model(), annotation->commentId);
    if (!index.isValid() && m_commentFilter->isFiltering()) {
        // The filter hides it; showing what the user asked for comes first.
        m_filterField->clear();
        m_commentFilter->clearFilters();
        applyCommentFilter();
        index = CommentTreeModel::findStoredId(m_commentTree->model(), annotation->commentId);
    }
    if (!index.isValid())
        return;
    m_commentTree->setCurrentIndex(index);
    m_commentTree->scrollTo(index);
    if (annotation->range && !annotation->orphaned)
        m_commentTree->selectPassage(annotation->range->start, annotation->range->end);
    else
        m_commentTree->setFocus();
}

void MainWindow::askCoderNameIfUnknown()
{
    if (m_settings->coderName().isEmpty())
        chooseCoderName();
}

void MainWindow::chooseCoderName()
{
    const auto name = MessageBoxes::askText(this, QStringLiteral("coderNameQuestion"), tr("Coder Name"),
                                            tr("Your annotations are signed with this name:"), m_settings->coderName());
    if (!name)
        return;
    m_settings->setCoderName(*name);
    if (Project* project = m_projects->project())
        project->setCoder(m_settings->coderName());
}

void MainWindow::updateRecentFiles()
{
    m_recentMenu->clear();
    const QStringList files = m_settings->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        QAction* action =
            m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(files.at(i)).fileName()));
        action->setObjectName(QStringLiteral("actionRecent%1").arg(i + 1));
        action->setToolTip(files.at(i));
        action->setData(files.at(i));
        connect(action, &QAction::triggered, this, [this, path = files.at(i)] { openFile(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::showAnnotations()
{
    const StoredDocument* stored = m_projects->currentDocument();
    Project* project = m_projects->project();
    if (!stored || !project) {
        m_articleView->setAnnotations({}, {});
        m_commentModel->setAnnotations({}, {});
        return;
    }
    QHash<qint64, Tag> tags;
    for (const TagUsage& usage : project->store().tags())
        tags.insert(usage.tag.id, usage.tag);
    const QList<Annotation> annotations = project->store().annotations(stored->id);
    m_articleView->setAnnotations(annotations, tags);
    m_commentModel->setAnnotations(annotations, tags);
}

void MainWindow::showError(const ProjectError& error)
{
    if (error.kind == ProjectError::Kind::Locked) {
        const QString path = error.path;
        const auto answer = MessageBoxes::ask(this, QMessageBox::Warning, QStringLiteral("projectLockedQuestion"),
                                              tr("Project Is Open Elsewhere"), error.message,
                                              tr("Open it read-only? You can read it but not change it."),
                                              QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
        if (answer == QMessageBox::Open && QFileInfo::exists(path))
            m_projects->openProject(path, ProjectStore::Access::ReadOnly);
        return;
    }
    m_statusLabel->setText(error.message);
    MessageBoxes::ask(this, QMessageBox::Warning, QStringLiteral("errorMessage"), tr("Cannot Open"),
                      tr("Glossator could not complete that."), error.message, QMessageBox::Ok, QMessageBox::Ok);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Glossator"),
                       tr("<h3>Glossator %1</h3><p>A reader and annotator for articles with their comment "
                          "threads.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::showExportDialog()
{
    Project* project = m_projects->project();
    if (!project)
        return;
    const StoredDocument* current = m_projects->currentDocument();
    auto* dialog =
        new ExportDialog(project->store(), current ? current->id : 0, m_projects->displayName(), m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog reads the project it was opened on; it closes before that project can go away.
    connect(m_projects, &ProjectManager::projectChanged, dialog, &QDialog::reject);
    dialog->open();
}

void MainWindow::updateTitle()
{
    if (!m_projects->hasProject()) {
        setWindowTitle(QStringLiteral("Glossator"));
        return;
    }
    QString title = m_projects->displayName();
    if (const StoredDocument* stored = m_projects->currentDocument())
        title = stored->document.article.title + QStringLiteral(" — ") + title;
    if (m_projects->isUntitled())
        title += QLatin1Char(' ') + tr("(not saved to a file of your choice yet)");
    if (m_projects->isReadOnly())
        title += QLatin1Char(' ') + tr("(read-only)");
    setWindowTitle(title);
    setWindowFilePath(m_projects->isUntitled() ? QString() : m_projects->projectPath());
}

void MainWindow::updateActions()
{
    const bool open = m_projects->hasProject();
    m_addArticleAction->setEnabled(open && !m_projects->isReadOnly());
    m_saveAsAction->setEnabled(open);
    m_closeProjectAction->setEnabled(open);
    m_exportAction->setEnabled(open);
}

} // namespace glossator
