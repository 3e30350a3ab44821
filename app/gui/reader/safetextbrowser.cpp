// SPDX-License-Identifier: GPL-3.0-or-later
#include "safetextbrowser.h"

#include "externallinks.h"
#include "safetextdocument.h"

namespace Kairos {

SafeTextBrowser::SafeTextBrowser(QWidget* parent)
    : QTextBrowser(parent)
    , m_document(new SafeTextDocument(this))
{
    setDocument(m_document);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    setAccessibleName(tr("Formatted article"));
    connect(this, &QTextBrowser::anchorClicked, this, &SafeTextBrowser::handleLink);
}

void SafeTextBrowser::setSafeMarkdown(const QString& markdown)
{
    m_document->setSafeMarkdown(markdown);
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl& name)
{
    // Reached only if something bypasses the document; refuse here as well.
    Q_UNUSED(type)
    Q_UNUSED(name)
    return {};
}

bool SafeTextBrowser::confirmAndOpen(const QUrl& url)
{
    return ExternalLinks::confirmAndOpen(this, url);
}

void SafeTextBrowser::handleLink(const QUrl& url)
{
    if (!ExternalLinks::isOpenable(url))
        return;
    Q_EMIT externalLinkRequested(url);
    confirmAndOpen(url);
}

} // namespace Kairos
