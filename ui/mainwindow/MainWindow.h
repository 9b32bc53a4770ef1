#pragma once

#include "project/ProjectManager.h"
#include "settings/Settings.h"

#include <QMainWindow>
#include <QModelIndex>
#include <QPointer>

#include <functional>

class QAbstractItemModel;
class QAction;
class QActionGroup;
class QStackedWidget;
class QComboBox;
class QCompleter;
class QLineEdit;
class QStringListModel;
class QToolButton;
class QDockWidget;
class QLabel;
class QMenu;
class QListView;
class QSplitter;
class QUndoGroup;

namespace glossator {

class ArticleView;
class AnnotationsPanel;
class CodebookPanel;
class CommentFilterModel;
class FindBar;
class ManualDialog;
class StartPage;
class CommentStructureActions;
class NoticeListModel;
class TaggingController;
class CommentTreeModel;
class CommentTreeView;
class DocumentListModel;
class EditFailureBar;
class ProjectManager;
struct ProjectError;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    ProjectManager* projectManager() const { return m_projects; }
    // Offers untitled projects left by a Glossator that did not close normally.
    void offerRecovery();
    Settings* settings() const { return m_settings; }
    // File > Open's file types: every supported file first, then projects and each format.
    static QString openFileFilter();
    // Where Save As proposes to put the project: its file, or the document's title in Documents.
    QString suggestedProjectPath() const;

    // What the window opens as it starts: the files given, else the last project when the user
    // asked for that in the preferences, else nothing (the start page).
    void openAtStart(const QStringList& files);

public slots:
    bool openFile(const QString& path);
    // Several files at once (dropped, or given at start): the articles among them go in together,
    // all or none.
    void openFiles(const QStringList& files);
    // Opens the bundled sample discussion in a new untitled project (Help > Open the Sample).
    void openSample();
    bool saveProjectAs(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private slots:
    void chooseFileToOpen();
    void chooseArticleToAdd();
    void chooseSaveAsPath();
    void closeProject();
    void showProject();
    void showDocument();
    void showError(const glossator::ProjectError& error);
    void showAbout();
    void showExportDialog();
    void showRestoreBackup();
    // For a project refused for what it holds: offers to make a clean copy of its data and open
    // that. False when the user would rather just read why.
    bool offerCleanCopy(const glossator::ProjectError& error);
    void showAnnotations();
    void jumpToAnnotation(qint64 annotationId);
    void chooseCoderName();
    void showPreferences(bool focusCoderName);
    void showManual();
    void showShortcuts();
    void showDocumentProperties();
    void removeCurrentDocument();
    void applySetting(glossator::Settings::Key key);
    void updateRecentFiles();
    void applyCommentFilter();

private:
    void createActions();
    void createMenus();
    void createDocks();
    void createViewActions(QMenu* viewMenu);
    void expandCommentsToLevel(int level);
    int readingFontSize() const;
    void applyReadingFont();
    void applyCommentsSide();
    void swapPanes();
    void sizeToScreen();
    void fitNoticesDock();
    ProjectManager::DuplicateChoice askAboutDuplicate(const QString& path, const DocumentSummary& existing);
    void updateCoderButton();
    void updateTitle();
    void updateActions();
    // Asks what to do with an unsaved untitled project; false when the user cancels.
    bool settleUntitledProject();
    QWidget* createCommentPane();
    void createNavigationActions(QMenu* menu);
    void navigate(const std::function<QModelIndex(const QAbstractItemModel*, const QModelIndex&)>& step);

    ProjectManager* m_projects = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
    QSplitter* m_splitter = nullptr;
    ArticleView* m_articleView = nullptr;
    CommentTreeView* m_commentTree = nullptr;
    CommentTreeModel* m_commentModel = nullptr;
    DocumentListModel* m_documentModel = nullptr;
    QListView* m_documentList = nullptr;
    QDockWidget* m_documentsDock = nullptr;
    NoticeListModel* m_noticeModel = nullptr;
    QListView* m_noticeList = nullptr;
    QDockWidget* m_noticesDock = nullptr;
    CommentStructureActions* m_structureActions = nullptr;
    CodebookPanel* m_codebook = nullptr;
    TaggingController* m_tagging = nullptr;
    Settings* m_settings = nullptr;
    CommentFilterModel* m_commentFilter = nullptr;
    QLineEdit* m_filterField = nullptr;
    QComboBox* m_filterKind = nullptr;
    QCompleter* m_filterCompleter = nullptr;
    QStringListModel* m_filterCompletions = nullptr;
    QAction* m_filterUntaggedAction = nullptr;
    QLabel* m_filterSummary = nullptr;
    QToolButton* m_clearFilterButton = nullptr;
    FindBar* m_findBar = nullptr;
    AnnotationsPanel* m_annotations = nullptr;
    QDockWidget* m_annotationsDock = nullptr;
    QMenu* m_recentMenu = nullptr;
    QDockWidget* m_codebookDock = nullptr;
    QLabel* m_statusLabel = nullptr;
    QToolButton* m_coderButton = nullptr;
    QStackedWidget* m_pages = nullptr;
    EditFailureBar* m_editFailure = nullptr;
    StartPage* m_startPage = nullptr;
    QActionGroup* m_themeGroup = nullptr;
    QPointer<ManualDialog> m_manual;
    // The document shown last, to tell another document from the same one reloaded.
    qint64 m_shownDocumentId = 0;
    const void* m_shownProject = nullptr;

    QAction* m_openAction = nullptr;
    QAction* m_addArticleAction = nullptr;
    QAction* m_saveAsAction = nullptr;
    QAction* m_closeProjectAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_restoreBackupAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_expandAllAction = nullptr;
    QAction* m_collapseAllAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_manualAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
    QAction* m_sampleAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QAction* m_propertiesAction = nullptr;
    QAction* m_removeDocumentAction = nullptr;
};

} // namespace glossator
