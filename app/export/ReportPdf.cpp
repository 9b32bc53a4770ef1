#include "ReportPdf.h"

#include <QGlyphRun>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QTextLine>
#include <QtEndian>

#include <algorithm>
#include <map>

namespace glossator::report {

namespace {

// Qt writes /BaseFont from the font's PostScript name with some characters replaced; keeping only
// letters, digits and hyphens lets that spelling and the font's own name table meet.
QByteArray reducedName(const QByteArray& name)
{
    QByteArray reduced;
    reduced.reserve(name.size());
    for (char c : name) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')
            reduced.append(c);
    }
    return reduced;
}

// Lower is better: what a reader expects to get back when a glyph stands for several characters.
int preference(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    const bool control = category == QChar::Other_Control || category == QChar::Other_Format;
    const bool compatibility = QChar::decompositionTag(c) != QChar::NoDecomposition;
    return (control ? 2 : 0) + (compatibility ? 1 : 0);
}

bool better(char32_t candidate, char32_t current)
{
    const int a = preference(candidate);
    const int b = preference(current);
    return a != b ? a < b : candidate < current;
}

} // namespace

QByteArray postscriptName(const QRawFont& font)
{
    const QByteArray table = font.fontTable("name");
    const auto* data = reinterpret_cast<const uchar*>(table.constData());
    const qsizetype size = table.size();
    const auto read16 = [&](qsizetype at) {
        return at + 2 <= size ? qFromBigEndian<quint16>(data + at) : 0;
    };
    if (size < 6)
        return {};
    const int count = read16(2);
    const int strings = read16(4);
    for (int i = 0; i < count; ++i) {
        const qsizetype record = 6 + qsizetype(i) * 12;
        if (record + 12 > size)
            break;
        const int platform = read16(record);
        const int nameId = read16(record + 6);
        const int length = read16(record + 8);
        const qsizetype at = qsizetype(strings) + read16(record + 10);
        if (nameId != 6 || at + length > size)
            continue;
        const QByteArray raw = table.mid(at, length);
        if (platform == 0 || platform == 3) {
            QStringDecoder decoder(QStringDecoder::Utf16BE);
            const QString name = decoder(raw);
            return reducedName(name.toLatin1());
        }
        if (platform == 1)
            return reducedName(raw);
    }
    return {};
}

GlyphCollector::Font* GlyphCollector::fontFor(const QRawFont& raw)
{
    const QString key = raw.familyName() + QLatin1Char('\n') + raw.styleName() + QLatin1Char('\n') +
                        QString::number(int(raw.weight())) + QLatin1Char('\n') + QString::number(int(raw.style()));
    auto name = m_names.find(key);
    if (name == m_names.end())
        name = m_names.insert(key, postscriptName(raw));
    if (name->isEmpty())
        return nullptr;
    auto font = m_fonts.find(*name);
    if (font == m_fonts.end())
        font = m_fonts.insert(*name, Font{raw, {}, {}});
    return &*font;
}

quint32 GlyphCollector::glyphOf(Font& font, char32_t character)
{
    const auto cached = font.glyphs.constFind(character);
    if (cached != font.glyphs.constEnd())
        return *cached;
    const QList<quint32> indexes = font.raw.glyphIndexesForString(QString::fromUcs4(&character, 1));
    const quint32 glyph = indexes.size() == 1 ? indexes.first() : 0;
    font.glyphs.insert(character, glyph);
    return glyph;
}

void GlyphCollector::addLine(const QTextLine& line, const QString& text)
{
    const int start = line.textStart();
    const int end = std::min<int>(start + line.textLength(), int(text.size()));
    if (start >= end)
        return;
    for (const QGlyphRun& run : line.glyphRuns()) {
        Font* font = fontFor(run.rawFont());
        if (!font)
            continue;
        const QList<quint32> runGlyphs = run.glyphIndexes();
        const QSet<quint32> inRun(runGlyphs.begin(), runGlyphs.end());
        for (int i = start; i < end; ++i) {
            char32_t c = text.at(i).unicode();
            if (QChar::isHighSurrogate(c) && i + 1 < end && text.at(i + 1).isLowSurrogate()) {
                c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
                ++i;
            }
            if (c == QChar::LineSeparator)
                continue;
            const quint32 glyph = glyphOf(*font, c);
            if (glyph == 0 || !inRun.contains(glyph))
                continue;
            auto drawn = font->drawn.find(glyph);
            if (drawn == font->drawn.end())
                font->drawn.insert(glyph, c);
            else if (better(c, *drawn))
                *drawn = c;
        }
    }
}

char32_t GlyphCollector::drawnCharacter(const QByteArray& name, quint32 glyph) const
{
    const auto font = m_fonts.constFind(name);
    return font == m_fonts.constEnd() ? 0 : font->drawn.value(glyph, 0);
}

quint32 GlyphCollector::glyphFor(const QByteArray& name, char32_t character) const
{
    const auto font = m_fonts.find(name);
    return font == m_fonts.end() ? 0 : glyphOf(*font, character);
}

namespace {

// The parts of a PDF that an incremental update needs: where each object is and what the trailer
// says. Only a single classic cross-reference table is read, which is what QPdfWriter writes.
class PdfFile {
public:
    explicit PdfFile(const QByteArray& data)
        : m_data(data)
    {}

    bool parse();
    QByteArray objectText(int number) const; // between "obj" and "endobj"
    QByteArray dictionary(int number) const;
    QByteArray streamData(int number) const;
    QList<int> pages() const;

    int size = 0;
    int root = 0;
    int info = 0;
    QByteArray id;
    qint64 xref = -1;
    QHash<int, qint64> offsets;

private:
    void collectPages(int node, QList<int>& pages, int depth) const;
    const QByteArray& m_data;
};

QByteArray balancedDictionary(const QByteArray& text, qsizetype from)
{
    const qsizetype open = text.indexOf("<<", from);
    if (open < 0)
        return {};
    int depth = 0;
    for (qsizetype i = open; i + 1 < text.size(); ++i) {
        if (text[i] == '<' && text[i + 1] == '<') {
            ++depth;
            ++i;
        } else if (text[i] == '>' && text[i + 1] == '>') {
            if (--depth == 0)
                return text.mid(open, i + 2 - open);
            ++i;
        } else if (text[i] == '(') {
            // A literal string: skip it whole, with its escapes.
            int nesting = 0;
            for (; i < text.size(); ++i) {
                if (text[i] == '\\')
                    ++i;
                else if (text[i] == '(')
                    ++nesting;
                else if (text[i] == ')' && --nesting == 0)
                    break;
            }
        }
    }
    return {};
}

int reference(const QByteArray& dictionary, const char* key)
{
    const QRegularExpression pattern(QStringLiteral("/%1\\s+(\\d+)\\s+0\\s+R").arg(QLatin1String(key)));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(dictionary));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

bool PdfFile::parse()
{
    const qsizetype start = m_data.lastIndexOf("startxref");
    if (start < 0)
        return false;
    bool ok = false;
    const QList<QByteArray> tail = m_data.mid(start + 9, 40).simplified().split(' ');
    xref = tail.value(0).toLongLong(&ok);
    if (!ok || xref <= 0 || xref >= m_data.size() || !m_data.mid(xref, 4).startsWith("xref"))
        return false;

    qsizetype at = xref + 4;
    const auto nextLine = [&]() {
        while (at < m_data.size() && (m_data[at] == '\r' || m_data[at] == '\n' || m_data[at] == ' '))
            ++at;
        const qsizetype end = m_data.indexOf('\n', at);
        if (end < 0)
            return QByteArray();
        const QByteArray line = m_data.mid(at, end - at).trimmed();
        at = end + 1;
        return line;
    };
    for (QByteArray line = nextLine(); !line.isEmpty() && !line.startsWith("trailer"); line = nextLine()) {
        const QList<QByteArray> header = line.split(' ');
        if (header.size() != 2)
            return false;
        const int first = header[0].toInt(&ok);
        const int count = ok ? header[1].toInt(&ok) : 0;
        if (!ok || count < 0 || count > 10000000)
            return false;
        for (int i = 0; i < count; ++i) {
            const QList<QByteArray> entry = nextLine().split(' ');
            if (entry.size() < 3)
                return false;
            if (entry[2] == "n")
                offsets.insert(first + i, entry[0].toLongLong());
        }
    }
    const qsizetype trailer = m_data.indexOf("trailer", xref);
    if (trailer < 0)
        return false;
    const QByteArray dictionary = balancedDictionary(m_data, trailer);
    if (dictionary.contains("/Prev") || dictionary.contains("/XRefStm") || dictionary.contains("/Encrypt"))
        return false;
    const QRegularExpressionMatch sizeMatch =
        QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(QString::fromLatin1(dictionary));
    size = sizeMatch.hasMatch() ? sizeMatch.captured(1).toInt() : 0;
    root = reference(dictionary, "Root");
    info = reference(dictionary, "Info");
    const qsizetype idAt = dictionary.indexOf("/ID");
    if (idAt >= 0) {
        const qsizetype open = dictionary.indexOf('[', idAt);
        const qsizetype close = dictionary.indexOf(']', idAt);
        if (open >= 0 && close > open)
            id = dictionary.mid(open, close + 1 - open);
    }
    return size > 0 && root > 0 && offsets.contains(root);
}

QByteArray PdfFile::objectText(int number) const
{
    const qint64 offset = offsets.value(number, -1);
    if (offset < 0 || offset >= m_data.size())
        return {};
    const QByteArray header = QByteArray::number(number) + " 0 obj";
    if (m_data.mid(offset, header.size()) != header)
        return {};
    const qsizetype end = m_data.indexOf("endobj", offset);
    if (end < 0)
        return {};
    return m_data.mid(offset + header.size(), end - offset - header.size());
}

QByteArray PdfFile::dictionary(int number) const
{
    const QByteArray text = objectText(number);
    const qsizetype stream = text.indexOf("stream");
    return balancedDictionary(stream < 0 ? text : text.left(stream), 0);
}

QByteArray PdfFile::streamData(int number) const
{
    const QByteArray text = objectText(number);
    const QByteArray dict = dictionary(number);
    if (dict.isEmpty() || dict.contains("/Filter"))
        return {};
    qsizetype at = text.indexOf("stream", text.indexOf(dict) + dict.size());
    if (at < 0)
        return {};
    at += 6;
    if (at < text.size() && text[at] == '\r')
        ++at;
    if (at < text.size() && text[at] == '\n')
        ++at;
    qint64 length = -1;
    const QRegularExpressionMatch direct =
        QRegularExpression(QStringLiteral("/Length\\s+(\\d+)(\\s+0\\s+R)?")).match(QString::fromLatin1(dict));
    if (!direct.hasMatch())
        return {};
    if (direct.captured(2).isEmpty())
        length = direct.captured(1).toLongLong();
    else
        length = objectText(direct.captured(1).toInt()).trimmed().toLongLong();
    if (length < 0 || at + length > text.size())
        return {};
    return text.mid(at, length);
}

void PdfFile::collectPages(int node, QList<int>& pages, int depth) const
{
    const QByteArray dict = dictionary(node);
    if (dict.isEmpty() || depth > 32)
        return;
    if (!dict.contains("/Kids")) {
        pages.append(node);
        return;
    }
    const qsizetype open = dict.indexOf('[', dict.indexOf("/Kids"));
    const qsizetype close = dict.indexOf(']', open);
    if (open < 0 || close < 0)
        return;
    static const QRegularExpression kid(QStringLiteral("(\\d+)\\s+0\\s+R"));
    const QString kids = QString::fromLatin1(dict.mid(open + 1, close - open - 1));
    for (const QRegularExpressionMatch& match : kid.globalMatch(kids))
        collectPages(match.captured(1).toInt(), pages, depth + 1);
}

QList<int> PdfFile::pages() const
{
    QList<int> result;
    const int tree = reference(dictionary(root), "Pages");
    if (tree > 0)
        collectPages(tree, result, 0);
    return result;
}

QByteArray hex(quint32 value, int digits)
{
    return QByteArray::number(value, 16).rightJustified(digits, '0').toUpper();
}

QByteArray utf16Hex(const QString& text)
{
    QByteArray out;
    for (QChar c : text)
        out += hex(c.unicode(), 4);
    return out;
}

// CID to Unicode text, as bfchar and bfrange entries of a ToUnicode CMap say.
std::map<quint32, QString> readCMap(const QByteArray& cmap)
{
    std::map<quint32, QString> map;
    const auto hexText = [](const QByteArray& digits) {
        QString text;
        for (qsizetype i = 0; i + 4 <= digits.size(); i += 4)
            text.append(QChar(char16_t(digits.mid(i, 4).toUInt(nullptr, 16))));
        return text;
    };
    static const QRegularExpression section(QStringLiteral("begin(bfchar|bfrange)(.*?)end\\1"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression token(QStringLiteral("<([0-9A-Fa-f]*)>|\\[|\\]"));
    for (const QRegularExpressionMatch& part : section.globalMatch(QString::fromLatin1(cmap))) {
        QList<QString> tokens;
        for (const QRegularExpressionMatch& t : token.globalMatch(part.captured(2)))
            tokens.append(t.captured(0));
        const bool range = part.captured(1) == QStringLiteral("bfrange");
        qsizetype i = 0;
        const auto value = [&](const QString& t) {
            return t.mid(1, t.size() - 2).toLatin1();
        };
        while (i < tokens.size()) {
            if (!range) {
                if (i + 1 >= tokens.size())
                    break;
                map[value(tokens[i]).toUInt(nullptr, 16)] = hexText(value(tokens[i + 1]));
                i += 2;
                continue;
            }
            if (i + 2 >= tokens.size())
                break;
            const quint32 low = value(tokens[i]).toUInt(nullptr, 16);
            const quint32 high = value(tokens[i + 1]).toUInt(nullptr, 16);
            if (tokens[i + 2] == QStringLiteral("[")) {
                qsizetype j = i + 3;
                for (quint32 cid = low; j < tokens.size() && tokens[j] != QStringLiteral("]"); ++j, ++cid)
                    map[cid] = hexText(value(tokens[j]));
                i = j + 1;
            } else {
                QString text = hexText(value(tokens[i + 2]));
                for (quint32 cid = low; cid <= high && cid - low < 65536; ++cid) {
                    map[cid] = text;
                    if (!text.isEmpty())
                        text[text.size() - 1] = QChar(char16_t(text.back().unicode() + 1));
                }
                i += 3;
            }
        }
    }
    return map;
}

QByteArray writeCMap(const std::map<quint32, QString>& map)
{
    QByteArray out = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                     "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    auto it = map.begin();
    while (it != map.end()) {
        QByteArray block;
        int count = 0;
        for (; it != map.end() && count < 100; ++it, ++count)
            block += '<' + hex(it->first, 4) + "> <" + utf16Hex(it->second) + ">\n";
        out += QByteArray::number(count) + " beginbfchar\n" + block + "endbfchar\n";
    }
    out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return out;
}

QByteArray streamObject(const QByteArray& data)
{
    return "<< /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data + "\nendstream";
}

// Maps rewritten so that each glyph reads as the character that was drawn with it.
void repairToUnicode(const PdfFile& file, const GlyphCollector& glyphs, std::map<int, QByteArray>& updates)
{
    static const QRegularExpression baseFont(QStringLiteral("/BaseFont\\s*/([^\\s/<>\\[\\]()]+)"));
    for (auto it = file.offsets.constBegin(); it != file.offsets.constEnd(); ++it) {
        const QByteArray dict = file.dictionary(it.key());
        if (!dict.contains("/Type0") || !dict.contains("/ToUnicode"))
            continue;
        const QRegularExpressionMatch name = baseFont.match(QString::fromLatin1(dict));
        const int cmapObject = reference(dict, "ToUnicode");
        if (!name.hasMatch() || cmapObject <= 0 || updates.count(cmapObject))
            continue;
        QByteArray fontName = reducedName(name.captured(1).toLatin1());
        // A subset tag (ABCDEF+Name) is not part of the font's own name.
        const qsizetype plus = name.captured(1).indexOf(QLatin1Char('+'));
        if (plus == 6)
            fontName = reducedName(name.captured(1).mid(7).toLatin1());
        std::map<quint32, QString> map = readCMap(file.streamData(cmapObject));
        bool changed = false;
        for (auto& [cid, text] : map) {
            const QList<uint> ucs4 = text.toUcs4();
            if (ucs4.size() > 1)
                continue;
            char32_t drawn = 0;
            if (ucs4.size() == 1) {
                const quint32 glyph = glyphs.glyphFor(fontName, ucs4.first());
                drawn = glyph ? glyphs.drawnCharacter(fontName, glyph) : 0;
            }
            if (drawn != 0 && (ucs4.isEmpty() || drawn != ucs4.first())) {
                text = QString::fromUcs4(&drawn, 1);
                changed = true;
            }
        }
        if (changed)
            updates[cmapObject] = streamObject(writeCMap(map));
    }
}

void addOutline(const PdfFile& file, const QList<PdfBookmark>& bookmarks, std::map<int, QByteArray>& updates,
                int& nextObject)
{
    const QByteArray catalog = file.dictionary(file.root);
    if (bookmarks.isEmpty() || catalog.isEmpty() || catalog.contains("/Outlines"))
        return;
    const QList<int> pages = file.pages();
    if (pages.isEmpty())
        return;
    static const QRegularExpression mediaBox(
        QStringLiteral("/MediaBox\\s*\\[\\s*([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s*\\]"));

    const int count = int(bookmarks.size());
    const int root = nextObject++;
    const int first = nextObject;
    nextObject += count;
    // Indices into bookmarks, -1 for none; turned into object numbers when written.
    QList<int> parent(count, -1);
    QList<int> previous(count, -1);
    QList<int> next(count, -1);
    QList<int> firstChild(count, -1);
    QList<int> lastChild(count, -1);
    QList<int> descendants(count, 0);
    QList<int> ancestors;
    int rootFirst = -1;
    int rootLast = -1;
    for (int i = 0; i < count; ++i) {
        // A level deeper than the one before it is taken as one level deeper.
        while (ancestors.size() > std::max(0, bookmarks[i].level))
            ancestors.removeLast();
        const int up = ancestors.isEmpty() ? -1 : ancestors.last();
        const int sibling = up < 0 ? rootLast : lastChild[up];
        if (sibling >= 0) {
            previous[i] = sibling;
            next[sibling] = i;
        }
        if (up < 0) {
            if (rootFirst < 0)
                rootFirst = i;
            rootLast = i;
        } else {
            parent[i] = up;
            if (firstChild[up] < 0)
                firstChild[up] = i;
            lastChild[up] = i;
            for (int ancestor : std::as_const(ancestors))
                ++descendants[ancestor];
        }
        ancestors.append(i);
    }
    const auto object = [&](int index) -> QByteArray {
        return QByteArray::number(first + index) + " 0 R";
    };

    for (int i = 0; i < count; ++i) {
        const PdfBookmark& bookmark = bookmarks[i];
        const int page = pages.value(std::clamp(bookmark.page, 0, int(pages.size()) - 1));
        const QRegularExpressionMatch box = mediaBox.match(QString::fromLatin1(file.dictionary(page)));
        const qreal height = box.hasMatch() ? box.captured(4).toDouble() : 842;
        const qreal top = std::clamp(height - bookmark.top + 4, 0.0, height);
        const QByteArray up = parent[i] < 0 ? QByteArray(QByteArray::number(root) + " 0 R") : object(parent[i]);
        QByteArray entry = "<< /Title <FEFF" + utf16Hex(bookmark.title) + ">\n/Parent " + up + "\n/Dest [" +
                           QByteArray::number(page) + " 0 R /XYZ null " + QByteArray::number(top, 'f', 2) + " null]\n";
        if (previous[i] >= 0)
            entry += "/Prev " + object(previous[i]) + '\n';
        if (next[i] >= 0)
            entry += "/Next " + object(next[i]) + '\n';
        if (firstChild[i] >= 0) {
            // Long lists (a bookmark per tag) start closed.
            const int shown = descendants[i] > 12 ? -descendants[i] : descendants[i];
            entry += "/First " + object(firstChild[i]) + "\n/Last " + object(lastChild[i]) + "\n/Count " +
                     QByteArray::number(shown) + '\n';
        }
        updates[first + i] = entry + ">>";
    }
    int visible = 0;
    for (int i = 0; i < count; ++i) {
        if (parent[i] < 0) {
            ++visible;
            if (descendants[i] <= 12)
                visible += descendants[i];
        }
    }
    updates[root] = "<< /Type /Outlines\n/First " + object(rootFirst) + "\n/Last " + object(rootLast) + "\n/Count " +
                    QByteArray::number(visible) + "\n>>";
    const qsizetype close = catalog.lastIndexOf(">>");
    updates[file.root] =
        catalog.left(close) + "/Outlines " + QByteArray::number(root) + " 0 R\n/PageMode /UseOutlines\n>>";
}

} // namespace

QByteArray pdfUpdate(const QByteArray& pdf, const GlyphCollector* glyphs, const QList<PdfBookmark>& bookmarks)
{
    PdfFile file(pdf);
    if (!file.parse())
        return {};
    std::map<int, QByteArray> updates;
    int nextObject = file.size;
    if (glyphs)
        repairToUnicode(file, *glyphs, updates);
    addOutline(file, bookmarks, updates, nextObject);
    if (updates.empty())
        return {};

    // Offsets count from the start of the file, whose bytes stay where they are.
    QByteArray out;
    if (!pdf.endsWith('\n'))
        out += '\n';
    std::map<int, qint64> written;
    for (const auto& [number, body] : updates) {
        written[number] = pdf.size() + out.size();
        out += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    }
    const qint64 xref = pdf.size() + out.size();
    out += "xref\n";
    for (auto it = written.begin(); it != written.end();) {
        auto end = it;
        int expected = it->first;
        while (end != written.end() && end->first == expected) {
            ++end;
            ++expected;
        }
        out += QByteArray::number(it->first) + ' ' + QByteArray::number(expected - it->first) + '\n';
        for (; it != end; ++it)
            out += QByteArray::number(it->second).rightJustified(10, '0') + " 00000 n \n";
    }
    out += "trailer\n<< /Size " + QByteArray::number(std::max(nextObject, file.size)) + " /Root " +
           QByteArray::number(file.root) + " 0 R";
    if (file.info > 0)
        out += " /Info " + QByteArray::number(file.info) + " 0 R";
    if (!file.id.isEmpty())
        out += " /ID " + file.id;
    out += " /Prev " + QByteArray::number(file.xref) + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace glossator::report
