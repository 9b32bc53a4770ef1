#include "RestoreBackupDialog.h"

#include "project/ProjectBackups.h"
#include "project/ProjectOverview.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace glossator {

namespace {

enum Column { MadeColumn, DocumentsColumn, AnnotationsColumn, SizeColumn };

} // namespace

RestoreBackupDialog::RestoreBackupDialog(const QString& projectPath, QWidget* parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore Backup"));
    auto* intro = new QLabel(tr("A copy of %1 is made each time it is opened. Choose the one to put back: the "
                                "project becomes as it was then, and its present state is kept as a copy too.")
                                 .arg(QDir::toNativeSeparators(projectPath)),
                             this);
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups"));
    m_list->setToolTip(tr("The copies of this project, newest first"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Made"), tr("Documents"), tr("Annotations"), tr("Size")});
    m_list->header()->setSectionResizeMode(MadeColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    const QLocale locale;
    for (const ProjectBackup& backup : ProjectBackups::list(projectPath)) {
        const ProjectOverview overview = readProjectOverview(backup.path);
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(MadeColumn, locale.toString(backup.made, QLocale::LongFormat));
        item->setText(DocumentsColumn, overview.readable ? locale.toString(overview.documents) : tr("unreadable"));
        item->setText(AnnotationsColumn, overview.readable ? locale.toString(overview.annotations) : QString());
        item->setText(SizeColumn, locale.formattedDataSize(backup.bytes));
        item->setData(MadeColumn, Qt::UserRole, backup.path);
        item->setToolTip(MadeColumn, overview.readable ? QDir::toNativeSeparators(backup.path) : overview.error);
        for (int column : {DocumentsColumn, AnnotationsColumn, SizeColumn})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        if (!overview.readable)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    auto* empty = new QLabel(tr("There is no copy of this project yet: one is made the next time it is opened."), this);
    empty->setObjectName(QStringLiteral("noBackupsLabel"));
    empty->setWordWrap(true);
    empty->setVisible(m_list->topLevelItemCount() == 0);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreBackupButton"));
    m_restore->setToolTip(tr("Put the chosen copy back in place of the project as it is now"));
    auto* folder = buttons->addButton(tr("Show &Folder"), QDialogButtonBox::HelpRole);
    folder->setObjectName(QStringLiteral("showBackupFolderButton"));
    folder->setToolTip(tr("Open the folder the copies are kept in"));
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without restoring"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const QString backupFolder = ProjectBackups::folderFor(projectPath);
    connect(folder, &QPushButton::clicked, this,
            [backupFolder] { QDesktopServices::openUrl(QUrl::fromLocalFile(backupFolder)); });
    folder->setEnabled(QDir(backupFolder).exists());
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        m_restore->setEnabled(current && (current->flags() & Qt::ItemIsEnabled));
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (m_restore->isEnabled())
            accept();
    });
    m_restore->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(empty);
    layout->addWidget(buttons);
    resize(720, 380);
    if (m_list->topLevelItemCount() > 0)
        choose(0);
}

QString RestoreBackupDialog::chosenBackup() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(MadeColumn, Qt::UserRole).toString() : QString();
}

int RestoreBackupDialog::backupCount() const
{
    return m_list->topLevelItemCount();
}

void RestoreBackupDialog::choose(int row)
{
    m_list->setCurrentItem(m_list->topLevelItem(row));
}

} // namespace glossator
