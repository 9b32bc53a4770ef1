#pragma once

#include "model/Document.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <limits>
#include <optional>

namespace glossator {

// One line of a comment section as it is weighed for being a commenter's name. Importers of
// richer formats hand in one entry per source line of a paragraph, and one per block otherwise.
struct CommentSectionLine {
    int number = 0; // 1-based line in the file, for notices
    QString text;   // plain text, trimmed
    bool blankBefore = false;
    // Evidence from the file's markup, added to what the line's shape says: a Markdown heading
    // before a comment makes a name likely; a code block or a list item can never be one.
    double authorEvidence = 0;
    // The line goes on with the paragraph of the body line before it (a Markdown paragraph
    // written over several lines) instead of starting a paragraph of its own.
    bool continuesParagraph = false;
    // How the line reads inside a comment when it is not a name; a paragraph when absent.
    std::optional<Block> block;
};

struct CommentSection {
    QList<Comment> comments; // ids c1, c2, ... in reading order, all top-level
    QList<ImportNotice> notices;
    // Lines of site chrome left out. Each importer words that notice itself, since how a site's
    // chrome looks differs between the formats.
    int chromeLinesLeftOut = 0;
};

// Reads a comment section copied from a page, where each comment is its author's name
// followed by the comment's lines: decides which lines are names from their evidence, leaves
// site chrome out and takes a time line after a name as the comment's time.
class CommentSectionReader {
    Q_DECLARE_TR_FUNCTIONS(glossator::CommentSectionReader)

public:
    // Evidence that rules a line out as a name.
    static constexpr double noName = -std::numeric_limits<double>::infinity();

    // headingLine is the file line that opened the section (a count line or a heading); a
    // declared comment count constrains how many names are chosen, exactly when the lines
    // allow that many. Without one, a line needs more evidence than its shape alone.
    // The lines are taken by value and the section is read in their place, so that a caller that
    // moves them in does not hold a long thread twice.
    static CommentSection read(QList<CommentSectionLine> lines, int headingLine, std::optional<int> declaredCount);

    // How much a line looks like a commenter's name rather than comment text.
    static double authorLikelihood(const QString& line);
    // Lines a site adds around comments that are nobody's words ("Reply", "Sort by newest").
    static bool isChromeLine(const QString& line);
    // Chrome that asks the reader to comment ("Login to comment", "Leave a reply"): it stands
    // just before the comments, or after them where the form to write one begins.
    static bool isCommentPrompt(const QString& line);
    // A line that is only a time: "3 hours ago", "2025-06-10T07:38:00Z", "June 10 07:38 am".
    static bool isTimestampLine(const QString& line);
    // "15 Comments", "Comments (3)": the number is in capture 1 or 2.
    static const QRegularExpression& countLinePattern();
    // "Comments", "Reader comments", "Discussion", "Responses".
    static const QRegularExpression& commentHeadingPattern();
    // The number of a count line ("1,024" -> 1024).
    static std::optional<int> parseCount(const QString& digits);
};

// A date, or a date and time, as pages write them: ISO 8601, "October 12th, 2012",
// "Aug 8, 2012 9:37 AM MST", "12 March 2025 at 14:05". A date alone is the start of that day;
// a time without a zone is local time. Invalid when the text is not a whole date or names a
// zone that is not known.
QDateTime parseWrittenTime(const QString& text);

// The pattern that parseWrittenTime reads, for embedding in larger patterns. It has no
// capturing groups of its own.
QString writtenTimePattern();

} // namespace glossator
