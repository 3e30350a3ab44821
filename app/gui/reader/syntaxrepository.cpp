// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntaxrepository.h"

#include "readerpalette.h"

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>

#include <QPalette>

static void initKairosSyntaxResources()
{
    // The definitions live in a static library's resources, which the linker may drop otherwise.
    Q_INIT_RESOURCE(kairos_reader_syntax);
}

namespace Kairos {

QString SyntaxRepository::articleMarksDefinitionName()
{
    return QStringLiteral("Kairos Article Marks");
}

QString SyntaxRepository::queryDefinitionName()
{
    return QStringLiteral("Kairos Query");
}

KSyntaxHighlighting::Repository& SyntaxRepository::repository()
{
    static KSyntaxHighlighting::Repository* instance = [] {
        initKairosSyntaxResources();
        auto* repository = new KSyntaxHighlighting::Repository;
        // Looks for <path>/syntax/*.xml; the resource path keeps Kairos's definitions inside the binary.
        repository->addCustomSearchPath(QStringLiteral(":/kairos/ksh"));
        return repository;
    }();
    return *instance;
}

KSyntaxHighlighting::Definition SyntaxRepository::definition(const QString& name)
{
    return repository().definitionForName(name);
}

KSyntaxHighlighting::Theme SyntaxRepository::themeFor(const QPalette& palette)
{
    return repository().defaultTheme(isDarkPalette(palette) ? KSyntaxHighlighting::Repository::DarkTheme
                                                            : KSyntaxHighlighting::Repository::LightTheme);
}

KSyntaxHighlighting::Definition SyntaxRepository::definitionForSourceFormat(const QString& sourceFormat)
{
    const QString format = sourceFormat.toLower();
    if (format == QLatin1String("html") || format == QLatin1String("htm"))
        return definition(QStringLiteral("HTML"));
    if (format == QLatin1String("json") || format == QLatin1String("jsonl") || format == QLatin1String("ndjson")
        || format.startsWith(QLatin1String("timelinejs")))
        return definition(QStringLiteral("JSON"));
    if (format == QLatin1String("md") || format == QLatin1String("markdown"))
        return definition(QStringLiteral("Markdown"));
    if (format == QLatin1String("rss") || format == QLatin1String("atom") || format == QLatin1String("xml")
        || format == QLatin1String("sgml") || format == QLatin1String("reuters-sgml"))
        return definition(QStringLiteral("XML"));
    if (format.isEmpty() || format == QLatin1String("txt") || format == QLatin1String("pdf"))
        return {};
    return repository().definitionForFileName(QStringLiteral("article.") + format);
}

QTextCharFormat SyntaxRepository::overlayFormat(
    const KSyntaxHighlighting::Format& format, const KSyntaxHighlighting::Theme& theme)
{
    QTextCharFormat result;
    if (format.isDefaultTextStyle(theme))
        return result;
    if (format.hasTextColor(theme))
        result.setForeground(format.textColor(theme));
    if (format.hasBackgroundColor(theme))
        result.setBackground(format.backgroundColor(theme));
    if (format.isBold(theme))
        result.setFontWeight(QFont::Bold);
    if (format.isItalic(theme))
        result.setFontItalic(true);
    if (format.textStyle() == KSyntaxHighlighting::Theme::Error) {
        result.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        result.setUnderlineColor(format.textColor(theme));
    } else if (format.isUnderline(theme)) {
        result.setFontUnderline(true);
    }
    if (format.isStrikeThrough(theme))
        result.setFontStrikeOut(true);
    return result;
}

} // namespace Kairos
