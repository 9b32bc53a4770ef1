#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QScrollArea;
class QToolButton;

namespace glossator {

class Report;
class ReportPageCanvas;

// Every page of a report, one below the other, at a zoom the user chooses: fit to the width of
// the pane (what it opens with), or a fixed scale from 50% to 400%. Pages are painted from the
// laid-out report as they scroll into view, so zooming is sharp and costs nothing up front.
class ReportPreview : public QWidget {
    Q_OBJECT

public:
    explicit ReportPreview(QWidget* parent = nullptr);
    ~ReportPreview() override;

    void setReport(std::shared_ptr<const Report> report);
    void clear();
    int pageCount() const;

    // 1.0 is the page at its printed size on this screen.
    double zoom() const;
    bool fitsWidth() const;
    void setZoom(double zoom);
    void setFitWidth();
    void zoomIn();
    void zoomOut();

    // The page at the top of the view (0-based), and scrolling to one.
    int currentPage() const;
    void goToPage(int index);

    // What the pane shows of a page at the current zoom, as an image (for tests and thumbnails).
    QImage renderPage(int index) const;

signals:
    void zoomChanged(double zoom);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyZoom(double zoom, bool fitWidth);
    double fitWidthZoom() const;
    void updateControls();

    std::shared_ptr<const Report> m_report;
    ReportPageCanvas* m_canvas;
    QScrollArea* m_scroll;
    QToolButton* m_previous;
    QToolButton* m_next;
    QLabel* m_pageLabel;
    QToolButton* m_zoomOut;
    QComboBox* m_zoomCombo;
    QToolButton* m_zoomIn;
    double m_zoom = 1.0;
    bool m_fitWidth = true;
};

} // namespace glossator
