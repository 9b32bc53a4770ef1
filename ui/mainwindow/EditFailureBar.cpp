#include "EditFailureBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace glossator {

EditFailureBar::EditFailureBar(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("editFailureBar"));
    setAccessibleName(tr("Edit not saved"));
    setFrameShape(QFrame::StyledPanel);
    // The warning colours of the palette's tool tips are no help in a dark theme; a fixed amber
    // with dark text reads in every theme.
    setStyleSheet(QStringLiteral("glossator--EditFailureBar { background: #fff3cd; border: 1px solid #d39e00; }"
                                 "glossator--EditFailureBar QLabel { color: #3d2c00; }"));
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    m_text->setObjectName(QStringLiteral("editFailureText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setObjectName(QStringLiteral("editFailureClose"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAutoRaise(true);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close);
    hide();
}

void EditFailureBar::showFailure(const QString& message)
{
    m_text->setText(tr("<b>Not saved:</b> %1. Nothing was changed: the project is as it was before this edit. "
                       "Once the cause is put right, do it again.")
                        .arg(message.toHtmlEscaped()));
    m_text->setToolTip(message);
    show();
    m_fresh = true;
    QTimer::singleShot(0, this, [this] { m_fresh = false; });
}

void EditFailureBar::editSucceeded()
{
    if (!m_fresh)
        hide();
}

QString EditFailureBar::message() const
{
    return m_text->toolTip();
}

} // namespace glossator
