#pragma once

#include "model/Annotation.h"

#include <QHash>
#include <QTextBrowser>

#include <optional>

namespace glossator {

struct Document;

// The article as a read-only page: title, byline, body blocks. Links are shown, never followed
// automatically, and nothing is ever loaded from the network.
class ArticleView : public QTextBrowser {
    Q_OBJECT

public:
    explicit ArticleView(QWidget* parent = nullptr);

    void setDocument(const Document& document);
    // Highlights the article's passages in their first tag's colour; tags give names and colours.
    void setAnnotations(const QList<Annotation>& annotations, const QHash<qint64, Tag>& tags);
    // Matches of the find bar as document positions [start, end); drawn over the tag highlights.
    void setSearchMatches(const QList<QPair<int, int>>& matches);
    QVariant loadResource(int type, const QUrl& name) override;

    // The selected passage as offsets into the article's plain text (see docs/project-file.md).
    std::optional<std::pair<int, int>> selectedRange() const;
    // Selects a passage given as plain-text offsets and scrolls to it.
    void selectRange(int start, int end);
    // Overlapping passages: the next one's colour comes to the front.
    void cycleOverlaps();
    // Lanes in the left margin, one bar per tagged passage: for tests and the margin's painting.
    struct LaneBar {
        int lane = 0;
        int top = 0;
        int bottom = 0;
        QColor color;
        QString tags;
    };
    QList<LaneBar> laneBars() const;

    // Document position of a plain-text offset, and back; -1 when it lies outside the body.
    int documentPosition(int plainOffset) const;
    int plainOffset(int documentPosition) const;

protected:
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Span {
        int plainStart = 0;
        int documentStart = 0;
        int length = 0;
    };
    void render();
    void updateHighlights();

    const Document* m_document = nullptr;
    QList<Span> m_spans;
    QList<Annotation> m_annotations;
    QHash<qint64, Tag> m_tags;
    QList<QPair<int, int>> m_searchMatches;
    QWidget* m_margin = nullptr;
    int m_frontRotation = 0;
};

} // namespace glossator
