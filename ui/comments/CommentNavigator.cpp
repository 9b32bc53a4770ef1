#include "CommentNavigator.h"

#include "comments/CommentTreeModel.h"

#include <QTreeView>

namespace glossator {

namespace {

using Options = CommentNavigator::Options;

// The index in column 0 when it belongs to the model, else an invalid one.
QModelIndex normalised(const QAbstractItemModel* model, const QModelIndex& index)
{
    if (!model || !index.isValid() || index.model() != model)
        return {};
    return index.siblingAtColumn(0);
}

bool descends(const QAbstractItemModel* model, const QModelIndex& index, const Options& options)
{
    if (model->rowCount(index) == 0)
        return false;
    const QTreeView* view = options.skipCollapsedIn;
    // A view of another model cannot say anything about these rows; it is ignored.
    if (!view || view->model() != model || !index.isValid())
        return true;
    return view->isExpanded(index);
}

QModelIndex lastBelow(const QAbstractItemModel* model, QModelIndex index, const Options& options)
{
    while (descends(model, index, options))
        index = model->index(model->rowCount(index) - 1, 0, index);
    return index;
}

using Step = QModelIndex (*)(const QAbstractItemModel*, const QModelIndex&, const Options&);

QModelIndex findTagged(const QAbstractItemModel* model, const QModelIndex& from, const Options& options, Step step)
{
    // Stops where it started: the comment after `from`, or `from` itself when wrapping round.
    // Both are needed because `from` may lie in a collapsed subtree the walk never enters.
    QModelIndex start;
    for (QModelIndex index = step(model, from, options); index.isValid(); index = step(model, index, options)) {
        if (CommentNavigator::isTagged(index))
            return index;
        if (index == from)
            break;
        if (!start.isValid())
            start = index;
        else if (index == start)
            break;
    }
    return {};
}

} // namespace

QModelIndex CommentNavigator::first(const QAbstractItemModel* model, const Options&)
{
    if (!model || model->rowCount() == 0)
        return {};
    return model->index(0, 0);
}

QModelIndex CommentNavigator::last(const QAbstractItemModel* model, const Options& options)
{
    if (!model || model->rowCount() == 0)
        return {};
    return lastBelow(model, model->index(model->rowCount() - 1, 0), options);
}

QModelIndex CommentNavigator::next(const QAbstractItemModel* model, const QModelIndex& from, const Options& options)
{
    const QModelIndex start = normalised(model, from);
    if (!start.isValid())
        return from.isValid() ? QModelIndex() : first(model, options);
    if (descends(model, start, options))
        return model->index(0, 0, start);
    for (QModelIndex index = start; index.isValid(); index = index.parent()) {
        if (index.row() + 1 < model->rowCount(index.parent()))
            return model->index(index.row() + 1, 0, index.parent());
    }
    return options.wrap ? first(model, options) : QModelIndex();
}

QModelIndex CommentNavigator::previous(const QAbstractItemModel* model, const QModelIndex& from, const Options& options)
{
    const QModelIndex start = normalised(model, from);
    if (!start.isValid())
        return from.isValid() ? QModelIndex() : last(model, options);
    if (start.row() > 0)
        return lastBelow(model, model->index(start.row() - 1, 0, start.parent()), options);
    if (start.parent().isValid())
        return start.parent();
    return options.wrap ? last(model, options) : QModelIndex();
}

QModelIndex CommentNavigator::parent(const QAbstractItemModel* model, const QModelIndex& from)
{
    return normalised(model, from).parent();
}

QModelIndex CommentNavigator::nextSibling(const QAbstractItemModel* model, const QModelIndex& from,
                                          const Options& options)
{
    const QModelIndex start = normalised(model, from);
    if (!start.isValid())
        return {};
    if (start.row() + 1 < model->rowCount(start.parent()))
        return model->index(start.row() + 1, 0, start.parent());
    return options.wrap ? model->index(0, 0, start.parent()) : QModelIndex();
}

QModelIndex CommentNavigator::previousSibling(const QAbstractItemModel* model, const QModelIndex& from,
                                              const Options& options)
{
    const QModelIndex start = normalised(model, from);
    if (!start.isValid())
        return {};
    if (start.row() > 0)
        return model->index(start.row() - 1, 0, start.parent());
    return options.wrap ? model->index(model->rowCount(start.parent()) - 1, 0, start.parent()) : QModelIndex();
}

QModelIndex CommentNavigator::nextTagged(const QAbstractItemModel* model, const QModelIndex& from,
                                         const Options& options)
{
    if (from.isValid() && !normalised(model, from).isValid())
        return {};
    return findTagged(model, normalised(model, from), options, &CommentNavigator::next);
}

QModelIndex CommentNavigator::previousTagged(const QAbstractItemModel* model, const QModelIndex& from,
                                             const Options& options)
{
    if (from.isValid() && !normalised(model, from).isValid())
        return {};
    return findTagged(model, normalised(model, from), options, &CommentNavigator::previous);
}

bool CommentNavigator::isTagged(const QModelIndex& index)
{
    return !index.data(CommentTreeModel::WholeTagsRole).value<QList<Tag>>().isEmpty() ||
           !index.data(CommentTreeModel::HighlightsRole).value<QList<CommentTreeModel::Highlight>>().isEmpty();
}

} // namespace glossator
