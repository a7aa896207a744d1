// Package sources is the registry of who speaks about the war in Syria, and
// the finder of their mentions in Arabic text.
//
// # The registry
//
// The data is embedded in the binary (directory data/, four tab-separated
// files that are meant to be read and edited by hand):
//
//   - sources.tsv: one line per source: id, kind, affiliation, actor, parent,
//     flags, English and Arabic display names.
//   - names.tsv: the forms under which each source is named (Arabic names,
//     short forms, role phrases, people, Latin and English aliases).
//   - lexicon.tsv: the function words the rules look at (speech verbs, cues
//     such as بحسب, generic heads such as قناة, spokesman words, heads of
//     anonymous mentions, titles).
//   - nations.tsv: for each side, the sources its unnamed officials belong
//     to, its nationality adjective, and words that stand for it.
//
// Load parses and validates the embedded data and returns a *Registry; it
// keeps no global state, so a caller that needs the registry often loads it
// once and keeps it. LoadFS reads the same files from another file system
// (tests feed it broken data). Validation reports every problem with its file
// and line: malformed lines, ids that are not lowercase ASCII slugs,
// duplicate ids, empty names, unknown kinds, affiliations, actors, flags,
// forms or parents, parent cycles, and the same name given to two sources.
//
// Parents are organisational: a command belongs to its ministry (centcom →
// pentagon), a ministry to its government (pentagon → us_government), a
// channel to the party that owns it (almanar → hezbollah). A parent is never
// a relay: who relays a claim is decided by the text, not by the registry.
// Actor is set for the bodies that carry out strikes or speak for those who
// do (centcom → us, russia_mod → russia, syrian_army → syria_gov); it is
// empty for media and monitors.
//
// # Mentions
//
// Registry.Mentions finds the sources named in a text, in text order, with
// the rule that found each:
//
//   - "name": an unambiguous name (سانا، المرصد السوري، البنتاغون), with
//     any proclitics (وللمرصد، لـ"رويترز"); a following official or
//     nationality adjective belongs to a media mention ("سانا الرسمية").
//   - "short_form": a short form. The only one in use is المرصد for SOHR: the
//     genre uses it so consistently that it is taken for SOHR even without an
//     earlier full mention. Anaphora such as المصدر، الوزارة، التحالف،
//     الصحيفة is left to the extractor and is never a mention.
//   - "head_name": a media name after a generic head (وكالة، قناة،
//     صحيفة، موقع، شبكة، منصة ...), brackets and quotes included: وكالة
//     (سانا)، صحيفة "واشنطن بوست" الأمريكية.
//   - "context": a name that is also a place or a common word (الميادين
//     the channel or the city, الجزيرة the channel or the region, العربية
//     the channel or the adjective, واشنطن the government or the city),
//     accepted only in an attribution context: right after a speech verb or
//     a cue (أفادت، بحسب، وفقا لـ، في تصريح لـ), right before a speech
//     verb, or between كان and قد. "strict" names (الحدث، تشرين، الثورة،
//     الوطن، أثر، فارس) need a generic head, a credit line, مراسل, or
//     quotes with لـ before them (لـ"مكان").
//   - "credit": a name in a credit line (المصدر: الميادين) or in a closing
//     list in brackets ((الجزيرة نت، رويترز)).
//   - "affiliated": a head tied to a side, such as وكالة الأنباء الموالية
//     لدمشق for SANA.
//   - "role": a phrase that names a person by role (وزير الدفاع الأمريكي →
//     pentagon, Role minister).
//   - "role_of": a role followed by the organisation (الناطق باسم وزارة
//     الدفاع الروسية → russia_mod, Role spokesman; مراسل الميادين →
//     almayadeen, Role correspondent). A spokesman word or a media office
//     may also take the organisation with لـ (المتحدث الرسمي لقوات سوريا
//     الديمقراطية، المركز الإعلامي لـ"قسد"), unless it is a medium, which
//     is then spoken to. A role before an institution word (form "inst")
//     names its institution: قائد شرطة حمص → syria_interior.
//   - "person_role": a named person attached to a role, in either order
//     (العقيد فلان الفلاني، المتحدث باسم ... ; الناطق باسم ... فلان الفلاني):
//     Speaker is the name, the span runs from the person or role to the end.
//   - "person": a known person who speaks for a source (لافروف → russia_mfa).
//   - "anonymous_official": an unnamed official or source (مسؤول، مصدر،
//     ضابط، دبلوماسي ...), tied to the institution that follows (مصدر في
//     وزارة الدفاع الأمريكية → pentagon), to a side by a nationality
//     adjective (مسؤولون أمريكيون → us_government; مصدر عسكري إسرائيلي →
//     idf) or by تابع لـ (مصدر عسكري تابع لدمشق → syrian_army; a security
//     source goes to the side's "security" body where nations.tsv gives
//     one: مصدر أمني سوري → syria_interior); an
//     unqualified مصدر عسكري is the Syrian army. Without a military or
//     security qualifier, an institution word after the tie names the
//     body (مصدر في الشرطة → syria_interior، مصدر في محافظة حلب →
//     syria_government، مسؤول في مستشفى → medical_sources), or the side of
//     the nationality adjective after it (مصدر في الشرطة التركية). Unnamed
//     sources speaking to a medium (مصادر لـ"العربية") are informed_sources,
//     and the medium stays a mention of its own. An unnamed military source
//     of no named side is marked SideDefault: the extractor may give it to
//     the side of the medium it speaks to or of the outlet (MilitaryOf). Definite heads (المسؤول،
//     المصدر) are anaphora and are skipped.
//   - "generic": unnamed categories of speakers: local_sources (مصادر
//     محلية/أهلية، شهود عيان; ناشطون and سكان only in an attribution
//     context), informed_sources (مصادر مطلعة/متقاطعة)، media (وسائل
//     إعلام)، analyst and activist (by role, with a name: الناشط السياسي
//     "فلان" is an analyst — a political commentator), and outlet, the
//     article's own voice (مراسلنا، المراسل، and المنصة/الموقع after a verb
//     of monitoring: "وثقه الموقع").
//
// Two mentions of the same source separated only by brackets, quotes or a
// dash are one mention: وزارة الدفاع الأمريكية (البنتاجون), الوكالة العربية
// السورية للأنباء (سانا).
//
// A state body's name followed by another side's nationality adjective is
// not a mention: وزارة الصحة العراقية is not the Syrian ministry that the
// bare وزارة الصحة stands for.
//
// A name whose last word carries tanween (لساناً "a tongue") is never a
// source: foreign names and acronyms do not take case endings.
package sources
