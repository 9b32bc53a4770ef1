#include "AnnotationsPanel.h"

#include "annotations/AnnotationListModel.h"
#include "common/ActionFactory.h"
#include "common/MessageBoxes.h"
#include "project/Project.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMetaMethod>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace glossator {

// Filters on every typed word at once, so that "storm margit" finds Margit's storm passages, and
// on orphans alone when asked.
class AnnotationFilterModel : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString& text)
    {
        m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        invalidateFilter();
    }

    void setOnlyOrphans(bool only)
    {
        m_onlyOrphans = only;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override
    {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (m_onlyOrphans && !index.data(AnnotationListModel::OrphanedRole).toBool())
            return false;
        const QString text = index.data(AnnotationListModel::SearchRole).toString();
        return std::all_of(m_words.cbegin(), m_words.cend(),
                           [&](const QString& word) { return text.contains(word, Qt::CaseInsensitive); });
    }

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        // Across documents, reading order is the documents' order first.
        if (left.column() == AnnotationListModel::TargetColumn) {
            const qint64 a = left.data(AnnotationListModel::DocumentOrderRole).toLongLong();
            const qint64 b = right.data(AnnotationListModel::DocumentOrderRole).toLongLong();
            if (a != b)
                return a < b;
        }
        return QSortFilterProxyModel::lessThan(left, right);
    }

private:
    QStringList m_words;
    bool m_onlyOrphans = false;
};

namespace {

// Only while the panel has focus: Delete must not remove an annotation while typing elsewhere.
QAction* panelAction(QObject* parent, const QString& text, const char* objectName, const QKeySequence& shortcut,
                     const QString& toolTip)
{
    return createAction(parent, text, objectName, shortcut, Qt::WidgetWithChildrenShortcut, toolTip);
}

QString shortened(const QString& text)
{
    constexpr int limit = 60;
    return text.size() > limit ? text.left(limit - 1) + QChar(0x2026) : text;
}

} // namespace

AnnotationsPanel::AnnotationsPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new AnnotationListModel(this))
    , m_proxy(new AnnotationFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_onlyOrphans(new QCheckBox(tr("&Orphans only"), this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_scopeChoice(new QComboBox(this))
{
    setObjectName(QStringLiteral("annotationsPanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AnnotationListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_filter->setObjectName(QStringLiteral("annotationFilter"));
    m_filter->setAccessibleName(tr("Filter annotations"));
    m_filter->setPlaceholderText(
        tr("Filter (%1)").arg(QKeySequence(tr("Ctrl+Alt+F")).toString(QKeySequence::NativeText)));
    m_filter->setToolTip(tr("Show only the annotations whose quote, tags, note or commenter contain every word "
                            "typed here, in any case. Enter moves to the list."));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) { m_proxy->setText(text); });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        m_view->setFocus(Qt::ShortcutFocusReason);
    });

    m_onlyOrphans->setObjectName(QStringLiteral("onlyOrphans"));
    m_onlyOrphans->setToolTip(
        tr("Show only orphaned annotations: passages not found again after their text was changed"));
    connect(m_onlyOrphans, &QCheckBox::toggled, this, [this](bool only) { m_proxy->setOnlyOrphans(only); });

    m_scopeChoice->setObjectName(QStringLiteral("annotationScope"));
    m_scopeChoice->addItem(tr("This document"), int(Scope::Document));
    m_scopeChoice->addItem(tr("Whole project"), int(Scope::Project));
    m_scopeChoice->setAccessibleName(tr("Annotations of"));
    m_scopeChoice->setToolTip(tr("List the annotations of the document shown, or of every document in the "
                                 "project, grouped by document (%1)")
                                  .arg(QKeySequence(tr("Ctrl+Alt+P")).toString(QKeySequence::NativeText)));
    auto* scopeLabel = new QLabel(tr("Sho&w:"), this);
    scopeLabel->setBuddy(m_scopeChoice);
    connect(m_scopeChoice, &QComboBox::currentIndexChanged, this,
            [this] { setScope(Scope(m_scopeChoice->currentData().toInt())); });

    m_view->setObjectName(QStringLiteral("annotationTable"));
    m_view->setAccessibleName(tr("Annotations"));
    m_view->setToolTip(tr("The annotations of this document. Double-click or press Enter to see one in the text; "
                          "click a column heading to sort."));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table for the next control instead of walking its cells.
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setCornerButtonEnabled(false);
    m_view->verticalHeader()->hide();
    QHeaderView* header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(AnnotationListModel::QuoteColumn, QHeaderView::Stretch);
    header->resizeSection(AnnotationListModel::TargetColumn, 150);
    header->resizeSection(AnnotationListModel::TagsColumn, 120);
    header->resizeSection(AnnotationListModel::NoteColumn, 160);
    header->resizeSection(AnnotationListModel::CoderColumn, 80);
    header->resizeSection(AnnotationListModel::ModifiedColumn, 120);
    // Which document comes first when there are several; with one it says nothing.
    header->moveSection(header->visualIndex(AnnotationListModel::DocumentColumn), 0);
    header->resizeSection(AnnotationListModel::DocumentColumn, 180);
    m_view->setColumnHidden(AnnotationListModel::DocumentColumn, true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AnnotationListModel::TargetColumn, Qt::AscendingOrder);

    m_count->setObjectName(QStringLiteral("annotationCount"));
    m_count->setToolTip(tr("How many annotations the document or the project has, and how many the filter shows"));

    // Not Ctrl+F: that finds text in the article and comments, wherever the focus is.
    m_findAction =
        panelAction(this, tr("Filter Annotations"), "actionFilterAnnotations", QKeySequence(tr("Ctrl+Alt+F")),
                    tr("Type words to show only the annotations that contain them"));
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    addAction(m_findAction);
    m_scopeAction = panelAction(this, tr("Whole Project"), "actionAnnotationScope", QKeySequence(tr("Ctrl+Alt+P")),
                                tr("Switch between this document's annotations and those of the whole project"));
    m_scopeAction->setCheckable(true);
    connect(m_scopeAction, &QAction::toggled, this,
            [this](bool whole) { setScope(whole ? Scope::Project : Scope::Document); });
    addAction(m_scopeAction);

    m_jumpAction = panelAction(this, tr("Show in Text"), "actionShowAnnotation", QKeySequence(),
                               tr("Show the annotation where it is in the article or the comments (Enter)"));
    m_editNoteAction = panelAction(this, tr("Edit Note…"), "actionEditNote", QKeySequence(Qt::Key_F2),
                                   tr("Write or change the selected annotation's note"));
    m_deleteAction = panelAction(this, tr("Delete Annotation"), "actionDeleteAnnotation",
                                 QKeySequence(QKeySequence::Delete), tr("Delete the selected annotation"));
    m_removeTagAction = panelAction(this, tr("Remove Tag…"), "actionRemoveTag", QKeySequence(tr("Ctrl+Alt+U")),
                                    tr("Take one tag off the selected annotation; taking off its last tag deletes it"));
    connect(m_jumpAction, &QAction::triggered, this, [this] {
        if (const qint64 id = currentAnnotation())
            emit jumpRequested(id);
    });
    connect(m_editNoteAction, &QAction::triggered, this, &AnnotationsPanel::editNote);
    connect(m_deleteAction, &QAction::triggered, this, &AnnotationsPanel::deleteAnnotation);
    connect(m_removeTagAction, &QAction::triggered, this, &AnnotationsPanel::removeTag);
    // On the table alone, so that Delete in the filter field deletes characters, not annotations.
    m_view->addActions({m_jumpAction, m_editNoteAction, m_removeTagAction, m_deleteAction});
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto* filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(4, 4, 4, 4);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_onlyOrphans);
    filterRow->addSpacing(8);
    filterRow->addWidget(scopeLabel);
    filterRow->addWidget(m_scopeChoice);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    m_count->setContentsMargins(4, 2, 4, 2);
    // Focusing the panel (as raising its dock does) lands in the list, where its shortcuts work.
    setFocusProxy(m_view);

    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = index.data(AnnotationListModel::AnnotationIdRole).toLongLong())
            emit jumpRequested(id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        emit currentAnnotationChanged(currentAnnotation());
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AnnotationsPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AnnotationsPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AnnotationsPanel::updateCount);
    updateActions();
    updateCount();
}

AnnotationsPanel::~AnnotationsPanel() = default;

QSortFilterProxyModel* AnnotationsPanel::proxyModel() const
{
    return m_proxy;
}

QList<QAction*> AnnotationsPanel::actions() const
{
    return {m_findAction, m_scopeAction, m_jumpAction, m_editNoteAction, m_removeTagAction, m_deleteAction};
}

void AnnotationsPanel::setScope(Scope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    const bool whole = scope == Scope::Project;
    m_scopeChoice->setCurrentIndex(m_scopeChoice->findData(int(scope)));
    m_scopeAction->setChecked(whole);
    m_view->setColumnHidden(AnnotationListModel::DocumentColumn, !whole);
    m_view->setToolTip(whole ? tr("The annotations of every document in the project. Double-click or press Enter "
                                  "to see one in its text, which opens its document; click a column heading to sort.")
                             : tr("The annotations of this document. Double-click or press Enter to see one in the "
                                  "text; click a column heading to sort."));
    refresh();
}

QList<const StoredDocument*> AnnotationsPanel::projectDocuments()
{
    QList<const StoredDocument*> documents;
    if (!m_project)
        return documents;
    const QList<DocumentSummary> summaries = m_project->store().documents();
    QHash<qint64, StoredDocument> kept;
    for (const DocumentSummary& summary : summaries) {
        if (m_document && m_document->id == summary.id)
            continue;
        if (auto loaded = m_loaded.constFind(summary.id); loaded != m_loaded.constEnd())
            kept.insert(summary.id, *loaded);
        else if (auto stored = m_project->store().loadDocument(summary.id))
            kept.insert(summary.id, std::move(*stored));
    }
    // Complete before any pointer into it is taken: an insertion may move the values.
    m_loaded = std::move(kept);
    for (const DocumentSummary& summary : summaries) {
        if (m_document && m_document->id == summary.id)
            documents.append(&*m_document);
        else if (const auto loaded = m_loaded.constFind(summary.id); loaded != m_loaded.constEnd())
            documents.append(&*loaded);
    }
    return documents;
}

void AnnotationsPanel::setProject(Project* project)
{
    if (m_project != project) {
        if (m_project)
            disconnect(m_project, nullptr, this, nullptr);
        m_project = project;
        m_document.reset();
        m_loaded.clear();
        if (m_project) {
            connect(m_project, &Project::annotationsChanged, this, [this](qint64 documentId) {
                // 0: a codebook edit that may have touched annotations of any document.
                if (documentId == 0 || m_scope == Scope::Project || (m_document && m_document->id == documentId))
                    refresh();
            });
            connect(m_project, &Project::tagsChanged, this, &AnnotationsPanel::refresh);
            // The comments of a document kept for the whole project's list are read again when it changes.
            const auto forget = [this](qint64 documentId) {
                m_loaded.remove(documentId);
                if (m_scope == Scope::Project)
                    refresh();
            };
            connect(m_project, &Project::documentChanged, this, forget);
            connect(m_project, &Project::documentAdded, this, forget);
            connect(m_project, &Project::documentRemoved, this, forget);
        }
    }
    refresh();
}

void AnnotationsPanel::setDocument(const StoredDocument* document)
{
    const bool sameDocument = document && m_document && m_document->id == document->id;
    // A copy is cheap (the lists are shared) and cannot dangle when the caller reloads its own.
    if (document)
        m_document = *document;
    else
        m_document.reset();
    // Over the whole project the list stays the same, and so does the row chosen in it.
    if (!sameDocument && m_scope == Scope::Document)
        m_view->setCurrentIndex(QModelIndex());
    refresh();
}

qint64 AnnotationsPanel::currentAnnotation() const
{
    return m_view->currentIndex().data(AnnotationListModel::AnnotationIdRole).toLongLong();
}

bool AnnotationsPanel::selectAnnotation(qint64 annotationId)
{
    const int row = m_model->rowOf(annotationId);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear();
        m_onlyOrphans->setChecked(false);
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void AnnotationsPanel::refresh()
{
    const QModelIndex before = m_view->currentIndex();
    const qint64 current = currentAnnotation();
    if (m_project && (m_document || m_scope == Scope::Project)) {
        QHash<qint64, Tag> tags;
        for (const TagUsage& usage : m_project->store().tags())
            tags.insert(usage.tag.id, usage.tag);
        if (m_scope == Scope::Project) {
            const QList<const StoredDocument*> documents = projectDocuments();
            QList<Annotation> annotations;
            for (const StoredDocument* document : documents)
                annotations += m_project->store().annotations(document->id);
            m_model->setData(documents, annotations, tags);
        } else {
            m_model->setData(&*m_document, m_project->store().annotations(m_document->id), tags);
        }
    } else {
        m_model->clear();
    }

    // The same annotation if it is still there; else the row that took its place, so that
    // pressing Delete again goes on down the list.
    QModelIndex after;
    if (const int row = m_model->rowOf(current); row >= 0)
        after = m_proxy->mapFromSource(m_model->index(row, std::max(before.column(), 0)));
    if (!after.isValid() && before.isValid() && m_proxy->rowCount() > 0)
        after = m_proxy->index(std::min(before.row(), m_proxy->rowCount() - 1), before.column());
    if (after.isValid()) {
        m_view->selectionModel()->setCurrentIndex(after,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(after);
    }
    updateActions();
    updateCount();
}

void AnnotationsPanel::updateActions()
{
    const bool selected = currentAnnotation() > 0;
    const bool writable = selected && m_project && !m_project->store().isReadOnly();
    m_jumpAction->setEnabled(selected);
    m_editNoteAction->setEnabled(writable);
    m_deleteAction->setEnabled(writable);
    m_removeTagAction->setEnabled(writable);
}

void AnnotationsPanel::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    int orphans = 0;
    for (int row = 0; row < total; ++row)
        orphans += m_model->index(row, 0).data(AnnotationListModel::OrphanedRole).toBool() ? 1 : 0;
    QString text;
    if (m_scope == Scope::Project) {
        QSet<qint64> documents;
        for (int row = 0; row < total; ++row)
            documents.insert(m_model->index(row, 0).data(AnnotationListModel::DocumentIdRole).toLongLong());
        const QString where = tr("in %n document(s)", nullptr, int(documents.size()));
        if (total == 0)
            text = m_project ? tr("No annotations in this project") : tr("No project");
        else if (shown == total)
            text = tr("%n annotation(s)", nullptr, total) + QLatin1Char(' ') + where;
        else
            text = tr("%1 of %n annotation(s) shown", nullptr, total).arg(shown) + QLatin1Char(' ') + where;
    } else if (total == 0) {
        text = m_document ? tr("No annotations in this document") : tr("No document");
    } else if (shown == total) {
        text = tr("%n annotation(s)", nullptr, total);
    } else {
        text = tr("%1 of %n annotation(s) shown", nullptr, total).arg(shown);
    }
    if (orphans > 0)
        text += tr(", %n orphaned", nullptr, orphans);
    m_count->setText(text);
}

void AnnotationsPanel::reportFailure(const QString& title)
{
    MessageBoxes::ask(this, QMessageBox::Warning, QStringLiteral("annotationError"), title,
                      m_project ? m_project->lastError() : QString(), QString(), QMessageBox::Ok, QMessageBox::Ok);
}

void AnnotationsPanel::editNote()
{
    const qint64 id = currentAnnotation();
    if (!m_project || id == 0)
        return;
    if (isSignalConnected(QMetaMethod::fromSignal(&AnnotationsPanel::noteEditRequested))) {
        emit noteEditRequested(id);
        return;
    }
    const QModelIndex index = m_view->currentIndex();
    const QString note = index.data(AnnotationListModel::NoteRole).toString();
    const QString quote = index.siblingAtColumn(AnnotationListModel::QuoteColumn).data().toString();
    const auto text = MessageBoxes::askText(this, QStringLiteral("annotationNote"), tr("Edit Note"),
                                            tr("Note on “%1”:").arg(shortened(quote)), note);
    if (!text || *text == note)
        return;
    if (!m_project->setAnnotationNote(id, *text))
        reportFailure(tr("Edit Note"));
}

void AnnotationsPanel::deleteAnnotation()
{
    const qint64 id = currentAnnotation();
    if (!m_project || id == 0)
        return;
    // No question: the deletion is one step on the undo stack like any other edit.
    if (!m_project->removeAnnotation(id))
        reportFailure(tr("Delete Annotation"));
}

void AnnotationsPanel::removeTag()
{
    const qint64 id = currentAnnotation();
    if (!m_project || id == 0)
        return;
    const QModelIndex index = m_view->currentIndex();
    const auto tagIds = index.data(AnnotationListModel::TagIdsRole).value<QList<qint64>>();
    const QStringList names = index.data(AnnotationListModel::TagNamesRole).toStringList();
    if (tagIds.isEmpty() || names.size() != tagIds.size())
        return;
    const QString label = tagIds.size() == 1
                              ? tr("“%1” is the only tag: taking it off deletes the annotation.").arg(names.first())
                              : tr("Take which tag off the annotation?");
    const int chosen =
        MessageBoxes::chooseItem(this, QStringLiteral("removeTagChooser"), tr("Remove Tag"), label, names, 0);
    if (chosen < 0 || chosen >= tagIds.size())
        return;
    QList<qint64> remaining = tagIds;
    remaining.removeAt(chosen);
    const bool done =
        remaining.isEmpty() ? m_project->removeAnnotation(id) : m_project->setAnnotationTags(id, remaining);
    if (!done)
        reportFailure(tr("Remove Tag"));
}

} // namespace glossator
