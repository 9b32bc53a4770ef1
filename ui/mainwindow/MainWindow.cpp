#include "MainWindow.h"

#include "EditFailureBar.h"
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
#include "import/ImporterRegistry.h"
#include "model/TagPath.h"
#include "notes/NotesDock.h"
#include "project/ProjectManager.h"
#include "search/FindBar.h"
#include "settings/Settings.h"
#include "start/StartPage.h"
#include "tagging/TaggingController.h"
#include "tags/CodebookPanel.h"
#include "tags/TagTreeModel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
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
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStringListModel>
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

// What the comment filter's field filters by; each keeps its own text, and all combine.
enum class FilterKind { Text, Author, Tag, Coder };

FilterKind filterKind(const QComboBox* kinds)
{
    return FilterKind(kinds->currentData().toInt());
}

// The tag paths or the coders that the filter field offers to complete.
void fillFilterCompletions(QStringListModel* completions, FilterKind kind, Project* project)
{
    QStringList offered;
    if (project && kind == FilterKind::Tag) {
        QList<Tag> tags;
        for (const TagUsage& usage : project->store().tags())
            tags.append(usage.tag);
        for (const Tag& tag : std::as_const(tags))
            offered.append(tagpath::pathOf(tags, tag.id));
        offered.sort(Qt::CaseInsensitive);
    } else if (project && kind == FilterKind::Coder) {
        offered = project->store().coders();
    }
    // Setting the same list again would close the completer's pop-up under the reader's typing.
    if (offered != completions->stringList())
        completions->setStringList(offered);
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
    auto* reader = new QWidget(this);
    reader->setObjectName(QStringLiteral("readerPage"));
    auto* readerLayout = new QVBoxLayout(reader);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->setSpacing(0);
    readerLayout->addWidget(m_splitter, 1);
    readerLayout->addWidget(m_findBar);
    m_startPage = new StartPage(this);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::chooseFileToOpen);
    connect(m_startPage, &StartPage::sampleRequested, this, &MainWindow::openSample);
    connect(m_startPage, &StartPage::recentProjectRequested, this, &MainWindow::openFile);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("windowPages"));
    m_pages->addWidget(m_startPage);
    m_pages->addWidget(reader);
    m_editFailure = new EditFailureBar(this);
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_editFailure);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("documentStatusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);
    m_coderButton = new QToolButton(this);
    m_coderButton->setObjectName(QStringLiteral("coderButton"));
    m_coderButton->setAutoRaise(true);
    m_coderButton->setToolTip(tr("Your annotations are signed with this name. Click to change it."));
    m_coderButton->setAccessibleName(tr("Coder name"));
    connect(m_coderButton, &QToolButton::clicked, this, &MainWindow::chooseCoderName);
    statusBar()->addPermanentWidget(m_coderButton);

    m_codebook = new CodebookPanel(this);
    createActions();
    createMenus();
    createDocks();

    m_projects->setBackupsToKeep(m_settings->backupsToKeep());
    m_projects->setDuplicateQuestion(
        [this](const QString& path, const DocumentSummary& existing) { return askAboutDuplicate(path, existing); });
    connect(m_projects, &ProjectManager::projectChanged, this, &MainWindow::showProject);
    connect(m_projects, &ProjectManager::documentChanged, this, &MainWindow::showDocument);
    connect(m_projects, &ProjectManager::failed, this, &MainWindow::showError);

    connect(m_settings, &Settings::changed, this, &MainWindow::applySetting);

    sizeToScreen();
    resizeDocks({m_codebookDock}, {240}, Qt::Horizontal);
    // The layout the user left, where there is one.
    if (!m_settings->windowGeometry().isEmpty())
        restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());
    applyCommentsSide();
    m_splitter->restoreState(m_settings->splitterState());
    applyReadingFont();
    if (m_settings->theme() != Settings::Theme::System)
        applyTheme(m_settings->theme());
    updateRecentFiles();
    updateCoderButton();
    showProject();
}

void MainWindow::sizeToScreen()
{
    // Most of the screen on a first start, centred; later starts restore what the user left.
    const QScreen* screen = QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 820);
    const QSize size(std::max(640, available.width() * 85 / 100), std::max(480, available.height() * 85 / 100));
    resize(size.boundedTo(available.size()));
    move(available.center() - rect().center());
    m_splitter->setSizes({size.width() / 2, size.width() / 2});
}

void MainWindow::applySetting(Settings::Key key)
{
    switch (key) {
    case Settings::Key::Theme:
        applyTheme(m_settings->theme());
        for (QAction* action : m_themeGroup->actions())
            action->setChecked(action->data().toInt() == int(m_settings->theme()));
        break;
    case Settings::Key::FontPointSize:
        applyReadingFont();
        break;
    case Settings::Key::CommentsFirst:
        applyCommentsSide();
        break;
    case Settings::Key::CoderName:
        if (Project* project = m_projects->project())
            project->setCoder(m_settings->coderName());
        updateCoderButton();
        break;
    case Settings::Key::RecentFiles:
        updateRecentFiles();
        break;
    case Settings::Key::BackupsToKeep:
        m_projects->setBackupsToKeep(m_settings->backupsToKeep());
        break;
    default:
        break;
    }
}

void MainWindow::updateCoderButton()
{
    m_coderButton->setText(tr("Coder: %1").arg(m_settings->coderName()));
}

void MainWindow::applyCommentsSide()
{
    if (m_settings->commentsFirst() != (m_splitter->indexOf(m_articleView) == 1))
        swapPanes();
}

MainWindow::~MainWindow() = default;

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

void MainWindow::applyReadingFont()
{
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

void MainWindow::fitNoticesDock()
{
    // As high as its notices, up to a few, rather than half the window for one line.
    constexpr int mostRowsShown = 6;
    int height = 0;
    const int rows = std::min(m_noticeModel->rowCount(), mostRowsShown);
    for (int row = 0; row < rows; ++row)
        height += std::max(m_noticeList->sizeHintForRow(row), m_noticeList->fontMetrics().height());
    if (rows == 0)
        height = m_noticeList->fontMetrics().height();
    height += 2 * m_noticeList->frameWidth() + 2 * m_noticeList->spacing() + 6;
    const int titleBar = m_noticesDock->fontMetrics().height() + 10;
    resizeDocks({m_noticesDock}, {height + titleBar}, Qt::Vertical);
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
    connect(m_noticesDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            fitNoticesDock();
    });
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

    auto* notesDock = new NotesDock(m_projects, m_articleView, m_commentTree, m_annotations, this);
    addDockWidget(Qt::RightDockWidgetArea, notesDock);
    resizeDocks({notesDock}, {260}, Qt::Horizontal);
    // Closed until the first note is asked for (Tag with Note, a note's shortcut, the View menu):
    // open from the start it takes the reading panes' room before there is a note to show. The
    // layout the user leaves, with it open or not, is restored from then on.
    notesDock->hide();
    connect(m_codebook, &CodebookPanel::tagActivated, this, [this](qint64 tagId) {
        // Into the filter bar's tag field, where the reader sees what filters and can change it.
        const Project* project = m_projects->project();
        QList<Tag> tags;
        for (const TagUsage& usage : project ? project->store().tags() : QList<TagUsage>())
            tags.append(usage.tag);
        m_commentFilter->setTagPathFilter(tagpath::pathOf(tags, tagId));
        const int tagKind = m_filterKind->findData(int(FilterKind::Tag));
        if (m_filterKind->currentIndex() != tagKind) {
            m_filterKind->setCurrentIndex(tagKind);
            return;
        }
        const QSignalBlocker quiet(m_filterField);
        m_filterField->setText(m_commentFilter->tagPathFilter());
        applyCommentFilter();
    });

    QAction* toggle = m_documentsDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionShowDocuments"));
    toggle->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    toggle->setToolTip(tr("Show or hide the list of documents in the project"));
    for (QMenu* menu : menuBar()->findChildren<QMenu*>()) {
        if (menu->property("docksMenu").toBool())
            menu->addActions({codebookToggle, annotationsToggle, notesDock->showAction(), toggle, noticesToggle});
    }
}

void MainWindow::openAtStart(const QStringList& files)
{
    openFiles(files);
    if (files.isEmpty() && m_settings->reopenLastProject() && !m_settings->recentFiles().isEmpty())
        openFile(m_settings->recentFiles().first());
}

bool MainWindow::openFile(const QString& path)
{
    return m_projects->open(path);
}

bool MainWindow::saveProjectAs(const QString& path)
{
    return m_projects->saveAs(path);
}

QString MainWindow::openFileFilter()
{
    // Everything Glossator opens comes first, so that article files are not hidden behind projects.
    const QStringList patterns = QStringList{QStringLiteral("*.") + QLatin1String(ProjectManager::projectSuffix)} +
                                 ImporterRegistry::instance().filePatterns();
    return tr("All supported files (%1)").arg(patterns.join(QLatin1Char(' '))) + QStringLiteral(";;") +
           projectFilter() + QStringLiteral(";;") + ImporterRegistry::instance().fileDialogFilter();
}

QString MainWindow::suggestedProjectPath() const
{
    if (!m_projects->isUntitled() && m_projects->hasProject())
        return m_projects->projectPath();
    QString name;
    if (const StoredDocument* stored = m_projects->currentDocument())
        name = stored->document.article.title;
    // A file name from the title: no characters that file systems refuse, not too long.
    static const QRegularExpression unsafe(QStringLiteral(R"([/\\:*?"<>|\x00-\x1f]+)"));
    name = name.replace(unsafe, QStringLiteral(" ")).simplified().left(80).trimmed();
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name = tr("Untitled project");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder.isEmpty() ? QDir::homePath() : folder)
        .filePath(name + QLatin1Char('.') + QLatin1String(ProjectManager::projectSuffix));
}

ProjectManager::DuplicateChoice MainWindow::askAboutDuplicate(const QString& path, const DocumentSummary& existing)
{
    const auto answer = MessageBoxes::ask(
        this, QMessageBox::Question, QStringLiteral("duplicateArticleQuestion"), tr("Already in the Project"),
        tr("%1 is in this project already, as “%2”.").arg(QFileInfo(path).fileName(), existing.title),
        tr("Show the document that is there, or add the file again as a second document?"),
        QMessageBox::Open | QMessageBox::Ignore | QMessageBox::Cancel, QMessageBox::Open,
        {{QMessageBox::Open, tr("&Show It")}, {QMessageBox::Ignore, tr("&Add Again")}});
    if (answer == QMessageBox::Open)
        return ProjectManager::DuplicateChoice::ShowExisting;
    if (answer == QMessageBox::Ignore)
        return ProjectManager::DuplicateChoice::AddAgain;
    return ProjectManager::DuplicateChoice::Cancel;
}

void MainWindow::chooseFileToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open"), QString(), openFileFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::chooseArticleToAdd()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add Articles to Project"), QString(),
                                                            ImporterRegistry::instance().fileDialogFilter());
    if (!paths.isEmpty())
        m_projects->addArticles(paths);
}

void MainWindow::chooseSaveAsPath()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Project As"), suggestedProjectPath(), projectFilter());
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
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    openFiles(files);
    event->acceptProposedAction();
}

void MainWindow::openFiles(const QStringList& files)
{
    // Projects are opened, the last one given staying open; the articles go into it together.
    QStringList articles;
    for (const QString& file : files) {
        if (ProjectManager::isProjectFile(file))
            m_projects->openProject(file);
        else
            articles.append(file);
    }
    if (!articles.isEmpty())
        m_projects->addArticles(articles);
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
        connect(project, &Project::editFailed, m_editFailure, &EditFailureBar::showFailure, Qt::UniqueConnection);
        // An edit that went through shows the cause was put right.
        connect(project->undoStack(), &QUndoStack::indexChanged, m_editFailure, &EditFailureBar::editSucceeded,
                Qt::UniqueConnection);
    }
    m_editFailure->hide();
    m_tagging->updateActions();
    if (m_projects->hasProject()) {
        m_pages->setCurrentIndex(1);
    } else {
        m_startPage->setRecentProjects(m_settings->recentFiles());
        m_pages->setCurrentIndex(0);
        m_statusLabel->setText(tr("Open an article file or a project with File > Open (Ctrl+O)."));
    }
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
        m_shownDocumentId = 0;
        m_shownProject = nullptr;
        m_annotations->setDocument(nullptr);
        m_articleView->setDocument(nothing);
        m_commentModel->setDocument(nothing);
        m_noticeModel->setNotices({});
        m_statusLabel->clear();
        updateTitle();
        updateActions();
        return;
    }
    const Document& document = stored->document;
    const bool another = stored->id != m_shownDocumentId || m_projects->project() != m_shownProject;
    m_shownDocumentId = stored->id;
    m_shownProject = m_projects->project();
    m_articleView->setDocument(document);
    m_commentModel->setDocument(document, stored->commentIds);
    // Another document opens at its beginning; the same one reloaded after an edit keeps its place.
    if (another) {
        m_commentTree->scrollToTop();
        m_articleView->verticalScrollBar()->setValue(0);
    }
    if (m_settings->expandLevel() > 0)
        expandCommentsToLevel(m_settings->expandLevel());
    else
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
    updateActions();
}

QWidget* MainWindow::createCommentPane()
{
    auto* pane = new QWidget(this);
    m_filterKind = new QComboBox(pane);
    m_filterKind->setObjectName(QStringLiteral("commentFilterKind"));
    m_filterKind->addItem(tr("Text"), int(FilterKind::Text));
    m_filterKind->addItem(tr("Author"), int(FilterKind::Author));
    m_filterKind->addItem(tr("Tag"), int(FilterKind::Tag));
    m_filterKind->addItem(tr("Coder"), int(FilterKind::Coder));
    m_filterKind->setToolTip(tr("What the field beside filters by: the comments' text, their author, a tag with its "
                                "sub-tags, or a coder. Each keeps its own, and all of them apply together."));
    m_filterKind->setAccessibleName(tr("Filter by"));
    m_filterField = new QLineEdit(pane);
    m_filterField->setObjectName(QStringLiteral("commentFilterField"));
    m_filterField->setAccessibleName(tr("Comment filter"));
    m_filterField->setClearButtonEnabled(true);
    m_filterCompletions = new QStringListModel(this);
    m_filterCompleter = new QCompleter(m_filterCompletions, this);
    m_filterCompleter->setObjectName(QStringLiteral("commentFilterCompleter"));
    m_filterCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    // Any part of a path finds it: "crew" offers Risk/Safety/Crew.
    m_filterCompleter->setFilterMode(Qt::MatchContains);
    // Wide enough for a path of a few levels where the field is narrow.
    m_filterCompleter->popup()->setMinimumWidth(m_filterField->fontMetrics().averageCharWidth() * 36);
    auto* focusFilter = new QAction(tr("Filter Comments"), this);
    focusFilter->setObjectName(QStringLiteral("actionFilterComments"));
    focusFilter->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    focusFilter->setToolTip(tr("Filter the comments by text, author, tag or coder (Ctrl+Shift+F)"));
    connect(focusFilter, &QAction::triggered, m_filterField, [this] {
        m_filterField->setFocus(Qt::ShortcutFocusReason);
        m_filterField->selectAll();
    });
    addAction(focusFilter);
    m_filterUntaggedAction = new QAction(tr("Untagged"), this);
    m_filterUntaggedAction->setObjectName(QStringLiteral("actionFilterUntagged"));
    m_filterUntaggedAction->setCheckable(true);
    m_filterUntaggedAction->setShortcut(QKeySequence(tr("Ctrl+Shift+U")));
    m_filterUntaggedAction->setToolTip(
        tr("Show only the comments that carry no tag yet, neither whole nor on a passage (Ctrl+Shift+U)"));
    addAction(m_filterUntaggedAction);
    auto* untagged = new QToolButton(pane);
    untagged->setObjectName(QStringLiteral("commentFilterUntagged"));
    untagged->setDefaultAction(m_filterUntaggedAction);
    untagged->setAccessibleName(tr("Untagged comments only"));
    m_filterSummary = new QLabel(pane);
    m_filterSummary->setObjectName(QStringLiteral("commentFilterSummary"));
    m_filterSummary->setToolTip(tr("Filters set under another kind that apply as well; choose that kind to change "
                                   "them, or Show All to clear them"));
    // A line of its own under the bar, wrapped, so that a long tag path never widens the pane.
    m_filterSummary->setWordWrap(true);
    m_filterSummary->setContentsMargins(6, 0, 6, 4);
    m_filterSummary->hide();
    m_clearFilterButton = new QToolButton(pane);
    m_clearFilterButton->setObjectName(QStringLiteral("clearCommentFilter"));
    m_clearFilterButton->setText(tr("Show All"));
    m_clearFilterButton->setToolTip(tr("Clear every comment filter (Ctrl+Shift+X)"));
    m_clearFilterButton->setShortcut(QKeySequence(tr("Ctrl+Shift+X")));
    m_clearFilterButton->hide();

    // The field shows the chosen kind's own filter, which the comment filter keeps.
    const auto showKind = [this] {
        const FilterKind kind = filterKind(m_filterKind);
        QString text;
        switch (kind) {
        case FilterKind::Text:
            text = m_commentFilter->textFilter();
            m_filterField->setPlaceholderText(tr("Filter by text (Ctrl+Shift+F)"));
            m_filterField->setToolTip(tr("Show only the comments that contain this, with the comments they answer"));
            break;
        case FilterKind::Author:
            text = m_commentFilter->authorFilter();
            m_filterField->setPlaceholderText(tr("Filter by author (Ctrl+Shift+F)"));
            m_filterField->setToolTip(
                tr("Show only the comments by an author whose name contains this, with the comments they answer"));
            break;
        case FilterKind::Tag:
            text = m_commentFilter->tagPathFilter();
            m_filterField->setPlaceholderText(tr("Filter by tag: a path such as Risk/Safety (Ctrl+Shift+F)"));
            m_filterField->setToolTip(
                tr("Show only the comments that carry this tag or one of its sub-tags, whole or on a passage. Type "
                   "a tag's path or part of it and choose from the list; Enter on a tag in the codebook puts it "
                   "here."));
            break;
        case FilterKind::Coder:
            text = m_commentFilter->coderFilter();
            m_filterField->setPlaceholderText(tr("Filter by coder (Ctrl+Shift+F)"));
            m_filterField->setToolTip(tr("Show only the comments that this coder annotated"));
            break;
        }
        const bool completes = kind == FilterKind::Tag || kind == FilterKind::Coder;
        if (completes)
            fillFilterCompletions(m_filterCompletions, kind, m_projects->project());
        m_filterField->setCompleter(completes ? m_filterCompleter : nullptr);
        const QSignalBlocker quiet(m_filterField);
        m_filterField->setText(text);
    };
    showKind();
    connect(m_filterKind, &QComboBox::currentIndexChanged, this, [this, showKind] {
        showKind();
        applyCommentFilter();
    });
    connect(m_filterField, &QLineEdit::textChanged, this, &MainWindow::applyCommentFilter);
    connect(m_filterUntaggedAction, &QAction::toggled, this, [this](bool on) {
        m_commentFilter->setUntaggedFilter(on);
        applyCommentFilter();
    });
    connect(m_clearFilterButton, &QToolButton::clicked, this, [this] {
        {
            // One filtering for all, not one for the field and another for the rest.
            const QSignalBlocker quiet(m_filterField);
            m_filterField->clear();
        }
        m_commentFilter->clearFilters();
        applyCommentFilter();
    });

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 4, 4, 4);
    bar->addWidget(m_filterKind);
    bar->addWidget(m_filterField, 1);
    bar->addWidget(untagged);
    bar->addWidget(m_clearFilterButton);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_filterSummary);
    layout->addWidget(m_commentTree, 1);
    return pane;
}

void MainWindow::applyCommentFilter()
{
    const QString text = m_filterField->text();
    const FilterKind kind = filterKind(m_filterKind);
    switch (kind) {
    case FilterKind::Text:
        m_commentFilter->setTextFilter(text);
        break;
    case FilterKind::Author:
        m_commentFilter->setAuthorFilter(text);
        break;
    case FilterKind::Tag:
        m_commentFilter->setTagPathFilter(text);
        break;
    case FilterKind::Coder:
        m_commentFilter->setCoderFilter(text);
        break;
    }
    {
        // Cleared along with the others by Show All, or by a jump to a comment the filter hid.
        const QSignalBlocker quiet(m_filterUntaggedAction);
        m_filterUntaggedAction->setChecked(m_commentFilter->untaggedFilter());
    }
    // The filters of the other kinds, so that none is at work unseen.
    QStringList others;
    if (kind != FilterKind::Text && !m_commentFilter->textFilter().trimmed().isEmpty())
        others.append(tr("text “%1”").arg(m_commentFilter->textFilter()));
    if (kind != FilterKind::Author && !m_commentFilter->authorFilter().isEmpty())
        others.append(tr("author “%1”").arg(m_commentFilter->authorFilter()));
    if (kind != FilterKind::Tag && !m_commentFilter->tagPathFilter().isEmpty())
        others.append(tr("tag “%1”").arg(m_commentFilter->tagPathFilter()));
    else if (kind != FilterKind::Tag && !m_commentFilter->tagNameFilter().isEmpty())
        others.append(tr("tag “%1”").arg(m_commentFilter->tagNameFilter().join(QStringLiteral(", "))));
    if (kind != FilterKind::Coder && !m_commentFilter->coderFilter().isEmpty())
        others.append(tr("coder “%1”").arg(m_commentFilter->coderFilter()));
    m_filterSummary->setText(tr("Also filtering by %1").arg(others.join(QStringLiteral(", "))));
    m_filterSummary->setVisible(!others.isEmpty());
    m_clearFilterButton->setVisible(m_commentFilter->isFiltering());
    m_commentTree->expandAll();
    if (m_commentFilter->isFiltering())
        statusBar()->showMessage(tr("%n comment(s) match", nullptr, m_commentFilter->matchCount()), 4000);
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
    // An annotation listed over the whole project may be in another document: that one is shown first.
    const StoredDocument* shown = m_projects->currentDocument();
    if ((!shown || shown->id != annotation->documentId) && !m_projects->selectDocument(annotation->documentId))
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
        m_commentFilter->setAnnotations({});
        m_commentModel->setAnnotations({}, {});
        return;
    }
    QHash<qint64, Tag> tags;
    for (const TagUsage& usage : project->store().tags())
        tags.insert(usage.tag.id, usage.tag);
    const QList<Annotation> annotations = project->store().annotations(stored->id);
    m_articleView->setAnnotations(annotations, tags);
    // The filter first, so that the comment model's announcements find it up to date.
    m_commentFilter->setCodebook(tags.values());
    m_commentFilter->setAnnotations(annotations);
    m_commentModel->setAnnotations(annotations, tags);
    fillFilterCompletions(m_filterCompletions, filterKind(m_filterKind), project);
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
    if ((error.kind == ProjectError::Kind::Untrusted || error.kind == ProjectError::Kind::Damaged) &&
        !error.path.isEmpty() && offerCleanCopy(error))
        return;
    m_statusLabel->setText(error.message);
    MessageBoxes::ask(this, QMessageBox::Warning, QStringLiteral("errorMessage"), tr("Cannot Open"),
                      tr("Glossator could not complete that."), error.message, QMessageBox::Ok, QMessageBox::Ok);
}

void MainWindow::updateTitle()
{
    // The desktop's order: document, project, then the application, which Qt adds itself from
    // the application's display name. An untitled project with work in it is "modified": it is
    // not yet in a file of the user's choosing.
    if (!m_projects->hasProject()) {
        setWindowTitle(QString());
        setWindowModified(false);
        return;
    }
    QStringList parts;
    if (const StoredDocument* stored = m_projects->currentDocument()) {
        const QString title = stored->document.article.title.simplified();
        parts.append(title.size() > 60 ? title.left(59) + QStringLiteral("…") : title);
    }
    QString project = m_projects->displayName() + QStringLiteral("[*]");
    if (m_projects->isReadOnly())
        project += QLatin1Char(' ') + tr("(read-only)");
    parts.append(project);
    setWindowTitle(parts.join(QStringLiteral(" — ")));
    setWindowModified(m_projects->isUntitled() && !m_projects->documents().isEmpty());
    setWindowFilePath(m_projects->isUntitled() ? QString() : m_projects->projectPath());
}

void MainWindow::updateActions()
{
    const bool open = m_projects->hasProject();
    m_addArticleAction->setEnabled(open && !m_projects->isReadOnly());
    m_saveAsAction->setEnabled(open);
    m_closeProjectAction->setEnabled(open);
    m_exportAction->setEnabled(open);
    const bool writableDocument = open && !m_projects->isReadOnly() && m_projects->currentDocument();
    m_propertiesAction->setEnabled(writableDocument);
    m_removeDocumentAction->setEnabled(writableDocument);
}

} // namespace glossator
