#pragma once

#include <QWidget>

class QAction;
class QTreeView;

namespace glossator {

class Project;
class TagTreeModel;

// The codebook: hierarchical tags with colour, description and use counts, and the edits on them.
class CodebookPanel : public QWidget {
    Q_OBJECT

public:
    explicit CodebookPanel(QWidget* parent = nullptr);

    void setProject(Project* project);
    TagTreeModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    qint64 currentTag() const;
    QList<QAction*> actions() const;
    // The actions whose shortcuts work anywhere in the window; the window's Tag menu carries them
    // too, so that they work while the codebook is hidden.
    QList<QAction*> windowActions() const;

    // The colour a new tag gets: the next of a palette that reads on light and dark backgrounds.
    static QColor defaultColor(int existingTags);

signals:
    void tagActivated(qint64 tagId);

private:
    void updateActions();
    void createTag(bool asChild);
    void renameTag();
    void recolorTag();
    void describeTag();
    void mergeTag();
    void deleteTag();

    Project* m_project = nullptr;
    TagTreeModel* m_model;
    QTreeView* m_view;
    QAction* m_newAction;
    QAction* m_newChildAction;
    QAction* m_renameAction;
    QAction* m_colorAction;
    QAction* m_describeAction;
    QAction* m_mergeAction;
    QAction* m_deleteAction;
};

} // namespace glossator
