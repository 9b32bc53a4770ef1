#pragma once

#include <QMainWindow>
#include <QModelIndex>

#include <functional>

class QAbstractItemModel;
class QAction;
class QComboBox;
class QLineEdit;
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
class Settings;
class CommentStructureActions;
class NoticeListModel;
class TaggingController;
class CommentTreeModel;
class CommentTreeView;
class DocumentListModel;
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
    // Asks for the name annotations are signed with, when none has been given yet.
    void askCoderNameIfUnknown();
    Settings* settings() const { return m_settings; }

public slots:
    bool openFile(const QString& path);
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
    void showAnnotations();
    void jumpToAnnotation(qint64 annotationId);
    void chooseCoderName();
    void updateRecentFiles();
    void applyCommentFilter();

private:
    void createActions();
    void createMenus();
    void createDocks();
    void createViewActions(QMenu* viewMenu);
    void expandCommentsToLevel(int level);
    int readingFontSize() const;
    void setReadingFontSize(int points);
    void swapPanes();
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
    QLabel* m_tagFilterLabel = nullptr;
    QToolButton* m_clearFilterButton = nullptr;
    FindBar* m_findBar = nullptr;
    AnnotationsPanel* m_annotations = nullptr;
    QDockWidget* m_annotationsDock = nullptr;
    QMenu* m_recentMenu = nullptr;
    QDockWidget* m_codebookDock = nullptr;
    QLabel* m_statusLabel = nullptr;

    QAction* m_openAction = nullptr;
    QAction* m_addArticleAction = nullptr;
    QAction* m_saveAsAction = nullptr;
    QAction* m_closeProjectAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_expandAllAction = nullptr;
    QAction* m_collapseAllAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
};

} // namespace glossator
