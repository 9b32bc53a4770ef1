#pragma once

#include "export/ExportData.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTimer;
class QUrl;

namespace glossator {

class Exporter;
class ProjectStore;
class ReportPreview;
class Settings;

// Chooses what to export and how, previews the result (every page of a report, zoomable; the
// first lines of data), writes it and says where it went.
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    // currentDocument is the document the window shows; 0 when there is none.
    ExportDialog(const ProjectStore& store, qint64 currentDocument, const QString& projectName, Settings* settings,
                 QWidget* parent = nullptr);
    ~ExportDialog() override;

    // The options as the widgets say now.
    ExportOptions options() const;
    const Exporter* exporter() const;
    // Selects an exporter by name ("pdf", "csv", "json", "qdc").
    void setFormat(const QString& name);
    // Writes the export to path; on failure shows why and returns false. The file is replaced only on success.
    bool exportTo(const QString& path);
    // Brings the preview up to date now instead of after the short pause that follows a change.
    void updatePreviewNow();
    int previewPageCount() const;
    // Tells where the export went and offers to open the file or its folder.
    void confirmExport(const QString& path);
    // How a written file or its folder is opened: the desktop's handler; tests replace it.
    static std::function<bool(const QUrl&)>& fileOpener();

private:
    void chooseFileAndExport();
    void optionsChanged();
    void updateFormatWidgets();
    std::optional<ExportData> loadData(const ExportOptions& options, QString* error) const;

    const ProjectStore& m_store;
    qint64 m_currentDocument;
    QString m_projectName;
    Settings* m_settings;

    QComboBox* m_format;
    QRadioButton* m_currentScope;
    QRadioButton* m_allScope;
    QCheckBox* m_onlyTagged;
    QCheckBox* m_allTags;
    QListWidget* m_tags;
    QComboBox* m_pageSize;
    QCheckBox* m_byteOrderMark;
    QStackedWidget* m_previewStack;
    ReportPreview* m_pagePreview;
    QPlainTextEdit* m_textPreview;
    QLabel* m_previewLabel;
    QLabel* m_summary;
    QDialogButtonBox* m_buttons;
    QPushButton* m_exportButton;
    QTimer* m_previewTimer;
    int m_previewPages = 0;
};

} // namespace glossator
