// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityrecognizer.h"

#include "gazetteer.h"
#include "sentencesplitter.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace Kairos::Extract {

namespace {

QString surface(const QString& text, const Token& first, const Token& last)
{
    return text.mid(first.begin, last.end - first.begin);
}

} // namespace

EntityType EntityRecognizer::guessType(
    const QList<Token>& tokens, int begin, int end, const QString& text, double* confidence) const
{
    const QStringView last = QStringView(text).mid(tokens[end - 1].begin, tokens[end - 1].end - tokens[end - 1].begin);
    *confidence = 0.4;
    // "Advanced Semiconductor Manufacturing": a trade's word anywhere in a name makes it a company's.
    const bool companyWord
        = end - begin >= 2 && std::any_of(tokens.begin() + begin, tokens.begin() + end, [&](const Token& t) {
              return m_gazetteer.companyWords().contains(QStringView(text).mid(t.begin, t.end - t.begin));
          });
    // "Canadian Imperial Bank of Commerce", "Bank of England": so does a company's last word before
    // "of", unless the name is a government body's ("Federal Home Loan Bank Board").
    bool suffixBeforeOf = false;
    bool governmentWord = false;
    for (int i = begin; i < end; ++i) {
        const QStringView word = QStringView(text).mid(tokens[i].begin, tokens[i].end - tokens[i].begin);
        governmentWord = governmentWord || m_gazetteer.governmentWords().contains(word);
        suffixBeforeOf = suffixBeforeOf
            || (i + 1 < end && tokens[i + 1].lower == QLatin1String("of")
                && (m_gazetteer.organisationSuffixes().contains(word) || m_gazetteer.institutionWord(word)));
    }
    if (suffixBeforeOf && !governmentWord) {
        *confidence = 0.6;
        return EntityType::Organisation;
    }
    if (m_gazetteer.organisationSuffixes().contains(last) || companyWord) {
        *confidence = 0.6;
        return EntityType::Organisation;
    }
    for (int i = begin; i < end; ++i) {
        const QStringView word = QStringView(text).mid(tokens[i].begin, tokens[i].end - tokens[i].begin);
        if (m_gazetteer.governmentWords().contains(word)) {
            *confidence = 0.55;
            return EntityType::Government;
        }
        if (m_gazetteer.mediaWords().contains(word) && i == end - 1) {
            *confidence = 0.5;
            return EntityType::MediaOutlet;
        }
    }
    if (m_gazetteer.institutionWord(last)) {
        *confidence = 0.55;
        return EntityType::Organisation;
    }
    if (m_gazetteer.lawWords().contains(last)) {
        *confidence = 0.5;
        return EntityType::Other;
    }
    // "US chipmaker Analog Devices": a company's common noun before the name says what it is.
    if (begin > 0 && m_gazetteer.organisationDescriptors().contains(tokens[begin - 1].lower)) {
        *confidence = 0.6;
        return EntityType::Organisation;
    }
    const bool titled = begin > 0
        && m_gazetteer.titles().contains(
            QStringView(text).mid(tokens[begin - 1].begin, tokens[begin - 1].end - tokens[begin - 1].begin));
    // "Empire of America": a name joined by "of" or "and" is no person's.
    bool alphabetic = true;
    for (int i = begin; i < end && alphabetic; ++i)
        alphabetic = !tokens[i].number && !tokens[i].allCaps
            && (tokens[i].capitalized || i == begin || i == end - 1
                || !m_gazetteer.nameConnectors().contains(tokens[i].lower)
                || m_gazetteer.surnameParticles().contains(tokens[i].lower));
    // "two Chinese nationals in Los Angeles": an unknown name where something happens is a place.
    const bool placed = begin > 0 && m_gazetteer.placePrepositions().contains(tokens[begin - 1].lower);
    // "Pieter van der Vorm", "Charles de Gaulle": lower-case particles between a given name and
    // a surname.
    bool particled = end - begin >= 3 && end - begin <= 5 && tokens[begin].capitalized && tokens[end - 1].capitalized;
    for (int i = begin + 1; i < end - 1 && particled; ++i)
        particled = !tokens[i].capitalized && m_gazetteer.surnameParticles().contains(tokens[i].lower);
    if (titled || particled || (alphabetic && !placed && end - begin >= 2 && end - begin <= 3)) {
        *confidence = titled ? 0.6 : 0.45;
        return EntityType::Person;
    }
    return EntityType::Other;
}

QList<Token> EntityRecognizer::splitCompounds(const QString& text, const QList<Token>& tokens) const
{
    QList<Token> out;
    out.reserve(tokens.size());
    for (const Token& t : tokens) {
        // Only where the lower-case form is as long as the text it stands for ("won't" is "will").
        const bool aligned = t.lower.size() == t.end - t.begin;
        const int hyphen = aligned && t.word && t.capitalized ? int(t.lower.lastIndexOf(QLatin1Char('-'))) : -1;
        const QString tail = hyphen > 0 ? t.lower.mid(hyphen + 1) : QString();
        const bool participle = tail.size() >= 3
            && std::all_of(tail.begin(), tail.end(), [](QChar c) { return c.isLower(); })
            && (tail.endsWith(QLatin1String("ed")) || m_gazetteer.compoundParticiples().contains(tail));
        if (!participle || !text[t.begin + hyphen + 1].isLower()) {
            out.append(t);
            continue;
        }
        Token name = t;
        name.end = t.begin + hyphen;
        name.lower = t.lower.left(hyphen);
        name.allCaps
            = std::none_of(text.begin() + name.begin, text.begin() + name.end, [](QChar c) { return c.isLower(); });
        Token rest = t;
        rest.begin = name.end + 1;
        rest.lower = tail;
        rest.capitalized = false;
        rest.allCaps = false;
        out.append(name);
        out.append(rest);
    }
    return out;
}

QList<EntityMention> EntityRecognizer::recognize(
    const QString& text, const QList<Token>& tokens, const QList<Sentence>& sentences) const
{
    return recognizeTokens(text, splitCompounds(text, tokens), sentences);
}

QList<EntityMention> EntityRecognizer::recognizeTokens(
    const QString& text, const QList<Token>& tokens, const QList<Sentence>& sentences) const
{
    QList<EntityMention> out;
    QHash<int, QString> lastOfType; // EntityType -> canonical name of the last mention
    // "Baldrige will meet Aquino on April 28. He will also meet Ongpin.": "he" is rather the
    // person a sentence before opened with than the last one it named.
    QString firstPersonOfSentence;
    QString subjectPerson;
    // "The Trump administration announced a tariff. It then postponed the duties.": "It" is the
    // subject, a company, government or country, the sentence before opened with.
    std::optional<QPair<QString, EntityType>> firstActorOfSentence;
    std::optional<QPair<QString, EntityType>> subjectActor;
    QHash<QString, QString> surnames; // "sacks" -> "David Sacks"
    // "Analog Devices (ADI)": the initialism in brackets after a name stands for it from then on.
    QHash<QString, QPair<QString, EntityType>> initialisms;
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
    // '"Exporting these chips ...," she said': the first word after an opening quotation mark
    // starts the sentence as much as one without it.
    const auto firstWordFrom = [&](int k) {
        while (k + 1 < n && (tokens[k].lower == QLatin1String("\"") || tokens[k].lower == QString(QChar(0x201C))))
            ++k;
        return k;
    };
    sentenceStartToken = firstWordFrom(0);
    const auto isConnector = [&](const Token& t) { return m_gazetteer.nameConnectors().contains(t.lower); };
    const auto wordAt = [&](int k) { return QStringView(text).mid(tokens[k].begin, tokens[k].end - tokens[k].begin); };
    // "al-Sharaa": a lower-case particle before the capital of a surname.
    // Where a name of the gazetteer starts; a thing it writes in lower case ("germanium") does not
    // start in a capitalised word ("Yunnan Germanium").
    const auto knownNameAt = [&](int k) {
        const Gazetteer::Match m = m_gazetteer.longestMatch(tokens, k, n);
        return m.tokenCount > 0 && !(tokens[k].capitalized && m_gazetteer.entry(m.entry).name.front().isLower());
    };
    const auto nameWord = [&](int k) {
        const Token& w = tokens[k];
        if (w.capitalized)
            return true;
        for (const QString& p : m_gazetteer.nameParticles()) {
            if (w.lower.size() > p.size() + 1 && w.lower.startsWith(p) && text[w.begin + p.size()].isUpper())
                return true;
        }
        return false;
    };
    // Two words of one name: next to each other on a line ("House Agriculture\nCommittee" when
    // wire copy wraps), or across a possessive inside an institution's name ("Supreme People's
    // Assembly").
    const auto adjacent = [&](int k, bool wrapped, bool possessive) {
        const int gap = tokens[k].begin - tokens[k - 1].end;
        const QStringView between = QStringView(text).mid(tokens[k - 1].end, gap);
        if (gap <= 2 && (!between.contains(QLatin1Char('\n')) || (wrapped && between == QLatin1String("\n"))))
            return true;
        if (!possessive || gap != 3)
            return false;
        const QChar last = between.back();
        return (between.startsWith(QLatin1String("'s")) || between.startsWith(QStringView(u"\u2019s")))
            && (last == QLatin1Char(' ') || (wrapped && last == QLatin1Char('\n')));
    };
    // The last token of a run of capitalised words from k that ends with an institution's word
    // ("Stock Exchange", "Banking Committee"), or -1; whether k joins what is before it is the
    // caller's to say.
    // After the institution's word the name may go on: "Department of Justice", "Court of Appeals".
    // "Japan Advanced Semiconductor Manufacturing": after a country's name, a trade's word ends a
    // company's name too.
    const auto institutionEnd = [&](int k, bool wrapped, bool companies = false) {
        const auto ends = [&](int j) {
            return m_gazetteer.institutionWord(wordAt(j))
                || (companies && m_gazetteer.companyWords().contains(wordAt(j)));
        };
        int found = -1;
        bool connected = false; // just past "of" after the institution's word
        bool named = false; // past "of": "Chamber of Commerce and Industry" may go on with "and"
        for (int j = k; j < n && j < k + 6 && tokens[j].word && tokens[j].capitalized && (!tokens[j].allCaps || ends(j))
             && (j == k || adjacent(j, wrapped, false)) && !m_gazetteer.stopwords().contains(wordAt(j));
             ++j) {
            // "Taiwan Institute of Economic Research": past "of", the name runs on.
            if (connected || named || ends(j))
                found = j;
            const bool conjunction = tokens[j + 1 < n ? j + 1 : j].lower == QLatin1String("and");
            connected = found == j && j + 2 < n && (!conjunction || named)
                && m_gazetteer.nameConnectors().contains(tokens[j + 1].lower) && tokens[j + 2].capitalized
                && adjacent(j + 1, wrapped, false)
                && (!conjunction || m_gazetteer.longestMatch(tokens, j + 2, n).entry < 0);
            named = named || connected;
            if (connected)
                ++j;
        }
        return found;
    };
    // A capitalised word that the same text also writes in lower case ("Sales rose ... sales") is a
    // common word, not a name.
    const bool wrapped = SentenceSplitter::hardWrapped(text);
    // Built on the first single-word candidate: many texts have none.
    std::optional<WordSet> lowercaseWords;
    const auto lowercase = [&](const QString& word) {
        if (!lowercaseWords)
            lowercaseWords = lowerCaseWords(tokens);
        return lowercaseWords->contains(word);
    };
    // "finance ministry", "police": the end of a government body told in common words from k, or -1;
    // some need a word before the noun ("the ministry" refers back rather than names).
    const auto bodyEnd = [&](int k, bool bareAllowed) {
        for (int j = k; j < n && j < k + 4 && tokens[j].word && !tokens[j].capitalized && !tokens[j].number; ++j) {
            if (m_gazetteer.commonBodies().contains(tokens[j].lower))
                return j > k || (bareAllowed && m_gazetteer.bareBodies().contains(tokens[j].lower)) ? j + 1 : -1;
            // The stopwords are listed as they open a sentence ("Its"): "Malaysia said its trade
            // ministry" names no body "Malaysia said its trade ministry".
            // "The case went to prosecutors": a preposition ends the words that could name a body.
            if (m_gazetteer.lowerStopwords().contains(tokens[j].lower)
                || m_gazetteer.bodyPrepositions().contains(tokens[j].lower))
                return -1;
        }
        return -1;
    };
    const auto bodyWords = [&](int from, int to) {
        return QStringView(text)
            .mid(tokens[from].begin, tokens[to - 1].end - tokens[from].begin)
            .toString()
            .simplified();
    };
    for (int i = 0; i < n;) {
        const Token& t = tokens[i];
        while (sentenceIndex + 1 < sentences.size() && t.begin >= sentences[sentenceIndex].end) {
            ++sentenceIndex;
            sentenceStartToken = firstWordFrom(i);
            if (!firstPersonOfSentence.isEmpty())
                subjectPerson = firstPersonOfSentence;
            firstPersonOfSentence.clear();
            subjectActor = firstActorOfSentence;
            firstActorOfSentence.reset();
        }
        const int limit = n;
        const auto record = [&](const QString& name, EntityType type, int b, int e, double confidence) {
            out.append({name, type, b, e, confidence});
            const int open = e < text.size() && text[e] == QLatin1Char(' ') ? e + 1 : e;
            if (open < text.size() && text[open] == QLatin1Char('(') && type != EntityType::Person) {
                static const QRegularExpression bracketed(QStringLiteral("^\\(([A-Z][A-Z0-9&]{1,9})\\)"));
                const QRegularExpressionMatch initialism = bracketed.match(QStringView(text).mid(open, 13));
                if (initialism.hasMatch())
                    initialisms.insert(initialism.captured(1), {name, type});
            }
            lastOfType.insert(int(type), name);
            // Not a name inside a quotation (a quotation mark closes after it), after a preposition
            // or before a possessive: '"..." on Wall Street, Baker said.', "Reagan's chief of staff".
            if (type == EntityType::Person && firstPersonOfSentence.isEmpty() && sentenceIndex < sentences.size()) {
                const Sentence& sentence = sentences[sentenceIndex];
                const QStringView before
                    = QStringView(text).mid(sentence.begin, std::max(0, b - sentence.begin)).trimmed();
                const QStringView after = QStringView(text).mid(e, std::max(0, sentence.end - e));
                const QString previousWord = before.mid(before.lastIndexOf(u' ') + 1).toString().toLower();
                const bool possessive = after.startsWith(u'\'') || after.startsWith(u'\u2019');
                if (after.count(u'"') % 2 == 0 && !possessive && !m_gazetteer.nonSubjectWords().contains(previousWord))
                    firstPersonOfSentence = name;
            }
            if (type != EntityType::Person && type != EntityType::Product && type != EntityType::Other
                && !firstActorOfSentence && sentenceIndex < sentences.size()
                && b - sentences[sentenceIndex].begin <= 12)
                firstActorOfSentence = qMakePair(name, type);
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
        if (const auto it = t.allCaps && !initialisms.isEmpty() ? initialisms.constFind(wordAt(i).toString())
                                                                : initialisms.constEnd();
            it != initialisms.constEnd() && m_gazetteer.longestMatch(tokens, i, limit).entry < 0) {
            record(it->first, it->second, t.begin, t.end, 0.8);
            ++i;
            continue;
        }
        const Gazetteer::Match match = m_gazetteer.longestMatch(tokens, i, limit);
        // "gallium" names the metal, "Yunnan Germanium" a company: a thing the gazetteer writes in
        // lower case is not read in a capitalised word inside a sentence.
        const bool commonNoun = match.entry >= 0 && t.capitalized && i != sentenceStartToken
            && m_gazetteer.entry(match.entry).name.front().isLower();
        if (match.entry >= 0 && !commonNoun) {
            const Gazetteer::Entry& entry = m_gazetteer.entry(match.entry);
            int last = i + match.tokenCount - 1;
            // "Korea Stock Exchange", "Senate Banking Committee", "Japanese Embassy": a known name
            // that opens the name of an institution is part of that name.
            const bool countryName = entry.type == EntityType::Country;
            const int institution
                = entry.type == EntityType::Person || last + 1 >= n || !adjacent(last + 1, wrapped, false)
                ? -1
                : institutionEnd(last + 1, wrapped, countryName);
            if (institution >= 0 && !upperCaseSentence(sentenceIndex)) {
                // The alias may start with "the" ("the White House"); the name does not.
                const int first = !t.capitalized || m_gazetteer.stopwords().contains(wordAt(i)) ? i + 1 : i;
                double confidence = 0.6;
                const EntityType type = guessType(tokens, first, institution + 1, text, &confidence);
                // The parts are still mentioned: "the Japanese Embassy" names Japan, and "the White
                // House Economic Policy Council" is also "the Economic Policy Council", found next.
                // A company's name has no parts: "Japan Advanced Semiconductor Manufacturing" is no
                // deed of Japan's.
                const bool company = countryName && m_gazetteer.companyWords().contains(wordAt(institution));
                if (!company)
                    out.append({entry.name, entry.type, t.begin, tokens[last].end, 0.9});
                record(surface(text, tokens[first], tokens[institution]).simplified(), type, tokens[first].begin,
                    tokens[institution].end, confidence);
                i = company ? institution + 1 : last + 1;
                continue;
            }
            // "Oki Electric Industry Co Ltd": the legal form after a known name is part of it.
            if (entry.type == EntityType::Organisation) {
                while (last + 1 < n && tokens[last + 1].capitalized && tokens[last + 1].begin - tokens[last].end <= 1
                    && (m_gazetteer.organisationSuffixes().contains(QStringView(text).mid(
                            tokens[last + 1].begin, tokens[last + 1].end - tokens[last + 1].begin))
                        || tokens[last + 1].lower == QLatin1String("industry")
                        || tokens[last + 1].lower == QLatin1String("electric")))
                    ++last;
            }
            // "China Mobile", "Sony Semiconductor Solutions": capitalised words right after a known
            // company or place, none of them known, a title or an initialism, make a company of their
            // own, unless a name or title follows ("US Commerce Secretary Howard Lutnick").
            int run = last + 1;
            const auto plainCapital = [&](int k) {
                if (!tokens[k].word || !tokens[k].capitalized || tokens[k].number || !adjacent(k, wrapped, false))
                    return false;
                const QStringView w = wordAt(k);
                return std::count_if(w.begin(), w.end(), [](QChar c) { return c.isUpper(); }) == 1
                    && !tokens[k].lower.endsWith(QLatin1String("ed")) && !m_gazetteer.stopwords().contains(w)
                    && !m_gazetteer.titles().contains(w) && m_gazetteer.longestMatch(tokens, k, limit).entry < 0;
            };
            // Not after an abbreviation's point, which may end a sentence ("from the U.S. Had").
            const bool pointed = text[tokens[last].end - 1] == QLatin1Char('.');
            while ((entry.type == EntityType::Organisation || entry.type == EntityType::Country) && !pointed && run < n
                && run < last + 4 && plainCapital(run))
                ++run;
            // Title-case headlines ("Japan Says U.S. Agreed To ...") have no lower-case word after.
            const bool lowerNext = run < n && adjacent(run, wrapped, true) && !tokens[run].capitalized;
            if (run > last + 1 && lowerNext && !upperCaseSentence(sentenceIndex)) {
                if (entry.type == EntityType::Organisation)
                    out.append({entry.name, entry.type, t.begin, tokens[last].end, 0.9});
                bool government = false;
                for (int k = last + 1; k < run; ++k)
                    government = government || m_gazetteer.governmentWords().contains(wordAt(k));
                record(surface(text, t, tokens[run - 1]).simplified(),
                    government ? EntityType::Government : EntityType::Organisation, t.begin, tokens[run - 1].end, 0.6);
                i = run;
                continue;
            }
            // "Malaysian police", "the Dutch parliament": a country's body told in common words;
            // the country is still mentioned.
            const int body = entry.type == EntityType::Country && last + 1 < n && adjacent(last + 1, wrapped, false)
                ? bodyEnd(last + 1, true)
                : -1;
            if (body > 0 && !upperCaseSentence(sentenceIndex)) {
                record(entry.name, entry.type, t.begin, tokens[last].end, 0.9);
                record(entry.name + QLatin1Char(' ') + bodyWords(last + 1, body), EntityType::Government, t.begin,
                    tokens[body - 1].end, 0.6);
                i = body;
                continue;
            }
            // "the Ascend 950PR": a model code after a product line names the model.
            if (entry.type == EntityType::Product && last + 1 < n && tokens[last + 1].begin - tokens[last].end == 1
                && text[tokens[last].end] == QLatin1Char(' ') && !tokens[last + 1].lower.isEmpty()
                && tokens[last + 1].lower.front().isDigit() && tokens[last + 1].lower.size() <= 6) {
                const QString& code = tokens[last + 1].lower;
                const bool year = code.size() == 4
                    && (code.startsWith(QLatin1String("19")) || code.startsWith(QLatin1String("20")));
                if (!year) {
                    ++last;
                    record(entry.name + QLatin1Char(' ') + wordAt(last).toString(), entry.type, t.begin,
                        tokens[last].end, 0.8);
                    i = last + 1;
                    continue;
                }
            }
            // "Peru's Congress", "Mexico's Senate": a body's bare name after another country's
            // possessive is that country's body, not the one the gazetteer knows by that name.
            if (entry.type == EntityType::Government && last == i && !out.isEmpty()
                && out.last().type == EntityType::Country) {
                const EntityMention owner = out.last();
                const QStringView between = QStringView(text).mid(owner.end, t.begin - owner.end);
                const bool owned = between == QLatin1String("'s ") || between == QStringView(u"\u2019s ");
                // "US Congress" after "America's": the body's own country, by its first word.
                const QList<Token> named = tokenize(entry.name);
                const Gazetteer::Match home
                    = named.isEmpty() ? Gazetteer::Match {} : m_gazetteer.longestMatch(named, 0, 1);
                const bool sameCountry = home.entry >= 0 && m_gazetteer.entry(home.entry).name == owner.entityName;
                if (owned && !sameCountry) {
                    record(owner.entityName + QLatin1Char(' ') + surface(text, t, tokens[last]).simplified(),
                        EntityType::Government, owner.begin, tokens[last].end, 0.6);
                    i = last + 1;
                    continue;
                }
            }
            // "the U.S. Commerce Department": a body named after its country mentions the country.
            if (entry.type == EntityType::Government && last > i) {
                const Gazetteer::Match country = m_gazetteer.longestMatch(tokens, i, last);
                if (country.entry >= 0 && m_gazetteer.entry(country.entry).type == EntityType::Country)
                    record(m_gazetteer.entry(country.entry).name, EntityType::Country, t.begin,
                        tokens[i + country.tokenCount - 1].end, 0.9);
            }
            record(entry.name, entry.type, t.begin, tokens[last].end, 0.9);
            i = last + 1;
            continue;
        }
        // "the company", "the country": the last entity of that type.
        // "the Ministry of International Trade and Industry" opens a name rather than referring back.
        const auto opensName = [&] {
            // "the Chip Security Act" too.
            return m_gazetteer.longestMatch(tokens, i + 1, limit).entry >= 0
                || (tokens[i + 1].capitalized && i + 3 < n && isConnector(tokens[i + 2])
                    && tokens[i + 2].lower != QLatin1String("and") && tokens[i + 3].capitalized)
                || (tokens[i + 1].capitalized && i + 2 < n && tokens[i + 2].capitalized && tokens[i + 2].word);
        };
        if (t.lower == QLatin1String("the") && i + 1 < n) {
            const auto it = m_gazetteer.coreference().constFind(QStringLiteral("the ") + tokens[i + 1].lower);
            // "the ministry": the last body of that type whose name says so; "the government", when
            // no body is so named, the last country's; else the last of the type.
            const bool referring = it != m_gazetteer.coreference().constEnd();
            QString referent;
            EntityType referentType = referring ? *it : EntityType::Other;
            for (qsizetype k = out.size() - 1; referring && k >= 0 && k >= out.size() - 64 && referent.isEmpty(); --k) {
                if (out[k].type == referentType && out[k].entityName.contains(tokens[i + 1].lower, Qt::CaseInsensitive))
                    referent = out[k].entityName;
            }
            // "Nvidia will supply ... to Samsung, SK Group and Hyundai, the company announced": named
            // after a comma, the speaker is the sentence's own subject, not the last firm named.
            if (referring && referent.isEmpty() && i > sentenceStartToken
                && tokens[i - 1].lower == QLatin1String(",")) {
                const EntityMention* first = nullptr;
                for (qsizetype k = out.size() - 1; k >= 0 && out[k].begin >= tokens[sentenceStartToken].begin; --k)
                    first = out[k].type == referentType ? &out[k] : first;
                if (first && first->begin == tokens[sentenceStartToken].begin)
                    referent = first->entityName;
            }
            if (referent.isEmpty() && referentType == EntityType::Government
                && tokens[i + 1].lower == QLatin1String("government")
                && lastOfType.contains(int(EntityType::Country))) {
                referent = lastOfType.value(int(EntityType::Country));
                referentType = EntityType::Country;
            }
            if (referring && referent.isEmpty())
                referent = lastOfType.value(int(referentType));
            if (referring && !referent.isEmpty() && !opensName()) {
                record(referent, referentType, t.begin, tokens[i + 1].end, 0.6);
                i += 2;
                continue;
            }
        }
        // "spokesperson He Yadong": a capitalised word right after it makes "He" part of a name.
        const bool nameFollows = t.capitalized && i + 1 < n && tokens[i + 1].capitalized && tokens[i + 1].word
            && tokens[i + 1].begin - t.end == 1 && i > sentenceStartToken;
        if ((t.lower == QLatin1String("he") || t.lower == QLatin1String("she")) && !nameFollows
            && lastOfType.contains(int(EntityType::Person))) {
            const QString& person = !firstPersonOfSentence.isEmpty() ? firstPersonOfSentence
                : !subjectPerson.isEmpty()                           ? subjectPerson
                                                                     : lastOfType.value(int(EntityType::Person));
            record(person, EntityType::Person, t.begin, t.end, 0.5);
            ++i;
            continue;
        }
        if (t.lower == QLatin1String("it") && i == sentenceStartToken && subjectActor && i + 1 < n && tokens[i + 1].word
            && !tokens[i + 1].capitalized && !m_gazetteer.placeholderItFollowers().contains(tokens[i + 1].lower)) {
            record(subjectActor->first, subjectActor->second, t.begin, t.end, 0.5);
            ++i;
            continue;
        }
        // "Taiwan's premier", "TSMC's chairman", "the Dutch economy minister": an office holder the
        // text names by the office alone, as annotators list them; the mention is the office's words.
        if (!t.capitalized && t.word && !out.isEmpty() && out.last().end < t.begin && out.last().end + 3 >= t.begin
            && out.last().type != EntityType::Person && out.last().type != EntityType::MediaOutlet) {
            int role = -1;
            for (int j = i; j < n && j < i + 3 && tokens[j].word && !tokens[j].capitalized && role < 0; ++j) {
                if (m_gazetteer.stopwords().contains(tokens[j].lower))
                    break;
                if (m_gazetteer.commonRoles().contains(tokens[j].lower)
                    && !(j + 1 < n && tokens[j + 1].word && !tokens[j + 1].capitalized
                        && m_gazetteer.commonRoles().contains(tokens[j + 1].lower)))
                    role = j + 1;
            }
            // "CLA chairman Irtiza Husain": a title before the holder's name is no mention of its own.
            if (role > 0 && role < n && tokens[role].capitalized)
                role = -1;
            if (role > 0) {
                const EntityMention owner = out.last();
                const QString name = QStringView(text).mid(owner.begin, tokens[role - 1].end - owner.begin).toString();
                record(name.simplified(), EntityType::Person, t.begin, tokens[role - 1].end, 0.4);
                i = role;
                // "the U.S. commerce secretary and trade representative": a second office of the owner.
                int second = -1;
                for (int j = role + 1; j < n && j < role + 4 && role < n && tokens[role].lower == QLatin1String("and")
                     && tokens[j].word && !tokens[j].capitalized && second < 0;
                     ++j) {
                    if (m_gazetteer.lowerStopwords().contains(tokens[j].lower))
                        break;
                    if (m_gazetteer.commonRoles().contains(tokens[j].lower))
                        second = j + 1;
                }
                if (second > 0 && (second >= n || !tokens[second].capitalized)) {
                    const QString office
                        = QStringView(text)
                              .mid(tokens[role + 1].begin, tokens[second - 1].end - tokens[role + 1].begin)
                              .toString();
                    const QString ownerWords = QStringView(text).mid(owner.begin, t.begin - owner.begin).toString();
                    record((ownerWords + office).simplified(), EntityType::Person, tokens[role + 1].begin,
                        tokens[second - 1].end, 0.4);
                    i = second;
                }
                continue;
            }
        }
        // "Japanese carmakers", "EU member states", "European industry groups": an industry or the
        // members of a bloc, named together by where they are.
        if (!t.capitalized && t.word && i > 0 && tokens[i - 1].capitalized && adjacent(i, false, false)) {
            const bool placed = m_gazetteer.regionAdjectives().contains(wordAt(i - 1))
                || (!out.isEmpty() && out.last().end == tokens[i - 1].end
                    && (out.last().type == EntityType::Country || out.last().type == EntityType::Government));
            int group = -1;
            auto kind = m_gazetteer.groupNouns().constFind(t.lower);
            if (placed && kind != m_gazetteer.groupNouns().constEnd()) {
                group = i + 1;
            } else if (placed && i + 1 < n && adjacent(i + 1, false, false)) {
                kind = m_gazetteer.groupNouns().constFind(t.lower + QLatin1Char(' ') + tokens[i + 1].lower);
                group = kind != m_gazetteer.groupNouns().constEnd() ? i + 2 : -1;
            }
            if (group > 0) {
                // The place's own mention, when it has one, starts the group's words.
                const int from
                    = !out.isEmpty() && out.last().end == tokens[i - 1].end ? out.last().begin : tokens[i - 1].begin;
                // A group is no referent of "the company" or "it", which name one body.
                const std::optional<QString> lastOfKind = lastOfType.contains(int(*kind))
                    ? std::optional<QString>(lastOfType.value(int(*kind)))
                    : std::nullopt;
                const auto actor = firstActorOfSentence;
                record(QStringView(text).mid(from, tokens[group - 1].end - from).toString().simplified(), *kind, from,
                    tokens[group - 1].end, 0.5);
                if (lastOfKind)
                    lastOfType.insert(int(*kind), *lastOfKind);
                else
                    lastOfType.remove(int(*kind));
                firstActorOfSentence = actor;
                i = group;
                continue;
            }
        }
        // "The Dutch economy minister is due in Beijing, his ministry said": the ministry of the last
        // minister the text named by office.
        if ((t.lower == QLatin1String("his") || t.lower == QLatin1String("her")) && i + 1 < n
            && tokens[i + 1].lower == QLatin1String("ministry")) {
            QString ministry;
            for (qsizetype k = out.size() - 1; k >= 0 && k >= out.size() - 16 && ministry.isEmpty(); --k) {
                // A prime minister has no ministry of that name.
                if (out[k].type == EntityType::Person
                    && out[k].entityName.endsWith(QLatin1String(" minister"), Qt::CaseInsensitive)
                    && !out[k].entityName.endsWith(QLatin1String("prime minister"), Qt::CaseInsensitive))
                    ministry = out[k].entityName.chopped(int(qstrlen("minister"))) + tokens[i + 1].lower;
            }
            if (!ministry.isEmpty()) {
                record(ministry, EntityType::Government, t.begin, tokens[i + 1].end, 0.5);
                i += 2;
                continue;
            }
        }
        // "the finance ministry", "the country's trade ministry", "the cabinet": a body told in
        // common words, named after the country it belongs to when the text says which.
        if (!t.capitalized && i > 0) {
            // "Malaysia said its trade ministry would ...": "its" after a country the sentence named
            // last names that country's body.
            const bool afterIts = tokens[i - 1].lower == QLatin1String("its") && !out.isEmpty()
                && out.last().type == EntityType::Country && out.last().begin >= tokens[sentenceStartToken].begin;
            const bool afterThe = tokens[i - 1].lower == QLatin1String("the") || afterIts;
            const QStringView mark = QStringView(text).mid(std::max(0, t.begin - 3), std::min(3, t.begin));
            const bool afterOwner = mark == QLatin1String("'s ") || mark == QStringView(u"\u2019s ");
            // "A bill was submitted to parliament": a bare body after a preposition is the country's.
            const bool bare = m_gazetteer.bodyPrepositions().contains(tokens[i - 1].lower)
                && m_gazetteer.bareBodies().contains(t.lower) && !lastOfType.value(int(EntityType::Country)).isEmpty();
            int body = afterThe || afterOwner ? bodyEnd(i, true) : (bare ? i + 1 : -1);
            // "A finance ministry official said", ", finance ministry officials said": the body one of
            // its people speaks for.
            if (body < 0
                && (tokens[i - 1].lower == QLatin1String("a") || tokens[i - 1].lower == QLatin1String("an")
                    || (!tokens[i - 1].word && !tokens[i - 1].number))) {
                body = bodyEnd(i, false);
                if (body > 0 && (body >= n || !m_gazetteer.bodyMemberWords().contains(tokens[body].lower)))
                    body = -1;
            }
            if (body > 0) {
                const EntityMention* owner = afterOwner && !out.isEmpty() && out.last().end + 3 >= t.begin
                        && out.last().type == EntityType::Country
                    ? &out.last()
                    : nullptr;
                const QString country = owner ? owner->entityName : lastOfType.value(int(EntityType::Country));
                const QString words = bodyWords(i, body);
                // "Malaysia's trade ministry" is written, and searched for, with its owner's name
                // ("the country's trade ministry" is not).
                const bool named = owner && text[owner->begin].isUpper();
                const int from = afterThe ? tokens[i - 1].begin : named ? owner->begin : t.begin;
                record(country.isEmpty() ? words : country + QLatin1Char(' ') + words, EntityType::Government, from,
                    tokens[body - 1].end, 0.5);
                i = body;
                continue;
            }
        }
        // "2-nanometre chips", "7nm", "3-nanometer production": a process node is a line of
        // products analysts follow.
        int digits = 0;
        while (digits < t.lower.size()
            && (t.lower[digits].isDigit() || (digits > 0 && t.lower[digits] == QLatin1Char('.'))))
            ++digits;
        int nodeEnd = -1;
        if (digits > 0) {
            QStringView unit = QStringView(t.lower).mid(digits);
            if (unit.startsWith(u'-'))
                unit = unit.mid(1);
            if (!unit.isEmpty() && m_gazetteer.processNodeUnits().contains(unit.toString()))
                nodeEnd = i + 1;
            else if (unit.isEmpty() && i + 1 < n && adjacent(i + 1, false, false)
                && m_gazetteer.processNodeUnits().contains(tokens[i + 1].lower))
                nodeEnd = i + 2;
        }
        if (nodeEnd > 0) {
            if (nodeEnd < n && adjacent(nodeEnd, false, false)
                && m_gazetteer.processNodeProducts().contains(tokens[nodeEnd].lower))
                ++nodeEnd;
            record(surface(text, t, tokens[nodeEnd - 1]).simplified(), EntityType::Product, t.begin,
                tokens[nodeEnd - 1].end, 0.6);
            i = nodeEnd;
            continue;
        }
        if (!nameWord(i) || (t.allCaps && t.lower.size() > 7)) {
            ++i;
            continue;
        }
        // "Taipei-based Cathay Harbor Securities": where a firm sits is no part of its name.
        if (const qsizetype hyphen = t.lower.lastIndexOf(QLatin1Char('-')); hyphen > 0 && i + 1 < n
            && tokens[i + 1].capitalized && adjacent(i + 1, wrapped, false)
            && m_gazetteer.placeAdjectiveSuffixes().contains(t.lower.mid(hyphen + 1))) {
            ++i;
            continue;
        }
        // An unknown proper-noun phrase: capitalised words, possibly joined by "of", "and", "&".
        int j = i;
        // A line break or blanked markup between two words ends the name.
        // Across a possessive only into a single institution word ("Supreme People's Assembly"),
        // and not after an institution: "the Finance Ministry's Customs Department" names two,
        // "Nakasone's Liberal Democratic Party" a person and a party.
        const auto joined = [&](int k) {
            return k == i
                || adjacent(k, wrapped,
                    !m_gazetteer.institutionWord(wordAt(k - 1)) && institutionEnd(k, wrapped) == k
                        && (k + 1 >= n || !tokens[k + 1].capitalized || !adjacent(k + 1, wrapped, false)));
        };
        while (
            j < n && tokens[j].word && (nameWord(j) || (tokens[j].number && j > i)) && joined(j) && !knownNameAt(j)) {
            ++j;
            // "of" joins names; "and" only inside a company name ("Quartz Engineering and Materials Inc").
            // "SK Group and Hyundai Motor Group": not after a name that a legal form already ended.
            bool andInName = false;
            const bool ended = j > i && m_gazetteer.organisationSuffixes().contains(wordAt(j - 1))
                && !m_gazetteer.fieldWords().contains(wordAt(j - 1));
            for (int k = j + 1;
                 k < std::min(n, j + 4) && tokens[j].lower == QLatin1String("and") && !andInName && !ended; ++k)
                andInName = tokens[k].capitalized
                    && m_gazetteer.organisationSuffixes().contains(
                        QStringView(text).mid(tokens[k].begin, tokens[k].end - tokens[k].begin));
            // "Council for Economic Planning and Development": so does an institution's last word.
            if (!andInName && j + 1 < n && tokens[j].lower == QLatin1String("and") && tokens[j + 1].capitalized
                && (j + 2 >= n || !tokens[j + 2].capitalized)) {
                for (int k = i; k < j && !andInName; ++k)
                    andInName = m_gazetteer.governmentWords().contains(
                        QStringView(text).mid(tokens[k].begin, tokens[k].end - tokens[k].begin));
            }
            if (j + 1 < n && isConnector(tokens[j]) && tokens[j + 1].capitalized
                && (tokens[j].lower != QLatin1String("and") || andInName))
                ++j;
            // "Pieter van der Vorm": two particles between the parts of a name.
            else if (j + 2 < n && isConnector(tokens[j]) && isConnector(tokens[j + 1]) && tokens[j + 2].capitalized
                && tokens[j].lower != QLatin1String("and") && tokens[j + 1].lower != QLatin1String("and"))
                j += 2;
        }
        // "Liberal Democratic Party", "Northern Cyprus": a word before a known party or country
        // that makes another name of it.
        EntityType forcedType = EntityType::Other;
        // "The Commerce Department": a stopword before a known name makes no other name of it.
        bool onlyStopwords = true;
        for (int k = i; k < j && onlyStopwords; ++k)
            onlyStopwords = m_gazetteer.stopwords().contains(wordAt(k));
        if (j > i && j < n && joined(j)) {
            const Gazetteer::Match next = m_gazetteer.longestMatch(tokens, j, limit);
            if (next.entry >= 0) {
                const Gazetteer::Entry& known = m_gazetteer.entry(next.entry);
                const int end = j + next.tokenCount;
                const bool party = (known.type == EntityType::Organisation || known.type == EntityType::Government)
                    && m_gazetteer.institutionWord(wordAt(end - 1)) && !onlyStopwords;
                const bool region = j - i == 1 && known.type == EntityType::Country
                    && m_gazetteer.directionWords().contains(wordAt(i));
                // "IBL Holland BV": a known name inside the name of a firm.
                const int institution = end < n && adjacent(end, wrapped, false) ? institutionEnd(end, wrapped) : -1;
                // "Shipbuilders Association of Japan", "National Press Club of Japan": an
                // institution of a known place is named after it.
                const bool ofPlace = j - i >= 2 && isConnector(tokens[j - 1])
                    && tokens[j - 1].lower != QLatin1String("and") && known.type == EntityType::Country
                    && (m_gazetteer.institutionWord(wordAt(j - 2))
                        || m_gazetteer.governmentWords().contains(wordAt(j - 2))
                        || m_gazetteer.organisationSuffixes().contains(wordAt(j - 2)));
                if (institution >= 0) {
                    j = institution + 1;
                } else if (ofPlace) {
                    j = end;
                } else if (party || region) {
                    forcedType = region ? EntityType::Country : known.type;
                    j = end;
                }
            }
        }
        int b = i;
        // "General Motors Corp": a name that ends with a company's legal form names no titled person.
        const bool company = j - i >= 2 && m_gazetteer.organisationSuffixes().contains(wordAt(j - 1));
        // "the Chip Security Act": a law's name keeps its common words after the first.
        const bool law = j - i >= 2 && m_gazetteer.lawWords().contains(wordAt(j - 1));
        // "Vice-Premier Yao Yilin": a title may be written with hyphens for spaces.
        const auto isTitle = [&](QStringView phrase) {
            return m_gazetteer.titles().contains(phrase)
                || (phrase.contains(QLatin1Char('-'))
                    && m_gazetteer.titles().contains(phrase.toString().replace(QLatin1Char('-'), QLatin1Char(' '))));
        };
        // "King County Superior Court": a title opens no institution's name, though a person may
        // be named before the institution he works for ("Chairman Paul Volcker of the Federal
        // Reserve", "Mayor Koch's office"), and a title may go with a role after the institution
        // ("Deputy State Department spokeswoman").
        bool institution = j - i >= 2 && m_gazetteer.institutionWord(wordAt(j - 1))
            && !(j < n && m_gazetteer.titles().contains(wordAt(j)));
        for (int k = i + 1; k < j && institution; ++k)
            institution = !isConnector(tokens[k]) && tokens[k].begin - tokens[k - 1].end <= 2;
        // "Chief Operating Officer Kenji Harada": a title of several words goes as a whole.
        const auto titleAt = [&](int k) {
            int length = 0;
            QString phrase;
            for (int w = k; !company && !institution && w < j && w < k + 4 && tokens[w].word; ++w) {
                if (w > k)
                    phrase += QLatin1Char(' ');
                phrase += wordAt(w);
                if (isTitle(phrase))
                    length = w - k + 1;
            }
            return length;
        };
        while (b < j) {
            if ((m_gazetteer.stopwords().contains(wordAt(b))
                    && (!law || tokens[b].lower == QLatin1String("the") || tokens[b].lower == QLatin1String("a")))
                || isConnector(tokens[b]) || tokens[b].number) {
                ++b;
                continue;
            }
            const int title = titleAt(b);
            if (title == 0)
                break;
            b += title;
        }
        // "Sales of chips ..." / "Officials at Acme ...": the common word opening a sentence is not
        // part of the name that follows it.
        // "Shares of Samsung Electronics": nor is the "of" after it, and the known name after that
        // is read as such.
        if (b == sentenceStartToken && j - b >= 2 && m_gazetteer.commonWords().contains(tokens[b].lower)) {
            ++b;
            bool connected = false;
            while (b < j && isConnector(tokens[b])) {
                ++b;
                connected = true;
            }
            if (connected && b < j && m_gazetteer.longestMatch(tokens, b, limit).entry >= 0) {
                i = b;
                continue;
            }
        }
        // "Citizens of North Macedonia", but "Bank of Japan": a plain word and "of" opening a
        // sentence are not part of the name after them.
        // "Pieter van der Vorm said": the particles of a person's name are no such "of".
        const auto particle = [&](int k) { return m_gazetteer.surnameParticles().contains(tokens[k].lower); };
        if (b == sentenceStartToken && j - b >= 3 && isConnector(tokens[b + 1]) && !particle(b + 1)
            && !m_gazetteer.institutionWord(wordAt(b)))
            b += 2;
        int e = j;
        // "Acme Widgets Corp" keeps its suffix; a lone "Corp" is dropped with the other stopwords.
        while (e > b
            && ((m_gazetteer.stopwords().contains(wordAt(e - 1))
                    && !(e - b > 1 && m_gazetteer.organisationSuffixes().contains(wordAt(e - 1))))
                || isConnector(tokens[e - 1])))
            --e;
        // "Botswana has stopped ...": a single word opening a sentence is a name when the text
        // also writes it capitalised elsewhere, or gives it a possessive.
        const auto nameElsewhere = [&] {
            const QStringView after = QStringView(text).mid(tokens[b].end, 2);
            if (after == QLatin1String("'s") || after == QStringView(u"\u2019s"))
                return true;
            for (int k = 1; k < n; ++k) {
                if (k != b && tokens[k].lower == tokens[b].lower && tokens[k].capitalized && tokens[k - 1].word
                    && !tokens[k - 1].capitalized)
                    return true;
            }
            return false;
        };
        const bool sentenceInitial = b == sentenceStartToken && (e - b != 1 || !nameElsewhere());
        const bool upperSentence = upperCaseSentence(sentenceIndex);
        // "(Reporting by Wen Yu-ting; Editing by Mark Potter)": a credit line names only its people.
        const bool credited
            = b > 0 && (tokens[b - 1].lower == QLatin1String("by") || tokens[b - 1].lower == QLatin1String("and"));
        const bool boilerplate = sentenceIndex < sentences.size() && sentences[sentenceIndex].boilerplate && !credited;
        const auto commonWord = [&] {
            return e - b == 1 && !m_gazetteer.governmentWords().contains(wordAt(b))
                && (m_gazetteer.commonWords().contains(tokens[b].lower) || lowercase(tokens[b].lower));
        };
        // "Commerce Secretary Howard Lutnick": the words before a known person that end in a title
        // are that person's title, not a name.
        const auto titleOfKnownPerson = [&] {
            if (!m_gazetteer.titles().contains(wordAt(e - 1)) || e >= n)
                return false;
            const Gazetteer::Match next = m_gazetteer.longestMatch(tokens, e, limit);
            return next.entry >= 0 && m_gazetteer.entry(next.entry).type == EntityType::Person;
        };
        // "Group" left over from "Hyundai Motor Group": a legal form alone names nothing.
        const bool bareSuffix = e - b == 1 && m_gazetteer.organisationSuffixes().contains(wordAt(b));
        if (e > b && !upperSentence && !boilerplate && !bareSuffix
            && !(sentenceInitial && e - b == 1 && !surnames.contains(tokens[b].lower)) && !commonWord()
            && !titleOfKnownPerson()) {
            // "Commerce Secretary Malcolm Baldrige": a title inside the phrase; the name is its last two words.
            // The title may have been stripped already ("Undersecretary of State Michael Armacost").
            bool titled = false;
            for (int k = i; k < e - 2 && !titled && !company && !institution; ++k)
                titled = isTitle(wordAt(k));
            if (titled && e - b >= 2 && !tokens[e - 1].allCaps && !tokens[e - 2].allCaps) {
                // "Commissioner Willy De Clercq": the particles of a surname take the given name along.
                int first = e - 2;
                while (first > b && particle(first))
                    --first;
                b = first < e - 2 && tokens[first].capitalized && !isTitle(wordAt(first)) ? first : e - 2;
            }
            const QString phrase = surface(text, tokens[b], tokens[e - 1]).simplified();
            const auto known = surnames.constFind(phrase.toLower());
            if (known != surnames.constEnd()) {
                record(*known, EntityType::Person, tokens[b].begin, tokens[e - 1].end, 0.7);
            } else if (phrase.size() > 1) {
                double confidence = 0.4;
                EntityType type = guessType(tokens, b, e, text, &confidence);
                if (forcedType != EntityType::Other)
                    type = forcedType;
                if (titled && !m_gazetteer.institutionWord(wordAt(e - 1))) {
                    type = EntityType::Person;
                    confidence = 0.6;
                }
                record(phrase, type, tokens[b].begin, tokens[e - 1].end, confidence);
                // "its Saarbruecken plant", "the Yongin semiconductor cluster", "the Amsterdam district
                // court": a site or a court named after its place is an entity of its own.
                for (int k = e;
                     type == EntityType::Other && k < n && k < e + 3 && adjacent(k, wrapped, false) && tokens[k].word
                     && !tokens[k].capitalized && !m_gazetteer.lowerStopwords().contains(tokens[k].lower);
                     ++k) {
                    if (m_gazetteer.facilityNouns().contains(tokens[k].lower)) {
                        record(surface(text, tokens[b], tokens[k]).simplified(), EntityType::Other, tokens[b].begin,
                            tokens[k].end, confidence);
                        break;
                    }
                }
            }
        }
        i = std::max(j, i + 1);
    }
    addPlacedBodies(text, tokens, &out);
    return out;
}

void EntityRecognizer::addPlacedBodies(
    const QString& text, const QList<Token>& tokens, QList<EntityMention>* mentions) const
{
    // "customs officers in Shenzhen said", "police in Seoul": the body of the place named after
    // "in", searched for as "Shenzhen customs".
    for (int k = 0; k + 2 < tokens.size(); ++k) {
        if (!m_gazetteer.placedBodies().contains(tokens[k].lower))
            continue;
        // Not the "Customs" of "U.S. Customs", which is named already.
        const bool named = std::any_of(mentions->begin(), mentions->end(),
            [&](const EntityMention& m) { return m.begin <= tokens[k].begin && tokens[k].end <= m.end; });
        if (named)
            continue;
        int in = k + 1;
        if (m_gazetteer.bodyMemberWords().contains(tokens[in].lower))
            ++in;
        if (in + 1 >= tokens.size() || tokens[in].lower != QLatin1String("in"))
            continue;
        const auto place = std::find_if(mentions->begin(), mentions->end(), [&](const EntityMention& m) {
            return m.begin == tokens[in + 1].begin && (m.type == EntityType::Country || m.type == EntityType::Other);
        });
        if (place == mentions->end())
            continue;
        const EntityMention body {
            text.mid(place->begin, place->end - place->begin) + QLatin1Char(' ') + tokens[k].lower,
            EntityType::Government, tokens[k].begin, place->end, 0.5};
        const auto at = std::lower_bound(mentions->begin(), mentions->end(), body.begin,
            [](const EntityMention& m, int position) { return m.begin < position; });
        mentions->insert(at, body);
    }
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
            // "the EU's trade commissioner" is also written, and searched for, as "EU trade commissioner".
            QString plain = m.entityName;
            plain.replace(QLatin1String("'s "), QLatin1String(" "))
                .replace(QStringLiteral("\u2019s "), QLatin1String(" "));
            if (plain != m.entityName)
                out.last().aliases.append(plain);
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
