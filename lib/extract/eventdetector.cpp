// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdetector.h"

namespace Kairos::Extract {

bool EventDetector::mentionsReportedly(const QString& sentence) const
{
    for (const QString& cue : m_reportedlyCues) {
        if (sentence.contains(cue, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool EventDetector::refersBack(const QString& sentence, const QString& trigger) const
{
    // Plain string tests: this runs for every undated event.
    const QStringView head = QStringView(sentence).trimmed().left(48);
    const qsizetype space = head.indexOf(QLatin1Char(' '));
    if (trigger.isEmpty() || space <= 0 || !m_referringDeterminers.contains(head.left(space).toString().toLower()))
        return false;
    const qsizetype at = head.indexOf(trigger, space, Qt::CaseInsensitive);
    return at > 0 && head.left(at).count(QLatin1Char(' ')) <= 3;
}

bool EventDetector::namesKnownHappening(const QString& sentence, const QString& trigger) const
{
    if (trigger.isEmpty() || trigger.contains(QLatin1Char(' ')))
        return false;
    const auto phrases = m_phrases.constFind(trigger.toLower());
    if (phrases == m_phrases.constEnd()
        || std::none_of(phrases->begin(), phrases->end(), [](const Phrase& p) { return p.noun; }))
        return false;
    for (qsizetype at = sentence.indexOf(trigger); at > 0; at = sentence.indexOf(trigger, at + 1)) {
        const QChar after = at + trigger.size() < sentence.size() ? sentence[at + trigger.size()] : QChar();
        if (!sentence[at - 1].isSpace() || after.isLetter())
            continue;
        qsizetype end = at - 1;
        while (end > 0 && sentence[end - 1].isSpace())
            --end;
        qsizetype begin = end;
        while (begin > 0 && sentence[begin - 1].isLetter())
            --begin;
        // "a chief purpose of Baldrige's visit": a possessive names a happening as known as "the" does.
        const bool possessive = begin >= 2 && sentence.mid(begin, end - begin) == QLatin1String("s")
            && (sentence[begin - 1] == QLatin1Char('\'') || sentence[begin - 1] == QChar(0x2019));
        // "the US company's purchase of Israeli chip designer Autotalks": a deed whose doer and
        // named object are both told is one of its own, not the one told before.
        const QStringView rest = QStringView(sentence).mid(at + trigger.size());
        const bool ownObject = rest.startsWith(QLatin1String(" of "))
            && std::any_of(rest.begin() + 4, rest.begin() + std::min<qsizetype>(rest.size(), 30),
                [](QChar c) { return c.isUpper(); });
        if (possessive && ownObject)
            return false;
        return possessive || m_referringDeterminers.contains(sentence.mid(begin, end - begin).toLower());
    }
    return false;
}

bool EventDetector::datesWhatCameBefore(const QString& textBeforeDate) const
{
    const QList<Token> words = tokenize(textBeforeDate);
    return std::any_of(words.begin(), words.end(), [&](const Token& w) { return m_sequenceCues.contains(w.lower); });
}

bool EventDetector::continuesPrevious(const QString& sentence) const
{
    const QString head = sentence.trimmed().left(40);
    return std::any_of(m_continuationCues.begin(), m_continuationCues.end(),
        [&](const QString& cue) { return head.startsWith(cue, Qt::CaseInsensitive); });
}

int EventDetector::statementVerb(const Input& in, const QString& attributionEntity, bool hedgedIsNews) const
{
    const bool repeated = in.speakers.contains(attributionEntity);
    // '... I am against price rises," Walesa said.': a sentence that starts inside a quotation
    // opened before it continues that quotation.
    int quoteMarks = 0;
    int firstMark = -1;
    for (int k = 0; k < in.tokens.size(); ++k) {
        if (isQuoteMark(in.tokens[k].lower)) {
            firstMark = firstMark < 0 ? k : firstMark;
            ++quoteMarks;
        }
    }
    const bool insideQuote = quoteMarks % 2 == 1 && firstMark > 0;
    if (attributionEntity.isEmpty() || isQuoteMark(in.tokens.first().lower) || insideQuote)
        return -1;
    int verb = -1;
    bool hedged = false;
    bool reportsDeed = false;
    for (int i = 0; i < in.tokens.size(); ++i) {
        const QString& t = in.tokens[i].lower;
        // "said officials had notified him": a past perfect in what was said tells what happened.
        const bool reportedPast = verb >= 0 && t == QLatin1String("had");
        // "Japan has failed to implement ..., Yeutter said": so does a perfect before the speech verb.
        const QString next = i + 1 < in.tokens.size() ? in.tokens[i + 1].lower : QString();
        const bool perfectDeed = verb < 0 && m_pastAuxiliaries.contains(t) && m_statementHedges.contains(t)
            && !m_plainSpeechVerbs.contains(next) && !m_speechVerbs.contains(next)
            && ((next.size() > 3 && next.endsWith(QLatin1String("ed"))) || m_pastForms.contains(next));
        reportsDeed = reportsDeed || perfectDeed;
        hedged = hedged || hedge(in.tokens, i) || (m_statementHedges.contains(t) && !reportedPast && !perfectDeed);
        if (verb < 0 && m_plainSpeechVerbs.contains(t))
            verb = i;
    }
    // "But it has failed to open its markets, he said": a pronoun subject continues them.
    const bool continues = std::any_of(in.tokens.begin(), in.tokens.begin() + std::min(2, int(in.tokens.size())),
        [&](const Token& t) { return m_subjectPronouns.contains(t.lower); });
    // "He explained that ...", "He said the company was studying the list": a pronoun speaker's
    // words continue what a speaker named before said (the worked example's non-events).
    const bool pronounSpeaker = verb > 0 && m_subjectPronouns.contains(in.tokens[verb - 1].lower);
    // "Beijing has not said whether it will allow the chip": words not spoken are no statement.
    for (int k = verb - 1; verb > 0 && k >= 0 && k >= verb - 3; --k) {
        if (m_negations.contains(in.tokens[k].lower))
            return -1;
    }
    if ((repeated && !reportsDeed) || (reportsDeed && continues) || (pronounSpeaker && !reportsDeed))
        verb = -1;
    // "told reporters the impact of the tax was obvious", "said the turnout was a record low": a
    // judgement or a figure rather than news, unless it is the lead's.
    bool judgement = false;
    for (int k = verb + 1; verb >= 0 && k < in.tokens.size(); ++k) {
        const QString& w = in.tokens[k].lower;
        // "said Senegal's foreign debt came to 800 billion francs": a figure.
        if (changeOfFigure(in.tokens, k)) {
            judgement = true;
            break;
        }
        // "said Equitable had deposits of 79.2 mln dlrs": a possession that gives a figure.
        const bool possession = m_presentPerfectAuxiliaries.contains(w) || m_pastPerfectAuxiliaries.contains(w);
        if (possession && k + 1 < in.tokens.size()) {
            const QString& next = in.tokens[k + 1].lower;
            const bool participle = next.endsWith(QLatin1String("ed")) || next.endsWith(QLatin1String("en"))
                || m_pastForms.contains(next) || m_beForms.contains(next) || m_adverbs.contains(next);
            if (!participle) {
                const int from = in.tokens[k].end;
                judgement = std::any_of(in.quantities.begin(), in.quantities.end(),
                    [&](const Quantity& q) { return q.begin >= from && q.begin - from < 40; });
                break;
            }
        }
        if (m_beForms.contains(w) && w != QLatin1String("be") && w != QLatin1String("been")) {
            const QString next = k + 1 < in.tokens.size() ? in.tokens[k + 1].lower : QString();
            judgement = next != QLatin1String("to") && !next.endsWith(QLatin1String("ed"))
                && !next.endsWith(QLatin1String("en")) && !next.endsWith(QLatin1String("ing"))
                && !m_pastForms.contains(next);
            break;
        }
        // "the plan to raise tariffs was long overdue": an infinitive belongs to the subject.
        // "the administration's plan": a verb's form after a determiner or a possessive names a thing.
        const QString& before = in.tokens[k - 1].lower;
        if (w == QLatin1String("to")
            || (k >= 2 && before == QLatin1String("to") && !m_beForms.contains(in.tokens[k - 2].lower))
            || m_determiners.contains(before)
            || QStringView(*in.text).mid(in.tokens[k - 1].end, 2) == QLatin1String("'s"))
            continue;
        if (m_auxiliaries.contains(w) || m_futureAuxiliaries.contains(w) || m_pastForms.contains(w)
            || (w.size() > 3 && w.endsWith(QLatin1String("ed"))) || verbLike(w))
            break;
    }
    // "Additional details were not available, he said": the words before the speech verb.
    for (int k = 1; verb > 1 && !judgement && k + 1 < verb; ++k) {
        const QString& w = in.tokens[k].lower;
        if (isClauseMark(in.tokens[k]))
            break;
        if (m_beForms.contains(w) && w != QLatin1String("be") && w != QLatin1String("been")) {
            const QString& next = in.tokens[k + 1].lower;
            judgement = m_negations.contains(next)
                || (in.tokens[k + 1].word && !in.tokens[k + 1].capitalized && !in.tokens[k + 1].number
                    && next != QLatin1String("to") && !next.endsWith(QLatin1String("ed"))
                    && !next.endsWith(QLatin1String("en")) && !next.endsWith(QLatin1String("ing"))
                    && !m_pastForms.contains(next) && !m_determiners.contains(next));
            break;
        }
    }
    const bool unnamed = verb > 0 && m_sourceWords.contains(in.tokens[verb - 1].lower);
    // The lead's words are the news even when they are a warning or a view ("Lawson said the
    // United States and Japan must work to avert a trade war").
    // "The Court of Auditors said in April the target was unlikely to be met": words given a day
    // of their own are news, hedged or a judgement as they may be.
    // "told a parliamentary committee on Wednesday that ...": the day may follow the listeners or
    // the occasion, before the words themselves.
    const auto daysWords = [&](const DateExpression& d) {
        if (!d.start || d.begin < in.tokens[verb].end)
            return false;
        if (d.begin - in.tokens[verb].end <= 1)
            return true;
        for (int k = verb + 1; k < in.tokens.size() && k <= verb + 8; ++k) {
            if (in.tokens[k].begin >= d.begin)
                return true;
            if (isClauseMark(in.tokens[k]) || in.tokens[k].lower == QLatin1String("that") || !in.tokens[k].word)
                return false;
        }
        return false;
    };
    const bool ownDay = verb >= 0 && std::any_of(in.dates.begin(), in.dates.end(), daysWords);
    return verb >= 0 && (!hedged || in.lead || hedgedIsNews || ownDay) && !unnamed && (!judgement || in.lead || ownDay)
        ? verb
        : -1;
}

QList<ExtractedEvent> EventDetector::detect(const Input& in, QString* speaker) const
{
    QList<ExtractedEvent> out;
    if (restates(in))
        return out;

    if (forecast(in))
        return out;
    QList<Hit> hits = findHits(in);
    addDatedChanges(in, &hits);
    addReportedResults(in, &hits);
    // "The former dealer of Herstatt Bank, which collapsed on speculation, can stand trial, a court
    // ruled": a relative clause set off by commas describes its noun; what the sentence tells is
    // outside it, when something is.
    {
        const QList<bool> relative = relativeClauses(in);
        bool outside = std::any_of(hits.begin(), hits.end(), [&](const Hit& h) { return !relative[h.token]; });
        // "Shares of Tokyo Electron, which supplies the plant, rose 2.1%": so is a change of a figure.
        for (int k = 1; !hits.isEmpty() && k < in.tokens.size() && !outside; ++k)
            outside = !relative[k] && changeOfFigure(in.tokens, k);
        // "Herstatt Bank, which collapsed in 1974, ...", "Rapidus, which began operating a pilot
        // line in April, received approval in March": with a day of its own the clause tells a
        // happening of its own, as annotators count it.
        const auto datedClause = [&](const Hit& h) {
            for (const DateExpression& d : in.dates) {
                if (!d.start)
                    continue;
                int j = h.token;
                while (j < in.tokens.size() && in.tokens[j].end <= d.begin && relative[j])
                    ++j;
                if (j < in.tokens.size() && relative[j] && in.tokens[j].begin >= d.begin - 1)
                    return true;
            }
            return false;
        };
        if (outside)
            hits.removeIf([&](const Hit& h) { return relative[h.token] && !datedClause(h); });
    }
    QString attributionEntity;
    const QString attribution = attributionFor(in, &attributionEntity);
    const bool speaks = std::any_of(
        in.tokens.begin(), in.tokens.end(), [&](const Token& t) { return m_plainSpeechVerbs.contains(t.lower); });
    if (speaker && speaks)
        *speaker = attributionEntity.isEmpty() ? attribution : attributionEntity;

    // A report by a news outlet is an event of its own; the reported happening is another.
    for (const Hit& h : hits) {
        if (h.type != QLatin1String("report"))
            continue;
        const bool outletNear = std::any_of(in.mentions.begin(), in.mentions.end(), [&](const EntityMention& m) {
            return m.type == EntityType::MediaOutlet && qAbs(m.begin - in.tokens[h.token].begin) < 60;
        });
        // "denied a local newspaper report that ...": an outlet told by its kind.
        const bool outletKind = std::any_of(in.tokens.begin() + std::max(0, h.token - 2), in.tokens.begin() + h.token,
            [&](const Token& t) { return m_outletWords.contains(t.lower); });
        if (outletNear || outletKind) {
            out.append(build(in, h, QString(), QString()));
            break;
        }
    }
    // "..., according to Bloomberg": a news outlet named as the source tells its report.
    const bool outletNamed = std::any_of(in.mentions.begin(), in.mentions.end(),
        [](const EntityMention& m) { return m.type == EntityType::MediaOutlet; });
    for (int i = 0; outletNamed && out.isEmpty() && i < in.tokens.size(); ++i) {
        for (const QStringList& phrase : m_attributionPhrases) {
            if (!phraseAt(in.tokens, i, phrase))
                continue;
            int k = i + int(phrase.size());
            if (k < in.tokens.size() && m_determiners.contains(in.tokens[k].lower))
                ++k;
            const bool outlet = k < in.tokens.size()
                && std::any_of(in.mentions.begin(), in.mentions.end(), [&](const EntityMention& m) {
                       return m.type == EntityType::MediaOutlet && m.begin == in.tokens[k].begin;
                   });
            if (outlet) {
                out.append(build(in, Hit {i, i + int(phrase.size()), m_reportType, false}, QString(), QString()));
                break;
            }
        }
    }

    // "Yeutter told a House Agriculture Committee hearing": what a speaker tells is a statement.
    for (Hit& h : hits) {
        if (!h.noun || !m_audienceNouns.contains(in.tokens[h.tokenEnd - 1].lower))
            continue;
        // "told senators at a hearing": the hearing is where the words were told.
        bool venue = false;
        for (int k = h.token - 1; k >= 0 && k >= h.token - 6 && in.tokens[k].word; --k) {
            if (m_listenerVerbs.contains(in.tokens[k].lower) && k + 1 < h.token
                && (venue || m_determiners.contains(in.tokens[k + 1].lower))) {
                h.type = QStringLiteral("statement");
                break;
            }
            if (m_venuePrepositions.contains(in.tokens[k].lower) && k + 2 == h.token
                && m_determiners.contains(in.tokens[k + 1].lower)) {
                venue = true;
                continue;
            }
            if (m_prepositions.contains(in.tokens[k].lower) || in.tokens[k].lower == QLatin1String("that"))
                break;
        }
    }
    // "China's internet regulator has told ByteDance to stop buying Nvidia chips", "ordered the
    // firms to halt shipments": an order; what the firms are to do is its content, not a
    // happening of its own.
    for (int k = 0; k < in.tokens.size(); ++k) {
        const int to = directiveComplement(in, k);
        if (to < 0)
            continue;
        int end = to + 1;
        while (end < in.tokens.size() && !isClauseMark(in.tokens[end]))
            ++end;
        // "told its suppliers to suspend work on the chip": a change of production ordered is one.
        QString type = m_directiveType;
        const auto ordered = m_phrases.constFind(in.tokens[to + 1].lower);
        for (const Phrase& x : ordered == m_phrases.constEnd() ? QList<Phrase>() : *ordered) {
            if (!x.noun && m_directiveContentTypes.contains(x.type) && phraseAt(in.tokens, to + 1, x.keys))
                type = x.type;
        }
        hits.removeIf([&](const Hit& h) { return h.token >= k && h.token < end; });
        const auto at = std::find_if(hits.begin(), hits.end(), [&](const Hit& h) { return h.token > k; });
        hits.insert(at, Hit {k, k + 1, type, false});
        k = end;
    }
    // "the truce agreed when Trump and Xi met in Busan": what a meeting agreed is told with it. The
    // deed still bounds the clauses around it.
    QList<int> toldByMeeting;
    for (int i = 0; i + 1 < hits.size(); ++i) {
        const Hit& deed = hits[i];
        const Hit& meeting = hits[i + 1];
        if (deed.noun || deed.type != QLatin1String("deal") || deed.token < 1 || deed.tokenEnd >= in.tokens.size()
            || in.tokens[deed.tokenEnd].lower != QLatin1String("when") || meeting.noun
            || meeting.type != QLatin1String("meeting") || meeting.token - deed.tokenEnd > 10)
            continue;
        const Token& before = in.tokens[deed.token - 1];
        const bool reducedPassive = before.word && !before.capitalized && !m_beForms.contains(before.lower)
            && !m_auxiliaries.contains(before.lower) && !m_subjectPronouns.contains(before.lower);
        const bool oneClause = std::none_of(in.tokens.begin() + deed.tokenEnd, in.tokens.begin() + meeting.token,
            [](const Token& t) { return !t.word; });
        if (reducedPassive && oneClause)
            toldByMeeting << deed.token;
    }
    dropWhatIsNotTold(in, &hits);
    QList<int> deedsAfter; // where each trigger other than a statement opens
    for (const Hit& h : hits) {
        if (h.type != QLatin1String("statement") && h.type != QLatin1String("report"))
            deedsAfter << h.token;
    }
    int framing = -1;
    std::optional<QList<bool>> framingRelative;
    QList<Hit> statements;
    QList<Hit> verbs;
    QList<Hit> nouns;
    for (const Hit& h : hits) {
        if (h.type == QLatin1String("report"))
            continue;
        if (h.type == QLatin1String("statement")) {
            // "In his speech, however, Masse said he would prefer ...": a speech already told is the
            // occasion of plain speech, whose words are judged as such ("said in a statement" still
            // names a statement).
            const bool occasion = h.noun && speaks && h.token >= 2
                && m_determiners.contains(in.tokens[h.token - 1].lower)
                && !m_indefiniteArticles.contains(in.tokens[h.token - 1].lower)
                && m_prepositions.contains(in.tokens[h.token - 2].lower);
            // "China responded by barring Nexperia's unit from exporting": the response is the deed.
            // "responded within minutes by announcing levies" too.
            int by = h.tokenEnd;
            while (!h.noun && by < in.tokens.size() && by < h.tokenEnd + 4 && in.tokens[by].word
                && !m_meansPrepositions.contains(in.tokens[by].lower))
                ++by;
            const bool byDeed = !h.noun && by + 1 < in.tokens.size()
                && m_meansPrepositions.contains(in.tokens[by].lower)
                && in.tokens[by + 1].lower.endsWith(QLatin1String("ing"))
                && std::any_of(deedsAfter.begin(), deedsAfter.end(), [&](int k) { return k > by && k <= by + 4; });
            if (occasion || byDeed)
                continue;
            statements << h;
            if (framing < 0 && m_framingVerbs.contains(in.tokens[h.token].lower))
                framing = h.token;
            continue;
        }
        // Claims inside a framed statement ("stated that China is rejecting") belong to the statement,
        // but not past the relative clause that holds it ("Shares of Applied Materials, which warned
        // in October that the rule would cut its revenue, rose 3%").
        if (framing >= 0 && h.token > framing) {
            if (!framingRelative)
                framingRelative = relativeClauses(in, true);
            if (!(*framingRelative)[framing] || (*framingRelative)[h.token])
                continue;
        }
        (h.noun ? nouns : verbs) << h;
    }
    // "launched an anti-dumping investigation", "introduced tariffs": a verb that only starts
    // something tells the happening its event noun names.
    // So does weighing whether to do something the lexicon knows ("weighing whether to lift
    // production").
    for (Hit& v : verbs) {
        if (!m_supportVerbs.contains(in.tokens[v.token].lower)
            && !m_titleQuestionWords.contains(in.tokens[v.tokenEnd - 1].lower))
            continue;
        for (const Hit& n : std::as_const(nouns)) {
            // "unveiled its final set of chip export rules": within the noun's own phrase.
            bool near = n.token >= v.tokenEnd && n.token - v.tokenEnd <= 6;
            for (int k = v.tokenEnd; near && k < n.token; ++k)
                near = !isClauseMark(in.tokens[k]) && in.tokens[k].lower != QLatin1String("that");
            if (near && n.type != v.type) {
                // "denied that it had suspended construction": the denial stays with the deed.
                const bool denied = v.denied;
                v = n;
                v.denied = v.denied || denied;
                v.started = true;
                break;
            }
        }
    }
    // "secured a 15% ceiling on future tariffs": securing grants nothing without an event noun.
    verbs.removeIf([&](const Hit& v) {
        if (v.noun || !m_supportOnlyVerbs.contains(in.tokens[v.token].lower))
            return false;
        for (int k = v.tokenEnd; k < in.tokens.size() && k <= v.tokenEnd + 6 && !isClauseMark(in.tokens[k]); ++k) {
            if (nounTriggerAt(in.tokens, k))
                return false;
        }
        return true;
    });
    // "The reciprocal tariffs, which took effect on April 9": what takes effect is of its subject's kind.
    for (Hit& v : verbs) {
        if (m_subjectTypedVerbs.isEmpty() || v.tokenEnd - v.token < 2)
            continue;
        QStringList keys;
        for (int k = v.token; k < v.tokenEnd; ++k)
            keys << in.tokens[k].lower;
        if (!m_subjectTypedVerbs.contains(keys.join(QLatin1Char(' '))))
            continue;
        // "Japan's revised export rules, which add ... to the list, took effect": past the relative clause.
        int subjectEnd = v.token;
        if (v.token >= 2 && in.tokens[v.token - 1].lower == QLatin1String(",")) {
            for (int k = v.token - 2; k >= 1 && k >= v.token - 30; --k) {
                if (in.tokens[k].lower == QLatin1String(",") && m_relativePronouns.contains(in.tokens[k + 1].lower)) {
                    subjectEnd = k;
                    break;
                }
            }
        }
        for (int n = int(nouns.size()) - 1; n >= 0; --n) {
            bool sameClause = nouns[n].tokenEnd <= subjectEnd && subjectEnd - nouns[n].tokenEnd <= 8;
            for (int k = nouns[n].tokenEnd; sameClause && k < subjectEnd; ++k)
                sameClause
                    = !isClauseMark(in.tokens[k]) || (in.tokens[k].lower == QLatin1String(",") && subjectEnd - k <= 3);
            if (sameClause) {
                v.type = nouns[n].type;
                break;
            }
        }
    }
    // "in talks with Nvidia to buy the H200": talks held to buy are purchase talks.
    const auto talksFor = [&](Hit& h) {
        if (h.type != m_presenceType || !h.noun)
            return;
        for (int k = h.tokenEnd; k + 1 < in.tokens.size() && k <= h.tokenEnd + 6 && !isClauseMark(in.tokens[k]); ++k) {
            // "talks with Huawei about buying its chips" too.
            if (!m_purposeMarkers.contains(in.tokens[k].lower) && !m_talksTopicMarkers.contains(in.tokens[k].lower))
                continue;
            const auto phrases = m_phrases.constFind(in.tokens[k + 1].lower);
            for (const Phrase& x : phrases == m_phrases.constEnd() ? QList<Phrase>() : *phrases) {
                if (!x.noun && m_talksPurposeTypes.contains(x.type))
                    h.type = x.type;
            }
            break;
        }
    };
    std::for_each(nouns.begin(), nouns.end(), talksFor);
    std::for_each(verbs.begin(), verbs.end(), talksFor);
    QList<Hit> taken;
    // "guidance warning that ...": a noun's participle is no statement noun.
    const bool statementNoun = std::any_of(statements.begin(), statements.end(), [&](const Hit& h) {
        return h.noun
            && !(h.token >= 1 && in.tokens[h.token].lower.endsWith(QLatin1String("ing")) && in.tokens[h.token - 1].word
                && !m_determiners.contains(in.tokens[h.token - 1].lower)
                && !m_prepositions.contains(in.tokens[h.token - 1].lower));
    });
    // "said it 'does not comment on market rumors'": words that only withhold tell nothing.
    bool withholds = false;
    const int spoken = speaks ? statementVerb(in, attributionEntity, true) : -1;
    for (int k = spoken + 2; spoken >= 0 && k < in.tokens.size() && k <= spoken + 6 && !withholds; ++k) {
        if (isClauseMark(in.tokens[k]))
            break;
        // Not "I wouldn't say the plan is dead", which says something after all.
        withholds = m_withheldVerbs.contains(in.tokens[k].lower)
            && (m_negations.contains(in.tokens[k - 1].lower) || m_negations.contains(in.tokens[k - 2].lower))
            && !m_conditionalAuxiliaries.contains(in.tokens[k - 2].lower)
            && (k < 3 || !m_conditionalAuxiliaries.contains(in.tokens[k - 3].lower));
    }
    if (!statements.isEmpty() && !withholds
        && (framing >= 0 || statementNoun || (verbs.isEmpty() && nouns.isEmpty()))) {
        Hit h = statements.first();
        if (framing >= 0)
            h = *std::find_if(statements.begin(), statements.end(), [&](const Hit& s) { return s.token == framing; });
        taken << h;
    }
    const int statementCount = int(taken.size());
    // A happening told in passing ("despite U.S. sanctions announced last week") leaves a
    // speaker's words the news they would be without it.
    const bool plainStatement = taken.isEmpty() && verbs.isEmpty()
        && std::all_of(nouns.begin(), nouns.end(), [](const Hit& h) { return h.occasion; });

    // Verbs carry the happenings; nouns only when there is no verb, or when the noun is the subject
    // of a clause of its own ("..., and a decision is expected in April").
    // "..., and that volume output there would start in 2027": so is one a second "that" opens.
    std::optional<QList<bool>> relativeTokens;
    const auto clauseSubject = [&](const Hit& h) {
        const auto opens = [&](int k) {
            return k >= 0
                && (isClauseMark(in.tokens[k])
                    || (k >= 1 && in.tokens[k].lower == QLatin1String("that") && isClauseMark(in.tokens[k - 1])));
        };
        // "Construction will begin in October, and ...": the sentence's own start opens a clause too,
        // unless what the clause does to the noun is a trigger of its own ("The export licences were
        // revoked").
        const bool sentenceStart = h.token <= 1;
        const bool clauseStart = sentenceStart || opens(h.token - 1) || opens(h.token - 2);
        int verb = h.tokenEnd;
        // "A hearing at the court, which ordered the suspension in October, is scheduled for Jan. 14":
        // the subject's verb comes after its relative clause.
        if (sentenceStart) {
            int comma = verb;
            while (comma < in.tokens.size() && comma < h.tokenEnd + 6 && in.tokens[comma].word)
                ++comma;
            const bool opensRelative = comma + 1 < in.tokens.size() && in.tokens[comma].lower == QLatin1String(",")
                && m_relativePronouns.contains(in.tokens[comma + 1].lower);
            if (opensRelative && !relativeTokens)
                relativeTokens = relativeClauses(in, true);
            int close = comma + 1;
            while (opensRelative && close < in.tokens.size() && (*relativeTokens)[close])
                ++close;
            if (close > comma + 1 && close < in.tokens.size() && in.tokens[close].lower == QLatin1String(","))
                verb = close + 1;
        }
        while (verb < in.tokens.size() && verb <= h.tokenEnd + 1
            && (m_adverbs.contains(in.tokens[verb].lower) || m_existential.contains(in.tokens[verb].lower)))
            ++verb;
        const bool undergoes = sentenceStart && std::any_of(verbs.begin(), verbs.end(), [&](const Hit& v) {
            return v.token > verb && v.token <= verb + 3;
        });
        return clauseStart && !undergoes && verb < in.tokens.size()
            && m_clauseSubjectVerbs.contains(in.tokens[verb].lower);
    };
    // "held a phone call ..., during which they agreed to meet": an event noun that a light verb
    // holds is told like a verb.
    const auto held = [&](const Hit& h) {
        // "holding a fifth round of trade talks": a count of the noun may stand between.
        // "took a 9.9% stake", "made a decision": so does the noun's own light verb.
        const QString light = h.noun && h.tokenEnd == h.token + 1
            ? m_titles.lightVerb(h.type, in.tokens[h.token].lower).section(QLatin1Char(' '), 0, 0)
            : QString();
        for (int k = h.token - 1; h.noun && k >= 0 && k >= h.token - 6; --k) {
            const bool figure
                = in.tokens[k].number || (in.tokens[k].lower == QLatin1String("%") && k > 0 && in.tokens[k - 1].number);
            if ((!in.tokens[k].word && !figure) || isClauseMark(in.tokens[k]))
                return false;
            // "opened its probe in December": so does a verb that only starts it.
            if (m_holdVerbs.contains(in.tokens[k].lower) || m_supportVerbs.contains(in.tokens[k].lower))
                return true;
            // Every light verb's forms share its first letter ("took", "take"): a cheap test first.
            if (!light.isEmpty() && in.tokens[k].word && in.tokens[k].lower.front() == light.front()
                && !m_determiners.contains(in.tokens[k].lower)
                && m_titles.baseForm(in.tokens[k].lower, h.type) == light)
                return true;
        }
        return false;
    };
    const QList<bool> relative = relativeClauses(in, true);
    QList<Hit> content = verbs.isEmpty() ? nouns : verbs;
    QList<int> expectedApart; // event nouns told as expected in a clause of their own
    if (!verbs.isEmpty()) {
        for (const Hit& h : std::as_const(nouns)) {
            // "announced its decision to permit the export": the deed the noun leads to is the news.
            const bool leadsToDeed = h.tokenEnd + 1 < in.tokens.size()
                && in.tokens[h.tokenEnd].lower == QLatin1String("to")
                && std::any_of(verbs.begin(), verbs.end(), [&](const Hit& v) { return v.token == h.tokenEnd + 1; });
            if (held(h) && !leadsToDeed) {
                content << h;
                continue;
            }
            // "after US rules cut the Chinese firm off": the subject of a clause of fact.
            bool factSubject = false;
            for (int k = std::max(0, h.token - 3); k < h.token && !factSubject; ++k)
                factSubject = factClauseAt(in.tokens, k);
            // "Rapidus, which launched a pilot line, received approval": the main clause's deed
            // beside the relative clause's.
            const bool mainBesideRelative = !relative[h.token]
                && std::all_of(
                    verbs.begin(), verbs.end(), [&](const Hit& v) { return relative[v.token] && v.token < h.token; })
                && h.token >= 2
                && (in.tokens[h.token - 1].lower.endsWith(QLatin1String("ed"))
                    || m_pastForms.contains(in.tokens[h.token - 1].lower));
            // "China cut the tariffs it had imposed": the main clause's deed on a noun that a
            // relative clause tells of is a happening of its own, whatever its verb.
            int governor = h.token - 1;
            while (governor > 0 && h.token - governor <= 3 && in.tokens[governor].word
                && !in.tokens[governor].capitalized && !in.tokens[governor].lower.endsWith(QLatin1String("ed"))
                && !m_pastForms.contains(in.tokens[governor].lower))
                --governor;
            const QString& governing = in.tokens[std::max(0, governor)].lower;
            const bool actedOn = governor > 0 && in.tokens[governor].word && !in.tokens[governor].capitalized
                && (governing.endsWith(QLatin1String("ed")) || m_pastForms.contains(governing))
                && !m_beForms.contains(governing) && !m_auxiliaries.contains(governing)
                && !m_speechVerbs.contains(governing)
                && std::none_of(verbs.begin(), verbs.end(), [&](const Hit& v) { return v.token == governor; })
                && std::any_of(verbs.begin(), verbs.end(), [&](const Hit& v) {
                       const int noun = reducedRelative(in, v.token);
                       return v.type == h.type && noun >= h.token && noun < h.tokenEnd;
                   });
            // "..., and officials say the Commission is expected to present a proposal in the first
            // quarter": a noun whose clause holds no verb of the lexicon carries that clause's news.
            // "agreed to a truce under which China would suspend its export controls": terms of
            // what the relative clause's noun holds, not a happening of their own.
            const auto inRelative = [&](const Hit& v) {
                for (int k = std::min(v.tokenEnd, h.tokenEnd); k < std::max(v.token, h.token); ++k) {
                    if (m_relativePronouns.contains(in.tokens[k].lower))
                        return true;
                }
                return false;
            };
            const auto expected = [&]() {
                const Modality m = modalityFor(in, h.token, true);
                return m == Modality::Expected || m == Modality::Planned;
            };
            const bool ownClause = std::all_of(verbs.begin(), verbs.end(), [&](const Hit& v) {
                return !inRelative(v)
                    && (v.token < h.token ? newClause(in, v.tokenEnd, h.token) : newClause(in, h.tokenEnd, v.token));
            }) && expected();
            if (ownClause)
                expectedApart << h.token;
            if (clauseSubject(h) || h.ownDay || h.occasion || factSubject || mainBesideRelative
                || announcedOnItsDay(in, h) || actedOn || ownClause)
                content << h;
        }
        std::sort(content.begin(), content.end(), [](const Hit& a, const Hit& b) { return a.token < b.token; });
    }
    for (const Hit& h : std::as_const(content)) {
        if (taken.size() - statementCount >= m_maxContentEvents)
            break;
        bool sharedSubject = false;
        // "the tariffs President Trump imposed", "the controls it had announced on Oct. 9": a
        // happening told of an event noun by its doer, one of its own after another.
        bool toldOfNoun = !h.noun && (reducedRelative(in, h.token) >= 0 || deniedAside(in, h.token) >= 0);
        bool datedApart = false;
        if (taken.size() > statementCount) {
            const Hit& prev = taken.last();
            // "Japan imposed tariffs after the United States banned imports", "a day after Washington
            // unveiled its third crackdown": what a clause of fact tells happened as well, even of
            // the same kind.
            bool factClause = false;
            for (int k = prev.tokenEnd; k < h.token; ++k)
                factClause = factClause || (factClauseAt(in.tokens, k) && h.token <= k + 5);
            // "first required licences in September 2023 and expanded the rules in September 2024":
            // a deed on a day of its own, after one on another day, is another happening.
            if (!h.noun || h.started) {
                int clauseEnd = h.tokenEnd;
                while (
                    clauseEnd < in.tokens.size() && clauseEnd < h.tokenEnd + 8 && !isClauseMark(in.tokens[clauseEnd]))
                    ++clauseEnd;
                const int ownFrom = in.tokens[h.tokenEnd - 1].end;
                const int ownTo = in.tokens[std::min(clauseEnd, int(in.tokens.size()) - 1)].begin;
                const int prevFrom = in.tokens[prev.token].begin;
                const int prevTo = in.tokens[h.token].begin;
                const DateExpression* own = nullptr;
                const DateExpression* before = nullptr;
                for (const DateExpression& d : in.dates) {
                    if (!d.start)
                        continue;
                    if (!own && d.begin >= ownFrom && d.end <= ownTo)
                        own = &d;
                    if (d.begin >= prevFrom && d.end <= prevTo)
                        before = &d;
                }
                datedApart = own && before && *own->start != *before->start;
            }
            // "met Trump on Wednesday and is scheduled to visit Beijing next week": a clause with
            // its own auxiliary tells another happening, even of the same kind.
            // "the tariffs Trump imposed last spring": not by the first clause's subject.
            // ", and Mexico won a similar cap in its May agreement": not when it names its own.
            int subjectEnd = h.token;
            while (subjectEnd > 0
                && (m_auxiliaries.contains(in.tokens[subjectEnd - 1].lower)
                    || m_adverbs.contains(in.tokens[subjectEnd - 1].lower)))
                --subjectEnd;
            const bool ownSubject
                = subjectEnd > 0 && std::any_of(in.mentions.begin(), in.mentions.end(), [&](const EntityMention& m) {
                      return m.type != EntityType::Other && m.type != EntityType::Product
                          && m.type != EntityType::MediaOutlet && m.end == in.tokens[subjectEnd - 1].end;
                  });
            bool ownAuxiliary = datedApart && !ownSubject && reducedRelative(in, h.token) < 0;
            for (int k = prev.tokenEnd; k + 1 < h.token; ++k)
                ownAuxiliary = ownAuxiliary
                    || (isClauseMark(in.tokens[k])
                        && (m_auxiliaries.contains(in.tokens[k + 1].lower)
                            || m_futureAuxiliaries.contains(in.tokens[k + 1].lower)));
            // "..., and Liang was detained in Singapore three days later": a named subject of its own
            // and its auxiliary.
            for (int k = prev.tokenEnd; k + 2 < h.token && !ownAuxiliary; ++k) {
                if (!isClauseMark(in.tokens[k]) || !in.tokens[k + 1].capitalized)
                    continue;
                const auto named = std::find_if(in.mentions.begin(), in.mentions.end(),
                    [&](const EntityMention& m) { return m.begin == in.tokens[k + 1].begin; });
                if (named == in.mentions.end())
                    continue;
                int a = k + 1;
                while (a < h.token && in.tokens[a].end <= named->end)
                    ++a;
                ownAuxiliary = a < h.token
                    && (m_auxiliaries.contains(in.tokens[a].lower) || m_futureAuxiliaries.contains(in.tokens[a].lower));
            }
            // "said it had begun installing equipment ..., and that volume output would start in
            // 2027": a second clause of what was said tells another happening.
            // "..., and that it would carry out a further investigation": an event noun a verb
            // that starts it holds may stand further on.
            bool secondThat = false;
            for (int k = prev.tokenEnd; k + 1 < h.token && !secondThat; ++k)
                secondThat = in.tokens[k].lower == QLatin1String("and")
                    && in.tokens[k + 1].lower == QLatin1String("that") && h.token - k <= (h.started ? 9 : 4);
            // ", agreeing to a one-year trade truce": a participle after a comma tells a happening
            // of its own.
            const bool participle = !h.noun && h.token >= 1 && in.tokens[h.token - 1].lower == QLatin1String(",")
                && in.tokens[h.token].lower.endsWith(QLatin1String("ing"))
                && !m_supportVerbs.contains(in.tokens[h.token].lower);
            // "..., after securing US licences": done by the sentence's subject.
            const bool gerundFact = !h.noun && h.token >= 1
                && m_factClauseOpeners.contains(in.tokens[h.token - 1].lower)
                && in.tokens[h.token].lower.endsWith(QLatin1String("ing"));
            // "..., and on Dec. 3, 2024, a day after ..., it banned the export": a clause whose
            // pronoun subject follows a comma tells a happening of its own.
            const bool pronounClause = !h.noun && h.token >= 2
                && m_subjectPronouns.contains(in.tokens[h.token - 1].lower)
                && in.tokens[h.token - 2].lower == QLatin1String(",");
            ownAuxiliary = ownAuxiliary || pronounClause;
            sharedSubject = participle || ownAuxiliary || gerundFact;
            // "received approval in March ... and aims to start mass production in 2027": what the
            // subject sets out to do next is another happening, even of the same kind.
            // "..., and the company aims to start operations": a subject of its own may come first.
            bool aimsNext = false;
            for (int k = prev.tokenEnd; k + 2 < h.token && !aimsNext; ++k) {
                for (int c = k + 1;
                     m_clauseCoordinators.contains(in.tokens[k].lower) && c + 1 < h.token && c <= k + 4 && !aimsNext;
                     ++c)
                    aimsNext = m_planCues.contains(in.tokens[c].lower)
                        || m_planCues.contains(in.tokens[c].lower + QLatin1Char(' ') + in.tokens[c + 1].lower);
            }
            // "held a phone call ..., during which they agreed to meet": a meeting to come is another.
            // A meeting told in passing is another even beside one of its kind; a thing named with
            // its participle ("an agreement unveiled on Tuesday") may be the same one again.
            const bool passingMeeting = h.occasion && h.type == m_presenceType;
            // "Rapidus, which aims to begin mass production in 2027, plans to deliver samples": the
            // main clause's deed beside a kept relative clause's is another, even of its kind.
            const bool besideRelative = !h.noun && !prev.noun && relative[prev.token] && !relative[h.token];
            if (!h.agreed && !factClause && !ownAuxiliary && !datedApart && !secondThat && !toldOfNoun
                && !passingMeeting && !h.caused && !aimsNext && !besideRelative
                && std::any_of(
                    taken.begin() + statementCount, taken.end(), [&](const Hit& t) { return t.type == h.type; }))
                continue;
            // "recognized this strategy and thus refused to allow chip imports": what follows
            // from the first deed is the news.
            if (!h.noun && !prev.noun && h.token >= 2 && m_consequenceMarkers.contains(in.tokens[h.token - 1].lower)
                && in.tokens[h.token - 2].lower == QLatin1String("and") && taken.size() == statementCount + 1) {
                taken.last() = h;
                continue;
            }
            // "approved TSMC's plan to inject $10 billion": the plan's deed is a happening of its own.
            const bool planned = h.drafted;
            // "held a phone call, during which they discussed TikTok and agreed to meet": a meeting to
            // come is not the one held.
            const bool nextMeeting = h.agreed && !prev.agreed;
            sharedSubject = sharedSubject || (nextMeeting && !newClause(in, prev.tokenEnd, h.token));
            // "Rapidus, which launched a pilot line in April, received approval in March": the
            // relative clause and the main clause each tell their own happening.
            const bool acrossRelative = relative[prev.token] != relative[h.token];
            if (!newClause(in, prev.tokenEnd, h.token) && !h.ownDay && !factClause && !participle && !toldOfNoun
                && !h.occasion && !planned && !nextMeeting && !acrossRelative && !aimsNext && !datedApart
                && !secondThat)
                continue;
            // "... tariffs in retaliation for Tokyo's failure to live up to their chip pact": a
            // further event noun is another happening only as the subject of its own clause or in
            // a clause that opens with its own auxiliary.
            if (h.noun && !clauseSubject(h) && !h.ownDay && !factClause && !h.occasion && !acrossRelative && !h.caused
                && !(h.started && (datedApart || secondThat)) && !expectedApart.contains(h.token)) {
                // "... and is expected to make a decision": a clause of its own opened by an auxiliary.
                int mark = -1;
                for (int k = prev.tokenEnd; k < h.token; ++k) {
                    if (isClauseMark(in.tokens[k]))
                        mark = k;
                }
                if (mark < 0 || mark + 1 >= h.token || !m_auxiliaries.contains(in.tokens[mark + 1].lower))
                    continue;
            }
        }
        taken << h;
        taken.last().sharedSubject = sharedSubject;
        taken.last().toldOfNoun = toldOfNoun;
        taken.last().datedApart = datedApart;
        // "the export controls it unveiled on Oct. 9": what was done is of the noun's kind.
        if (toldOfNoun) {
            const int noun = reducedRelative(in, h.token);
            for (int k = std::max(0, noun - 1); noun >= 0 && k <= noun; ++k) {
                const auto phrases = m_phrases.constFind(in.tokens[k].lower);
                for (const Phrase& p : phrases == m_phrases.constEnd() ? QList<Phrase>() : *phrases) {
                    if (p.noun && k + int(p.keys.size()) == noun + 1 && phraseAt(in.tokens, k, p.keys))
                        taken.last().type = p.type;
                }
            }
        }
    }
    // One sentence, one happening, unless a clause of its own tells another ("has held an
    // emergency meeting and is expected to make a decision"): a statement and what it is about,
    // or a list of details, stay one event.
    // "plans to propose a revised Chips Act, after all 27 member states called for one": words told
    // in a clause of fact after the deed are not what the deed is about.
    bool statementApart = false;
    for (int k = statementCount > 0 && taken.size() > statementCount ? taken[statementCount].tokenEnd : 0;
         statementCount > 0 && k < taken.first().token && !statementApart; ++k)
        statementApart = factClauseAt(in.tokens, k) && taken.first().token - k <= 7
            && std::none_of(in.tokens.begin() + k + 1, in.tokens.begin() + taken.first().token,
                [](const Token& t) { return !t.word; });
    // Nor are the main clause's deeds beside words told in a relative clause ("Shares of Applied
    // Materials, which warned in October that ..., rose 3%").
    const bool besideRelativeWords = statementCount > 0 && taken.size() > statementCount
        && relative[taken.first().token] && !relative[taken[statementCount].token];
    if (statementCount > 0 && taken.size() > statementCount && !statementApart && !besideRelativeWords
        && !newClause(in, taken.first().tokenEnd, taken[statementCount].token) && !taken[statementCount].ownDay)
        taken.remove(statementCount, taken.size() - statementCount);
    // "Volkswagen said last week that it had chips until mid-November, while Honda cut output": a
    // contrast with a subject of its own is no part of what was said, so the words are news too.
    int contrast = -1;
    bool speakersOwnDeed = false;
    if (statementCount == 0 && speaks && !taken.isEmpty()) {
        const int verb = statementVerb(in, attributionEntity);
        for (int k = verb + 2; verb >= 0 && k < taken.first().token; ++k) {
            if (m_contrastMarks.contains(in.tokens[k].lower) && in.tokens[k - 1].lower == QLatin1String(","))
                contrast = k;
            // "said that the agreement had removed the biggest uncertainty, and he ordered ministries
            // to ...": the speaker's own deed after the words is no part of them.
            const bool ownDeedAfter = m_clauseCoordinators.contains(in.tokens[k].lower)
                && in.tokens[k - 1].lower == QLatin1String(",") && k + 2 == taken.first().token
                && m_subjectPronouns.contains(in.tokens[k + 1].lower) && taken.first().token > verb + 4;
            if (ownDeedAfter) {
                contrast = k;
                speakersOwnDeed = true;
            }
        }
        if (contrast >= 0 && newClause(in, contrast, taken.first().token))
            taken.prepend(Hit {verb, verb + 1, QStringLiteral("statement"), false});
        else
            contrast = -1;
        speakersOwnDeed = speakersOwnDeed && contrast >= 0;
    }
    // "Tokyo expanded its list in January, and a METI official said on Monday that further updates
    // were under review": words with a day of their own after the deeds are told are news too, and
    // the speaker does not vouch for the deeds told before.
    int laterSpeech = -1;
    if (statementCount == 0 && contrast < 0 && speaks && !taken.isEmpty()) {
        for (int k = taken.last().tokenEnd + 1; k + 1 < in.tokens.size() && laterSpeech < 0; ++k) {
            if (!m_clauseCoordinators.contains(in.tokens[k].lower) || in.tokens[k - 1].lower != QLatin1String(","))
                continue;
            for (int v = k + 2; v < in.tokens.size() && v <= k + 7 && in.tokens[v].word; ++v) {
                if (!m_plainSpeechVerbs.contains(in.tokens[v].lower))
                    continue;
                const int from = in.tokens[v].end;
                const bool ownDay = std::any_of(in.dates.begin(), in.dates.end(),
                    [&](const DateExpression& d) { return d.start && d.begin >= from && d.begin - from <= 1; });
                if (ownDay)
                    laterSpeech = v;
                break;
            }
        }
        if (laterSpeech >= 0)
            taken << Hit {laterSpeech, laterSpeech + 1, QStringLiteral("statement"), false};
    }
    // "The Commission approved the aid on Thursday, while officials said a revised law would
    // follow": words joined after the deeds, with words of their own, do not vouch for them.
    int laterWords = laterSpeech;
    for (int k = taken.isEmpty() ? int(in.tokens.size()) : taken.first().tokenEnd + 1;
         laterWords < 0 && k + 1 < in.tokens.size(); ++k) {
        const bool joined
            = (m_clauseCoordinators.contains(in.tokens[k].lower) || m_contrastMarks.contains(in.tokens[k].lower))
            && in.tokens[k - 1].lower == QLatin1String(",");
        // "He predicted a rise, and said ...": without a subject of their own they are the same speaker's.
        for (int v = k + 2; joined && v + 1 < in.tokens.size() && v <= k + 6 && in.tokens[v].word; ++v) {
            if (!m_plainSpeechVerbs.contains(in.tokens[v].lower))
                continue;
            if (in.tokens[v + 1].word)
                laterWords = v;
            break;
        }
    }
    // "Lutnick said in late September that he wanted half of the chips ..., a proposal Taipei
    // rejected days later": words whose only deed is a later denial of them are news themselves.
    if (statementCount == 0 && contrast < 0 && laterSpeech < 0 && speaks && taken.size() == 1 && !taken.first().noun) {
        const int aside = deniedAside(in, taken.first().token);
        const int verb = aside > 0 ? statementVerb(in, attributionEntity, true) : -1;
        if (verb >= 0 && verb < aside)
            taken.prepend(Hit {verb, verb + 1, QStringLiteral("statement"), false});
    }
    // "Volkswagen warned last week that ..., while the carmakers' association called for urgent
    // talks": a contrast with a speaker of its own tells other words.
    if (statementCount > 0 && contrast < 0) {
        for (const Hit& s : std::as_const(statements)) {
            if (s.noun || s.token <= taken.first().tokenEnd)
                continue;
            int mark = -1;
            for (int k = taken.last().tokenEnd + 1; k < s.token; ++k) {
                if (m_contrastMarks.contains(in.tokens[k].lower) && in.tokens[k - 1].lower == QLatin1String(","))
                    mark = k;
            }
            if (mark >= 0 && s.token - mark >= 2 && newClause(in, mark, s.token)) {
                contrast = mark;
                taken << s;
                break;
            }
        }
    }
    // "The two sides are not in a trade war, Yeutter said": with nothing else happening in the
    // sentence, the first words of a named speaker are the news; later ones continue the statement.
    // Hedged words ("might", "would probably"), a quotation and "has said" are commentary, a
    // forecast or a restatement rather than news; an unnamed "officials said" is not a speaker.
    // A speaker's later words are news again when they tell what someone has done ("Japan has
    // failed to implement two parts of the agreement, Yeutter said").
    if (plainStatement && speaks) {
        const int verb = statementVerb(in, attributionEntity);
        if (verb >= 0 && !withholds)
            taken << Hit {verb, verb + 1, directive(in, verb) ? m_directiveType : QStringLiteral("statement"), false};
    }
    // The lead tells what happened even in words the lexicon does not know ("The government
    // adopted a stop-gap budget", "Kazakhstan formally joins the Abraham Accords").
    // So does a sentence that dates what it did ("Last year, Japan racked up a surplus", "Earlier
    // this year USDA extended the deadline") or what is to come ("The passage of the budget is
    // expected in late May", "Macao will become a special region on December 20, 1999"), when
    // nothing in it is hedged.
    if (taken.isEmpty() && out.isEmpty() && !isQuoteMark(in.tokens.first().lower)) {
        const int dated = in.lead ? 0 : datedWhen(in);
        // The main verb is sought only where it may tell something: it is asked of most sentences.
        const bool group = in.lead || dated != 0 ? false : opensWithGroup(in);
        const int candidate = in.lead || dated != 0 || group ? mainVerb(in) : -1;
        const bool intention = group && candidate >= 0 && groupIntention(in, candidate);
        const int verb = in.lead || dated != 0 || intention ? candidate : -1;
        // Hedged before the verb, or (after the lead) in the rest of its clause: "could lead to",
        // but not "because of his willingness to try".
        bool hypothetical = false;
        for (int k = 0; k <= verb && !hypothetical; ++k)
            hypothetical = hedge(in.tokens, k);
        for (int k = verb + 1; !in.lead && verb >= 0 && k < in.tokens.size() && !hypothetical; ++k) {
            const QString& w = in.tokens[k].lower;
            if (isClauseMark(in.tokens[k]) || m_strongBackground.contains(w) || m_backgroundClause.contains(w))
                break;
            // "consider what options are available to try to increase access": a purpose is no hedge.
            if (m_purposeMarkers.contains(w) && !m_toGovernors.contains(in.tokens[k - 1].lower))
                break;
            hypothetical = hedge(in.tokens, k);
        }
        // "will on Thursday consider": a date or an adverb may stand between the auxiliary and its verb.
        int auxiliary = verb - 1;
        while (auxiliary > 0
            && (m_adverbs.contains(in.tokens[auxiliary].lower)
                || std::any_of(in.dates.begin(), in.dates.end(), [&](const DateExpression& d) {
                       return d.begin <= in.tokens[auxiliary].begin && in.tokens[auxiliary].end <= d.end;
                   })))
            --auxiliary;
        const bool futureVerb = verb > 0
            && (m_futureAuxiliaries.contains(in.tokens[std::max(0, auxiliary)].lower)
                || m_scheduleVerbs.contains(in.tokens[verb].lower));
        const bool pastVerb = verb >= 0 && !futureVerb
            && (in.tokens[verb].lower.endsWith(QLatin1String("ed")) || m_pastForms.contains(in.tokens[verb].lower));
        // "Contracts at both companies expire on September 14": a present tense with a date ahead
        // is a timetable.
        const bool presentVerb = verb > 0 && !futureVerb && !pastVerb && m_baseVerbs.contains(in.tokens[verb].lower)
            && !m_auxiliaries.contains(in.tokens[verb - 1].lower);
        // "Poland has already indicated it will not pay this year": restated, not news.
        const bool restated = verb >= 2 && m_restatedAdverbs.contains(in.tokens[verb - 1].lower)
            && m_pastAuxiliaries.contains(in.tokens[verb - 2].lower);
        // "Shares of Samsung rose 4.2 percent on the 19th": a day's trading is news of its own.
        const bool aboutShares = verb > 0
            && std::any_of(in.tokens.begin(), in.tokens.begin() + verb,
                [&](const Token& t) { return m_shareNouns.contains(t.lower); });
        const bool tradingDay = aboutShares
            && std::any_of(in.dates.begin(), in.dates.end(),
                [](const DateExpression& d) { return d.start && d.precision == DatePrecision::Day; });
        // "Bredero shares, quoted on the domestic section, closed at 72.50 guilders": a participle
        // set off after the shares describes them.
        const bool quotedOnly = aboutShares && in.tokens[verb - 1].lower == QLatin1String(",")
            && !m_changeVerbs.contains(in.tokens[verb].lower);
        // "Shares of Nvidia were little changed in early trading": a day without a move.
        const bool unmoved
            = aboutShares && std::any_of(m_unmovedPhrases.begin(), m_unmovedPhrases.end(), [&](const QStringList& p) {
                  return verb + 1 >= p.size() && phraseAt(in.tokens, verb + 1 - int(p.size()), p);
              });
        const bool fits = verb >= 0 && !restated && !saidBefore(in) && !quotedOnly && !unmoved
            && (!changeOfFigure(in.tokens, verb) || tradingDay)
            && (in.lead || (dated < 0 && pastVerb) || (dated > 0 && (futureVerb || presentVerb))
                || (futureVerb && intention));
        if (fits && !hypothetical)
            taken << Hit {verb, verb + 1,
                m_plainSpeechVerbs.contains(in.tokens[verb].lower) ? QStringLiteral("statement")
                                                                   : QStringLiteral("other"),
                false};
        // "Baldrige will be in Peking from April 21 to 24": a person to be in a place on a day to
        // come is a visit.
        const bool ahead = std::any_of(in.dates.begin(), in.dates.end(), [&](const DateExpression& d) {
            return d.start && d.precision == DatePrecision::Day && in.published && *d.start > *in.published;
        });
        for (int k = 1; !fits && !hypothetical && ahead && !m_presenceType.isEmpty() && k + 3 < in.tokens.size(); ++k) {
            if (!m_futureAuxiliaries.contains(in.tokens[k].lower) || !m_beForms.contains(in.tokens[k + 1].lower)
                || !m_presencePrepositions.contains(in.tokens[k + 2].lower))
                continue;
            const auto at = [&](EntityType type, int from, int to) {
                return std::any_of(in.mentions.begin(), in.mentions.end(),
                    [&](const EntityMention& m) { return m.type == type && m.begin >= from && m.end <= to; });
            };
            const int place = in.tokens[k + 3].begin;
            if (at(EntityType::Person, 0, in.tokens[k].begin)
                && (at(EntityType::Country, place, place + 40) || in.tokens[k + 3].capitalized)) {
                taken << Hit {k + 1, k + 3, m_presenceType, false};
                break;
            }
        }
    }
    // "Nvidia had resumed H20 sales to China earlier in July after Washington agreed to lift a
    // licence requirement": a main clause dated by its own words tells a happening before the clause
    // of fact the lexicon knows, even in words the lexicon does not know.
    if (!taken.isEmpty()) {
        const int first = std::min_element(taken.begin(), taken.end(), [](const Hit& a, const Hit& b) {
            return a.token < b.token;
        })->token;
        const int verb = mainVerb(in);
        const auto named = [&](int to) {
            return std::any_of(in.mentions.begin(), in.mentions.end(),
                [&](const EntityMention& m) { return m.end <= in.tokens[to].begin; });
        };
        const bool pastDeed = verb >= 1 && verb < first && named(verb)
            && (in.tokens[verb].lower.endsWith(QLatin1String("ed")) || m_pastForms.contains(in.tokens[verb].lower))
            && !m_statives.contains(in.tokens[verb].lower) && !m_speechVerbs.contains(in.tokens[verb].lower)
            && !m_plainSpeechVerbs.contains(in.tokens[verb].lower) && !m_reportVerbs.contains(in.tokens[verb].lower)
            && !m_framingVerbs.contains(in.tokens[verb].lower) && !m_auxiliaries.contains(in.tokens[verb].lower);
        int opener = -1;
        for (int k = verb + 1; pastDeed && k < first && opener < 0; ++k) {
            if (isClauseMark(in.tokens[k]))
                break;
            if (factClauseAt(in.tokens, k))
                opener = k;
        }
        const bool dated = opener > 0 && std::any_of(in.dates.begin(), in.dates.end(), [&](const DateExpression& d) {
            return d.start && d.begin > in.tokens[verb].end && d.end <= in.tokens[opener].begin;
        });
        bool hypothetical = false;
        for (int k = 0; k <= verb && !hypothetical; ++k)
            hypothetical = hedge(in.tokens, k);
        if (dated && !hypothetical && !saidBefore(in))
            taken.prepend(Hit {verb, verb + 1, QStringLiteral("other"), false});
    }
    // "ASML shares rose 3.1% by 1000 GMT, while suppliers ... gained about 2% each": a move told
    // beside another in a contrast clause with a subject of its own is a second move, and at the
    // same time unless the clause says otherwise.
    int alongsideMove = -1;
    if (taken.size() == 1 && taken.first().type == QLatin1String("other")
        && m_changeVerbs.contains(in.tokens[taken.first().token].lower)) {
        for (int k = taken.first().tokenEnd + 1; k + 2 < in.tokens.size() && alongsideMove < 0; ++k) {
            if (!m_contrastMarks.contains(in.tokens[k].lower) || in.tokens[k - 1].lower != QLatin1String(","))
                continue;
            for (int v = k + 2; v < in.tokens.size() && v <= k + 8 && in.tokens[v].word && alongsideMove < 0; ++v) {
                const QString& w = in.tokens[v].lower;
                if (m_changeVerbs.contains(w) && (w.endsWith(QLatin1String("ed")) || m_pastForms.contains(w))
                    && newClause(in, k, v))
                    alongsideMove = v;
            }
            break;
        }
    }
    if (alongsideMove >= 0)
        taken << Hit {alongsideMove, alongsideMove + 1, taken.first().type, false};
    // "..., and Beijing has discouraged local firms from buying the product": a clause of its own
    // tells its own happening, even in words the lexicon does not know.
    bool firstClauseSeen = false;
    for (int k = 2; !taken.isEmpty() && !in.lead && k + 2 < in.tokens.size(); ++k) {
        const int verb = coordinatedDeed(in, k);
        const bool takenThere
            = std::any_of(taken.begin(), taken.end(), [&](const Hit& h) { return h.token > k && h.token <= verb + 6; });
        if (verb >= 0 && !takenThere) {
            Hit deed {verb, verb + 1, QStringLiteral("other"), false};
            // "TSMC discovered that ..., and it notified US authorities": the first clause's doer.
            deed.sharedSubject = m_subjectPronouns.contains(in.tokens[k + 1].lower);
            taken << deed;
        }
        // "The European Union secured a 15% ceiling ..., and Japan won a similar pledge": when only
        // the second clause holds a word of the lexicon, the first clause's deed is news as well.
        if (verb >= 0 && !firstClauseSeen
            && std::all_of(taken.begin(), taken.end(), [&](const Hit& h) { return h.token > k; })) {
            const int first = mainVerb(in);
            if (first >= 1 && first < k && firstClauseDeed(in, first))
                taken.prepend(Hit {first, first + 1, QStringLiteral("other"), false});
        }
        firstClauseSeen = firstClauseSeen || verb >= 0;
    }
    // "Lawmakers said they would review the bill": what the group will do is the verb, not its object.
    if (const int intended = taken.size() == 1 && taken.first().noun && opensWithGroup(in) ? mainVerb(in) : -1;
        intended >= 0 && intended < taken.first().token && groupIntention(in, intended))
        taken.first() = Hit {intended, intended + 1, QStringLiteral("other"), false};
    Input withTriggers = in;
    for (const Hit& h : std::as_const(taken))
        withTriggers.triggers << h.token;
    // "summoned Nvidia ..., an accusation the company has denied": the denier vouches for nothing
    // before the denial, nor the speaker before it for the denial ("..., a proposal Taipei rejected").
    int denialAside = -1;
    for (const Hit& h : std::as_const(taken))
        denialAside = h.noun || denialAside >= 0 ? denialAside : deniedAside(in, h.token);
    const bool spokenBeforeDenial = spoken >= 0 && spoken < denialAside;
    for (const Hit& h : std::as_const(taken)) {
        bool notNews = false;
        // The speaker of the words does not vouch for what the contrast tells.
        // Nor for the main clause beside its words in a relative clause.
        const bool contrasted = (contrast >= 0 && h.token > contrast) || (laterWords >= 0 && h.token < laterWords)
            || (besideRelativeWords && !relative[h.token])
            || (denialAside >= 0 && (spokenBeforeDenial ? h.token > denialAside : h.token < denialAside));
        ExtractedEvent e = build(withTriggers, h, contrasted ? QString() : attribution,
            contrasted ? QString() : attributionEntity, &notNews);
        // "The proposal is subject to approval", "the decision meant farmers have until April 17":
        // after the lead, an event noun whose clause does nothing, and which has no date of its
        // own, describes rather than reports.
        const bool described = h.noun && verbs.isEmpty() && !in.lead && !e.event.start
            && h.type != QLatin1String("statement") && h.type != QLatin1String("report") && !actionVerb(in)
            && !heldPassive(in, h) && !outletReport(in) && !engagedIn(in, h) && !held(h);
        if (h.token == alongsideMove && !e.event.start && !out.isEmpty()) {
            e.event.start = out.first().event.start;
            e.event.end = out.first().event.end;
            e.event.precision = out.first().event.precision;
        }
        // "said at a cabinet meeting the following day that ..., and he ordered": when he spoke.
        if (speakersOwnDeed && h.token > contrast && !e.event.start && !out.isEmpty()) {
            e.event.start = out.first().event.start;
            e.event.end = out.first().event.end;
            e.event.precision = out.first().event.precision;
        }
        // "met in Busan on Oct. 30, agreeing to a one-year trade truce": on the same day.
        if (h.sharedSubject && !e.event.start && !out.isEmpty() && in.tokens[h.token - 1].lower == QLatin1String(",")) {
            e.event.start = out.last().event.start;
            e.event.end = out.last().event.end;
            e.event.precision = out.last().event.precision;
        }
        if (!notNews && !described && !toldByMeeting.contains(h.token))
            out.append(e);
    }
    // "A spokesman for Amdahl Corp said the company would be hit hard by the tariffs", "Kato has
    // said Japan cannot negotiate on rice": when what was said tells no happening that is kept,
    // the words may still be the news.
    if (out.isEmpty() && speaks && !withholds) {
        const int verb = statementVerb(in, attributionEntity, true);
        bool notNews = false;
        const ExtractedEvent e = verb < 0 ? ExtractedEvent {}
                                          : build(in, Hit {verb, verb + 1, QStringLiteral("statement"), false},
                                              attribution, attributionEntity, &notNews);
        if (verb >= 0 && !notNews)
            out.append(e);
    }
    return out;
}

} // namespace Kairos::Extract
