#include "ReportPreview.h"

#include "export/Report.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace glossator {

namespace {

constexpr int pageGap = 12;
constexpr double minimumZoom = 0.25;
constexpr double maximumZoom = 4.0;
const double zoomSteps[] = {0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0};

} // namespace

// The pages themselves, stacked with a gap; only the pages in the exposed rectangle are painted.
class ReportPageCanvas : public QWidget {
public:
    explicit ReportPageCanvas(QWidget* parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("exportPreviewPages"));
        setAttribute(Qt::WA_OpaquePaintEvent);
    }

    void setReport(const Report* report)
    {
        m_report = report;
        relayout();
    }

    void setScale(double pixelsPerPoint)
    {
        m_pixelsPerPoint = pixelsPerPoint;
        relayout();
    }

    QSizeF pagePoints() const { return m_report ? m_report->pageSize().size(QPageSize::Point) : QSizeF(595, 842); }

    QSize pagePixels() const
    {
        const QSizeF points = pagePoints();
        return QSize(std::max(1, int(std::lround(points.width() * m_pixelsPerPoint))),
                     std::max(1, int(std::lround(points.height() * m_pixelsPerPoint))));
    }

    int pageCount() const { return m_report ? m_report->pageCount() : 0; }

    QRect pageRect(int index) const
    {
        const QSize page = pagePixels();
        const int left = std::max(pageGap, (width() - page.width()) / 2);
        return QRect(QPoint(left, pageGap + index * (page.height() + pageGap)), page);
    }

    int pageAt(int y) const
    {
        if (pageCount() == 0)
            return -1;
        const int pitch = pagePixels().height() + pageGap;
        return std::clamp(y / pitch, 0, pageCount() - 1);
    }

    void paintPage(QPainter& painter, int index) const
    {
        if (m_report)
            m_report->paintPage(painter, index, QRectF(QPointF(0, 0), QSizeF(pagePixels())));
    }

protected:
    void paintEvent(QPaintEvent* event) override
    {
        QPainter painter(this);
        painter.fillRect(event->rect(), palette().color(QPalette::Dark));
        for (int index = 0; index < pageCount(); ++index) {
            const QRect page = pageRect(index);
            if (page.top() > event->rect().bottom())
                break;
            if (!page.intersects(event->rect()))
                continue;
            painter.fillRect(page.translated(2, 2), QColor(0, 0, 0, 60));
            painter.save();
            painter.translate(page.topLeft());
            paintPage(painter, index);
            painter.restore();
            painter.setPen(palette().color(QPalette::Shadow));
            painter.drawRect(page.adjusted(0, 0, -1, -1));
        }
    }

private:
    void relayout()
    {
        const QSize page = pagePixels();
        const int count = pageCount();
        setFixedSize(page.width() + 2 * pageGap, count == 0 ? 0 : pageGap + count * (page.height() + pageGap));
        update();
    }

    const Report* m_report = nullptr;
    double m_pixelsPerPoint = 1.0;
};

ReportPreview::ReportPreview(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("exportPreview"));
    setAccessibleName(tr("Preview of the report"));
    setToolTip(tr("Every page of the report as it will be written; Ctrl and the mouse wheel zoom"));

    auto makeButton = [this](const QString& name, QStyle::StandardPixmap icon, const QString& text,
                             const QString& toolTip) {
        auto* button = new QToolButton(this);
        button->setObjectName(name);
        button->setIcon(style()->standardIcon(icon));
        button->setText(text);
        button->setToolTip(toolTip);
        button->setAccessibleName(text);
        button->setAutoRaise(true);
        return button;
    };
    m_previous = makeButton(QStringLiteral("exportPreviewPrevious"), QStyle::SP_ArrowUp, tr("Previous Page"),
                            tr("Go to the previous page (Page Up)"));
    m_next = makeButton(QStringLiteral("exportPreviewNext"), QStyle::SP_ArrowDown, tr("Next Page"),
                        tr("Go to the next page (Page Down)"));
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("exportPreviewPage"));
    m_pageLabel->setToolTip(tr("The page at the top of the preview"));
    m_zoomOut = new QToolButton(this);
    m_zoomOut->setObjectName(QStringLiteral("exportPreviewZoomOut"));
    m_zoomOut->setText(QStringLiteral("−"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    m_zoomOut->setAccessibleName(tr("Zoom Out"));
    m_zoomOut->setAutoRaise(true);
    m_zoomIn = new QToolButton(this);
    m_zoomIn->setObjectName(QStringLiteral("exportPreviewZoomIn"));
    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl++)"));
    m_zoomIn->setAccessibleName(tr("Zoom In"));
    m_zoomIn->setAutoRaise(true);
    m_zoomCombo = new QComboBox(this);
    m_zoomCombo->setObjectName(QStringLiteral("exportPreviewZoom"));
    m_zoomCombo->setToolTip(tr("How large the pages are shown (Ctrl+0 fits them to the width)"));
    m_zoomCombo->setAccessibleName(tr("Zoom"));
    m_zoomCombo->addItem(tr("Fit Width"), 0.0);
    for (double step : zoomSteps)
        m_zoomCombo->addItem(tr("%1%").arg(int(std::lround(step * 100))), step);

    m_canvas = new ReportPageCanvas(this);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("exportPreviewScroll"));
    m_scroll->setWidget(m_canvas);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_scroll->setFocusPolicy(Qt::StrongFocus);
    // A report is nearly always taller than the pane; a bar that is always there keeps a fit to the
    // width from being undone by the bar appearing.
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_scroll->viewport()->installEventFilter(this);
    m_scroll->installEventFilter(this);

    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_previous);
    controls->addWidget(m_next);
    controls->addWidget(m_pageLabel, 1);
    controls->addWidget(m_zoomOut);
    controls->addWidget(m_zoomCombo);
    controls->addWidget(m_zoomIn);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_scroll, 1);

    connect(m_previous, &QToolButton::clicked, this, [this] { goToPage(currentPage() - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { goToPage(currentPage() + 1); });
    connect(m_zoomIn, &QToolButton::clicked, this, &ReportPreview::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, this, &ReportPreview::zoomOut);
    connect(m_zoomCombo, &QComboBox::activated, this, [this](int index) {
        const double step = m_zoomCombo->itemData(index).toDouble();
        if (step <= 0)
            setFitWidth();
        else
            setZoom(step);
    });
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, &ReportPreview::updateControls);

    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* action = new QShortcut(keys, this, slot);
        action->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence::ZoomIn, [this] { zoomIn(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Equal), [this] { zoomIn(); });
    shortcut(QKeySequence::ZoomOut, [this] { zoomOut(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_0), [this] { setFitWidth(); });

    applyZoom(1.0, true);
}

ReportPreview::~ReportPreview() = default;

void ReportPreview::setReport(std::shared_ptr<const Report> report)
{
    const int top = currentPage();
    m_report = std::move(report);
    m_canvas->setReport(m_report.get());
    applyZoom(m_zoom, m_fitWidth);
    // A change of options keeps the reader where they were, as far as the new report reaches.
    goToPage(std::min(top, pageCount() - 1));
}

void ReportPreview::clear()
{
    setReport(nullptr);
}

int ReportPreview::pageCount() const
{
    return m_canvas->pageCount();
}

double ReportPreview::zoom() const
{
    return m_zoom;
}

bool ReportPreview::fitsWidth() const
{
    return m_fitWidth;
}

void ReportPreview::setZoom(double zoom)
{
    applyZoom(std::clamp(zoom, minimumZoom, maximumZoom), false);
}

void ReportPreview::setFitWidth()
{
    applyZoom(fitWidthZoom(), true);
}

void ReportPreview::zoomIn()
{
    for (double step : zoomSteps) {
        if (step > m_zoom + 0.01) {
            setZoom(step);
            return;
        }
    }
}

void ReportPreview::zoomOut()
{
    for (auto step = std::rbegin(zoomSteps); step != std::rend(zoomSteps); ++step) {
        if (*step < m_zoom - 0.01) {
            setZoom(*step);
            return;
        }
    }
}

int ReportPreview::currentPage() const
{
    if (pageCount() == 0)
        return 0;
    // At the end of the scroll range the last page is the one being read, even when it cannot reach the top.
    const QScrollBar* bar = m_scroll->verticalScrollBar();
    if (bar->maximum() > 0 && bar->value() == bar->maximum())
        return pageCount() - 1;
    return m_canvas->pageAt(bar->value() + pageGap);
}

void ReportPreview::goToPage(int index)
{
    if (pageCount() == 0)
        return;
    index = std::clamp(index, 0, pageCount() - 1);
    m_scroll->verticalScrollBar()->setValue(m_canvas->pageRect(index).top() - pageGap);
    updateControls();
}

QImage ReportPreview::renderPage(int index) const
{
    if (index < 0 || index >= pageCount())
        return {};
    QImage image(m_canvas->pagePixels(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    m_canvas->paintPage(painter, index);
    return image;
}

bool ReportPreview::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Wheel) {
        auto* wheel = static_cast<QWheelEvent*>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            if (wheel->angleDelta().y() > 0)
                zoomIn();
            else if (wheel->angleDelta().y() < 0)
                zoomOut();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReportPreview::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_fitWidth)
        applyZoom(fitWidthZoom(), true);
}

double ReportPreview::fitWidthZoom() const
{
    const double pointsToPixels = logicalDpiX() / 72.0;
    const int available = m_scroll->viewport()->width() - 2 * pageGap;
    const double width = m_canvas->pagePoints().width() * pointsToPixels;
    return std::clamp(available / width, minimumZoom, maximumZoom);
}

void ReportPreview::applyZoom(double zoom, bool fitWidth)
{
    const int top = currentPage();
    const bool changed = std::abs(zoom - m_zoom) > 1e-6 || fitWidth != m_fitWidth;
    m_zoom = zoom;
    m_fitWidth = fitWidth;
    m_canvas->setScale(zoom * logicalDpiX() / 72.0);
    // After a fit to the width the pages may now need a vertical scroll bar, which narrows the view.
    if (fitWidth) {
        const double refitted = fitWidthZoom();
        if (std::abs(refitted - m_zoom) > 1e-3) {
            m_zoom = refitted;
            m_canvas->setScale(m_zoom * logicalDpiX() / 72.0);
        }
    }
    if (changed)
        goToPage(top);
    updateControls();
    if (changed)
        emit zoomChanged(m_zoom);
}

void ReportPreview::updateControls()
{
    const int count = pageCount();
    const int page = currentPage();
    m_pageLabel->setText(count == 0 ? QString() : tr("Page %1 of %2").arg(page + 1).arg(count));
    m_previous->setEnabled(count > 0 && page > 0);
    m_next->setEnabled(count > 0 && page < count - 1);
    m_zoomIn->setEnabled(m_zoom < maximumZoom - 0.01);
    m_zoomOut->setEnabled(m_zoom > minimumZoom + 0.01);
    const QSignalBlocker blocker(m_zoomCombo);
    if (m_fitWidth) {
        m_zoomCombo->setCurrentIndex(0);
    } else {
        const int index = m_zoomCombo->findData(m_zoom);
        if (index >= 0) {
            m_zoomCombo->setCurrentIndex(index);
        } else {
            m_zoomCombo->setCurrentIndex(-1);
        }
    }
}

} // namespace glossator
