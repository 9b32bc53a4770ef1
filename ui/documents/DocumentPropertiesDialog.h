#pragma once

#include "model/Document.h"

#include <QDialog>

class QCheckBox;
class QDateTimeEdit;
class QLineEdit;

namespace glossator {

struct Provenance;
struct StoredDocument;

// Document > Properties: the title, source, author, address and date of an article, as the
// importer read them, for the user to put right. The change itself is an undoable project edit.
class DocumentPropertiesDialog : public QDialog {
    Q_OBJECT

public:
    DocumentPropertiesDialog(const StoredDocument& document, const std::optional<Provenance>& provenance,
                             QWidget* parent = nullptr);

    // The article's details as edited (the body is left as it was).
    Article metadata() const;

    void accept() override;

private:
    Article m_article;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_source = nullptr;
    QLineEdit* m_author = nullptr;
    QLineEdit* m_url = nullptr;
    QCheckBox* m_hasDate = nullptr;
    QDateTimeEdit* m_published = nullptr;
    QDateTime m_shownPublished; // as the editor first showed it, which may drop seconds
};

} // namespace glossator
