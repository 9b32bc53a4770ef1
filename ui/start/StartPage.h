#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStandardItemModel;

namespace glossator {

// What the window shows with no project open: how to start, and the projects worked on lately.
class StartPage : public QWidget {
    Q_OBJECT

public:
    static constexpr int PathRole = Qt::UserRole + 1;

    explicit StartPage(QWidget* parent = nullptr);

    // Lists these project files (most recent first), each with what is in it.
    void setRecentProjects(const QStringList& paths);
    QStandardItemModel* recentModel() const { return m_recentModel; }

signals:
    void openRequested();
    void sampleRequested();
    void recentProjectRequested(const QString& path);

private:
    QPushButton* m_openButton = nullptr;
    QPushButton* m_sampleButton = nullptr;
    QListView* m_recentList = nullptr;
    QStandardItemModel* m_recentModel = nullptr;
    QLabel* m_recentHeading = nullptr;
};

} // namespace glossator
