#include "QdcExporter.h"

#include "glossator_version.h"

#include <QHash>
#include <QSet>
#include <QUrl>
#include <QXmlStreamWriter>

namespace glossator {

namespace {

const QString codebookNamespace = QStringLiteral("urn:QDA-XML:codebook:1.0");

// XML 1.0 has no way to write most control characters, not even escaped; a name pasted from
// elsewhere may carry one, and it must not make the whole file unreadable.
QString xmlText(QString text)
{
    text.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF;
    });
    return text;
}

class CodebookWriter {
public:
    CodebookWriter(const ExportData& data, QXmlStreamWriter& xml)
        : m_data(data)
        , m_xml(xml)
    {
        QSet<qint64> exported;
        for (const TagUsage& usage : data.tags)
            exported.insert(usage.tag.id);
        // A sub-tag chosen without its parent becomes a top-level code, as the codebook it is
        // imported into has no parent to put it under.
        for (int i = 0; i < data.tags.size(); ++i) {
            const qint64 parent = data.tags[i].tag.parentId;
            m_children[exported.contains(parent) ? parent : 0].append(i);
        }
    }

    void writeCodes(qint64 parentId)
    {
        for (int index : m_children.value(parentId)) {
            const Tag& tag = m_data.tags[index].tag;
            m_xml.writeStartElement(QStringLiteral("Code"));
            m_xml.writeAttribute(QStringLiteral("guid"),
                                 QdcExporter::codeGuid(m_data, tag.id).toString(QUuid::WithoutBraces));
            m_xml.writeAttribute(QStringLiteral("name"), xmlText(tag.name));
            m_xml.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("true"));
            if (tag.color.isValid())
                m_xml.writeAttribute(QStringLiteral("color"), tag.color.name(QColor::HexRgb).toUpper());
            // The schema wants the description before the sub-codes.
            if (!tag.description.isEmpty())
                m_xml.writeTextElement(QStringLiteral("Description"), xmlText(tag.description));
            writeCodes(tag.id);
            m_xml.writeEndElement();
        }
    }

private:
    const ExportData& m_data;
    QXmlStreamWriter& m_xml;
    QHash<qint64, QList<int>> m_children;
};

} // namespace

QString QdcExporter::displayName() const
{
    return tr("Codebook for QDA software (REFI-QDA .qdc)");
}

QUuid QdcExporter::codeGuid(const ExportData& data, qint64 tagId)
{
    // A name-based (v5) UUID of the project's identity and the tag's id, in the RFC 4122 URL
    // namespace: the same tag gets the same guid in every export, also from a copy made with Save
    // As or moved elsewhere. The project's creation time is its identity; the file's location
    // stands in only for a project that lacks one.
    static const QUuid urlNamespace(QStringLiteral("6ba7b811-9dad-11d1-80b4-00c04fd430c8"));
    const QString project = data.projectCreated.isEmpty()
                                ? QUrl::fromLocalFile(data.projectPath).toString(QUrl::FullyEncoded)
                                : QStringLiteral("urn:glossator:project:") + data.projectCreated;
    return QUuid::createUuidV5(urlNamespace, project + QStringLiteral("#tag-%1").arg(tagId));
}

bool QdcExporter::write(const ExportData& data, const ExportOptions& /*options*/, QIODevice& out, QString* error) const
{
    if (data.tags.isEmpty()) {
        if (error)
            *error = tr("there are no tags to export, and a REFI-QDA codebook must hold at least one code");
        return false;
    }
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("CodeBook"));
    xml.writeDefaultNamespace(codebookNamespace);
    xml.writeAttribute(QStringLiteral("origin"), QStringLiteral("Glossator " GLOSSATOR_VERSION));
    xml.writeStartElement(QStringLiteral("Codes"));
    CodebookWriter(data, xml).writeCodes(0);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    if (xml.hasError()) {
        if (error)
            *error = tr("cannot write the codebook: %1").arg(out.errorString());
        return false;
    }
    return true;
}

} // namespace glossator
