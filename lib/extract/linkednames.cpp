// SPDX-License-Identifier: GPL-3.0-or-later
// Names that a Markdown page marks as such by linking them ("[Indian Ocean](https://...)").
#include "entityrecognizer.h"
#include "gazetteer.h"

#include <algorithm>

namespace Kairos::Extract {

namespace {

/// The text of the Markdown link whose "[" is at open: its "]" (followed by "("), or -1.
int linkTextEnd(const QString& body, int open)
{
    const int n = int(body.size());
    int close = open + 1;
    while (close < n && close - open <= 80 && body[close] != QLatin1Char(']') && body[close] != QLatin1Char('[')
        && body[close] != QLatin1Char('\n'))
        ++close;
    if (close + 1 >= n || body[close] != QLatin1Char(']') || body[close + 1] != QLatin1Char('(')
        || (open > 0 && body[open - 1] == QLatin1Char('!')))
        return -1;
    return close;
}

/// Whether the line of the link at open holds nothing but links ("[Read more](...) | [Share](...)",
/// a heading that links to a page): a menu or a headline, not a sentence naming things.
bool onlyLinksOnLine(const QString& body, const QString& text, int open)
{
    const int lineStart = int(body.lastIndexOf(QLatin1Char('\n'), open)) + 1;
    int lineEnd = int(body.indexOf(QLatin1Char('\n'), open));
    if (lineEnd < 0)
        lineEnd = int(body.size());
    for (int i = lineStart; i < lineEnd; ++i) {
        if (body[i] == QLatin1Char('[')) {
            if (const int close = linkTextEnd(body, i); close > 0) {
                i = close;
                continue;
            }
        }
        // The masked text has blanked the link targets and the list and emphasis marks.
        if (text[i].isLetterOrNumber())
            return false;
    }
    return true;
}

} // namespace

void EntityRecognizer::addLinkedNames(
    const QString& body, const QString& text, const QList<Token>& tokens, QList<EntityMention>* mentions) const
{
    QList<EntityMention> added;
    // Built on the first link: most texts have none.
    std::optional<WordSet> lowercaseWords;
    for (int open = int(body.indexOf(QLatin1Char('['))); open >= 0;
         open = int(body.indexOf(QLatin1Char('['), open + 1))) {
        const int close = linkTextEnd(body, open);
        if (close < 0 || onlyLinksOnLine(body, text, open))
            continue;
        // The link's words, as tokens of the masked text (which has the same positions).
        const auto first = std::lower_bound(
            tokens.begin(), tokens.end(), open + 1, [](const Token& t, int at) { return t.begin < at; });
        auto last = first;
        while (last != tokens.end() && last->end <= close)
            ++last;
        int begin = int(first - tokens.begin());
        const int end = int(last - tokens.begin());
        const auto wordAt
            = [&](int k) { return QStringView(text).mid(tokens[k].begin, tokens[k].end - tokens[k].begin); };
        // "[the Knesset]", "[Pope Leo XIV]": a stopword or a title before the name is no part of it.
        while (begin < end
            && (m_gazetteer.stopwords().contains(wordAt(begin)) || m_gazetteer.titles().contains(wordAt(begin))))
            ++begin;
        // "[Human rights in Tunisia]": a page about what happens somewhere names a topic.
        if (std::any_of(tokens.begin() + begin, tokens.begin() + end,
                [&](const Token& t) { return !t.capitalized && m_gazetteer.placePrepositions().contains(t.lower); }))
            continue;
        const int words = int(std::count_if(
            tokens.begin() + begin, tokens.begin() + end, [](const Token& t) { return t.word || t.number; }));
        // A name is a few words that open with a capital and go unbroken by punctuation.
        if (begin >= end || words > 6 || !tokens[begin].capitalized || tokens[begin].number
            || std::any_of(tokens.begin() + begin, tokens.begin() + end, [](const Token& t) {
                   return !t.word && !t.number && t.lower != QLatin1String("-") && t.lower != QLatin1String("&")
                       && t.lower != QLatin1String("'");
               }))
            continue;
        const int from = tokens[begin].begin;
        const int to = tokens[end - 1].end;
        // Named already, alone or inside a longer name ("[United States]" of "the United States").
        if (std::any_of(mentions->begin(), mentions->end(),
                [&](const EntityMention& m) { return m.begin <= from && m.end >= to; })
            || m_gazetteer.longestMatch(tokens, begin, end).tokenCount == end - begin)
            continue;
        // "[U.S. president]", "[Police]": a title or a bare body names nobody in particular.
        const QStringView lastWord = wordAt(end - 1);
        QString capitalised = lastWord.toString();
        capitalised[0] = capitalised[0].toUpper();
        if (m_gazetteer.titles().contains(lastWord) || m_gazetteer.titles().contains(capitalised)
            || (words == 1 && m_gazetteer.institutionWord(lastWord)))
            continue;
        // "[Search for Malaysia Airlines Flight 370]": a linked title opening with a word the text
        // also writes in lower case is the title of a page about something, not a name.
        if (!lowercaseWords)
            lowercaseWords = lowerCaseWords(tokens);
        const QString name = text.mid(from, to - from).simplified();
        if (lowercaseWords->contains(tokens[begin].lower) || m_gazetteer.commonWords().contains(tokens[begin].lower)
            || m_gazetteer.titles().contains(name))
            continue;
        // "[Imprisoned]": a verb's form is no name.
        if (words == 1
            && (tokens[begin].lower.endsWith(QLatin1String("ed"))
                || tokens[begin].lower.endsWith(QLatin1String("ing"))))
            continue;
        double confidence = 0.4;
        EntityType type = guessType(tokens, begin, end, text, &confidence);
        // "[Gaza Strip]", "[Yemeni crisis]": a page is as often about a place or a happening as
        // about a person; the first pass has found those a title or the gazetteer names.
        if (type == EntityType::Person && confidence < 0.6) {
            type = EntityType::Other;
            confidence = 0.4;
        }
        added.append({name, type, from, to, confidence});
    }
    if (added.isEmpty())
        return;
    mentions->append(added);
    std::stable_sort(mentions->begin(), mentions->end(),
        [](const EntityMention& a, const EntityMention& b) { return a.begin < b.begin; });
}

} // namespace Kairos::Extract
