// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extracttypes.h"
#include "textutil.h"

namespace Kairos::Extract {

class Gazetteer;

/// Finds entity mentions: gazetteer names and aliases (longest match), back-references such as
/// "the company" and "he", surnames of people named earlier, and unknown proper-noun phrases,
/// which are proposed with a lower confidence and a type guessed from their words.
class EntityRecognizer
{
public:
    explicit EntityRecognizer(const Gazetteer& gazetteer)
        : m_gazetteer(gazetteer)
    { }

    /// Mentions in text order; tokens must come from tokenize(text).
    QList<EntityMention> recognize(
        const QString& text, const QList<Token>& tokens, const QList<Sentence>& sentences) const;
    static QList<ExtractedEntity> collect(const QString& text, const QList<EntityMention>& mentions);
    /// Markdown link texts that read as names ("[Indian Ocean](https://...)"), added to mentions in
    /// text order where no mention spans them yet. text is body with its markup masked, tokens
    /// come from tokenize(text).
    void addLinkedNames(
        const QString& body, const QString& text, const QList<Token>& tokens, QList<EntityMention>* mentions) const;

private:
    /// "Senate-passed", "Nvidia-designed": the name before a hyphenated participle is a word of its own.
    QList<Token> splitCompounds(const QString& text, const QList<Token>& tokens) const;
    void addPlacedBodies(const QString& text, const QList<Token>& tokens, QList<EntityMention>* mentions) const;
    QList<EntityMention> recognizeTokens(
        const QString& text, const QList<Token>& tokens, const QList<Sentence>& sentences) const;
    EntityType guessType(const QList<Token>& tokens, int begin, int end, const QString& text, double* confidence) const;

    const Gazetteer& m_gazetteer;
};

} // namespace Kairos::Extract
