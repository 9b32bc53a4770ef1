#pragma once

#include <QTextBrowser>

namespace glossator {

struct Document;

// The article as a read-only page: title, byline, body blocks. Links are shown, never followed
// automatically, and nothing is ever loaded from the network.
class ArticleView : public QTextBrowser {
    Q_OBJECT

public:
    explicit ArticleView(QWidget* parent = nullptr);

    void setDocument(const Document& document);
    QVariant loadResource(int type, const QUrl& name) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    const Document* m_document = nullptr;
};

} // namespace glossator
