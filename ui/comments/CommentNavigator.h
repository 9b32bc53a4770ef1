#pragma once

#include <QModelIndex>

class QAbstractItemModel;
class QTreeView;

namespace glossator {

// How CommentNavigator moves. Declared outside it because a nested struct's member defaults
// cannot yet serve for default arguments inside the enclosing class.
struct CommentNavigationOptions {
    // Past the last comment comes the first, before the first the last. Going all the way round
    // may come back to `from` itself.
    bool wrap = false;
    // When set, replies under a comment collapsed in this view are passed over, as they are when
    // reading the view. The view must show the same model.
    const QTreeView* skipCollapsedIn = nullptr;
};

// Moves through a comment tree in reading order: a comment, then its replies depth-first, then
// the comment after it. Works on CommentTreeModel and on any proxy over it (CommentFilterModel),
// using only column 0. Each function returns an invalid index when there is nowhere to go, and
// when `from` belongs to another model.
class CommentNavigator {
public:
    using Options = CommentNavigationOptions;

    CommentNavigator() = delete;

    static QModelIndex first(const QAbstractItemModel* model, const Options& options = {});
    static QModelIndex last(const QAbstractItemModel* model, const Options& options = {});

    // From an invalid index, next() gives the first comment and previous() the last.
    static QModelIndex next(const QAbstractItemModel* model, const QModelIndex& from, const Options& options = {});
    static QModelIndex previous(const QAbstractItemModel* model, const QModelIndex& from, const Options& options = {});

    // The comment `from` replies to; invalid for a top-level comment.
    static QModelIndex parent(const QAbstractItemModel* model, const QModelIndex& from);
    // The next or previous reply to the same comment (top-level comment for a top-level one);
    // with wrap, the siblings form a ring.
    static QModelIndex nextSibling(const QAbstractItemModel* model, const QModelIndex& from,
                                   const Options& options = {});
    static QModelIndex previousSibling(const QAbstractItemModel* model, const QModelIndex& from,
                                       const Options& options = {});

    // The next or previous comment that carries a tag, on the whole comment or on a passage.
    // From an invalid index the search starts at the first (last) comment, which is included.
    static QModelIndex nextTagged(const QAbstractItemModel* model, const QModelIndex& from,
                                  const Options& options = {});
    static QModelIndex previousTagged(const QAbstractItemModel* model, const QModelIndex& from,
                                      const Options& options = {});
    static bool isTagged(const QModelIndex& index);
};

} // namespace glossator
