// Package places is riwaya's gazetteer: the places that Arabic news about
// the Syrian war names, their hierarchy (Conoco field lies in Deir ez-Zor,
// which lies in Syria), their coordinates, and the recognition of place
// mentions in tokenised Arabic text.
//
// The data is embedded (data/places.tsv, data/stop.txt) and read by Load,
// which validates it and returns a read-only *Gazetteer that is safe for
// concurrent use. Every place has a canonical id, a lowercase ASCII slug
// (conoco_field, deir_ez_zor); claims list their places as such ids, most
// specific first (see MostSpecificFirst).
//
// # Governorates and their capitals
//
// A governorate and its capital share a name. The bare name denotes the
// governorate ("دير الزور" → deir_ez_zor); the city has the id
// "<governorate>_city" and is recognised only after a settlement head
// ("مدينة دير الزور" → deir_ez_zor_city). Damascus is one place, both the
// governorate and the city; "ريف دمشق" is the governorate rif_dimashq.
//
// # Mentions
//
// Gazetteer.Mentions finds place expressions: a name, optionally preceded
// by a head noun (مدينة، بلدة، قرية، حي، منطقة، محافظة، ريف، بادية، قاعدة،
// مطار، حقل، معبر، ناحية، مخيم ...) and by a qualifier (قرب، محيط، شرق،
// شمالي شرقي، وسط), and followed by adjectives (الشرقي، الدولي، النفطي).
// Dual and plural heads take coordinated names: "حقلي العمر وكونيكو" is two
// mentions. The head decides between places that share a name ("مطار
// المزة" is the airbase, "المزة" the district). Names that are also common
// words, person names or outlet names are recognised only in a place-like
// context; see the markers described in data/places.tsv and the rules on
// Mention.Rule.
package places
