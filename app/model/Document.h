#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace glossator {

// One unit of body text: articles and comments are both made of these.
struct Block {
    enum class Kind { Paragraph, Heading, Quote, ListItem, Code };

    Kind kind = Kind::Paragraph;
    QString text;
    int level = 0;    // heading level (1-6) or list nesting depth
    QString language; // for code blocks, as the source named it; may be empty

    bool operator==(const Block&) const = default;
};

QString blockKindName(Block::Kind kind);
QList<Block> paragraphBlocks(const QStringList& paragraphs);
// Blocks joined by blank lines: the plain text that annotation offsets refer to.
QString plainText(const QList<Block>& blocks);

struct Article {
    QString title;
    QString source; // agency or publication, e.g. "KYODO"
    QString author;
    QString url;
    QDateTime published;
    QList<Block> blocks;
};

struct Comment {
    QString id;       // stable within its document; taken from the source where it has one
    QString parentId; // empty for a top-level comment
    QString author;
    QDateTime published;
    QString publishedText; // the time as the source wrote it, kept when it cannot be parsed
    std::optional<int> score;
    QList<Block> blocks;
};

// A notice is something the importer assumed or could not read; the user sees every one.
struct ImportNotice {
    enum class Severity { Info, Warning };

    Severity severity = Severity::Info;
    int line = 0; // 1-based line in the source file, 0 when it concerns the whole file
    QString message;
};

struct Document {
    QString format; // name of the importer that read it
    Article article;
    QList<Comment> comments; // in reading order: every parent comes before its replies
    std::optional<int> declaredCommentCount;
    QList<ImportNotice> notices;

    // Position in comments of the comment with that source id, or -1.
    int indexOfComment(const QString& id) const;
};

// The parent/child structure of a document's comments, computed once for views and exports.
// Comments whose parent is missing from the document are treated as top-level.
class CommentTree {
public:
    explicit CommentTree(const Document& document);

    const QList<int>& topLevel() const { return m_topLevel; }
    const QList<int>& children(int commentIndex) const { return m_children.at(commentIndex); }
    int parent(int commentIndex) const { return m_parent.at(commentIndex); }
    int depth(int commentIndex) const { return m_depth.at(commentIndex); }
    int descendantCount(int commentIndex) const { return m_descendants.at(commentIndex); }
    int size() const { return int(m_parent.size()); }

private:
    QList<int> m_topLevel;
    QList<QList<int>> m_children;
    QList<int> m_parent;
    QList<int> m_depth;
    QList<int> m_descendants;
};

} // namespace glossator

Q_DECLARE_METATYPE(glossator::Block)
