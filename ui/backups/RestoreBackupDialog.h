#pragma once

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace glossator {

// Lists the copies of the open project, newest first, with what each holds, and lets the user
// choose one to put back. The restore itself is the project manager's.
class RestoreBackupDialog : public QDialog {
    Q_OBJECT

public:
    RestoreBackupDialog(const QString& projectPath, QWidget* parent = nullptr);

    // The copy chosen when the dialog was accepted.
    QString chosenBackup() const;
    int backupCount() const;
    // Chooses the row-th copy (0 is the newest).
    void choose(int row);

private:
    QTreeWidget* m_list;
    QPushButton* m_restore;
};

} // namespace glossator
