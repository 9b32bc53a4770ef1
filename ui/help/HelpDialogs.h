#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTextBrowser;
class QTableView;

namespace glossator {

// Help > Manual: the user manual shipped inside the program, shown without any network access.
class ManualDialog : public QDialog {
    Q_OBJECT

public:
    explicit ManualDialog(QWidget* parent = nullptr);
    QTextBrowser* browser() const { return m_browser; }

    // The manual's Markdown text, as shipped.
    static QString manualText();

private:
    void findNext(bool backward);

    QTextBrowser* m_browser = nullptr;
    QLineEdit* m_find = nullptr;
};

// Help > Keyboard Shortcuts: every action of the window with a shortcut, listed from the actions
// themselves so the list can never drift from what the keys do.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    enum Column { ActionColumn, ShortcutColumn, MenuColumn, DescriptionColumn };

    ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);
    QStandardItemModel* model() const { return m_model; }

    // Menu paths and texts of the actions, without accelerator marks.
    static QString plainText(const QString& actionText);
    // Where the action is in the menus ("View › Expand to Level"); empty for one in no menu.
    static QString menuPath(const QAction* action);

private:
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    QTableView* m_table = nullptr;
};

// Help > About: the version, the libraries it was built with, and their licences.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
    static QString aboutText();
};

} // namespace glossator
