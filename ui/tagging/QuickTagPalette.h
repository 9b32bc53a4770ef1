#pragma once

#include <QDialog>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace glossator {

class TagTreeModel;

// Ctrl+T: type a few letters of a tag and press Enter; a name no tag has creates that tag.
// Shift+Enter chooses the same way and asks for a note to go with the tag.
class QuickTagPalette : public QDialog {
    Q_OBJECT

public:
    QuickTagPalette(TagTreeModel* tags, QWidget* parent);

    // Whether the tag chosen is to be applied with a note: set before it opens, or by Shift+Enter.
    void setAskForNote(bool ask);
    bool asksForNote() const { return m_askForNote; }

signals:
    void tagChosen(qint64 tagId);
    void tagRequested(const QString& name);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void filterChanged(const QString& text);
    void choose();

    QLineEdit* m_filter;
    QListView* m_list;
    QStandardItemModel* m_items;
    QSortFilterProxyModel* m_proxy;
    bool m_askForNote = false;
};

} // namespace glossator
