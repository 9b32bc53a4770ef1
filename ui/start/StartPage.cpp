#include "StartPage.h"

#include "project/ProjectOverview.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace glossator {

StartPage::StartPage(QWidget* parent)
    : QWidget(parent)
    , m_recentModel(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("startPage"));
    setAutoFillBackground(true);

    auto* heading = new QLabel(tr("Glossator"), this);
    heading->setObjectName(QStringLiteral("startHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 2);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* intro = new QLabel(tr("Read an article with its comment thread, and code what people say in it."), this);
    intro->setObjectName(QStringLiteral("startIntro"));
    intro->setWordWrap(true);

    m_openButton = new QPushButton(tr("&Open a File…"), this);
    m_openButton->setObjectName(QStringLiteral("startOpenButton"));
    m_openButton->setToolTip(tr("Open a project, a page copied as text or another article file (Ctrl+O)"));
    m_openButton->setIcon(QIcon(QStringLiteral(":/icons/document-open.svg")));
    connect(m_openButton, &QPushButton::clicked, this, &StartPage::openRequested);

    m_sampleButton = new QPushButton(tr("Try the &Sample"), this);
    m_sampleButton->setObjectName(QStringLiteral("startSampleButton"));
    m_sampleButton->setToolTip(
        tr("Open a sample discussion with a small codebook and a few annotations, in a project of its own"));
    connect(m_sampleButton, &QPushButton::clicked, this, &StartPage::sampleRequested);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_sampleButton);
    buttons->addStretch(1);

    m_recentHeading = new QLabel(tr("&Recent projects"), this);
    m_recentHeading->setObjectName(QStringLiteral("recentProjectsHeading"));
    QFont bold = m_recentHeading->font();
    bold.setBold(true);
    m_recentHeading->setFont(bold);
    m_recentList = new QListView(this);
    m_recentList->setObjectName(QStringLiteral("recentProjectsList"));
    m_recentList->setAccessibleName(tr("Recent projects"));
    m_recentList->setToolTip(tr("Projects opened lately; press Enter or double-click to open one"));
    m_recentList->setModel(m_recentModel);
    m_recentList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recentList->setUniformItemSizes(true);
    m_recentList->setSpacing(2);
    m_recentHeading->setBuddy(m_recentList);
    connect(m_recentList, &QListView::activated, this, [this](const QModelIndex& index) {
        const QString path = index.data(PathRole).toString();
        if (!path.isEmpty())
            emit recentProjectRequested(path);
    });

    auto* drop = new QLabel(tr("Or drop article files or projects anywhere on this window."), this);
    drop->setObjectName(QStringLiteral("startDropHint"));
    drop->setWordWrap(true);
    drop->setEnabled(false);

    auto* column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(heading);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addSpacing(18);
    column->addWidget(m_recentHeading);
    column->addWidget(m_recentList, 6);
    column->addSpacing(6);
    column->addWidget(drop);
    column->addStretch(2);

    // A readable column in the middle of a wide window.
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(24, 32, 24, 24);
    outer->addStretch(1);
    outer->addLayout(column, 4);
    outer->addStretch(1);
    setRecentProjects({});
}

void StartPage::setRecentProjects(const QStringList& paths)
{
    m_recentModel->clear();
    const QLocale locale;
    for (const QString& path : paths) {
        const ProjectOverview overview = readProjectOverview(path);
        QString details;
        if (overview.readable) {
            details = tr("%n document(s)", nullptr, overview.documents) + QStringLiteral(" · ") +
                      tr("%n annotation(s)", nullptr, overview.annotations) + QStringLiteral(" · ") +
                      tr("changed %1").arg(locale.toString(overview.modified, QLocale::ShortFormat));
        } else {
            details = overview.error;
        }
        auto* item = new QStandardItem(QFileInfo(path).completeBaseName() + QLatin1Char('\n') + details);
        item->setData(path, PathRole);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setIcon(QIcon(QStringLiteral(":/icons/glossator.svg")));
        item->setEnabled(overview.readable);
        m_recentModel->appendRow(item);
    }
    const bool any = !paths.isEmpty();
    m_recentHeading->setVisible(any);
    m_recentList->setVisible(any);
    if (any)
        m_recentList->setCurrentIndex(m_recentModel->index(0, 0));
}

} // namespace glossator
