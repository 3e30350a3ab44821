// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

namespace Kairos {

class SafeTextDocument;

/// A read-only rich text view for untrusted Markdown and HTML: no resource is ever loaded, no link
/// navigates inside the view, and web links open in the desktop browser only after the analyst agrees.
class SafeTextBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit SafeTextBrowser(QWidget* parent = nullptr);

    SafeTextDocument* safeDocument() const { return m_document; }
    void setSafeMarkdown(const QString& markdown);

    QVariant loadResource(int type, const QUrl& name) override;

Q_SIGNALS:
    /// A web link was activated, before the confirmation is asked.
    void externalLinkRequested(const QUrl& url);

protected:
    /// Both virtual so tests can stand in for the dialog and the desktop.
    virtual bool confirmAndOpen(const QUrl& url);
    void handleLink(const QUrl& url);

private:
    SafeTextDocument* m_document;
};

} // namespace Kairos
