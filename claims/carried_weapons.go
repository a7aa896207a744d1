package claims

// carrierNouns are the vessels that carry weapons: what follows them names
// their load, as what follows a store names its contents (see storeNouns
// and storedObjectAt). Navies name their boats by what they carry: "زوارق
// صواريخ" (missile boats), "سفن الصواريخ", "قوارب صاروخية"; a report that
// such boats sank in a port tells of a strike on them, not of a shelling
// with rockets. Boats that fire ("قصفت زوارق حربية بالصواريخ") still type
// the shelling or strike by the words of firing, which stand elsewhere.
// Trucks and loads are left out: "شاحنة مفخخة" and "شحنة ناسفة" name a
// bomb, not what a vehicle carries.
var carrierNouns = words("store",
	"زورق", "زوارق", "زورقين", "زورقا", "قارب", "قوارب", "قاربين", "قاربا",
	"سفينة", "سفن", "سفينتين", "سفينتي", "سفنا")
