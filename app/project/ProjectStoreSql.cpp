#include "ProjectStoreSql.h"

#include "model/DocumentJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace glossator::storesql {

QString isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QString blocksText(const QList<Block>& blocks)
{
    return QString::fromUtf8(QJsonDocument(blocksToJson(blocks)).toJson(QJsonDocument::Compact));
}

namespace {

// Reads the block lists that blocksText() writes (an array of flat objects whose values are strings
// or whole numbers) straight from the text. Opening a thread of a hundred thousand comments reads as
// many of them, and a general JSON parser spends most of the time it takes to load a document on
// them. Gives up, so that the general parser reads it, on anything it was not written for.
class BlockReader {
public:
    explicit BlockReader(QStringView json)
        : m_json(json)
    {}

    std::optional<QList<Block>> read()
    {
        QList<Block> blocks;
        if (!take(u'['))
            return std::nullopt;
        if (!take(u']')) {
            do {
                Block block;
                if (!readObject(&block))
                    return std::nullopt;
                blocks.append(std::move(block));
            } while (take(u','));
            if (!take(u']'))
                return std::nullopt;
        }
        skipSpace();
        if (m_pos != m_json.size())
            return std::nullopt;
        return blocks;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_json.size() &&
               (m_json[m_pos] == u' ' || m_json[m_pos] == u'\n' || m_json[m_pos] == u'\r' || m_json[m_pos] == u'\t'))
            ++m_pos;
    }

    bool take(char16_t c)
    {
        skipSpace();
        if (m_pos < m_json.size() && m_json[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    bool peek(char16_t c)
    {
        skipSpace();
        return m_pos < m_json.size() && m_json[m_pos] == c;
    }

    bool readObject(Block* block)
    {
        if (!take(u'{'))
            return false;
        if (take(u'}'))
            return true;
        do {
            QString key;
            if (!readString(&key) || !take(u':'))
                return false;
            if (key == QLatin1String("level")) {
                if (!readInteger(&block->level))
                    return false;
                continue;
            }
            QString value;
            if (!readString(&value))
                return false;
            if (key == QLatin1String("text"))
                block->text = std::move(value);
            else if (key == QLatin1String("kind"))
                block->kind = kindFromName(value);
            else if (key == QLatin1String("language"))
                block->language = std::move(value);
            else
                return false;
        } while (take(u','));
        return take(u'}');
    }

    static Block::Kind kindFromName(const QString& name)
    {
        if (name == QLatin1String("code"))
            return Block::Kind::Code;
        if (name == QLatin1String("quote"))
            return Block::Kind::Quote;
        if (name == QLatin1String("heading"))
            return Block::Kind::Heading;
        if (name == QLatin1String("list-item"))
            return Block::Kind::ListItem;
        return Block::Kind::Paragraph;
    }

    bool readInteger(int* value)
    {
        skipSpace();
        const bool negative = m_pos < m_json.size() && m_json[m_pos] == u'-';
        if (negative)
            ++m_pos;
        int digits = 0;
        int number = 0;
        while (m_pos < m_json.size() && m_json[m_pos] >= u'0' && m_json[m_pos] <= u'9' && digits < 9) {
            number = number * 10 + (m_json[m_pos++].unicode() - u'0');
            ++digits;
        }
        // A fraction, an exponent or a longer number is the general parser's to read.
        if (digits == 0 || (m_pos < m_json.size() && (m_json[m_pos].isLetterOrNumber() || m_json[m_pos] == u'.')))
            return false;
        *value = negative ? -number : number;
        return true;
    }

    static int hexDigit(QChar c)
    {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            return u - u'0';
        if (u >= u'a' && u <= u'f')
            return u - u'a' + 10;
        if (u >= u'A' && u <= u'F')
            return u - u'A' + 10;
        return -1;
    }

    bool readString(QString* value)
    {
        if (!peek(u'"'))
            return false;
        const qsizetype start = ++m_pos;
        while (m_pos < m_json.size() && m_json[m_pos] != u'"' && m_json[m_pos] != u'\\')
            ++m_pos;
        if (m_pos >= m_json.size())
            return false;
        if (m_json[m_pos] == u'"') {
            *value = m_json.sliced(start, m_pos - start).toString();
            ++m_pos;
            return true;
        }
        QString text = m_json.sliced(start, m_pos - start).toString();
        while (m_pos < m_json.size()) {
            const qsizetype run = m_pos;
            while (m_pos < m_json.size() && m_json[m_pos] != u'"' && m_json[m_pos] != u'\\')
                ++m_pos;
            text += m_json.sliced(run, m_pos - run);
            if (m_pos >= m_json.size())
                return false;
            if (m_json[m_pos] == u'"') {
                ++m_pos;
                *value = std::move(text);
                return true;
            }
            if (++m_pos >= m_json.size())
                return false;
            switch (m_json[m_pos++].unicode()) {
            case u'"':
                text += u'"';
                break;
            case u'\\':
                text += u'\\';
                break;
            case u'/':
                text += u'/';
                break;
            case u'b':
                text += u'\b';
                break;
            case u'f':
                text += u'\f';
                break;
            case u'n':
                text += u'\n';
                break;
            case u'r':
                text += u'\r';
                break;
            case u't':
                text += u'\t';
                break;
            case u'u': {
                if (m_pos + 4 > m_json.size())
                    return false;
                char16_t code = 0;
                for (int d = 0; d < 4; ++d) {
                    const int digit = hexDigit(m_json[m_pos++]);
                    if (digit < 0)
                        return false;
                    code = char16_t(code * 16 + digit);
                }
                // Characters outside the basic plane come as two escapes, one per surrogate.
                text += QChar(code);
                break;
            }
            default:
                return false;
            }
        }
        return false;
    }

    QStringView m_json;
    qsizetype m_pos = 0;
};

} // namespace

QList<Block> blocksFromText(const QString& json)
{
    if (std::optional<QList<Block>> blocks = BlockReader(json).read())
        return *std::move(blocks);
    return blocksFromJson(QJsonDocument::fromJson(json.toUtf8()).array());
}

} // namespace glossator::storesql
