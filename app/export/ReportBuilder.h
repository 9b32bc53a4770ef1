#pragma once

#include "export/ExportData.h"
#include "export/ReportLayout.h"
#include "export/ReportStyle.h"

#include <QCoreApplication>
#include <QHash>
#include <QTextCharFormat>

namespace glossator::report {

// Writes the report's content into a Layout: title page, each document's article and comments,
// the codebook summary and the coded segments by tag.
class ReportBuilder {
    Q_DECLARE_TR_FUNCTIONS(glossator::Report)

public:
    ReportBuilder(const ExportData& data, const ExportOptions& options, Layout& layout);
    void build();

    static PageStyle pageStyle();

private:
    struct Passage; // an annotation as placed in a text: its range, lane, number, label and note
    struct Segment {
        const ExportDocument* document = nullptr;
        const Annotation* annotation = nullptr;
        int number = 0;
        int comment = -1;   // index in the document's comments, -1 for the article
        int paragraph = -1; // 0-based block where the passage starts, -1 for a whole target
        bool orphaned = false;
    };

    void buildTitlePage();
    void buildDocument(const ExportDocument& document);
    void buildComments(const ExportDocument& document, const QHash<qint64, QList<const Annotation*>>& byTarget,
                       QList<Segment>& orphans);
    void buildOrphans(const ExportDocument& document, const QList<Segment>& orphans);
    void buildSummary();
    void buildSegments();

    // The blocks of an article or comment, with passages highlighted, numbered and labelled.
    void addBody(const ExportDocument& document, const QList<Block>& blocks, int comment,
                 const QList<const Annotation*>& annotations, qreal indent, bool context, QList<Segment>& orphans);
    // Whole-target tags as chips; numbers them too.
    void addChips(const ExportDocument& document, int comment, const QList<const Annotation*>& wholes, qreal indent,
                  const QColor& rule, qreal ruleX);
    int number(const ExportDocument& document, const Annotation& annotation, int comment, int paragraph, bool orphaned);
    int footnoteFor(const Annotation& annotation, int number);
    int labelFor(const Annotation& annotation, int number);

    void heading(const QString& text, int level, Column column);
    void mark(const QString& title, int level, bool inContents);
    void add(Item item);

    enum class Style : quint8 { Bold, Color, Tint, Background, Marker, Raised, Italic };
    QTextCharFormat format(Style style, const QColor& color = {});
    QFont fontFor(Family family, qreal points, QFont::Weight weight = QFont::Normal, bool italic = false);

    QString tagName(qint64 id) const;
    QColor tagColor(qint64 id) const;
    QString commentTime(const Comment& comment) const;
    QString authorOf(const Comment& comment) const;
    QString whereText(const Segment& segment) const;

    const ExportData& m_data;
    const ExportOptions& m_options;
    Layout& m_layout;
    PageStyle m_style;
    Layout::Items m_body;
    struct Mark {
        QString title;
        int level = 0;
        bool inContents = false;
    };
    QList<Mark> m_marks;
    QList<Segment> m_segments;
    QHash<QString, int> m_nameUses;
    QHash<quint64, QTextCharFormat> m_formats;
    QHash<QString, QFont> m_fonts; // tag names, to fall back to paths where a name is ambiguous
    int m_nextNumber = 1;
};

} // namespace glossator::report
