#include "HelpDialogs.h"

#include "text/CodeHighlighter.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <sqlite3.h>

namespace glossator {

namespace {

QDialogButtonBox* closeButtons(QDialog* dialog)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

// A browser that never fetches: links inside the manual move within it, others are not followed.
class LocalBrowser : public QTextBrowser {
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int type, const QUrl& name) override
    {
        if (name.scheme() == QLatin1String("qrc") || name.scheme().isEmpty())
            return QTextBrowser::loadResource(type, name);
        return {};
    }
};

} // namespace

ManualDialog::ManualDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("manualDialog"));
    setWindowTitle(tr("Glossator Manual"));
    m_browser = new LocalBrowser(this);
    m_browser->setObjectName(QStringLiteral("manualBrowser"));
    m_browser->setOpenExternalLinks(false);
    m_browser->setOpenLinks(true);
    m_browser->setMarkdown(manualText());
    m_browser->setToolTip(tr("The user manual"));

    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("manualFind"));
    m_find->setPlaceholderText(tr("Find in the manual"));
    m_find->setToolTip(tr("Type a word and press Enter for the next place it occurs (Shift+Enter: previous)"));
    m_find->setClearButtonEnabled(true);
    connect(m_find, &QLineEdit::returnPressed, this,
            [this] { findNext(QApplication::keyboardModifiers() & Qt::ShiftModifier); });
    auto* findLabel = new QLabel(tr("&Find:"), this);
    findLabel->setBuddy(m_find);

    auto* bar = new QHBoxLayout;
    bar->addWidget(findLabel);
    bar->addWidget(m_find, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);
    layout->addWidget(closeButtons(this));
    resize(760, 640);
}

QString ManualDialog::manualText()
{
    QFile file(QStringLiteral(":/manual/manual.md"));
    if (!file.open(QIODevice::ReadOnly))
        return tr("The manual is missing from this build.");
    return QString::fromUtf8(file.readAll());
}

void ManualDialog::findNext(bool backward)
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return;
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (!m_browser->find(text, flags)) {
        // Wrap around once, as a find bar does.
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        m_browser->find(text, flags);
    }
}

ShortcutsDialog::ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent)
    : QDialog(parent)
    , m_model(new QStandardItemModel(0, 4, this))
    , m_filter(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_model->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut"), tr("Menu"), tr("What it does")});
    QStringList seen;
    for (QAction* action : actions) {
        if (action->shortcuts().isEmpty() || action->isSeparator())
            continue;
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        const QString name = plainText(action->text());
        const QString line = name + keys.join(QLatin1Char('|'));
        if (seen.contains(line))
            continue;
        seen.append(line);
        QList<QStandardItem*> row{
            new QStandardItem(name), new QStandardItem(keys.join(QStringLiteral(", "))),
            new QStandardItem(menuPath(action)),
            new QStandardItem(plainText(action->toolTip()) == name ? QString() : action->toolTip())};
        for (QStandardItem* item : row)
            item->setEditable(false);
        m_model->appendRow(row);
    }
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    m_filter->sort(ActionColumn);

    auto* find = new QLineEdit(this);
    find->setObjectName(QStringLiteral("shortcutsFilter"));
    find->setPlaceholderText(tr("Filter by action, key or description"));
    find->setToolTip(find->placeholderText());
    find->setClearButtonEnabled(true);
    connect(find, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActionColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->resizeColumnsToContents();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(find);
    layout->addWidget(m_table, 1);
    layout->addWidget(closeButtons(this));
    resize(760, 560);
}

QString ShortcutsDialog::menuPath(const QAction* action)
{
    const auto menuOf = [](const QAction* item) -> QMenu* {
        for (QObject* container : item->associatedObjects()) {
            if (auto* menu = qobject_cast<QMenu*>(container))
                return menu;
        }
        return nullptr;
    };
    QStringList parts;
    // A submenu is reached through its own action in the menu above; the depth is bounded in case
    // a menu were ever put inside itself.
    int depth = 0;
    for (QMenu* menu = menuOf(action); menu && depth < 8; menu = menuOf(menu->menuAction()), ++depth) {
        // Menus without a title (a pop-up of the window's own) are passed through, not named.
        const QString title = plainText(menu->title());
        if (!title.isEmpty())
            parts.prepend(title);
    }
    return parts.join(QStringLiteral(" › "));
}

QString ShortcutsDialog::plainText(const QString& actionText)
{
    QString text = actionText;
    // "&&" is a literal ampersand; a single one marks the accelerator.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text;
}

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Glossator"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/glossator.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    auto* text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setOpenLinks(false);
    text->setFrameShape(QFrame::NoFrame);
    text->setHtml(aboutText());
    auto* row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(closeButtons(this));
    resize(560, 460);
}

QString AboutDialog::aboutText()
{
    const QString highlighting = CodeHighlighter::isAvailable()
                                     ? tr("KSyntaxHighlighting colours code blocks (MIT licence).")
                                     : tr("This build shows code without syntax colours.");
    return tr("<h2>Glossator %1</h2>"
              "<p>A reader and annotator for articles with their comment threads.</p>"
              "<p>Glossator is free software under the GNU General Public License, version 3 or later "
              "(GPL-3.0-or-later). It comes with no warranty.</p>"
              "<h3>Built with</h3>"
              "<ul>"
              "<li>Qt %2 (running on Qt %3), under the GNU LGPL version 3</li>"
              "<li>SQLite %4, in the public domain</li>"
              "<li>uchardet, under the Mozilla Public License 1.1 (or GPL/LGPL)</li>"
              "<li>%5</li>"
              "</ul>"
              "<p>Reports embed the DejaVu fonts (a free licence of their own) and the Noto fonts (SIL Open "
              "Font License 1.1).</p>"
              "<p>Glossator never goes on the network: nothing in an imported page is fetched.</p>")
        .arg(QApplication::applicationVersion().toHtmlEscaped(), QStringLiteral(QT_VERSION_STR),
             QString::fromLatin1(qVersion()), QString::fromLatin1(sqlite3_libversion()), highlighting);
}

} // namespace glossator
