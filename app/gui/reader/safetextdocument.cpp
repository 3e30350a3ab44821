// SPDX-License-Identifier: GPL-3.0-or-later
#include "safetextdocument.h"

#include <QImage>

namespace Kairos {

SafeTextDocument::SafeTextDocument(QObject* parent)
    : QTextDocument(parent)
{ }

void SafeTextDocument::setSafeMarkdown(const QString& markdown)
{
    setMarkdown(markdown, QTextDocument::MarkdownNoHTML);
}

QVariant SafeTextDocument::loadResource(int type, const QUrl& name)
{
    Q_UNUSED(name)
    // Never the base implementation: it forwards to the parent widget and to registered resources.
    ++m_refused;
    if (type == QTextDocument::ImageResource) {
        static const QImage placeholder = [] {
            QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            return image;
        }();
        return placeholder;
    }
    return {};
}

} // namespace Kairos
