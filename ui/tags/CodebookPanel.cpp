#include "CodebookPanel.h"

#include "common/ActionFactory.h"
#include "common/MessageBoxes.h"
#include "project/Project.h"
#include "tags/TagTreeModel.h"

#include <QAction>
#include <QHeaderView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace glossator {

namespace {

// Window-wide: a tag is often made, or its colour or meaning looked at, while reading the article
// or the comments. Each of these asks first in a dialog that names the tag it acts on, so none of
// them changes anything unseen when pressed away from the codebook.
QAction* windowAction(QObject* parent, const QString& text, const char* objectName, const QKeySequence& shortcut,
                      const QString& toolTip)
{
    return createAction(parent, text, objectName, shortcut, Qt::WindowShortcut, toolTip);
}

// Only while the codebook has focus: F2 and Delete also edit a comment, a note or the text being
// typed elsewhere in the window.
QAction* codebookAction(QObject* parent, const QString& text, const char* objectName, const QKeySequence& shortcut,
                        const QString& toolTip)
{
    return createAction(parent, text, objectName, shortcut, Qt::WidgetWithChildrenShortcut, toolTip);
}

} // namespace

QColor CodebookPanel::defaultColor(int existingTags)
{
    return defaultTagColor(existingTags);
}

CodebookPanel::CodebookPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new TagTreeModel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("codebookPanel"));
    m_view->setObjectName(QStringLiteral("codebookView"));
    m_view->setAccessibleName(tr("Codebook"));
    m_view->setToolTip(tr("The tags of this project. Drag a tag onto another to make it a sub-tag; F2 renames."));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TagSwatchDelegate(m_view));
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    // Renaming starts from F2 or the menu only: a click on the selected tag is as often the start of
    // a drag, and a double-click filters the comments by the tag.
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TagTreeModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(TagTreeModel::UsesColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(TagTreeModel::TotalColumn, QHeaderView::ResizeToContents);

    m_newAction = windowAction(this, tr("New Tag…"), "actionNewTag", QKeySequence(tr("Ctrl+Shift+T")),
                               tr("Add a tag at the top of the codebook"));
    m_newChildAction = windowAction(this, tr("New Sub-tag…"), "actionNewSubTag", QKeySequence(tr("Ctrl+Alt+N")),
                                    tr("Add a tag under the one selected in the codebook"));
    m_renameAction =
        codebookAction(this, tr("Rename…"), "actionRenameTag", QKeySequence(Qt::Key_F2), tr("Rename the selected tag"));
    m_colorAction = windowAction(this, tr("Colour…"), "actionRecolorTag", QKeySequence(tr("Ctrl+Alt+C")),
                                 tr("Choose the colour of the tag selected in the codebook"));
    m_describeAction = windowAction(this, tr("Description…"), "actionDescribeTag", QKeySequence(tr("Ctrl+Alt+D")),
                                    tr("Say what the selected tag means, for everyone who codes"));
    m_mergeAction = windowAction(this, tr("Merge into…"), "actionMergeTag", QKeySequence(tr("Ctrl+Alt+G")),
                                 tr("Give the selected tag's uses to another tag and remove it"));
    m_deleteAction = codebookAction(this, tr("Delete"), "actionDeleteTag", QKeySequence(QKeySequence::Delete),
                                    tr("Delete the selected tag and its sub-tags"));
    connect(m_newAction, &QAction::triggered, this, [this] { createTag(false); });
    connect(m_newChildAction, &QAction::triggered, this, [this] { createTag(true); });
    connect(m_renameAction, &QAction::triggered, this, &CodebookPanel::renameTag);
    connect(m_colorAction, &QAction::triggered, this, &CodebookPanel::recolorTag);
    connect(m_describeAction, &QAction::triggered, this, &CodebookPanel::describeTag);
    connect(m_mergeAction, &QAction::triggered, this, &CodebookPanel::mergeTag);
    connect(m_deleteAction, &QAction::triggered, this, &CodebookPanel::deleteTag);

    auto* toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("codebookToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Short labels so the panel's tool bar fits a narrow dock; menus show the full texts.
    m_newAction->setIconText(tr("New"));
    m_newChildAction->setIconText(tr("Sub-tag"));
    m_colorAction->setIconText(tr("Colour"));
    m_deleteAction->setIconText(tr("Delete"));
    toolBar->addActions({m_newAction, m_newChildAction, m_colorAction, m_deleteAction});
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions(actions());
    addActions(actions());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_view);

    connect(m_view, &QTreeView::activated, this,
            [this](const QModelIndex& index) { emit tagActivated(index.data(TagTreeModel::TagIdRole).toLongLong()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        updateActions();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &CodebookPanel::updateActions);
    updateActions();
}

QList<QAction*> CodebookPanel::actions() const
{
    return {m_newAction,      m_newChildAction, m_renameAction, m_colorAction,
            m_describeAction, m_mergeAction,    m_deleteAction};
}

QList<QAction*> CodebookPanel::windowActions() const
{
    return {m_newAction, m_newChildAction, m_colorAction, m_describeAction, m_mergeAction};
}

void CodebookPanel::setProject(Project* project)
{
    m_project = project;
    m_model->setProject(project);
    updateActions();
}

qint64 CodebookPanel::currentTag() const
{
    return m_view->currentIndex().data(TagTreeModel::TagIdRole).toLongLong();
}

void CodebookPanel::updateActions()
{
    const bool writable = m_project && !m_project->store().isReadOnly();
    const bool selected = writable && currentTag() > 0;
    m_newAction->setEnabled(writable);
    for (QAction* action : {m_newChildAction, m_renameAction, m_colorAction, m_describeAction, m_deleteAction})
        action->setEnabled(selected);
    m_mergeAction->setEnabled(selected && m_model->tagsInOrder().size() > 1);
}

void CodebookPanel::createTag(bool asChild)
{
    if (!m_project)
        return;
    // The title stays short, for the title bar; the label says where the tag goes.
    const QString parentPath =
        asChild
            ? m_view->currentIndex().siblingAtColumn(TagTreeModel::NameColumn).data(TagTreeModel::PathRole).toString()
            : QString();
    const QString title = asChild ? tr("New Sub-tag") : tr("New Tag");
    const auto name = MessageBoxes::askText(this, QStringLiteral("newTagName"), title,
                                            asChild ? tr("Name of the new sub-tag of “%1”:").arg(parentPath)
                                                    : tr("Name of the new top-level tag:"),
                                            QString());
    if (!name || name->trimmed().isEmpty())
        return;
    Tag tag;
    tag.name = *name;
    tag.parentId = asChild ? currentTag() : 0;
    tag.color = defaultColor(int(m_model->tagsInOrder().size()));
    if (const auto id = m_project->createTag(tag))
        m_view->setCurrentIndex(m_model->indexForTag(*id));
    else
        MessageBoxes::ask(this, QMessageBox::Warning, QStringLiteral("tagError"), title, m_project->lastError(),
                          QString(), QMessageBox::Ok, QMessageBox::Ok);
}

void CodebookPanel::renameTag()
{
    const QModelIndex index = m_view->currentIndex().siblingAtColumn(TagTreeModel::NameColumn);
    if (index.isValid())
        m_view->edit(index);
}

void CodebookPanel::recolorTag()
{
    const qint64 tag = currentTag();
    if (!m_project || tag == 0)
        return;
    const QColor current = m_view->currentIndex().data(TagTreeModel::ColorRole).value<QColor>();
    // The colour dialog has no label, so its title names the tag.
    const QColor chosen = MessageBoxes::chooseColor(
        this, QStringLiteral("tagColorChooser"),
        tr("Colour of “%1”").arg(m_view->currentIndex().siblingAtColumn(TagTreeModel::NameColumn).data().toString()),
        current);
    if (chosen.isValid() && chosen != current)
        m_project->recolorTag(tag, chosen);
}

void CodebookPanel::describeTag()
{
    const qint64 tag = currentTag();
    if (!m_project || tag == 0)
        return;
    const auto text = MessageBoxes::askText(this, QStringLiteral("tagDescription"), tr("Tag Description"),
                                            tr("What does “%1” mean?").arg(m_view->currentIndex().data().toString()),
                                            m_view->currentIndex().data(TagTreeModel::DescriptionRole).toString());
    if (text)
        m_project->describeTag(tag, *text);
}

void CodebookPanel::mergeTag()
{
    const qint64 source = currentTag();
    if (!m_project || source == 0)
        return;
    QList<qint64> candidates;
    QStringList names;
    for (const qint64 id : m_model->tagsInOrder()) {
        if (id == source)
            continue;
        candidates.append(id);
        names.append(m_model->indexForTag(id).data(TagTreeModel::PathRole).toString());
    }
    const int chosen = MessageBoxes::chooseItem(
        this, QStringLiteral("mergeTagChooser"), tr("Merge Tag"),
        tr("Give every use of “%1” to:").arg(m_view->currentIndex().data().toString()), names, 0);
    if (chosen < 0)
        return;
    if (!m_project->mergeTags(source, candidates.at(chosen)))
        MessageBoxes::ask(this, QMessageBox::Warning, QStringLiteral("tagError"), tr("Merge Tag"),
                          m_project->lastError(), QString(), QMessageBox::Ok, QMessageBox::Ok);
}

void CodebookPanel::deleteTag()
{
    const qint64 tag = currentTag();
    if (!m_project || tag == 0)
        return;
    const QModelIndex index = m_view->currentIndex().siblingAtColumn(TagTreeModel::NameColumn);
    // An annotation that carries this tag and a sub-tag of it is one annotation that loses tags.
    const int uses = index.data(TagTreeModel::TotalUsesRole).toInt();
    int subTags = 0;
    std::function<void(const QModelIndex&)> count = [&](const QModelIndex& at) {
        for (int row = 0; row < m_model->rowCount(at); ++row) {
            ++subTags;
            count(m_model->index(row, 0, at));
        }
    };
    count(index);
    const QString details =
        subTags > 0 ? tr("It has %n sub-tag(s), which go with it.", nullptr, subTags) + QLatin1Char(' ') : QString();
    const auto answer = MessageBoxes::ask(
        this, QMessageBox::Question, QStringLiteral("deleteTagQuestion"), tr("Delete Tag"),
        tr("Delete “%1”? It is used by %n annotation(s).", nullptr, uses).arg(index.data().toString()),
        details + tr("Annotations keep their other tags. You can undo this."), QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_project->deleteTag(tag);
}

} // namespace glossator
