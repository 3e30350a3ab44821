// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

#include <QString>
#include <QTextCharFormat>

class QPalette;

namespace KSyntaxHighlighting {
class Format;
class Repository;
} // namespace KSyntaxHighlighting

namespace Kairos {

/// The one KSyntaxHighlighting repository of the process: loading it parses hundreds of definition
/// files, so every view asks here instead of owning a Repository. GUI thread only.
class SyntaxRepository
{
public:
    /// Names of the definitions Kairos ships in resources/syntax/.
    static QString articleMarksDefinitionName();
    static QString queryDefinitionName();

    static KSyntaxHighlighting::Repository& repository();
    static KSyntaxHighlighting::Definition definition(const QString& name);
    /// The default light or dark theme, whichever suits the palette's window colour.
    static KSyntaxHighlighting::Theme themeFor(const QPalette& palette);
    /// How an article's original file is highlighted in the Source tab; invalid for plain text and PDF.
    static KSyntaxHighlighting::Definition definitionForSourceFormat(const QString& sourceFormat);
    /// A highlighting format as a layer over the document's own formats: empty for the theme's normal
    /// text, so that marks never paint over entity colours or evidence tints with the default colour.
    static QTextCharFormat overlayFormat(
        const KSyntaxHighlighting::Format& format, const KSyntaxHighlighting::Theme& theme);
};

} // namespace Kairos
