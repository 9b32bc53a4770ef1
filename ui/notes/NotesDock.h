#pragma once

#include "model/Annotation.h"

#include <QDockWidget>
#include <QPointer>

#include <optional>

class QAction;

namespace glossator {

class AnnotationsPanel;
class ArticleView;
class CommentTreeView;
class NoteEditor;
class ProjectManager;

// The dock beside the text with the note of the annotation the user is at: the passage at the
// cursor in the article or in a comment's text, the current comment's own tag, or the row chosen
// in the Annotations panel, whichever the user went to last.
class NotesDock : public QDockWidget {
    Q_OBJECT

public:
    NotesDock(ProjectManager* projects, ArticleView* article, CommentTreeView* comments, AnnotationsPanel* panel,
              QWidget* window);

    NoteEditor* editor() const { return m_editor; }
    // Shows the dock, or hides it when its editor has the focus already; else it moves the focus there.
    QAction* showAction() const { return m_showAction; }
    // Shows the annotation's note and moves the keyboard into it.
    void editNote(qint64 annotationId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Where the user is: what the note shown follows until they go elsewhere.
    struct Spot {
        enum class Kind { None, Article, Comment, Annotation } kind = Kind::None;
        qint64 commentId = 0;
        int start = -1; // -1: no passage, the comment as a whole
        int end = -1;
        qint64 annotationId = 0;
    };

    void focusChanged(QWidget* now);
    void followArticle();
    void followComments();
    void followPanel();
    void follow(const Spot& spot);
    void resolve();
    qint64 annotationAt(const Spot& spot) const;
    void documentChanged();
    void projectChanged();
    void annotationsChanged();
    void returnFocus();

    ProjectManager* m_projects;
    ArticleView* m_article;
    CommentTreeView* m_comments;
    AnnotationsPanel* m_panel;
    QWidget* m_window;
    NoteEditor* m_editor;
    QAction* m_showAction;
    Spot m_spot;
    QPointer<QWidget> m_cameFrom;
    qint64 m_documentId = 0;
    mutable std::optional<QList<Annotation>> m_annotations; // of the shown document, until it changes
};

} // namespace glossator
