#include "PreferencesDialog.h"

#include "settings/Settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace glossator {

PreferencesDialog::PreferencesDialog(Settings* settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_coderName = new QLineEdit(settings->hasChosenCoderName() ? settings->coderName() : QString(), this);
    m_coderName->setObjectName(QStringLiteral("preferencesCoderName"));
    m_coderName->setPlaceholderText(Settings::accountName());
    m_coderName->setToolTip(tr("The name your annotations are signed with; left empty, your account's name (%1)")
                                .arg(Settings::accountName()));
    m_coderName->setClearButtonEnabled(true);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("preferencesTheme"));
    m_theme->setToolTip(tr("The colours of the window"));
    m_theme->addItem(tr("System colours"), int(Settings::Theme::System));
    m_theme->addItem(tr("Light"), int(Settings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Settings::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(settings->theme())));

    m_textSize = new QSpinBox(this);
    m_textSize->setObjectName(QStringLiteral("preferencesTextSize"));
    m_textSize->setToolTip(tr("The size of the article and comment text, in points"));
    // The lowest value stands for "the system's size", shown as words rather than a number.
    m_textSize->setRange(Settings::minFontPointSize - 1, Settings::maxFontPointSize);
    m_textSize->setSpecialValueText(tr("System size (%1 pt)").arg(QApplication::font().pointSize()));
    m_textSize->setSuffix(tr(" pt"));
    m_textSize->setValue(settings->fontPointSize() > 0 ? settings->fontPointSize() : m_textSize->minimum());

    m_expandLevel = new QComboBox(this);
    m_expandLevel->setObjectName(QStringLiteral("preferencesExpandLevel"));
    m_expandLevel->setToolTip(tr("How much of each thread is shown when a document opens"));
    m_expandLevel->addItem(tr("Every reply"), 0);
    m_expandLevel->addItem(tr("Top-level comments only"), 1);
    for (int level = 2; level <= Settings::maxExpandLevel; ++level)
        m_expandLevel->addItem(tr("%1 levels").arg(level), level);
    m_expandLevel->setCurrentIndex(m_expandLevel->findData(settings->expandLevel()));

    m_commentsFirst = new QCheckBox(tr("Comments on the &left, article on the right"), this);
    m_commentsFirst->setObjectName(QStringLiteral("preferencesCommentsFirst"));
    m_commentsFirst->setToolTip(tr("Which side of the window the comment tree is on"));
    m_commentsFirst->setChecked(settings->commentsFirst());

    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(QStringLiteral("preferencesPageSize"));
    m_pageSize->setToolTip(tr("The paper size of exported reports"));
    m_pageSize->addItem(Settings::localePageSize() == Settings::PageSize::Letter ? tr("As the locale uses (Letter)")
                                                                                 : tr("As the locale uses (A4)"),
                        int(Settings::PageSize::Auto));
    m_pageSize->addItem(tr("A4"), int(Settings::PageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(Settings::PageSize::Letter));
    m_pageSize->setCurrentIndex(m_pageSize->findData(int(settings->pageSize())));

    m_reopenLast = new QCheckBox(tr("&Reopen the last project when Glossator starts"), this);
    m_reopenLast->setObjectName(QStringLiteral("preferencesReopenLast"));
    m_reopenLast->setToolTip(tr("Otherwise Glossator starts with the start page"));
    m_reopenLast->setChecked(settings->reopenLastProject());

    m_backups = new QSpinBox(this);
    m_backups->setObjectName(QStringLiteral("preferencesBackups"));
    m_backups->setToolTip(tr("A copy of a project is made each time it is opened; this many of the newest are kept "
                             "(File > Restore Backup). 0 makes none."));
    m_backups->setRange(0, Settings::maxBackupsToKeep);
    m_backups->setSpecialValueText(tr("None"));
    m_backups->setValue(settings->backupsToKeep());

    auto* coding = new QGroupBox(tr("Coding"), this);
    auto* codingForm = new QFormLayout(coding);
    codingForm->addRow(tr("&Coder name:"), m_coderName);

    auto* reading = new QGroupBox(tr("Reading"), this);
    auto* readingForm = new QFormLayout(reading);
    readingForm->addRow(tr("&Theme:"), m_theme);
    readingForm->addRow(tr("Text &size:"), m_textSize);
    readingForm->addRow(tr("&Expand on opening:"), m_expandLevel);
    readingForm->addRow(m_commentsFirst);

    auto* other = new QGroupBox(tr("Reports, start-up and backups"), this);
    auto* otherForm = new QFormLayout(other);
    otherForm->addRow(tr("&Paper size:"), m_pageSize);
    otherForm->addRow(m_reopenLast);
    otherForm->addRow(tr("&Backups to keep:"), m_backups);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("preferencesButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(coding);
    layout->addWidget(reading);
    layout->addWidget(other);
    layout->addWidget(buttons);
}

void PreferencesDialog::focusCoderName()
{
    m_coderName->setFocus(Qt::OtherFocusReason);
    m_coderName->selectAll();
}

void PreferencesDialog::accept()
{
    m_settings->setCoderName(m_coderName->text());
    m_settings->setTheme(Settings::Theme(m_theme->currentData().toInt()));
    m_settings->setFontPointSize(m_textSize->value() == m_textSize->minimum() ? 0 : m_textSize->value());
    m_settings->setExpandLevel(m_expandLevel->currentData().toInt());
    m_settings->setCommentsFirst(m_commentsFirst->isChecked());
    m_settings->setPageSize(Settings::PageSize(m_pageSize->currentData().toInt()));
    m_settings->setReopenLastProject(m_reopenLast->isChecked());
    m_settings->setBackupsToKeep(m_backups->value());
    QDialog::accept();
}

} // namespace glossator
