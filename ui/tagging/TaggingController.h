#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace glossator {

class ArticleView;
class CodebookPanel;
class CommentTreeView;
class ProjectManager;

// Applies tags where the user is working: to the passage selected in the article, or to the
// current comment as a whole. Ctrl+T opens the quick-tag palette; 1 to 9 apply the codebook's
// first nine tags. Applying a tag the target already has takes it off again.
class TaggingController : public QObject {
    Q_OBJECT

public:
    TaggingController(ProjectManager* projects, ArticleView* article, CommentTreeView* comments,
                      CodebookPanel* codebook, QWidget* window);

    QList<QAction*> actions() const;
    void populateMenu(QMenu* menu) const;
    // Toggles the tag on the current target; false (with a status message) when there is none.
    bool applyTag(qint64 tagId);
    bool applyNewTag(const QString& name);

public slots:
    void openQuickTag();
    void updateActions();

signals:
    void statusMessage(const QString& message);

private:
    enum class Target { None, Article, Comment };
    Target currentTarget() const;

    ProjectManager* m_projects;
    ArticleView* m_article;
    CommentTreeView* m_comments;
    CodebookPanel* m_codebook;
    QWidget* m_window;
    Target m_lastTarget = Target::None;
    QAction* m_quickTagAction;
    QList<QAction*> m_numberActions;
};

} // namespace glossator
