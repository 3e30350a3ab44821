// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextDocument>

namespace Kairos {

/// A text document that never loads a resource. Article HTML and Markdown come from strangers:
/// an <img src="/dev/zero">, a file:// image or a CSS url() would otherwise make Qt read local
/// files (QTextDocument asks its parent QTextBrowser, which reads anything it can open).
/// Images get an in-memory blank placeholder rather than nothing: when a document returns no image,
/// Qt's image handler falls back on opening the src as a local path itself.
class SafeTextDocument : public QTextDocument
{
    Q_OBJECT
public:
    explicit SafeTextDocument(QObject* parent = nullptr);

    /// How many resources were asked for and refused; for tests and diagnostics.
    int refusedRequests() const { return m_refused; }

    /// Markdown without its embedded HTML, which would show up as literal text instead.
    void setSafeMarkdown(const QString& markdown);

protected:
    QVariant loadResource(int type, const QUrl& name) override;

private:
    int m_refused = 0;
};

} // namespace Kairos
