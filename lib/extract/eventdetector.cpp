// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdetector.h"

#include <QJsonArray>

namespace Kairos::Extract {

namespace {

QStringList keysOf(const QString& phrase)
{
    QStringList keys;
    for (const Token& t : tokenize(phrase))
        keys << t.lower;
    return keys;
}

bool isClauseMark(const Token& t)
{
    return t.lower == QLatin1String(",") || t.lower == QLatin1String(";") || t.lower == QLatin1String("and")
        || t.lower == QLatin1String("but") || t.lower == QLatin1String("while") || t.lower == QLatin1String("as")
        || t.lower == QLatin1String("(");
}

bool isQuoteMark(const QString& t)
{
    return t == QLatin1String("\"") || t == QString(QChar(0x201C)) || t == QString(QChar(0x201D));
}

bool looksLikeHeading(QStringView sentence, int words)
{
    const QChar last = sentence.back();
    const bool terminated = last == QLatin1Char('.') || last == QLatin1Char('!') || last == QLatin1Char('?')
        || last == QLatin1Char('"') || last == QChar(0x201D) || last == QLatin1Char(')') || last == QLatin1Char('\'');
    return !terminated && words <= 12;
}

} // namespace

bool EventDetector::load(const QJsonObject& rules, QString* error)
{
    const QJsonObject types = rules.value(QLatin1String("types")).toObject();
    m_order = jsonStrings(rules.value(QLatin1String("order")));
    if (types.isEmpty() || m_order.isEmpty()) {
        if (error)
            *error = QStringLiteral("event rules: \"types\" and \"order\" are required");
        return false;
    }
    for (const QString& type : std::as_const(m_order)) {
        const QJsonObject t = types.value(type).toObject();
        if (t.isEmpty()) {
            if (error)
                *error = QStringLiteral("event rules: type \"%1\" is listed in \"order\" but not defined").arg(type);
            return false;
        }
        for (int noun = 0; noun < 2; ++noun) {
            for (const QString& phrase : jsonStrings(t.value(noun ? QLatin1String("nouns") : QLatin1String("verbs")))) {
                const QStringList keys = keysOf(phrase);
                if (!keys.isEmpty())
                    m_phrases[keys.first()].append({keys, type, noun == 1});
            }
        }
    }
    m_speechVerbs = jsonStringSet(rules.value(QLatin1String("speechVerbs")));
    m_framingVerbs = jsonStringSet(rules.value(QLatin1String("framingVerbs")));
    m_titleStopWords = jsonStringSet(rules.value(QLatin1String("titleStopWords")));
    m_referringDeterminers = jsonStringSet(rules.value(QLatin1String("referringDeterminers")));
    m_plainSpeechVerbs = jsonStringSet(rules.value(QLatin1String("plainSpeechVerbs")));
    m_statementHedges = jsonStringSet(rules.value(QLatin1String("statementHedges")));
    m_reportVerbs = jsonStringSet(rules.value(QLatin1String("reportVerbs")));
    m_background = jsonStringSet(rules.value(QLatin1String("backgroundPrepositions")));
    m_backgroundClause = jsonStringSet(rules.value(QLatin1String("backgroundClauseCues")));
    m_clauseSubjectVerbs = jsonStringSet(rules.value(QLatin1String("clauseSubjectVerbs")));
    m_firstPerson = jsonStringSet(rules.value(QLatin1String("firstPersonPronouns")));
    m_strongBackground = jsonStringSet(rules.value(QLatin1String("strongBackground")));
    m_anaphoric = jsonStringSet(rules.value(QLatin1String("anaphoricDeterminers")));
    m_hypothetical = jsonStringSet(rules.value(QLatin1String("hypotheticalCues")));
    m_determiners = jsonStringSet(rules.value(QLatin1String("determiners")));
    m_sourceWords = jsonStringSet(rules.value(QLatin1String("sourceWords")));
    m_reportedlyCues = jsonStrings(rules.value(QLatin1String("reportedlyCues")));
    m_continuationCues = jsonStrings(rules.value(QLatin1String("continuationCues")));
    for (const QString& p : jsonStrings(rules.value(QLatin1String("attributionPhrases"))))
        m_attributionPhrases << keysOf(p);
    for (const QJsonValue& v : rules.value(QLatin1String("modality")).toArray()) {
        const QJsonObject o = v.toObject();
        const auto modality = modalityFromString(o.value(QLatin1String("modality")).toString());
        if (!modality) {
            if (error)
                *error = QStringLiteral("event rules: unknown modality \"%1\"")
                             .arg(o.value(QLatin1String("modality")).toString());
            return false;
        }
        ModalityCue cue {*modality, {}};
        for (const QString& c : jsonStrings(o.value(QLatin1String("cues"))))
            cue.cues << keysOf(c);
        for (const QStringList& c : std::as_const(cue.cues))
            m_modalityByFirst[c.first()].append({int(m_modality.size()), c});
        m_modality << cue;
    }
    m_maxContentEvents = rules.value(QLatin1String("maxEventsPerSentence")).toInt(3);
    m_unnamedActor = rules.value(QLatin1String("unnamedActor")).toString();
    return m_titles.load(rules, error);
}

bool EventDetector::phraseAt(const QList<Token>& tokens, int index, const QStringList& keys) const
{
    if (index + keys.size() > tokens.size())
        return false;
    for (int k = 0; k < keys.size(); ++k) {
        if (tokens[index + k].lower != keys[k])
            return false;
    }
    return true;
}

int EventDetector::clauseStart(const QList<Token>& tokens, int index) const
{
    for (int i = index - 1; i >= 0; --i) {
        if (isClauseMark(tokens[i]) || tokens[i].lower == QLatin1String("that"))
            return i + 1;
    }
    return 0;
}

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

bool EventDetector::continuesPrevious(const QString& sentence) const
{
    const QString head = sentence.trimmed().left(40);
    return std::any_of(m_continuationCues.begin(), m_continuationCues.end(),
        [&](const QString& cue) { return head.startsWith(cue, Qt::CaseInsensitive); });
}

QList<ExtractedEvent> EventDetector::detect(const Input& in, QString* speaker) const
{
    QList<ExtractedEvent> out;
    const QStringView sentence = QStringView(*in.text).mid(in.sentence.begin, in.sentence.end - in.sentence.begin);
    int words = 0;
    for (const Token& t : in.tokens)
        words += t.word ? 1 : 0;
    if (in.sentence.summary || words < 4 || looksLikeHeading(sentence, words) || mostlyUpperCase(sentence))
        return out;

    const QList<Hit> hits = findHits(in);
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
        if (outletNear) {
            out.append(build(in, h, QString(), QString()));
            break;
        }
    }

    int framing = -1;
    QList<Hit> statements;
    QList<Hit> verbs;
    QList<Hit> nouns;
    for (const Hit& h : hits) {
        if (h.type == QLatin1String("report"))
            continue;
        if (h.type == QLatin1String("statement")) {
            statements << h;
            if (framing < 0 && m_framingVerbs.contains(in.tokens[h.token].lower))
                framing = h.token;
            continue;
        }
        // Claims inside a framed statement ("stated that China is rejecting") belong to the statement.
        if (framing >= 0 && h.token > framing)
            continue;
        (h.noun ? nouns : verbs) << h;
    }
    QList<Hit> taken;
    const bool statementNoun = std::any_of(statements.begin(), statements.end(), [](const Hit& h) { return h.noun; });
    if (!statements.isEmpty() && (framing >= 0 || statementNoun || (verbs.isEmpty() && nouns.isEmpty()))) {
        Hit h = statements.first();
        if (framing >= 0)
            h = *std::find_if(statements.begin(), statements.end(), [&](const Hit& s) { return s.token == framing; });
        taken << h;
    }
    const int statementCount = int(taken.size());
    const bool plainStatement = taken.isEmpty() && verbs.isEmpty() && nouns.isEmpty();

    // Verbs carry the happenings; nouns only when there is no verb, or when the noun is the subject
    // of a clause of its own ("..., and a decision is expected in April").
    QList<Hit> content = verbs.isEmpty() ? nouns : verbs;
    if (!verbs.isEmpty()) {
        for (const Hit& h : std::as_const(nouns)) {
            const bool clauseStart = (h.token >= 1 && isClauseMark(in.tokens[h.token - 1]))
                || (h.token >= 2 && isClauseMark(in.tokens[h.token - 2]));
            if (clauseStart && h.tokenEnd < in.tokens.size()
                && m_clauseSubjectVerbs.contains(in.tokens[h.tokenEnd].lower))
                content << h;
        }
        std::sort(content.begin(), content.end(), [](const Hit& a, const Hit& b) { return a.token < b.token; });
    }
    for (const Hit& h : std::as_const(content)) {
        if (taken.size() - statementCount >= m_maxContentEvents)
            break;
        if (taken.size() > statementCount) {
            const Hit& prev = taken.last();
            if (std::any_of(
                    taken.begin() + statementCount, taken.end(), [&](const Hit& t) { return t.type == h.type; }))
                continue;
            bool separated = false;
            for (int k = prev.tokenEnd; k < h.token && !separated; ++k)
                separated = isClauseMark(in.tokens[k]);
            if (!separated)
                continue;
        }
        taken << h;
    }
    // "The two sides are not in a trade war, Yeutter said": with nothing else happening in the
    // sentence, the first words of a named speaker are the news; later ones continue the statement.
    // Hedged words ("might", "would probably"), a quotation and "has said" are commentary, a
    // forecast or a restatement rather than news; an unnamed "officials said" is not a speaker.
    if (plainStatement && speaks && !attributionEntity.isEmpty() && !in.speakers.contains(attributionEntity)
        && !isQuoteMark(in.tokens.first().lower)) {
        int verb = -1;
        bool hedged = false;
        for (int i = 0; i < in.tokens.size(); ++i) {
            const QString& t = in.tokens[i].lower;
            hedged = hedged || m_hypothetical.contains(t) || m_statementHedges.contains(t);
            if (verb < 0 && m_plainSpeechVerbs.contains(t))
                verb = i;
        }
        const bool unnamed = verb > 0 && m_sourceWords.contains(in.tokens[verb - 1].lower);
        const bool perfect = verb > 0 && m_statementHedges.contains(in.tokens[verb - 1].lower);
        if (verb >= 0 && !hedged && !unnamed && !perfect)
            taken << Hit {verb, verb + 1, QStringLiteral("statement"), false};
    }
    Input withTriggers = in;
    for (const Hit& h : std::as_const(taken))
        withTriggers.triggers << h.token;
    for (const Hit& h : std::as_const(taken))
        out.append(build(withTriggers, h, attribution, attributionEntity));
    return out;
}

} // namespace Kairos::Extract
