// Package gen writes synthetic corpora of Arabic news articles about the war
// in Syria, for benchmarks and load tests of riwaya at scale.
//
// # What it generates
//
// The generator draws incidents (events) and writes two to six articles
// about each, by different outlets (40 of them, from every side: Syrian
// state media, Iranian, Russian, opposition, Kurdish, Turkish, Gulf and
// Western), published on the day of the incident or up to two days later.
// An incident is one of nine kinds of scene: Israeli airstrikes, US strikes
// on Iran-backed groups, rocket and drone attacks on US bases, Russian or
// government airstrikes in the north-west, Turkish drone strikes in the
// north-east, government shelling, ISIS ambushes, troop movements
// (withdrawals and deployments) and evacuations of positions. Its place is
// drawn from riwaya's gazetteer (claims/places) and its date from
// 2015–2025 by default.
//
// Each scene lists what each speaker says of the incident: the SOHR, SANA,
// "a military source", CENTCOM, the Pentagon, unnamed US officials,
// Russian, Iranian and Turkish ministries, the SDF, the White Helmets,
// local sources, analysts, UN bodies... Each speaker gives its own
// casualty figure (the same in every article that quotes it, sometimes
// revised upward in a later one), its own characterisation of the target
// (weapons depots or food stores) and sometimes a denial or another
// perpetrator. Figures are written in digits, Eastern Arabic digits or
// words, exact or with a qualifier (نحو، أكثر من، ما بين ... و...، عشرات),
// with subsets (بينهم أطفال), combined tolls (قتيلاً وجريحاً) and revisions
// (بعد أن كانت الحصيلة ...); counts of rockets, vehicles and raids stand
// beside them and are not casualties.
//
// Every statement is worded anew: a verb before its source (قال، أفادت،
// أعلن ...), the source before its verb, the source after the content
// (بحسب، وفقاً ل، نقلاً عن), relay chains (نقلت رويترز عن مسؤول أمريكي
// قوله), named spokesmen (X، المتحدث باسم ...), anonymous officials,
// sources speaking to the outlet itself (قالت مصادر محلية لعنب بلدي),
// quotations, and continuations (وأضاف، مضيفاً أن). Articles add a passing
// report of a second, smaller incident, background sentences in the
// outlet's own voice and sometimes a credit line.
//
// All templates and word lists are written for this package; none is taken
// from the seed articles (a test checks that no run of four Arabic words
// of the package's files occurs in testdata/seeds).
//
// # Determinism
//
// The same Config gives the same articles, byte for byte, with every Go
// release: the generator uses its own random number generator and never
// iterates over a map. Place names come from riwaya's gazetteer, so a
// change to the gazetteer's data changes the corpus of a seed. Articles
// come out in a fixed order; the first N articles of a seed do not depend
// on how many are asked for.
//
// # Use
//
//	arts, err := gen.Generate(gen.Config{Seed: 1}, 1000)
//	err = gen.WriteJSONL(os.Stdout, gen.Config{Seed: 1}, 1000) // as riwaya ingest reads it
//
// or the command riwaya-gen.
package gen
