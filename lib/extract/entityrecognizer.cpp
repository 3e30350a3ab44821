// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityrecognizer.h"

#include "gazetteer.h"
#include "sentencesplitter.h"

#include <QHash>
#include <QSet>

namespace Kairos::Extract {

namespace {

bool isConnector(const Token& t)
{
    return t.lower == QLatin1String("of") || t.lower == QLatin1String("and") || t.lower == QLatin1String("for")
        || t.lower == QLatin1String("&") || t.lower == QLatin1String("de");
}

QString surface(const QString& text, const Token& first, const Token& last)
{
    return text.mid(first.begin, last.end - first.begin);
}

} // namespace

EntityType EntityRecognizer::guessType(
    const QList<Token>& tokens, int begin, int end, const QString& text, double* confidence) const
{
    const QString last = text.mid(tokens[end - 1].begin, tokens[end - 1].end - tokens[end - 1].begin);
    *confidence = 0.4;
    if (m_gazetteer.organisationSuffixes().contains(last)) {
        *confidence = 0.6;
        return EntityType::Organisation;
    }
    for (int i = begin; i < end; ++i) {
        const QString word = text.mid(tokens[i].begin, tokens[i].end - tokens[i].begin);
        if (m_gazetteer.governmentWords().contains(word)) {
            *confidence = 0.55;
            return EntityType::Government;
        }
        if (m_gazetteer.mediaWords().contains(word) && i == end - 1) {
            *confidence = 0.5;
            return EntityType::MediaOutlet;
        }
    }
    const bool titled = begin > 0
        && m_gazetteer.titles().contains(
            text.mid(tokens[begin - 1].begin, tokens[begin - 1].end - tokens[begin - 1].begin));
    bool alphabetic = true;
    for (int i = begin; i < end && alphabetic; ++i)
        alphabetic = !tokens[i].number && !tokens[i].allCaps;
    if (titled || (alphabetic && end - begin >= 2 && end - begin <= 3)) {
        *confidence = titled ? 0.6 : 0.45;
        return EntityType::Person;
    }
    return EntityType::Other;
}

QList<EntityMention> EntityRecognizer::recognize(
    const QString& text, const QList<Token>& tokens, const QList<Sentence>& sentences) const
{
    QList<EntityMention> out;
    QHash<int, QString> lastOfType; // EntityType -> canonical name of the last mention
    QHash<QString, QString> surnames; // "sacks" -> "David Sacks"
    int sentenceIndex = 0;
    int sentenceStartToken = 0;
    // Wire titles in capitals make every word look like a name; such sentences propose none.
    int cachedSentence = -1;
    bool cachedUpper = false;
    const auto upperCaseSentence = [&](int k) {
        if (k != cachedSentence) {
            cachedSentence = k;
            cachedUpper = k < sentences.size()
                && mostlyUpperCase(QStringView(text).mid(sentences[k].begin, sentences[k].end - sentences[k].begin));
        }
        return cachedUpper;
    };
    const int n = int(tokens.size());
    // A capitalised word that the same text also writes in lower case ("Sales rose ... sales") is a
    // common word, not a name.
    const bool wrapped = SentenceSplitter::hardWrapped(text);
    // Asked only of single-word candidates, so a scan is cheaper than indexing every word.
    const auto lowercase = [&](const QString& word) {
        return std::any_of(
            tokens.begin(), tokens.end(), [&](const Token& t) { return t.word && !t.capitalized && t.lower == word; });
    };
    for (int i = 0; i < n;) {
        const Token& t = tokens[i];
        while (sentenceIndex + 1 < sentences.size() && t.begin >= sentences[sentenceIndex].end) {
            ++sentenceIndex;
            sentenceStartToken = i;
        }
        const int limit = n;
        const auto record = [&](const QString& name, EntityType type, int b, int e, double confidence) {
            out.append({name, type, b, e, confidence});
            lastOfType.insert(int(type), name);
            if (type == EntityType::Person) {
                const int space = int(name.lastIndexOf(QLatin1Char(' ')));
                if (space > 0)
                    surnames.insert(name.mid(space + 1).toLower(), name);
            }
        };
        if (!t.word) {
            ++i;
            continue;
        }
        const Gazetteer::Match match = m_gazetteer.longestMatch(tokens, i, limit);
        if (match.entry >= 0) {
            const Gazetteer::Entry& entry = m_gazetteer.entry(match.entry);
            int last = i + match.tokenCount - 1;
            // "Oki Electric Industry Co Ltd": the legal form after a known name is part of it.
            if (entry.type == EntityType::Organisation) {
                while (last + 1 < n && tokens[last + 1].capitalized && tokens[last + 1].begin - tokens[last].end <= 1
                    && (m_gazetteer.organisationSuffixes().contains(
                            text.mid(tokens[last + 1].begin, tokens[last + 1].end - tokens[last + 1].begin))
                        || tokens[last + 1].lower == QLatin1String("industry")
                        || tokens[last + 1].lower == QLatin1String("electric")))
                    ++last;
            }
            record(entry.name, entry.type, t.begin, tokens[last].end, 0.9);
            i = last + 1;
            continue;
        }
        // "the company", "the country": the last entity of that type.
        if (t.lower == QLatin1String("the") && i + 1 < n) {
            const auto it = m_gazetteer.coreference().constFind(QStringLiteral("the ") + tokens[i + 1].lower);
            if (it != m_gazetteer.coreference().constEnd() && lastOfType.contains(int(*it))) {
                record(lastOfType.value(int(*it)), *it, t.begin, tokens[i + 1].end, 0.6);
                i += 2;
                continue;
            }
        }
        if ((t.lower == QLatin1String("he") || t.lower == QLatin1String("she"))
            && lastOfType.contains(int(EntityType::Person))) {
            record(lastOfType.value(int(EntityType::Person)), EntityType::Person, t.begin, t.end, 0.5);
            ++i;
            continue;
        }
        if (!t.capitalized || (t.allCaps && t.lower.size() > 5)) {
            ++i;
            continue;
        }
        // An unknown proper-noun phrase: capitalised words, possibly joined by "of", "and", "&".
        int j = i;
        // A line break or blanked markup between two words ends the name.
        const auto joined = [&](int k) {
            if (k == i)
                return true;
            // Wire copy wraps lines inside names ("House Agriculture\nCommittee").
            const int gap = tokens[k].begin - tokens[k - 1].end;
            const QStringView between = QStringView(text).mid(tokens[k - 1].end, gap);
            return gap <= 2 && (!between.contains(QLatin1Char('\n')) || (wrapped && between == QLatin1String("\n")));
        };
        while (j < n && tokens[j].word && (tokens[j].capitalized || (tokens[j].number && j > i)) && joined(j)
            && !m_gazetteer.longestMatch(tokens, j, limit).tokenCount) {
            ++j;
            // "of" joins names; "and" only inside a company name ("Quartz Engineering and Materials Inc").
            bool andInName = false;
            for (int k = j + 1; k < std::min(n, j + 4) && tokens[j].lower == QLatin1String("and") && !andInName; ++k)
                andInName = tokens[k].capitalized
                    && m_gazetteer.organisationSuffixes().contains(
                        text.mid(tokens[k].begin, tokens[k].end - tokens[k].begin));
            if (j + 1 < n && isConnector(tokens[j]) && tokens[j + 1].capitalized
                && (tokens[j].lower != QLatin1String("and") || andInName))
                ++j;
        }
        int b = i;
        const auto wordAt = [&](int k) { return text.mid(tokens[k].begin, tokens[k].end - tokens[k].begin); };
        while (b < j
            && (m_gazetteer.stopwords().contains(wordAt(b)) || m_gazetteer.titles().contains(wordAt(b))
                || isConnector(tokens[b]) || tokens[b].number))
            ++b;
        // "Sales of chips ..." / "Officials at Acme ...": the common word opening a sentence is not
        // part of the name that follows it.
        if (b == sentenceStartToken && j - b >= 2 && m_gazetteer.commonWords().contains(tokens[b].lower))
            ++b;
        int e = j;
        // "Acme Widgets Corp" keeps its suffix; a lone "Corp" is dropped with the other stopwords.
        while (e > b
            && ((m_gazetteer.stopwords().contains(wordAt(e - 1))
                    && !(e - b > 1 && m_gazetteer.organisationSuffixes().contains(wordAt(e - 1))))
                || isConnector(tokens[e - 1])))
            --e;
        const bool sentenceInitial = b == sentenceStartToken;
        const bool upperSentence = upperCaseSentence(sentenceIndex);
        const bool boilerplate = sentenceIndex < sentences.size() && sentences[sentenceIndex].boilerplate;
        const auto commonWord = [&] {
            return e - b == 1 && !m_gazetteer.governmentWords().contains(wordAt(b))
                && (m_gazetteer.commonWords().contains(tokens[b].lower) || lowercase(tokens[b].lower));
        };
        if (e > b && !upperSentence && !boilerplate && !(sentenceInitial && e - b == 1) && !commonWord()) {
            // "Commerce Secretary Malcolm Baldrige": a title inside the phrase; the name is its last two words.
            // The title may have been stripped already ("Undersecretary of State Michael Armacost").
            bool titled = false;
            for (int k = i; k < e - 2 && !titled; ++k)
                titled = m_gazetteer.titles().contains(wordAt(k));
            if (titled && e - b >= 2 && !tokens[e - 1].allCaps && !tokens[e - 2].allCaps)
                b = e - 2;
            const QString phrase = surface(text, tokens[b], tokens[e - 1]).simplified();
            const auto known = surnames.constFind(phrase.toLower());
            if (known != surnames.constEnd()) {
                record(*known, EntityType::Person, tokens[b].begin, tokens[e - 1].end, 0.7);
            } else if (phrase.size() > 1) {
                double confidence = 0.4;
                EntityType type = guessType(tokens, b, e, text, &confidence);
                if (titled) {
                    type = EntityType::Person;
                    confidence = 0.6;
                }
                record(phrase, type, tokens[b].begin, tokens[e - 1].end, confidence);
            }
        }
        i = std::max(j, i + 1);
    }
    return out;
}

QList<ExtractedEntity> EntityRecognizer::collect(const QString& text, const QList<EntityMention>& mentions)
{
    QList<ExtractedEntity> out;
    QHash<QString, int> index;
    for (const EntityMention& m : mentions) {
        int k = index.value(m.entityName, -1);
        if (k < 0) {
            k = int(out.size());
            index.insert(m.entityName, k);
            out.append({m.entityName, m.type, {}, m.confidence});
        }
        ExtractedEntity& e = out[k];
        e.confidence = std::max(e.confidence, m.confidence);
        const QString form = text.mid(m.begin, m.end - m.begin);
        if (form != e.name && !e.aliases.contains(form))
            e.aliases.append(form);
    }
    return out;
}

} // namespace Kairos::Extract
