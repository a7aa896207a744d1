package claims

// airSeaPhrases name a strike by where it came from rather than by the
// aircraft: "نفذ ضربات من الجو والبحر"، "هاجم من الجو"، "قصف من البحر"
// (missiles fired by warships, which strike as aircraft do). Outlets and
// armies use them of raids ("شن ضربات من الجو مع قصف مدفعي" is a raid
// with guns beside it). The bare "من الجو" is left out: aid and leaflets
// are dropped, and photos taken, from the air.
var airSeaPhrases = map[string]trigger{
	"ضربات من الجو": {EventAirstrike, 6}, "ضربة من الجو": {EventAirstrike, 6}, "هجمات من الجو": {EventAirstrike, 6},
	"هجوم من الجو": {EventAirstrike, 6}, "قصف من الجو": {EventAirstrike, 6}, "غارات من الجو": {EventAirstrike, 6},
	"هاجم من الجو": {EventAirstrike, 6}, "هاجمت من الجو": {EventAirstrike, 6}, "هاجموا من الجو": {EventAirstrike, 6},
	"ضربات من البحر": {EventAirstrike, 6}, "ضربة من البحر": {EventAirstrike, 6}, "قصف من البحر": {EventAirstrike, 6},
	"هجمات من البحر": {EventAirstrike, 6}, "هاجم من البحر": {EventAirstrike, 6}, "هاجمت من البحر": {EventAirstrike, 6},
	"من الجو والبحر": {EventAirstrike, 6}, "من البحر والجو": {EventAirstrike, 6},
	"ضربات جوية وبحرية": {EventAirstrike, 7}, "ضربات بحرية وجوية": {EventAirstrike, 7}, "ضربات بحرية": {EventAirstrike, 6},
}
