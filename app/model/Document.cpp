#include "Document.h"

#include <QHash>

namespace glossator {

QString blockKindName(Block::Kind kind)
{
    switch (kind) {
    case Block::Kind::Paragraph:
        return QStringLiteral("paragraph");
    case Block::Kind::Heading:
        return QStringLiteral("heading");
    case Block::Kind::Quote:
        return QStringLiteral("quote");
    case Block::Kind::ListItem:
        return QStringLiteral("list-item");
    case Block::Kind::Code:
        return QStringLiteral("code");
    }
    return QStringLiteral("paragraph");
}

QList<Block> paragraphBlocks(const QStringList& paragraphs)
{
    QList<Block> blocks;
    blocks.reserve(paragraphs.size());
    for (const QString& text : paragraphs)
        blocks.append(Block{Block::Kind::Paragraph, text, 0, {}});
    return blocks;
}

QString plainText(const QList<Block>& blocks)
{
    QString text;
    for (const Block& block : blocks) {
        if (!text.isEmpty())
            text += QStringLiteral("\n\n");
        text += block.text;
    }
    return text;
}

int Document::indexOfComment(const QString& id) const
{
    for (int i = 0; i < comments.size(); ++i) {
        if (comments.at(i).id == id)
            return i;
    }
    return -1;
}

CommentTree::CommentTree(const Document& document)
{
    const qsizetype count = document.comments.size();
    m_children.resize(count);
    m_parent.fill(-1, count);
    m_depth.fill(0, count);
    m_descendants.fill(0, count);

    QHash<QString, int> indexById;
    indexById.reserve(count);
    for (int i = 0; i < count; ++i)
        indexById.insert(document.comments.at(i).id, i);

    for (int i = 0; i < count; ++i) {
        const QString& parentId = document.comments.at(i).parentId;
        const int parentIndex = parentId.isEmpty() ? -1 : indexById.value(parentId, -1);
        // A parent must come earlier in reading order; anything else (a cycle, a forward
        // reference in damaged input) is shown at the top level rather than lost.
        if (parentIndex >= 0 && parentIndex < i) {
            m_parent[i] = parentIndex;
            m_depth[i] = m_depth.at(parentIndex) + 1;
            m_children[parentIndex].append(i);
        } else {
            m_topLevel.append(i);
        }
    }
    for (qsizetype i = count - 1; i >= 0; --i) {
        const int parentIndex = m_parent.at(i);
        if (parentIndex >= 0)
            m_descendants[parentIndex] += m_descendants.at(i) + 1;
    }
}

} // namespace glossator
