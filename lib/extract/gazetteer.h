// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vocabulary.h"
#include "wordset.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Kairos::Extract {

struct Token;

/// The known entities of the field with their aliases, and the word lists that help to type
/// unknown names. Loaded from JSON (the shipped file, then any analyst files of the same format).
class Gazetteer
{
public:
    struct Entry
    {
        QString name;
        EntityType type = EntityType::Other;
        QStringList aliases;
    };
    struct Match
    {
        int entry = -1;
        int tokenCount = 0;
    };

    bool load(const QJsonObject& json, const QString& origin, QString* error);
    bool addFile(const QString& path, QString* error);

    /// The longest alias starting at tokens[index], or entry -1.
    Match longestMatch(const QList<Token>& tokens, int index, int limit) const;
    const Entry& entry(int index) const { return m_entries[index]; }
    int findByName(const QString& name) const { return m_byName.value(name.toLower(), -1); }

    /// "the company" -> organisation: phrases that refer back to the last entity of a type.
    const QHash<QString, EntityType>& coreference() const { return m_coreference; }
    const WordSet& titles() const { return m_titles; }
    const WordSet& organisationSuffixes() const { return m_orgSuffixes; }
    const WordSet& governmentWords() const { return m_governmentWords; }
    const WordSet& mediaWords() const { return m_mediaWords; }
    const WordSet& stopwords() const { return m_stopwords; }
    /// The stopwords in lower case, for words inside a sentence ("its" of "Its").
    const WordSet& lowerStopwords() const { return m_lowerStopwords; }
    /// Lower-case common words that are capitalised only at the start of a sentence or a heading.
    const WordSet& commonWords() const { return m_commonWords; }
    /// Words that end the name of an institution ("Exchange", "Committee", "Corp"), with the
    /// suffix, government and media words: "Korea Stock Exchange" is one name, not Korea.
    bool institutionWord(QStringView word) const
    {
        return m_institutionWords.contains(word) || m_orgSuffixes.contains(word) || m_governmentWords.contains(word)
            || m_mediaWords.contains(word);
    }
    /// Lower-case words that join the parts of a name ("of", "de", "do" in "Rio Grande do Sul").
    const WordSet& nameConnectors() const { return m_nameConnectors; }
    /// Lower-case words between a given name and a surname ("van der" in "Pieter van der Vorm").
    const WordSet& surnameParticles() const { return m_surnameParticles; }
    /// Lower-case prefixes of a surname part ("al-" in "al-Sharaa").
    const QStringList& nameParticles() const { return m_nameParticles; }
    /// "based" of "Taipei-based": a word after a place's hyphen that tells where a firm sits.
    const WordSet& placeAdjectiveSuffixes() const { return m_placeAdjectiveSuffixes; }
    /// "to" of "submitted to parliament": a word after which a bare body is the country's.
    const WordSet& bodyPrepositions() const { return m_bodyPrepositions; }
    /// Words before a country that name a part of it or a new one ("Northern Cyprus").
    const WordSet& directionWords() const { return m_directionWords; }
    /// Suffix words that name a field rather than end a firm's name: "Information Technology and
    /// Innovation Foundation" goes on past "and", "SK Group and Hyundai Motor Group" does not.
    const WordSet& fieldWords() const { return m_fieldWords; }
    /// Last words that make an unknown name a company ("Norvik Semiconductor") without being a
    /// legal form that ends the name.
    const WordSet& companyWords() const { return m_companyWords; }
    /// Participles that make a hyphenated compound of a name ("Mitsubishi-made") besides those in -ed.
    const WordSet& compoundParticiples() const { return m_compoundParticiples; }
    /// Words before a name that make it no subject ("on Wall Street", "with Kato"): "he" in the
    /// next sentence is not that name.
    const WordSet& nonSubjectWords() const { return m_nonSubjectWords; }
    /// Common nouns of government bodies ("ministry", "police") that, with the words before them,
    /// name one ("the finance ministry", "Malaysian police").
    const WordSet& commonBodies() const { return m_commonBodies; }
    /// Those of them that name a body even alone after "the" ("the cabinet").
    const WordSet& bareBodies() const { return m_bareBodies; }
    /// Those that a place after "in" names ("customs officers in Shenzhen" are Shenzhen customs).
    const WordSet& placedBodies() const { return m_placedBodies; }
    /// "official", "spokesman": one of a body's people, who names the body ("a finance ministry official").
    const WordSet& bodyMemberWords() const { return m_bodyMemberWords; }
    /// "plant", "court": a site or court named after its place ("the Kumamoto plant").
    const WordSet& facilityNouns() const { return m_facilityNouns; }
    const WordSet& placePrepositions() const { return m_placePrepositions; }
    /// "carmakers", "member states": a group named by where its members are, with the group's type.
    const QHash<QString, EntityType>& groupNouns() const { return m_groupNouns; }
    /// "European", "Asian": words of a region no gazetteer entry names, which may place a group.
    const WordSet& regionAdjectives() const { return m_regionAdjectives; }
    /// "nanometre", "nm": the unit of a chip process node ("2-nanometre"), and the products the
    /// node's name may take with it ("chips").
    const WordSet& processNodeUnits() const { return m_processNodeUnits; }
    const WordSet& processNodeProducts() const { return m_processNodeProducts; }
    /// "premier", "chairman": offices a text may name their holder by ("Taiwan's premier").
    const WordSet& commonRoles() const { return m_commonRoles; }
    /// Last words of the names of laws and rules ("Chips Act"): such a name is no person's.
    const WordSet& lawWords() const { return m_lawWords; }
    /// Common nouns that, right before an unknown name, say it is a company ("chipmaker Analog Devices").
    const WordSet& organisationDescriptors() const { return m_organisationDescriptors; }
    /// Words after a sentence's "It" that make it a placeholder rather than a reference ("It is
    /// unclear"): "It said" refers to the last sentence's subject, "It was" does not.
    const WordSet& placeholderItFollowers() const { return m_placeholderItFollowers; }

private:
    struct Alias
    {
        int entry;
        QStringList keys; // lower-case tokens
        bool exactCase; // short initialisms: "US" is not "us"
        bool capitalised; // "Apple" must be written with a capital
        QString surface;
    };
    void addAlias(int entry, const QString& surface);

    QList<Entry> m_entries;
    QHash<QString, int> m_byName;
    WordMap<QList<int>> m_aliasesByFirst;
    QList<Alias> m_aliases;
    QHash<QString, EntityType> m_coreference;
    QHash<QString, EntityType> m_groupNouns;
    WordSet m_titles, m_orgSuffixes, m_governmentWords, m_mediaWords, m_stopwords, m_lowerStopwords, m_commonWords,
        m_institutionWords, m_nameConnectors, m_surnameParticles, m_placeAdjectiveSuffixes, m_bodyPrepositions,
        m_directionWords, m_fieldWords, m_companyWords, m_compoundParticiples, m_nonSubjectWords, m_commonBodies,
        m_bareBodies, m_placedBodies, m_facilityNouns, m_placePrepositions, m_regionAdjectives, m_processNodeUnits,
        m_processNodeProducts, m_bodyMemberWords, m_commonRoles, m_lawWords, m_organisationDescriptors,
        m_placeholderItFollowers;
    QStringList m_nameParticles;
};

} // namespace Kairos::Extract
