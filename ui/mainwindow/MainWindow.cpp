#include "MainWindow.h"

#include "article/ArticleView.h"
#include "comments/CommentTreeModel.h"
#include "comments/CommentTreeView.h"
#include "import/ImporterRegistry.h"
#include "project/DocumentManager.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>

namespace glossator {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_documents(new DocumentManager(this))
{
    setObjectName(QStringLiteral("mainWindow"));

    m_articleView = new ArticleView(this);
    m_commentModel = new CommentTreeModel(this);
    m_commentTree = new CommentTreeView(this);
    m_commentTree->setModel(m_commentModel);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("readerSplitter"));
    m_splitter->addWidget(m_articleView);
    m_splitter->addWidget(m_commentTree);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("documentStatusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);

    createActions();
    createMenus();

    connect(m_documents, &DocumentManager::documentOpened, this, &MainWindow::showDocument);
    connect(m_documents, &DocumentManager::openFailed, this, &MainWindow::showOpenError);

    resize(1280, 820);
    m_splitter->setSizes({620, 620});
    updateTitle();
    m_statusLabel->setText(tr("Open an article file with File > Open (Ctrl+O)."));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openAction = new QAction(QIcon(QStringLiteral(":/icons/document-open.svg")), tr("&Open…"), this);
    m_openAction->setObjectName(QStringLiteral("actionOpen"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open an article file (page copied as text)"));
    m_openAction->setStatusTip(m_openAction->toolTip());
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseFileToOpen);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence(tr("Ctrl+Q")));
    m_quitAction->setToolTip(tr("Close Glossator"));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

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
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    viewMenu->addAction(m_expandAllAction);
    viewMenu->addAction(m_collapseAllAction);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    helpMenu->addAction(m_aboutAction);
}

bool MainWindow::openFile(const QString& path)
{
    return m_documents->openFile(path);
}

void MainWindow::chooseFileToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Article"), QString(),
                                                      ImporterRegistry::instance().fileDialogFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::showDocument()
{
    const Document& document = m_documents->document();
    m_articleView->setDocument(document);
    m_commentModel->setDocument(document);
    m_commentTree->expandAll();

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

void MainWindow::showOpenError(const ImportError& error)
{
    // Window-modal and non-blocking, so that scripted and test runs are never stopped by it.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot Open File"),
                                tr("Glossator could not open %1.").arg(QFileInfo(error.fileName).fileName()),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("openErrorMessageBox"));
    box->setInformativeText(error.toString());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    m_statusLabel->setText(error.toString());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Glossator"),
                       tr("<h3>Glossator %1</h3><p>A reader and annotator for articles with their comment "
                          "threads.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::updateTitle()
{
    if (m_documents->hasDocument()) {
        setWindowFilePath(m_documents->filePath());
        setWindowTitle(QFileInfo(m_documents->filePath()).fileName() + QStringLiteral("[*]"));
    } else {
        setWindowTitle(QStringLiteral("Glossator"));
    }
}

} // namespace glossator
