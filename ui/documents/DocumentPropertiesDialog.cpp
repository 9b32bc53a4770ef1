#include "DocumentPropertiesDialog.h"

#include "common/MessageBoxes.h"
#include "project/ProjectStore.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace glossator {

DocumentPropertiesDialog::DocumentPropertiesDialog(const StoredDocument& document,
                                                   const std::optional<Provenance>& provenance, QWidget* parent)
    : QDialog(parent)
    , m_article(document.document.article)
{
    setObjectName(QStringLiteral("documentPropertiesDialog"));
    setWindowTitle(tr("Document Properties"));
    const Article& article = document.document.article;

    const auto field = [this](const QString& text, const char* name, const QString& toolTip) {
        auto* edit = new QLineEdit(text, this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setToolTip(toolTip);
        edit->setClearButtonEnabled(true);
        return edit;
    };
    m_title = field(article.title, "propertiesTitle", tr("The article's headline; every document needs one"));
    m_source = field(article.source, "propertiesSource", tr("The publication or agency, such as a newspaper's name"));
    m_author = field(article.author, "propertiesAuthor", tr("Who wrote the article"));
    m_url = field(article.url, "propertiesUrl", tr("Where the article was published; it is never opened"));

    m_hasDate = new QCheckBox(tr("&Known"), this);
    m_hasDate->setObjectName(QStringLiteral("propertiesHasDate"));
    m_hasDate->setToolTip(tr("Whether the article's publication time is known"));
    m_published = new QDateTimeEdit(this);
    m_published->setObjectName(QStringLiteral("propertiesPublished"));
    m_published->setToolTip(tr("When the article was published, in local time"));
    m_published->setCalendarPopup(true);
    m_published->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_published->setDateTime(article.published.isValid() ? article.published.toLocalTime()
                                                         : QDateTime::currentDateTime());
    m_shownPublished = m_published->dateTime();
    m_hasDate->setChecked(article.published.isValid());
    m_published->setEnabled(m_hasDate->isChecked());
    connect(m_hasDate, &QCheckBox::toggled, m_published, &QWidget::setEnabled);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_hasDate);
    dateRow->addWidget(m_published, 1);

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("&Address (URL):"), m_url);
    // A row of two widgets has no buddy of its own: the label leads to the check box.
    auto* publishedLabel = new QLabel(tr("&Published:"), this);
    publishedLabel->setBuddy(m_hasDate);
    form->addRow(publishedLabel, dateRow);

    // What the user cannot change, but may want to know.
    const QLocale locale;
    auto* facts = new QFormLayout;
    const auto fact = [&](const QString& label, const QString& value, const char* name) {
        auto* text = new QLabel(value.isEmpty() ? tr("(none)") : value, this);
        text->setObjectName(QString::fromLatin1(name));
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        text->setWordWrap(true);
        facts->addRow(label, text);
    };
    fact(tr("Format:"), document.document.format, "propertiesFormat");
    fact(tr("Comments:"), locale.toString(document.document.comments.size()), "propertiesComments");
    if (provenance) {
        fact(tr("Original file:"), provenance->fileName, "propertiesFile");
        fact(tr("Imported:"), locale.toString(provenance->importedAt.toLocalTime(), QLocale::ShortFormat),
             "propertiesImported");
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("propertiesButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addLayout(facts);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

Article DocumentPropertiesDialog::metadata() const
{
    Article article = m_article;
    article.title = m_title->text().trimmed();
    article.source = m_source->text().trimmed();
    article.author = m_author->text().trimmed();
    article.url = m_url->text().trimmed();
    article.published = m_hasDate->isChecked() ? m_published->dateTime() : QDateTime();
    // Untouched, the time stays exactly as imported (with its zone), not as the editor rounds it.
    if (m_hasDate->isChecked() && m_article.published.isValid() && m_published->dateTime() == m_shownPublished)
        article.published = m_article.published;
    return article;
}

void DocumentPropertiesDialog::accept()
{
    if (m_title->text().trimmed().isEmpty()) {
        MessageBoxes::ask(this, QMessageBox::Warning, QStringLiteral("propertiesNeedTitle"), tr("Title Needed"),
                          tr("A document needs a title."), QString(), QMessageBox::Ok, QMessageBox::Ok);
        m_title->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace glossator
