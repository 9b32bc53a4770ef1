#pragma once

#include "model/Annotation.h"

#include <QObject>

#include <optional>

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
// first nine tags. Applying a tag the target already has takes it off again. Tag with Note (or
// Shift+Enter in the palette) asks for a note too, and puts tag and note in as one edit.
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
    // Gives the current target the tag (kept when it has it) and the note, as one edit.
    bool applyTagWithNote(qint64 tagId, const QString& note);
    // The same with a tag named by a path, creating the levels that are missing.
    bool applyNewTagWithNote(const QString& path, const QString& note);

public slots:
    void openQuickTag();
    // The palette, after which a note is asked for.
    void openTagWithNote();
    void updateActions();

signals:
    void statusMessage(const QString& message);

private:
    enum class Target { None, Article, Comment };
    Target currentTarget() const;
    void openPalette(bool noteWanted);
    // The annotation the current target would get, without tags; none (with a status message)
    // when there is no target.
    std::optional<Annotation> targetAnnotation();
    // The annotation already on exactly that target, if any.
    std::optional<Annotation> existingAt(const Annotation& wanted) const;
    // Asks for the note, then applies the tag (by id, or else by path) with it.
    void askForNote(qint64 tagId, const QString& path);
    bool applyWithNote(const Annotation& wanted, qint64 tagId, const QString& path, const QString& note);

    ProjectManager* m_projects;
    ArticleView* m_article;
    CommentTreeView* m_comments;
    CodebookPanel* m_codebook;
    QWidget* m_window;
    Target m_lastTarget = Target::None;
    QAction* m_quickTagAction;
    QAction* m_tagWithNoteAction;
    QList<QAction*> m_numberActions;
};

} // namespace glossator
