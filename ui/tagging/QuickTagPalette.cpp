#include "QuickTagPalette.h"

#include "tags/TagTreeModel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace glossator {

namespace {

constexpr int TagIdRole = Qt::UserRole + 1;
constexpr int NewNameRole = Qt::UserRole + 2;

// Filters tags by what was typed, always keeping the row that offers to create a new tag.
class TagFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (!sourceModel()->index(row, 0, parent).data(NewNameRole).toString().isEmpty())
            return true;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }
};

} // namespace

QuickTagPalette::QuickTagPalette(TagTreeModel* tags, QWidget* parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_items(new QStandardItemModel(this))
    , m_proxy(new TagFilter(this))
{
    setObjectName(QStringLiteral("quickTagPalette"));
    setWindowTitle(tr("Tag"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_filter->setObjectName(QStringLiteral("quickTagFilter"));
    m_filter->setPlaceholderText(tr("Type a tag's name, or a new name"));
    m_filter->setAccessibleName(tr("Tag name"));
    m_filter->setToolTip(tr("Enter applies the highlighted tag; a name no tag has creates it. Shift+Enter asks "
                            "for a note to go with the tag."));
    m_list->setObjectName(QStringLiteral("quickTagList"));
    m_list->setAccessibleName(tr("Matching tags"));
    m_list->setToolTip(m_filter->toolTip());
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);

    for (const qint64 id : tags->tagsInOrder()) {
        const QModelIndex index = tags->indexForTag(id);
        auto* item = new QStandardItem(index.data(TagTreeModel::PathRole).toString());
        item->setData(index.data(TagTreeModel::ColorRole), Qt::DecorationRole);
        item->setData(id, TagIdRole);
        m_items->appendRow(item);
    }
    m_proxy->setSourceModel(m_items);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(Qt::DisplayRole);
    m_list->setModel(m_proxy);
    m_list->setItemDelegate(new TagSwatchDelegate(m_list));

    auto* label = new QLabel(tr("&Tag:"), this);
    label->setBuddy(m_filter);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    resize(360, 320);

    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &QuickTagPalette::filterChanged);
    connect(m_filter, &QLineEdit::returnPressed, this, &QuickTagPalette::choose);
    connect(m_list, &QListView::activated, this, &QuickTagPalette::choose);
    filterChanged(QString());
}

void QuickTagPalette::filterChanged(const QString& text)
{
    // The row offering a new tag is the last one while the typed name matches no tag exactly.
    const int last = m_items->rowCount() - 1;
    if (last >= 0 && !m_items->item(last)->data(NewNameRole).toString().isEmpty())
        m_items->removeRow(last);
    m_proxy->setFilterFixedString(text.trimmed());
    const QString name = text.trimmed();
    bool exact = false;
    for (int row = 0; row < m_items->rowCount(); ++row)
        exact = exact ||
                m_items->item(row)->text().section(QStringLiteral(" › "), -1).compare(name, Qt::CaseInsensitive) == 0;
    if (!name.isEmpty() && !exact) {
        auto* item = new QStandardItem(tr("Create tag “%1”").arg(name));
        item->setData(name, NewNameRole);
        m_items->appendRow(item);
    }
    if (m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
}

void QuickTagPalette::setAskForNote(bool ask)
{
    m_askForNote = ask;
    setWindowTitle(ask ? tr("Tag with Note") : tr("Tag"));
}

void QuickTagPalette::choose()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const QString newName = current.data(NewNameRole).toString();
    if (!newName.isEmpty())
        emit tagRequested(newName);
    else
        emit tagChosen(current.data(TagIdRole).toLongLong());
    accept();
}

bool QuickTagPalette::eventFilter(QObject* watched, QEvent* event)
{
    // Up and Down move through the list while typing continues in the field.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto* keyEvent = static_cast<QKeyEvent*>(event);
        const int key = keyEvent->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && keyEvent->modifiers().testFlag(Qt::ShiftModifier)) {
            m_askForNote = true;
            choose();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace glossator
