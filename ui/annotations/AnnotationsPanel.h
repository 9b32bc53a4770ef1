#pragma once

#include "project/ProjectStore.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace glossator {

class AnnotationFilterModel;
class AnnotationListModel;
class Project;

// Every annotation of the shown document, or of the whole project grouped by document, in one
// sortable, filterable table, with the edits that make sense away from the text: the note,
// removing one tag, deleting the annotation.
class AnnotationsPanel : public QWidget {
    Q_OBJECT

public:
    enum class Scope { Document, Project };

    explicit AnnotationsPanel(QWidget* parent = nullptr);
    ~AnnotationsPanel() override;

    Scope scope() const { return m_scope; }
    void setScope(Scope scope);

    // Another project than before clears the document: set the document after the project.
    void setProject(Project* project);
    // The panel keeps its own copy; call again when the document's comments change.
    void setDocument(const StoredDocument* document);

    AnnotationListModel* model() const { return m_model; }
    QSortFilterProxyModel* proxyModel() const;
    QTableView* view() const { return m_view; }
    qint64 currentAnnotation() const;
    // Makes the annotation the current row (clearing a filter that hides it); false if absent.
    bool selectAnnotation(qint64 annotationId);
    QList<QAction*> actions() const;

signals:
    // The user asked to see the annotation in its text (double-click, Enter, or the menu).
    void jumpRequested(qint64 annotationId);
    // Another row became the current one (0: none).
    void currentAnnotationChanged(qint64 annotationId);
    // Edit Note was asked for. Where something takes this (the window's note editor), the panel
    // leaves the note to it; on its own the panel asks for the note in a field.
    void noteEditRequested(qint64 annotationId);

public slots:
    // Reads the annotations again, keeping the current annotation, or the row it was on.
    void refresh();

private:
    void updateActions();
    void updateCount();
    void editNote();
    void deleteAnnotation();
    void removeTag();
    void reportFailure(const QString& title);
    // The documents the whole project shows, in the project's order, read once and kept until
    // they change.
    QList<const StoredDocument*> projectDocuments();

    QPointer<Project> m_project;
    std::optional<StoredDocument> m_document;
    Scope m_scope = Scope::Document;
    QHash<qint64, StoredDocument> m_loaded; // documents of the project, by id
    AnnotationListModel* m_model;
    AnnotationFilterModel* m_proxy;
    QLineEdit* m_filter;
    QCheckBox* m_onlyOrphans;
    QTableView* m_view;
    QLabel* m_count;
    QComboBox* m_scopeChoice;
    QAction* m_scopeAction;
    QAction* m_findAction;
    QAction* m_jumpAction;
    QAction* m_editNoteAction;
    QAction* m_deleteAction;
    QAction* m_removeTagAction;
};

} // namespace glossator
