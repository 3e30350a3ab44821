// SPDX-License-Identifier: GPL-3.0-or-later
#include "titlewriter.h"

#include "textutil.h"

#include <functional>

namespace Kairos::Extract {

namespace {

bool isVowel(QChar c)
{
    return QStringLiteral("aeiou").contains(c);
}

QString thirdPerson(const QString& base)
{
    if (base.endsWith(QLatin1Char('s')) || base.endsWith(QLatin1String("sh")) || base.endsWith(QLatin1String("ch"))
        || base.endsWith(QLatin1Char('x')) || base.endsWith(QLatin1Char('z')) || base.endsWith(QLatin1Char('o')))
        return base + QStringLiteral("es");
    if (base.size() > 1 && base.endsWith(QLatin1Char('y')) && !isVowel(base[base.size() - 2]))
        return base.chopped(1) + QStringLiteral("ies");
    return base + QLatin1Char('s');
}

QString gerund(const QString& base)
{
    if (base.endsWith(QLatin1String("ie")))
        return base.chopped(2) + QStringLiteral("ying");
    if (base.endsWith(QLatin1Char('e')) && !base.endsWith(QLatin1String("ee")))
        return base.chopped(1) + QStringLiteral("ing");
    // "ban" -> "banning", "cut" -> "cutting": one short syllable doubles its last consonant.
    if (base.size() == 3 && !isVowel(base[0]) && isVowel(base[1]) && !isVowel(base[2])
        && !QStringLiteral("wxy").contains(base[2]))
        return base + base[2] + QStringLiteral("ing");
    return base + QStringLiteral("ing");
}

// Inflects the first word of a phrase ("hold talks" -> "holds talks").
QString inflectFirst(const QString& phrase, const std::function<QString(const QString&)>& inflect)
{
    const qsizetype space = phrase.indexOf(QLatin1Char(' '));
    return space < 0 ? inflect(phrase) : inflect(phrase.left(space)) + phrase.mid(space);
}

// "considers" -> "consider", for a plural subject.
QString plural(const QString& verb)
{
    if (verb.endsWith(QLatin1String("ies")) && verb.size() > 4)
        return verb.chopped(3) + QLatin1Char('y');
    for (const char* ending : {"shes", "ches", "sses", "xes", "zes", "oes"}) {
        if (verb.endsWith(QLatin1String(ending)))
            return verb.chopped(2);
    }
    return verb.endsWith(QLatin1Char('s')) && !verb.endsWith(QLatin1String("ss")) ? verb.chopped(1) : verb;
}

} // namespace

bool TitleWriter::load(const QJsonObject& rules, QString* error)
{
    const QJsonObject types = rules.value(QLatin1String("types")).toObject();
    for (auto it = types.begin(); it != types.end(); ++it) {
        const QJsonObject t = it.value().toObject();
        for (const QString& v : jsonStrings(t.value(QLatin1String("verbs"))))
            m_verbs[it.key()].insert(v.toLower());
        m_lightVerbs.insert(it.key(), t.value(QLatin1String("lightVerb")).toString());
        m_places.insert(it.key(), t.value(QLatin1String("placePreposition")).toString(QStringLiteral("for")));
    }
    const QJsonObject irregular = rules.value(QLatin1String("irregularVerbs")).toObject();
    for (auto it = irregular.begin(); it != irregular.end(); ++it) {
        m_irregular.insert(it.key(), it.value().toString());
        // The past participle, where it differs from the past tense: "given", not "gave".
        const QString past = it.key();
        const QString base = it.value().toString();
        if (past.endsWith(QLatin1Char('s')) || past.endsWith(QLatin1String("ing")) || past == base)
            continue;
        const QString known = m_pastOf.value(base);
        if (known.isEmpty() || (past.endsWith(QLatin1Char('n')) && !known.endsWith(QLatin1Char('n'))))
            m_pastOf.insert(base, past);
    }
    for (const QString& v : jsonStrings(rules.value(QLatin1String("baseVerbs"))))
        m_bases.insert(v);
    for (const WordSet& forms : std::as_const(m_verbs)) {
        for (const QString& f : forms) {
            if (!f.endsWith(QLatin1String("ed")) && !f.endsWith(QLatin1String("ing")) && !f.endsWith(QLatin1Char('s'))
                && !f.contains(QLatin1Char(' ')))
                m_bases.insert(f);
        }
    }
    for (const QString& w : jsonStrings(rules.value(QLatin1String("titleNonObjects"))))
        m_nonObjects.insert(w.toLower());
    for (const QString& w : jsonStrings(rules.value(QLatin1String("titleDanglingWords"))))
        m_dangling.insert(w.toLower());
    const QJsonObject nounVerbs = rules.value(QLatin1String("nounLightVerbs")).toObject();
    for (auto it = nounVerbs.begin(); it != nounVerbs.end(); ++it)
        m_nounLightVerbs.insert(it.key(), it.value().toString());
    const auto templates = [](const QJsonValue& v) {
        QHash<QString, QString> map;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            map.insert(it.key(), it.value().toString());
        return map;
    };
    m_templates = templates(rules.value(QLatin1String("titleTemplates")));
    m_bareTemplates = templates(rules.value(QLatin1String("titleTemplatesWithoutActor")));
    m_passiveTemplates = templates(rules.value(QLatin1String("titleTemplatesPassive")));
    m_cueTemplates = templates(rules.value(QLatin1String("titleTemplatesByCue")));
    if (!m_templates.contains(QStringLiteral("occurred")) || !m_bareTemplates.contains(QStringLiteral("occurred"))) {
        if (error)
            *error = QStringLiteral(
                "event rules: \"titleTemplates\" and \"titleTemplatesWithoutActor\" need an \"occurred\" pattern");
        return false;
    }
    return true;
}

QString TitleWriter::baseForm(const QString& word, const QString& type) const
{
    if (const auto it = m_irregular.constFind(word); it != m_irregular.constEnd())
        return *it;
    static const WordSet none;
    const auto verbs = m_verbs.constFind(type);
    const WordSet& known = verbs == m_verbs.constEnd() ? none : *verbs;
    if (m_bases.contains(word))
        return word;
    // Candidate stems of an inflected form, the likeliest spelling first: "stopped" -> "stop",
    // "denied" -> "deny", "announced" -> "announce", "adopted" -> "adopt".
    QStringList candidates;
    if (word.endsWith(QLatin1String("ied")) || word.endsWith(QLatin1String("ies")))
        candidates << word.chopped(3) + QLatin1Char('y');
    for (const char* suffix : {"ing", "ed", "es", "s", "d"}) {
        const QLatin1String s(suffix);
        if (!word.endsWith(s) || word.size() <= s.size() + 1)
            continue;
        const QString stem = word.chopped(s.size());
        const QChar last = stem.back();
        const bool doubled = stem.size() > 2 && last == stem[stem.size() - 2] && !QStringLiteral("lsfz").contains(last);
        if (doubled)
            candidates << stem.chopped(1);
        // "cancelled", "travelling": British spelling doubles the l of a longer verb.
        if (stem.size() >= 6 && stem.endsWith(QLatin1String("ell")))
            candidates << stem.chopped(1);
        // "announc", "approv", "seiz", "pledg", "collaps": English does not end a verb so.
        const bool needsE = QStringLiteral("cvzu").contains(last) || stem.endsWith(QLatin1String("dg"))
            || stem.endsWith(QLatin1String("rg"))
            // "discourag", "manag", "engag"; "flagged" doubles its g.
            || stem.endsWith(QLatin1String("ag")) || stem.endsWith(QLatin1String("ps"))
            || stem.endsWith(QLatin1String("rs")) || stem.endsWith(QLatin1String("bl"))
            || stem.endsWith(QLatin1String("at"))
            || stem.endsWith(QLatin1String("us"))
            // "requir", "secur", "chang", but not "repair", "pour".
            || (stem.endsWith(QLatin1String("ir")) && !stem.endsWith(QLatin1String("air")))
            || (stem.endsWith(QLatin1String("ur")) && !stem.endsWith(QLatin1String("our")))
            || stem.endsWith(QLatin1String("ang"))
            // "declin", "combin", but not "join", "gain".
            || (stem.size() > 3 && stem.endsWith(QLatin1String("in")) && !isVowel(stem[stem.size() - 3]))
            || (stem.size() <= 4 && stem.endsWith(QLatin1String("ot")) && !stem.endsWith(QLatin1String("oot")));
        // "nam", "rul", "cit": a short stem of consonant, vowel and consonant wants its "e" back;
        // a doubled consonant ("planned") was handled above.
        const bool shortOpen = stem.size() == 3 && !isVowel(stem[0]) && isVowel(stem[1]) && !isVowel(stem[2])
            && !QStringLiteral("wxy").contains(stem[2]) && QLatin1String(suffix) != QLatin1String("s");
        if (needsE || shortOpen)
            candidates << stem + QLatin1Char('e') << stem;
        else
            candidates << stem << stem + QLatin1Char('e');
    }
    for (const QString& c : std::as_const(candidates)) {
        if (known.contains(c) || m_bases.contains(c))
            return c;
    }
    for (const QString& c : std::as_const(candidates)) {
        if (known.contains(thirdPerson(c)))
            return c;
    }
    // A past or -ing form listed as a trigger ("cleared") is still not a base form.
    const bool inflected = word.endsWith(QLatin1String("ed")) || word.endsWith(QLatin1String("ing"));
    if (known.contains(word) && (!inflected || candidates.isEmpty()))
        return word;
    return candidates.isEmpty() ? word : candidates.first();
}

QString TitleWriter::trimObject(const QString& object) const
{
    QStringList words = object.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (!words.isEmpty() && m_dangling.contains(words.last().toLower()))
        words.removeLast();
    if (!words.isEmpty() && m_nonObjects.contains(words.first().toLower()) && words.size() == 1)
        words.clear();
    return words.join(QLatin1Char(' '));
}

QString TitleWriter::lightVerb(const QString& type, const QString& noun) const
{
    const QString light = m_nounLightVerbs.value(noun.toLower(), m_lightVerbs.value(type));
    return light.isEmpty() ? QStringLiteral("report") : light;
}

QString TitleWriter::participle(const QString& base) const
{
    // "held", "adopted", "stopped", "denied", "approved".
    const qsizetype space = base.indexOf(QLatin1Char(' '));
    const QString verb = space < 0 ? base : base.left(space);
    const QString rest = space < 0 ? QString() : base.mid(space);
    QString past = m_pastOf.value(verb);
    // "cut", "set", "hit": a verb the lexicon lists as its own past form.
    if (past.isEmpty() && m_irregular.value(verb) == verb)
        past = verb;
    if (past.isEmpty()) {
        if (verb.endsWith(QLatin1Char('e')))
            past = verb + QLatin1Char('d');
        else if (verb.size() > 1 && verb.endsWith(QLatin1Char('y')) && !isVowel(verb[verb.size() - 2]))
            past = verb.chopped(1) + QStringLiteral("ied");
        else if (verb.size() == 3 && !isVowel(verb[0]) && isVowel(verb[1]) && !isVowel(verb[2])
            && !QStringLiteral("wxy").contains(verb[2]))
            past = verb + verb[2] + QStringLiteral("ed");
        // "permitted", "submitted": the lexicon knows where the stress doubles the consonant.
        else if (std::any_of(m_verbs.begin(), m_verbs.end(), [&](const WordSet& forms) {
                     return !verb.isEmpty() && forms.contains(verb + verb.back() + QStringLiteral("ed"));
                 }))
            past = verb + verb.back() + QStringLiteral("ed");
        else
            past = verb + QStringLiteral("ed");
    }
    return past + rest;
}

QString TitleWriter::compose(Modality modality, const Parts& given, const QString& cue) const
{
    const QString key = modalityToString(modality);
    Parts parts = given;
    parts.object = trimObject(parts.object);
    QString t;
    if (parts.subject.isEmpty()) {
        // Nobody named: what happened, and how ("Stop-gap budget adopted", "Verdict expected").
        // "Sales to be restricted": a thing that a verb acts on is told in the passive, an event
        // named by a noun by the modality alone ("Talks planned").
        const bool passive = parts.passive && !parts.object.isEmpty() && m_passiveTemplates.contains(key);
        QString pattern = passive ? m_passiveTemplates.value(key)
                                  : m_bareTemplates.value(key, m_bareTemplates.value(QStringLiteral("occurred")));
        t = pattern.replace(QLatin1String("{object}"), parts.object.isEmpty() ? parts.verb : parts.object)
                .replace(QLatin1String("{participle}"),
                    parts.object.isEmpty() ? QString() : participle(parts.verb) + QLatin1Char(' ') + parts.complement)
                .replace(QLatin1String("{place}"), parts.place);
    } else {
        QString pattern
            = m_cueTemplates.value(cue, m_templates.value(key, m_templates.value(QStringLiteral("occurred"))));
        // "Farmers stage protests", "Officials consider ...": the verb agrees with its subject.
        const auto agree = [&](const QString& verb) { return parts.plural ? plural(verb) : verb; };
        const qsizetype actor = pattern.indexOf(QLatin1String("{actor}"));
        const qsizetype firstSpace = pattern.indexOf(QLatin1Char(' '), actor);
        const qsizetype secondSpace = firstSpace < 0 ? -1 : pattern.indexOf(QLatin1Char(' '), firstSpace + 1);
        if (parts.plural && firstSpace > 0 && secondSpace > firstSpace) {
            const QString fixedVerb = pattern.mid(firstSpace + 1, secondSpace - firstSpace - 1);
            if (!fixedVerb.startsWith(QLatin1Char('{')))
                pattern.replace(firstSpace + 1, fixedVerb.size(), agree(fixedVerb));
        }
        t = pattern.replace(QLatin1String("{actor}"), parts.subject)
                .replace(QLatin1String("{verbs}"),
                    inflectFirst(parts.verb, [&](const QString& v) { return agree(thirdPerson(v)); }))
                .replace(QLatin1String("{verbing}"), inflectFirst(parts.verb, gerund))
                .replace(QLatin1String("{verb}"), parts.verb)
                .replace(QLatin1String("{object}"), parts.object + QLatin1Char(' ') + parts.complement)
                .replace(QLatin1String("{place}"), parts.place);
    }
    t = t.simplified();
    // "Japan acts on": a verb's preposition without its object dangles; so does any function
    // word at the end, before a closing note such as "(ongoing)".
    QStringList words = t.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const int note = !words.isEmpty() && words.last().startsWith(QLatin1Char('(')) ? 1 : 0;
    while (words.size() - note > 1 && m_dangling.contains(words.at(words.size() - 1 - note).toLower()))
        words.removeAt(words.size() - 1 - note);
    t = words.join(QLatin1Char(' '));
    if (!t.isEmpty())
        t[0] = t[0].toUpper();
    return t;
}

} // namespace Kairos::Extract
