#include "Report.h"

#include "export/ReportBuilder.h"
#include "export/ReportLayout.h"
#include "export/ReportPdf.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryFile>

#include <algorithm>

namespace glossator {

Report::Report(const ExportData& data, const ExportOptions& options)
    : m_pageSize(options.pageSize.isValid() ? options.pageSize : ExportOptions::defaultPageSize())
    , m_layout(std::make_unique<report::Layout>(m_pageSize, report::ReportBuilder::pageStyle()))
{
    m_title = data.projectName.isEmpty() ? tr("Annotated report") : tr("%1: annotated report").arg(data.projectName);
    report::ReportBuilder builder(data, options, *m_layout);
    builder.build();
    m_layout->paginate();
}

Report::~Report() = default;

int Report::pageCount() const
{
    return m_layout->pageCount();
}

QPageSize Report::pageSize() const
{
    return m_pageSize;
}

void Report::paintPage(QPainter& painter, int index, const QRectF& target) const
{
    if (index < 0 || index >= pageCount() || target.isEmpty())
        return;
    painter.save();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.translate(target.topLeft());
    painter.scale(target.width() / m_layout->pageWidth(), target.height() / m_layout->pageHeight());
    const QRectF page(0, 0, m_layout->pageWidth(), m_layout->pageHeight());
    painter.fillRect(page, Qt::white);
    painter.setClipRect(page, Qt::IntersectClip);
    m_layout->paintPage(painter, index);
    painter.restore();
}

bool Report::writePdf(QIODevice& out, QString* error) const
{
    // Qt's PDF is written to a temporary file first: the bookmarks and the corrected text maps are
    // an incremental update that needs the whole file to be read, and a file mapped into memory
    // keeps a report of thousands of pages off the heap.
    QTemporaryFile temporary;
    QBuffer buffer;
    QIODevice* device = &temporary;
    if (!temporary.open()) {
        buffer.open(QIODevice::ReadWrite);
        device = &buffer;
    }
    report::GlyphCollector glyphs;
    {
        QPdfWriter writer(device);
        writer.setResolution(int(report::unitsPerInch));
        writer.setPageLayout(QPageLayout(m_pageSize, QPageLayout::Portrait, QMarginsF(), QPageLayout::Point));
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("Glossator"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error)
                *error = tr("the PDF could not be started");
            return false;
        }
        for (int i = 0; i < pageCount(); ++i) {
            if (i > 0 && !writer.newPage()) {
                if (error)
                    *error = tr("page %1 of the PDF could not be started").arg(i + 1);
                return false;
            }
            m_layout->paintPage(painter, i, &glyphs);
        }
        if (!painter.end()) {
            if (error)
                *error = tr("the PDF could not be finished");
            return false;
        }
    }

    QByteArray pdf;
    if (device == &temporary) {
        if (!temporary.flush()) {
            if (error)
                *error = tr("cannot write a temporary file: %1").arg(temporary.errorString());
            return false;
        }
        const qint64 size = temporary.size();
        const uchar* mapped = size > 0 ? temporary.map(0, size) : nullptr;
        if (mapped) {
            pdf = QByteArray::fromRawData(reinterpret_cast<const char*>(mapped), size);
        } else {
            temporary.seek(0);
            pdf = temporary.readAll();
        }
    } else {
        pdf = buffer.data();
    }
    if (pdf.isEmpty()) {
        if (error)
            *error = tr("the PDF came out empty");
        return false;
    }

    QList<report::PdfBookmark> bookmarks;
    for (const report::OutlineEntry& entry : m_layout->outline())
        bookmarks.append({entry.title, entry.level, entry.page, entry.y * 72.0 / report::unitsPerInch});
    const QByteArray update = report::pdfUpdate(pdf, &glyphs, bookmarks);
    constexpr qsizetype chunk = 1 << 20;
    for (qsizetype at = 0; at < pdf.size(); at += chunk) {
        const qsizetype length = std::min(chunk, pdf.size() - at);
        if (out.write(pdf.constData() + at, length) != length) {
            if (error)
                *error = tr("cannot write the PDF: %1").arg(out.errorString());
            return false;
        }
    }
    if (!update.isEmpty() && out.write(update) != update.size()) {
        if (error)
            *error = tr("cannot write the PDF: %1").arg(out.errorString());
        return false;
    }
    return true;
}

QStringList Report::outline() const
{
    QStringList titles;
    for (const report::OutlineEntry& entry : m_layout->outline())
        titles.append(entry.title);
    return titles;
}

QList<int> Report::outlinePages() const
{
    QList<int> pages;
    for (const report::OutlineEntry& entry : m_layout->outline())
        pages.append(entry.page);
    return pages;
}

} // namespace glossator
