#pragma once

#include "export/ExportData.h"

#include <QCoreApplication>
#include <QList>
#include <QPageSize>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;
class QPainter;

namespace glossator {

namespace report {
class Layout;
}

// The annotated report: title page, each article with its highlighted passages and comment
// thread, the codebook summary and the coded segments by tag, laid out in pages once and then
// painted as often as needed, for a preview or into a PDF.
class Report {
    Q_DECLARE_TR_FUNCTIONS(glossator::Report)

public:
    Report(const ExportData& data, const ExportOptions& options); // lays out the whole report
    ~Report();
    Report(const Report&) = delete;
    Report& operator=(const Report&) = delete;

    int pageCount() const;
    QPageSize pageSize() const;
    // Paints page index (0-based) scaled to fill target (in the painter's coordinates) on white.
    void paintPage(QPainter& painter, int index, const QRectF& target) const;
    bool writePdf(QIODevice& out, QString* error) const;
    // Section titles in order; they are the PDF's bookmarks too.
    QStringList outline() const;
    // The page (0-based) each entry of outline() starts on.
    QList<int> outlinePages() const;

private:
    QPageSize m_pageSize;
    QString m_title;
    std::unique_ptr<report::Layout> m_layout;
};

} // namespace glossator
