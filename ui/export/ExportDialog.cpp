#include "ExportDialog.h"

#include "ReportPreview.h"
#include "common/MessageBoxes.h"
#include "export/ExporterRegistry.h"
#include "export/Report.h"
#include "project/ProjectStore.h"
#include "settings/Settings.h"
#include "text/CodeHighlighter.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace glossator {

namespace {

constexpr int previewMinimumWidth = 320;
constexpr int previewLines = 60;

QIcon swatch(const QColor& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(color);
    return QIcon(pixmap);
}

} // namespace

ExportDialog::ExportDialog(const ProjectStore& store, qint64 currentDocument, const QString& projectName,
                           Settings* settings, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_currentDocument(currentDocument)
    , m_projectName(projectName)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormatCombo"));
    m_format->setToolTip(tr("What to write: a report to read, or data to analyse"));
    for (const QString& name : ExporterRegistry::instance().names())
        m_format->addItem(ExporterRegistry::instance().find(name)->displayName(), name);

    m_currentScope = new QRadioButton(tr("&This document"), this);
    m_currentScope->setObjectName(QStringLiteral("exportScopeCurrent"));
    m_currentScope->setToolTip(tr("Export the document shown in the window"));
    m_allScope = new QRadioButton(tr("All &documents of the project"), this);
    m_allScope->setObjectName(QStringLiteral("exportScopeAll"));
    m_allScope->setToolTip(tr("Export every article in the project"));
    m_currentScope->setEnabled(currentDocument > 0);
    (currentDocument > 0 ? m_currentScope : m_allScope)->setChecked(true);

    m_onlyTagged = new QCheckBox(tr("Only &tagged comments, with the comments they answer"), this);
    m_onlyTagged->setObjectName(QStringLiteral("exportOnlyTagged"));
    m_onlyTagged->setToolTip(tr("Leave out comments that carry no tag and have no tagged replies"));

    m_allTags = new QCheckBox(tr("Every ta&g"), this);
    m_allTags->setObjectName(QStringLiteral("exportAllTags"));
    m_allTags->setToolTip(tr("Export the annotations of every tag, or only of the tags ticked below"));
    m_allTags->setChecked(true);
    m_tags = new QListWidget(this);
    m_tags->setObjectName(QStringLiteral("exportTagList"));
    m_tags->setAccessibleName(tr("Tags to export"));
    m_tags->setToolTip(tr("Tick the tags to export; a tag brings its sub-tags with it"));
    m_tags->setEnabled(false);
    const std::optional<ExportData> codebook = ExportData::load(store, ExportOptions{}, nullptr);
    if (codebook) {
        for (const TagUsage& usage : codebook->tags) {
            auto* item = new QListWidgetItem(
                swatch(usage.tag.color),
                QString(2 * codebook->tagDepth(usage.tag.id), QLatin1Char(' ')) + usage.tag.name, m_tags);
            item->setData(Qt::UserRole, usage.tag.id);
            item->setToolTip(codebook->tagPath(usage.tag.id));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        }
    }

    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(QStringLiteral("exportPageSize"));
    m_pageSize->setToolTip(tr("The paper the report is laid out for"));
    m_pageSize->addItem(tr("A4"), int(Settings::PageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(Settings::PageSize::Letter));
    m_pageSize->setCurrentIndex(m_pageSize->findData(int(settings->effectivePageSize())));

    m_byteOrderMark = new QCheckBox(tr("Start with a &byte order mark (for spreadsheet programs)"), this);
    m_byteOrderMark->setObjectName(QStringLiteral("exportByteOrderMark"));
    m_byteOrderMark->setToolTip(tr("Spreadsheet programs then read the file as UTF-8; R and Python do not need it"));

    auto* form = new QFormLayout;
    auto* formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);
    auto* scope = new QVBoxLayout;
    scope->addWidget(m_currentScope);
    scope->addWidget(m_allScope);
    form->addRow(tr("Documents:"), scope);
    form->addRow(tr("Comments:"), m_onlyTagged);
    auto* tagsBox = new QVBoxLayout;
    tagsBox->addWidget(m_allTags);
    tagsBox->addWidget(m_tags, 1);
    form->addRow(tr("Tags:"), tagsBox);
    auto* pageLabel = new QLabel(tr("&Paper:"), this);
    pageLabel->setBuddy(m_pageSize);
    form->addRow(pageLabel, m_pageSize);
    form->addRow(tr("Spreadsheets:"), m_byteOrderMark);

    m_pagePreview = new ReportPreview(this);
    m_pagePreview->setMinimumWidth(previewMinimumWidth);
    m_textPreview = new QPlainTextEdit(this);
    m_textPreview->setObjectName(QStringLiteral("exportTextPreview"));
    m_textPreview->setAccessibleName(tr("Preview of the first lines"));
    m_textPreview->setToolTip(tr("The first lines of the file as they will be written"));
    m_textPreview->setReadOnly(true);
    m_textPreview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_textPreview->setFont(CodeHighlighter::fixedPitchFont());
    m_previewStack = new QStackedWidget(this);
    m_previewStack->addWidget(m_pagePreview);
    m_previewStack->addWidget(m_textPreview);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("exportSummary"));
    m_summary->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportButton = m_buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setToolTip(tr("Choose a file and write the export to it"));
    m_exportButton->setDefault(true);
    m_buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close without exporting"));
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* columns = new QHBoxLayout;
    columns->addLayout(form, 2);
    auto* previewColumn = new QVBoxLayout;
    m_previewLabel = new QLabel(tr("Pre&view:"), this);
    auto* previewLabel = m_previewLabel;
    previewColumn->addWidget(previewLabel);
    previewColumn->addWidget(m_previewStack, 1);
    columns->addLayout(previewColumn, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreviewNow);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::optionsChanged);
    for (QAbstractButton* button :
         std::initializer_list<QAbstractButton*>{m_currentScope, m_allScope, m_onlyTagged, m_allTags, m_byteOrderMark})
        connect(button, &QAbstractButton::toggled, this, &ExportDialog::optionsChanged);
    connect(m_allTags, &QCheckBox::toggled, m_tags, [this](bool all) { m_tags->setEnabled(!all); });
    connect(m_tags, &QListWidget::itemChanged, this, &ExportDialog::optionsChanged);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, &ExportDialog::optionsChanged);

    resize(1040, 720);
    updateFormatWidgets();
    m_previewTimer->start(0);
}

ExportDialog::~ExportDialog() = default;

const Exporter* ExportDialog::exporter() const
{
    return ExporterRegistry::instance().find(m_format->currentData().toString());
}

void ExportDialog::setFormat(const QString& name)
{
    const int index = m_format->findData(name);
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    if (m_currentScope->isChecked() && m_currentDocument > 0)
        options.documentIds = {m_currentDocument};
    options.onlyTaggedComments = m_onlyTagged->isChecked();
    if (!m_allTags->isChecked()) {
        for (int row = 0; row < m_tags->count(); ++row) {
            if (m_tags->item(row)->checkState() == Qt::Checked)
                options.tagIds.append(m_tags->item(row)->data(Qt::UserRole).toLongLong());
        }
    }
    options.byteOrderMark = m_byteOrderMark->isChecked();
    options.pageSize = QPageSize(Settings::PageSize(m_pageSize->currentData().toInt()) == Settings::PageSize::Letter
                                     ? QPageSize::Letter
                                     : QPageSize::A4);
    return options;
}

std::optional<ExportData> ExportDialog::loadData(const ExportOptions& options, QString* error) const
{
    std::optional<ExportData> snapshot = ExportData::load(m_store, options, error);
    if (snapshot && !m_projectName.isEmpty())
        snapshot->projectName = m_projectName;
    return snapshot;
}

void ExportDialog::optionsChanged()
{
    updateFormatWidgets();
    m_previewTimer->start();
}

void ExportDialog::updateFormatWidgets()
{
    const bool report = m_format->currentData().toString() == QLatin1String("pdf");
    m_onlyTagged->setEnabled(report);
    m_pageSize->setEnabled(report);
    m_byteOrderMark->setEnabled(m_format->currentData().toString() == QLatin1String("csv"));
    m_previewStack->setCurrentWidget(report ? static_cast<QWidget*>(m_pagePreview) : m_textPreview);
    m_previewLabel->setBuddy(report ? m_pagePreview->findChild<QWidget*>(QStringLiteral("exportPreviewScroll"))
                                    : static_cast<QWidget*>(m_textPreview));
}

void ExportDialog::updatePreviewNow()
{
    m_previewTimer->stop();
    const ExportOptions chosen = options();
    const bool noTagChosen = !m_allTags->isChecked() && chosen.tagIds.isEmpty();
    m_exportButton->setEnabled(!noTagChosen);
    m_textPreview->clear();
    m_previewPages = 0;
    if (noTagChosen) {
        m_pagePreview->clear();
        m_summary->setText(tr("Tick at least one tag, or choose every tag."));
        return;
    }
    QString error;
    const std::optional<ExportData> snapshot = loadData(chosen, &error);
    if (!snapshot) {
        m_pagePreview->clear();
        m_summary->setText(error);
        return;
    }
    QString summary = tr("%n document(s)", nullptr, int(snapshot->documents.size())) + QStringLiteral(", ") +
                      tr("%n annotation(s)", nullptr, snapshot->annotationCount());
    if (m_format->currentData().toString() == QLatin1String("pdf")) {
        auto report = std::make_shared<const Report>(*snapshot, chosen);
        m_previewPages = report->pageCount();
        m_pagePreview->setReport(report);
        summary += QStringLiteral(", ") + tr("%n page(s)", nullptr, m_previewPages);
    } else if (const Exporter* chosenExporter = exporter()) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (chosenExporter->write(*snapshot, chosen, buffer, &error)) {
            const QStringList lines = QString::fromUtf8(buffer.data()).split(QLatin1Char('\n'));
            m_textPreview->setPlainText(lines.mid(0, previewLines).join(QLatin1Char('\n')));
            if (lines.size() > previewLines)
                summary += QStringLiteral(", ") + tr("%n line(s)", nullptr, int(lines.size()));
        } else {
            summary = error;
        }
    }
    m_summary->setText(summary);
}

int ExportDialog::previewPageCount() const
{
    return m_previewPages;
}

bool ExportDialog::exportTo(const QString& path)
{
    const Exporter* chosenExporter = exporter();
    const ExportOptions chosen = options();
    QString error;
    std::optional<ExportData> snapshot = loadData(chosen, &error);
    const bool written = chosenExporter && snapshot &&
                         ExporterRegistry::instance().exportToFile(*chosenExporter, *snapshot, chosen, path, &error);
    if (!written) {
        MessageBoxes::ask(this, QMessageBox::Warning, QStringLiteral("exportFailedMessage"), tr("Export Failed"),
                          tr("The export could not be written:\n%1").arg(error), QString(), QMessageBox::Ok,
                          QMessageBox::Ok);
        return false;
    }
    if (m_format->currentData().toString() == QLatin1String("pdf"))
        m_settings->setPageSize(Settings::PageSize(m_pageSize->currentData().toInt()));
    return true;
}

void ExportDialog::chooseFileAndExport()
{
    const Exporter* chosenExporter = exporter();
    if (!chosenExporter)
        return;
    const QString suffix = chosenExporter->fileSuffix();
    const QString suggested =
        QDir(QFileInfo(m_store.path()).absolutePath())
            .filePath((m_projectName.isEmpty() ? tr("export") : m_projectName) + QLatin1Char('.') + suffix);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), suggested, QStringLiteral("%1 (*.%2)").arg(chosenExporter->displayName(), suffix));
    if (path.isEmpty() || !exportTo(path))
        return;
    confirmExport(path);
    accept();
}

void ExportDialog::confirmExport(const QString& path)
{
    const QFileInfo written(path);
    const QMessageBox::StandardButton answer = MessageBoxes::ask(
        this, QMessageBox::Information, QStringLiteral("exportDoneMessage"), tr("Export Written"),
        tr("The export was written to %1 (%2).")
            .arg(QDir::toNativeSeparators(written.absoluteFilePath()), QLocale().formattedDataSize(written.size())),
        QString(), QMessageBox::Open | QMessageBox::Apply | QMessageBox::Close, QMessageBox::Close,
        {{QMessageBox::Open, tr("&Open File")}, {QMessageBox::Apply, tr("Show in &Folder")}});
    if (answer == QMessageBox::Open)
        fileOpener()(QUrl::fromLocalFile(written.absoluteFilePath()));
    else if (answer == QMessageBox::Apply)
        fileOpener()(QUrl::fromLocalFile(written.absolutePath()));
}

std::function<bool(const QUrl&)>& ExportDialog::fileOpener()
{
    static std::function<bool(const QUrl&)> opener = [](const QUrl& url) {
        return QDesktopServices::openUrl(url);
    };
    return opener;
}

} // namespace glossator
