#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QSplitter;

namespace glossator {

class ArticleView;
class CommentTreeModel;
class CommentTreeView;
class DocumentManager;
struct ImportError;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    DocumentManager* documentManager() const { return m_documents; }

public slots:
    bool openFile(const QString& path);

private slots:
    void chooseFileToOpen();
    void showDocument();
    void showOpenError(const glossator::ImportError& error);
    void showAbout();

private:
    void createActions();
    void createMenus();
    void updateTitle();

    DocumentManager* m_documents = nullptr;
    QSplitter* m_splitter = nullptr;
    ArticleView* m_articleView = nullptr;
    CommentTreeView* m_commentTree = nullptr;
    CommentTreeModel* m_commentModel = nullptr;
    QLabel* m_statusLabel = nullptr;

    QAction* m_openAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_expandAllAction = nullptr;
    QAction* m_collapseAllAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace glossator
